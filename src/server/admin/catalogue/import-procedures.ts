import "server-only";
import { procedureColumns } from "@/domain/catalogue/procedure-row";
import { defineAction } from "../../action";
import { AppError } from "../../errors";
import { z } from "../../validation";
import { uniqueSlug } from "../keys";
import { checkProcedureRows, readProcedureFile } from "./read-procedure-file";

export const importProceduresInput = z.object({
  fileName: z.string().trim().min(1, "Vui lòng chọn tệp.").max(255),
  content: z.instanceof(Uint8Array, { error: "Vui lòng chọn tệp." }),
});

interface ImportResultDto {
  created: number;
  updated: number;
  failed: { line: number; errors: string[] }[];
}

/**
 * Imports a catalogue file: every valid row is written (a row whose code exists updates
 * that procedure), every invalid row is reported by its line, and the valid rows go in
 * one transaction, so a failure half-way leaves nothing half-written.
 */
export const importProcedures = defineAction({
  name: "catalogue.import",
  input: importProceduresInput,
  permission: "catalogue.edit",
  async run({ input, tx }) {
    const read = await readProcedureFile(input.fileName, input.content);
    if (read.fileErrors.length) throw new AppError("VALIDATION", read.fileErrors.join(" "));
    const checked = await checkProcedureRows(tx, read.rows);
    const created: string[] = [];
    const updated: string[] = [];
    const failed: ImportResultDto["failed"] = [];
    for (const { result, existingId } of checked) {
      if (!result.ok) {
        failed.push({ line: result.line, errors: result.errors });
        continue;
      }
      const p = result.value;
      const data = {
        ...procedureColumns(p),
        source: `Nhập từ tệp ${input.fileName}`,
      };
      if (existingId) {
        await tx.procedure.update({ where: { id: existingId }, data });
        updated.push(existingId);
      } else {
        const key = await uniqueSlug(p.name, async (k) => (await tx.procedure.count({ where: { key: k } })) > 0, 100);
        const row = await tx.procedure.create({ data: { key, ...data }, select: { id: true } });
        created.push(row.id);
      }
    }
    return {
      data: { created: created.length, updated: updated.length, failed } satisfies ImportResultDto,
      audit: { action: "catalogue.import", entity: "Procedure", after: { fileName: input.fileName, created, updated, failedLines: failed.map((f) => f.line) } },
      revalidate: { paths: ["/quan-tri/thu-tuc"] },
    };
  },
});
