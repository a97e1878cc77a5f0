import "server-only";
import { parseProcedureRow, procedureColumns } from "@/domain/catalogue/procedure-row";
import { everyPage, paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";
import { uniqueSlug } from "../keys";

const text = (max: number) => z.preprocess((v) => (v === undefined || v === null ? "" : v), z.string().max(max, `Tối đa ${max} ký tự.`));

export const saveProcedureInput = z.object({
  id: fields.id.optional().or(z.literal("").transform(() => undefined)),
  code: text(40),
  name: text(500),
  field: text(40),
  level: text(20),
  statutoryWorkingDays: text(10),
  sameDayCutoff: text(5),
  statutoryText: text(1000),
  fees: text(2000),
  documents: text(10_000),
  legalBasis: text(10_000),
  onlineLevel: text(20),
  active: fields.checkbox,
});

/**
 * Creates or edits a procedure of the catalogue. The form's cells go through the same row
 * rules as an imported file, so a procedure is valid the same way whichever way it came in.
 */
export const saveProcedure = defineAction({
  name: "catalogue.save",
  input: saveProcedureInput,
  permission: "catalogue.edit",
  async run({ input, tx }) {
    const fieldsList = await tx.procedureField.findMany({ select: { code: true, name: true } });
    const row = parseProcedureRow(0, input, { fields: fieldsList, seenCodes: new Set() });
    if (!row.ok) throw new AppError("VALIDATION", row.errors.join(" "));
    const p = row.value;
    const before = input.id ? await tx.procedure.findUnique({ where: { id: input.id } }) : null;
    if (input.id && !before) throw new AppError("NOT_FOUND", "Không tìm thấy thủ tục.");
    if (p.code) {
      const clash = await tx.procedure.findFirst({ where: { code: p.code, ...(before ? { id: { not: before.id } } : {}) }, select: { name: true } });
      if (clash) {
        const message = `Mã ${p.code} đã dùng cho thủ tục «${clash.name}».`;
        throw new AppError("VALIDATION", message, { fieldErrors: { code: [message] } });
      }
    }
    const data = {
      ...procedureColumns(p),
      active: before ? input.active : true,
    };
    const saved = before
      ? await tx.procedure.update({ where: { id: before.id }, data })
      : await tx.procedure.create({ data: { key: await uniqueSlug(p.name, async (k) => (await tx.procedure.count({ where: { key: k } })) > 0, 100), ...data } });
    return {
      data: { id: saved.id },
      audit: { action: before ? "catalogue.update" : "catalogue.create", entity: "Procedure", entityId: saved.id, before: before ?? undefined, after: saved },
      revalidate: { paths: [paths.admin.procedures()], layouts: [everyPage.ofUnits] },
    };
  },
});
