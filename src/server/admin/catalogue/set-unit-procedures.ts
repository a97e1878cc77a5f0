import "server-only";
import { toLocalDate } from "@/domain/schedule";
import { everyPage, paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { dbDate } from "../../dates";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";
import { idList } from "../input";

export const setUnitProceduresInput = z.object({
  unitId: fields.id,
  procedureIds: idList(),
});

/**
 * A unit's published catalogue (the procedures it receives). A procedure that a model in
 * force or to come registers for the unit cannot be taken off: citizens would lose it from
 * the unit's weekly table while the model still promises it.
 */
export const setUnitProcedures = defineAction({
  name: "catalogue.assign",
  input: setUnitProceduresInput,
  permission: "catalogue.edit",
  async run({ input, tx, now }) {
    const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true, name: true } });
    if (!unit) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
    const wanted = [...new Set(input.procedureIds)];
    if ((await tx.procedure.count({ where: { id: { in: wanted } } })) !== wanted.length) throw new AppError("VALIDATION", "Có thủ tục không có trong danh mục.");
    const current = (await tx.unitProcedure.findMany({ where: { unitId: unit.id }, select: { procedureId: true } })).map((r) => r.procedureId);
    const removed = current.filter((id) => !wanted.includes(id));
    const added = wanted.filter((id) => !current.includes(id));
    if (removed.length) {
      const registered = await tx.modelScopeProcedure.findMany({
        where: {
          procedureId: { in: removed },
          scope: { unitId: unit.id, version: { model: { plan: { status: { not: "DRAFT" } } }, OR: [{ validTo: null }, { validTo: { gte: dbDate(toLocalDate(now)) } }] } },
        },
        select: { procedure: { select: { name: true } }, scope: { select: { version: { select: { model: { select: { name: true } } } } } } },
      });
      if (registered.length) {
        const list = [...new Set(registered.map((r) => `${r.procedure.name} (${r.scope.version.model.name})`))].join("; ");
        throw new AppError("RULE_VIOLATION", `Không bỏ được thủ tục đang được mô hình đăng ký cho đơn vị: ${list}.`);
      }
      await tx.unitProcedure.deleteMany({ where: { unitId: unit.id, procedureId: { in: removed } } });
    }
    if (added.length) await tx.unitProcedure.createMany({ data: added.map((procedureId) => ({ unitId: unit.id, procedureId })), skipDuplicates: true });
    return {
      data: { added: added.length, removed: removed.length },
      audit: { action: "catalogue.assign", entity: "Unit", entityId: unit.id, unitId: unit.id, before: { procedureIds: current }, after: { added, removed } },
      revalidate: { paths: [paths.admin.unitProcedures(unit.id)], layouts: [everyPage.ofUnits] },
    };
  },
});
