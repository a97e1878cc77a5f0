import "server-only";
import { everyPage, paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";

export const copyUnitProceduresInput = z.object({
  unitId: fields.id,
  fromUnitId: fields.id,
});

/** Adds another unit's catalogue to this one (a new or merged commune taking over its predecessor's). */
export const copyUnitProcedures = defineAction({
  name: "catalogue.copy",
  input: copyUnitProceduresInput,
  permission: "catalogue.edit",
  async run({ input, tx }) {
    if (input.unitId === input.fromUnitId) throw new AppError("VALIDATION", "Chọn một đơn vị khác để sao chép.");
    const [unit, from] = await Promise.all([
      tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true } }),
      tx.unit.findUnique({ where: { id: input.fromUnitId }, select: { id: true, name: true } }),
    ]);
    if (!unit || !from) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
    const source = await tx.unitProcedure.findMany({ where: { unitId: from.id }, select: { procedureId: true } });
    const { count } = await tx.unitProcedure.createMany({ data: source.map((s) => ({ unitId: unit.id, procedureId: s.procedureId })), skipDuplicates: true });
    return {
      data: { added: count },
      audit: { action: "catalogue.copy", entity: "Unit", entityId: unit.id, unitId: unit.id, after: { fromUnitId: from.id, fromUnitName: from.name, added: count } },
      revalidate: { paths: [paths.admin.unitProcedures(unit.id)], layouts: [everyPage.ofUnits] },
    };
  },
});
