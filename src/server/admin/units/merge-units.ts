import "server-only";
import { addDays, formatDateVi } from "@/domain/schedule";
import { searchKey } from "@/domain/text/normalize";
import { everyPage, paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { unitSubtreeIds } from "../../auth/scope";
import { dbDate, localDateOrNull } from "../../dates";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";
import { idList, localDate } from "../input";
import { newUnitAddress } from "./save-unit";

export const mergeUnitsInput = z.object({
  targetId: fields.id,
  sourceIds: idList().pipe(z.array(z.string()).min(1, "Chọn ít nhất một đơn vị được sáp nhập.")),
  /** The first day of the merged unit; the merged ones end the day before. */
  mergedOn: localDate,
  moveUsers: fields.checkbox,
  copyCatalogue: fields.checkbox,
  /** Villages and residential groups go on under the new unit (as new rows: see below). */
  moveVillages: fields.checkbox,
});

/**
 * The 2025 reform: units merged into another keep their rows, plans, dossiers and reports;
 * they (and the villages under them) end the day before the merger and point to the unit
 * they became part of, so their history stays readable and their models stop with them.
 * With `moveVillages`, each village or residential group of a merged unit goes on under the
 * new unit as a new row from the merger day, the old row pointing to it: re-parenting the
 * old row would move its past listening sessions into the new unit's reports.
 */
export const mergeUnits = defineAction({
  name: "unit.merge",
  input: mergeUnitsInput,
  permission: "unit.edit",
  async run({ input, tx }) {
    const sourceIds = [...new Set(input.sourceIds)];
    if (sourceIds.includes(input.targetId)) throw new AppError("VALIDATION", "Đơn vị tiếp nhận không thể đồng thời là đơn vị được sáp nhập.");
    const target = await tx.unit.findUnique({ where: { id: input.targetId }, select: { id: true, key: true, name: true, validTo: true, mergedIntoId: true } });
    if (!target) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị tiếp nhận.");
    const targetEnd = localDateOrNull(target.validTo);
    if (target.mergedIntoId || (targetEnd && targetEnd < input.mergedOn)) throw new AppError("RULE_VIOLATION", `${target.name} đã ngừng hoạt động trước ngày sáp nhập.`);
    const lastDay = addDays(input.mergedOn, -1);
    const sources = await tx.unit.findMany({ where: { id: { in: sourceIds } }, select: { id: true, name: true, validTo: true, mergedIntoId: true } });
    // Names already used under the new unit: a moved "Thôn 1" next to another gets its old commune's name.
    const namesUnderTarget = new Set((await tx.unit.findMany({ where: { parentId: target.id }, select: { name: true } })).map((u) => u.name));
    const movedVillages: { from: string; id: string; name: string }[] = [];
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
      if (input.moveVillages) {
        const villages = await tx.unit.findMany({
          where: { parentId: s.id, kind: { in: ["VILLAGE", "RESIDENTIAL_GROUP"] }, mergedIntoId: null, OR: [{ validTo: null }, { validTo: { gt: dbDate(lastDay) } }] },
          select: { id: true, name: true, kind: true, adminCode: true },
          orderBy: { name: "asc" },
        });
        for (const v of villages) {
          const name = namesUnderTarget.has(v.name) ? `${v.name} (${s.name.replace(/^(Xã|Phường|Thị trấn) /, "")} cũ)` : v.name;
          namesUnderTarget.add(name);
          const created = await tx.unit.create({
            data: {
              ...(await newUnitAddress(tx, name, target)),
              name,
              searchName: searchKey(name),
              kind: v.kind,
              parentId: target.id,
              adminCode: v.adminCode,
              validFrom: dbDate(input.mergedOn),
              source: `Chuyển từ ${v.name} (${s.name}) khi sáp nhập ngày ${formatDateVi(input.mergedOn)}.`,
            },
            select: { id: true },
          });
          await tx.unit.update({ where: { id: v.id }, data: { mergedIntoId: created.id } });
          movedVillages.push({ from: v.id, id: created.id, name });
        }
      }
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
      data: { merged: closed.length, movedUsers, copiedProcedures: copied, movedVillages: movedVillages.length },
      audit: [
        ...closed.map((c) => ({
        action: "unit.merge",
        entity: "Unit",
        entityId: c.id,
        unitId: c.id,
        before: { mergedIntoId: null },
        after: { mergedIntoId: target.id, mergedIntoName: target.name, validTo: lastDay, moveUsers: input.moveUsers, copyCatalogue: input.copyCatalogue, moveVillages: input.moveVillages },
        })),
        ...movedVillages.map((v) => ({
          action: "unit.create",
          entity: "Unit",
          entityId: v.id,
          unitId: target.id,
          after: { name: v.name, parentId: target.id, validFrom: input.mergedOn, continues: v.from },
        })),
      ],
      revalidate: { paths: [paths.admin.units(), paths.home()], layouts: [everyPage.ofUnits] },
    };
  },
});
