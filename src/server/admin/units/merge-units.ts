import "server-only";
import { addDays, formatDateVi } from "@/domain/schedule";
import { defineAction } from "../../action";
import { unitSubtreeIds } from "../../auth/scope";
import { dbDate, localDateOrNull } from "../../dates";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";
import { idList, localDate } from "../input";

export const mergeUnitsInput = z.object({
  targetId: fields.id,
  sourceIds: idList().pipe(z.array(z.string()).min(1, "Chọn ít nhất một đơn vị được sáp nhập.")),
  /** The first day of the merged unit; the merged ones end the day before. */
  mergedOn: localDate,
  moveUsers: fields.checkbox,
  copyCatalogue: fields.checkbox,
});

/**
 * The 2025 reform: units merged into another keep their rows, plans, dossiers and reports;
 * they (and the villages under them) end the day before the merger and point to the unit
 * they became part of, so their history stays readable and their models stop with them.
 */
export const mergeUnits = defineAction({
  name: "unit.merge",
  input: mergeUnitsInput,
  permission: "unit.edit",
  async run({ input, tx }) {
    const sourceIds = [...new Set(input.sourceIds)];
    if (sourceIds.includes(input.targetId)) throw new AppError("VALIDATION", "Đơn vị tiếp nhận không thể đồng thời là đơn vị được sáp nhập.");
    const target = await tx.unit.findUnique({ where: { id: input.targetId }, select: { id: true, name: true, validTo: true, mergedIntoId: true } });
    if (!target) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị tiếp nhận.");
    const targetEnd = localDateOrNull(target.validTo);
    if (target.mergedIntoId || (targetEnd && targetEnd < input.mergedOn)) throw new AppError("RULE_VIOLATION", `${target.name} đã ngừng hoạt động trước ngày sáp nhập.`);
    const lastDay = addDays(input.mergedOn, -1);
    const sources = await tx.unit.findMany({ where: { id: { in: sourceIds } }, select: { id: true, name: true, validTo: true, mergedIntoId: true } });
    if (sources.length !== sourceIds.length) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị được sáp nhập.");
    const closed: { id: string; name: string }[] = [];
    let movedUsers = 0;
    let copied = 0;
    for (const s of sources) {
      if (s.mergedIntoId) throw new AppError("RULE_VIOLATION", `${s.name} đã được sáp nhập trước đó.`);
      const end = localDateOrNull(s.validTo);
      if (end && end < lastDay) throw new AppError("RULE_VIOLATION", `${s.name} đã ngừng hoạt động từ ${formatDateVi(end)}.`);
      const subtree = await unitSubtreeIds(tx, s.id);
      if (subtree.includes(target.id)) throw new AppError("VALIDATION", `${target.name} thuộc ${s.name}: không sáp nhập đơn vị cấp trên vào đơn vị cấp dưới.`);
      await tx.unit.update({ where: { id: s.id }, data: { mergedIntoId: target.id, validTo: dbDate(lastDay) } });
      // Villages and desks under the merged unit end with it (the new unit's own are created anew).
      await tx.unit.updateMany({ where: { id: { in: subtree.filter((id) => id !== s.id) }, OR: [{ validTo: null }, { validTo: { gt: dbDate(lastDay) } }] }, data: { validTo: dbDate(lastDay) } });
      closed.push({ id: s.id, name: s.name });
      if (input.moveUsers) movedUsers += (await tx.user.updateMany({ where: { unitId: s.id }, data: { unitId: target.id } })).count;
      if (input.copyCatalogue) {
        const procs = await tx.unitProcedure.findMany({ where: { unitId: s.id }, select: { procedureId: true } });
        copied += (await tx.unitProcedure.createMany({ data: procs.map((p) => ({ unitId: target.id, procedureId: p.procedureId })), skipDuplicates: true })).count;
      }
    }
    return {
      data: { merged: closed.length, movedUsers, copiedProcedures: copied },
      audit: closed.map((c) => ({
        action: "unit.merge",
        entity: "Unit",
        entityId: c.id,
        unitId: c.id,
        before: { mergedIntoId: null },
        after: { mergedIntoId: target.id, mergedIntoName: target.name, validTo: lastDay, moveUsers: input.moveUsers, copyCatalogue: input.copyCatalogue },
      })),
      revalidate: { paths: ["/quan-tri/don-vi", "/don-vi", "/"] },
    };
  },
});
