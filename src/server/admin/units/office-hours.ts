import "server-only";
import { DEFAULT_OFFICE_HOURS, formatDateVi, toLocalDate, validateOfficeHours, type OfficeHours } from "@/domain/schedule";
import { Prisma } from "@/generated/prisma/client";
import { paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { AppError } from "../../errors";
import { loadOfficeHoursSource } from "../../schedule/context";
import { fields, z } from "../../validation";
import { localDate } from "../input";

/** Up to four windows a day; the form repeats `windowStart`/`windowEnd`, blank rows are dropped. */
const repeated = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().trim().max(5)).max(4, "Tối đa 4 khung giờ mỗi ngày."));

export const addOfficeHoursInput = z
  .object({
    unitId: fields.id,
    effectiveFrom: localDate,
    windowStart: repeated,
    windowEnd: repeated,
  })
  .transform((v) => ({
    unitId: v.unitId,
    effectiveFrom: v.effectiveFrom,
    windows: v.windowStart.map((start, i) => ({ start, end: v.windowEnd[i] ?? "" })).filter((w) => w.start || w.end),
  }));

export const withdrawOfficeHoursInput = z.object({ unitId: fields.id, effectiveFrom: localDate });

/** The unit's own versions, or null when it inherits them. */
function ownHours(json: Prisma.JsonValue | null): OfficeHours[] | null {
  return Array.isArray(json) && json.length > 0 ? (json as unknown as OfficeHours[]) : null;
}

const sortedOfficeHours = (list: OfficeHours[]) => [...list].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));

/**
 * A new version of a unit's office hours from a future date (the province's decision on
 * working hours, or a commune's own). Versions are kept, so the engine answers earlier dates
 * with the hours then in force. A unit that inherited its hours first copies them, so its
 * past keeps the same answers.
 */
export const addOfficeHours = defineAction({
  name: "unit.officeHours.add",
  input: addOfficeHoursInput,
  permission: "unit.edit",
  async run({ input, tx, now }) {
    const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true, slug: true, name: true, officeHours: true } });
    if (!unit) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
    const version: OfficeHours = { effectiveFrom: input.effectiveFrom, windows: [...input.windows].sort((a, b) => a.start.localeCompare(b.start)) };
    const issues = validateOfficeHours(version, toLocalDate(now));
    if (issues.length) {
      const fieldErrors: Record<string, string[]> = {};
      for (const i of issues) (fieldErrors[i.path.startsWith("windows") ? "windows" : i.path] ??= []).push(i.message);
      throw new AppError("VALIDATION", issues[0]!.message, { fieldErrors });
    }
    const before = ownHours(unit.officeHours);
    const base = before ?? (await loadOfficeHoursSource(tx, unit.id)).hours;
    const after = sortedOfficeHours([...base.filter((v) => v.effectiveFrom !== version.effectiveFrom), version]);
    await tx.unit.update({ where: { id: unit.id }, data: { officeHours: after as unknown as Prisma.InputJsonValue } });
    return {
      data: { unitId: unit.id },
      audit: { action: "unit.officeHours.add", entity: "Unit", entityId: unit.id, unitId: unit.id, before: { officeHours: before }, after: { officeHours: after } },
      revalidate: { paths: [paths.admin.unit(unit.id), paths.unit.page(unit.slug)] },
    };
  },
});

/** Only a version not yet in effect can be withdrawn; one in effect was used for promises. */
export const withdrawOfficeHours = defineAction({
  name: "unit.officeHours.withdraw",
  input: withdrawOfficeHoursInput,
  permission: "unit.edit",
  async run({ input, tx, now }) {
    const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true, slug: true, parentId: true, officeHours: true } });
    if (!unit) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
    const before = ownHours(unit.officeHours) ?? [];
    if (!before.some((v) => v.effectiveFrom === input.effectiveFrom)) throw new AppError("NOT_FOUND", "Đơn vị không có giờ làm việc áp dụng từ ngày này.");
    if (input.effectiveFrom <= toLocalDate(now)) {
      throw new AppError("RULE_VIOLATION", `Giờ làm việc áp dụng từ ${formatDateVi(input.effectiveFrom)} đã có hiệu lực nên không rút được; để thay đổi, thêm giờ làm việc mới từ ngày mai.`);
    }
    const kept = before.filter((v) => v.effectiveFrom !== input.effectiveFrom);
    // What is left may be just the copy made when the unit first set its own hours: inherit again.
    const inherited = unit.parentId ? (await loadOfficeHoursSource(tx, unit.parentId)).hours : [...DEFAULT_OFFICE_HOURS];
    const after = kept.length === 0 || JSON.stringify(sortedOfficeHours(kept)) === JSON.stringify(sortedOfficeHours(inherited)) ? null : kept;
    await tx.unit.update({ where: { id: unit.id }, data: { officeHours: after ? (after as unknown as Prisma.InputJsonValue) : Prisma.DbNull } });
    return {
      data: { unitId: unit.id },
      audit: { action: "unit.officeHours.withdraw", entity: "Unit", entityId: unit.id, unitId: unit.id, before: { officeHours: before }, after: { officeHours: after } },
      revalidate: { paths: [paths.admin.unit(unit.id), paths.unit.page(unit.slug)] },
    };
  },
});
