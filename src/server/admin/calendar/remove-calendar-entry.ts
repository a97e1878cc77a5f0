import "server-only";
import { formatDateVi, toLocalDate } from "@/domain/schedule";
import { everyPage, paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { localDateOf } from "../../dates";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";

export const removeCalendarEntryInput = z.object({ id: fields.id });

/**
 * Only a decision not yet in effect can be withdrawn: once in effect, promises were made
 * with it, so a correction is a new entry for the same day with a later effective date.
 */
export const removeCalendarEntry = defineAction({
  name: "calendar.remove",
  input: removeCalendarEntryInput,
  permission: "calendar.edit",
  async run({ input, tx, now }) {
    const row = await tx.calendarEntry.findUnique({ where: { id: input.id }, select: { id: true, date: true, kind: true, name: true, legalBasis: true, effectiveFrom: true } });
    if (!row) throw new AppError("NOT_FOUND", "Không tìm thấy mục lịch.");
    const from = localDateOf(row.effectiveFrom);
    if (from <= toLocalDate(now)) {
      throw new AppError(
        "RULE_VIOLATION",
        `Quyết định này đã áp dụng từ ${formatDateVi(from)} nên không xóa được; để sửa, thêm một mục mới cho ngày ${formatDateVi(localDateOf(row.date))} với ngày hiệu lực từ hôm nay.`,
      );
    }
    await tx.calendarEntry.delete({ where: { id: row.id } });
    return {
      data: { id: row.id },
      audit: { action: "calendar.remove", entity: "CalendarEntry", entityId: row.id, before: row },
      revalidate: { paths: [paths.admin.calendar()], layouts: [everyPage.ofUnits] },
    };
  },
});
