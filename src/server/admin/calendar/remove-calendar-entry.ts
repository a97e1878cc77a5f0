import "server-only";
import { calendarEntryWithdrawal, toLocalDate } from "@/domain/schedule";
import { everyPage, paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { localDateOf } from "../../dates";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";

export const removeCalendarEntryInput = z.object({ id: fields.id });

/** Withdraws a decision not yet in effect, or one entered today by mistake (calendarEntryWithdrawal). */
export const removeCalendarEntry = defineAction({
  name: "calendar.remove",
  input: removeCalendarEntryInput,
  permission: "calendar.edit",
  async run({ input, tx, now }) {
    const row = await tx.calendarEntry.findUnique({ where: { id: input.id }, select: { id: true, date: true, kind: true, name: true, legalBasis: true, effectiveFrom: true, createdAt: true } });
    if (!row) throw new AppError("NOT_FOUND", "Không tìm thấy mục lịch.");
    const refusal = calendarEntryWithdrawal({ date: localDateOf(row.date), effectiveFrom: localDateOf(row.effectiveFrom), enteredOn: toLocalDate(row.createdAt) }, toLocalDate(now));
    if (refusal) throw new AppError("RULE_VIOLATION", refusal);
    await tx.calendarEntry.delete({ where: { id: row.id } });
    return {
      data: { id: row.id },
      audit: { action: "calendar.remove", entity: "CalendarEntry", entityId: row.id, before: row },
      revalidate: { paths: [paths.admin.calendar()], layouts: [everyPage.ofUnits] },
    };
  },
});
