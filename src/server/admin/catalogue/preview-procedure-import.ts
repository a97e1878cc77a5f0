import "server-only";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/permissions";
import { db } from "../../db";
import { AppError, toErrorBody, type Result } from "../../errors";
import { checkProcedureRows, readProcedureFile } from "./read-procedure-file";

interface ImportPreviewDto {
  fileName: string;
  fileErrors: string[];
  unknownColumns: string[];
  total: number;
  toCreate: number;
  toUpdate: number;
  rows: { line: number; ok: boolean; code: string | null; name: string; action: "CREATE" | "UPDATE" | null; errors: string[] }[];
}

/** What an import would do, row by row, without writing anything. */
export async function previewProcedureImport(actor: Actor, file: { fileName: string; content: Uint8Array }): Promise<Result<ImportPreviewDto>> {
  try {
    if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED");
    if (!can(actor.role, "catalogue.edit")) throw new AppError("FORBIDDEN");
    const read = await readProcedureFile(file.fileName, file.content);
    const checked = read.fileErrors.length ? [] : await checkProcedureRows(db, read.rows);
    const rows = checked.map(({ result, existingId }, i) =>
      result.ok
        ? { line: result.line, ok: true, code: result.value.code, name: result.value.name, action: existingId ? ("UPDATE" as const) : ("CREATE" as const), errors: [] }
        : { line: result.line, ok: false, code: read.rows[i]!.cells.code || null, name: read.rows[i]!.cells.name ?? "", action: null, errors: result.errors },
    );
    return {
      ok: true,
      data: {
        fileName: file.fileName,
        fileErrors: read.fileErrors,
        unknownColumns: read.unknownColumns,
        total: rows.length,
        toCreate: rows.filter((r) => r.action === "CREATE").length,
        toUpdate: rows.filter((r) => r.action === "UPDATE").length,
        rows,
      },
    };
  } catch (error) {
    return { ok: false, error: toErrorBody(error) };
  }
}
