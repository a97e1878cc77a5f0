"use server";

import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import { currentActor } from "../../auth/session";
import { now } from "../../clock";
import type { Result } from "../../errors";
import { formDataToObject } from "../../validation";
import { copyUnitProcedures } from "./copy-unit-procedures";
import { importProcedures } from "./import-procedures";
import { previewProcedureImport } from "./preview-procedure-import";
import { saveProcedure } from "./save-procedure";
import { setUnitProcedures } from "./set-unit-procedures";

type State = Result<unknown> | null;

export async function saveProcedureAction(_prev: State, fd: FormData) {
  const input = formDataToObject(fd);
  const result = await saveProcedure(await currentActor(), input, { now: now() });
  if (result.ok && !input.id) redirect(paths.admin.procedure(result.data.id, { "da-luu": 1 }));
  return result;
}

async function fileOf(fd: FormData): Promise<{ fileName: string; content: Uint8Array | null }> {
  const file = fd.get("file");
  if (!(file instanceof File) || file.size === 0) return { fileName: "", content: null };
  return { fileName: file.name, content: new Uint8Array(await file.arrayBuffer()) };
}

/** One form, two buttons: "mode=preview" reads the file and shows what would happen; "mode=import" writes. */
export async function importProceduresAction(_prev: State, fd: FormData) {
  const actor = await currentActor();
  const file = await fileOf(fd);
  if (fd.get("mode") === "import") {
    const result = await importProcedures(actor, file, { now: now() });
    return { mode: "import" as const, ...result };
  }
  if (!file.content) return { mode: "preview" as const, ok: false as const, error: { code: "VALIDATION" as const, message: "Vui lòng chọn tệp .csv hoặc .xlsx." } };
  const result = await previewProcedureImport(actor, { fileName: file.fileName, content: file.content });
  return { mode: "preview" as const, ...result };
}

export async function setUnitProceduresAction(_prev: State, fd: FormData) {
  return setUnitProcedures(await currentActor(), formDataToObject(fd), { now: now() });
}

export async function copyUnitProceduresAction(_prev: State, fd: FormData) {
  return copyUnitProcedures(await currentActor(), formDataToObject(fd), { now: now() });
}
