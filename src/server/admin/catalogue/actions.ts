"use server";

import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import { currentActor } from "../../auth/session";
import type { Result } from "../../errors";
import { formDataToObject, formOf } from "../../validation";
import { copyUnitProcedures } from "./copy-unit-procedures";
import { importProcedures, type ImportResultDto } from "./import-procedures";
import { previewProcedureImport, type ImportPreviewDto } from "./preview-procedure-import";
import { saveProcedure } from "./save-procedure";
import { setUnitProcedures } from "./set-unit-procedures";

type State = Result<unknown> | null;

export async function saveProcedureAction(_prev: State, fd: FormData) {
  const input = formDataToObject(fd);
  const result = await saveProcedure(currentActor, input);
  if (result.ok && !input.id) redirect(paths.admin.procedure(result.data.id, { "da-luu": 1 }));
  return result;
}

async function fileOf(fd: FormData): Promise<{ fileName: string; content: Uint8Array | null }> {
  const file = fd.get("file");
  if (!(file instanceof File) || file.size === 0) return { fileName: "", content: null };
  return { fileName: file.name, content: new Uint8Array(await file.arrayBuffer()) };
}

export type ImportProceduresState = Result<{ mode: "preview"; preview: ImportPreviewDto } | { mode: "import"; imported: ImportResultDto }>;

/** One form, two buttons: "mode=preview" reads the file and shows what would happen; "mode=import" writes. */
export async function importProceduresAction(_prev: ImportProceduresState | null, sent: FormData): Promise<ImportProceduresState> {
  const fd = formOf(sent);
  const actor = currentActor;
  const file = await fileOf(fd);
  if (fd.get("mode") === "import") {
    const result = await importProcedures(actor, file);
    return result.ok ? { ok: true, data: { mode: "import", imported: result.data } } : result;
  }
  const result = await previewProcedureImport(actor, file);
  return result.ok ? { ok: true, data: { mode: "preview", preview: result.data } } : result;
}

export async function setUnitProceduresAction(_prev: State, fd: FormData) {
  return setUnitProcedures(currentActor, formDataToObject(fd));
}

export async function copyUnitProceduresAction(_prev: State, fd: FormData) {
  return copyUnitProcedures(currentActor, formDataToObject(fd));
}
