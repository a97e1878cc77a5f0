import "server-only";
import { calendarEntryAddition, validateCalendarEntry } from "@/domain/schedule";
import { everyPage, paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { dbDate, localDateOf } from "../../dates";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";
import { localDate } from "../input";

export const addCalendarEntryInput = z.object({
  date: localDate,
  kind: z.enum(["OFF", "WORKING"], { error: "Chọn ngày nghỉ hoặc ngày làm việc bù." }),
  name: fields.requiredText("tên ngày (ví dụ «Tết Nguyên đán»)", 200),
  legalBasis: fields.optionalText(500),
  /** The day the decision is known: earlier questions keep their earlier answer. */
  effectiveFrom: localDate,
  /** The administrator has seen the day's current decision and replaces it. */
  replace: fields.checkbox,
});

/** An official day off or compensatory working day of the year's calendar (e.g. Tết, a swapped Saturday). */
export const addCalendarEntry = defineAction({
  name: "calendar.add",
  input: addCalendarEntryInput,
  permission: "calendar.edit",
  async run({ actor, input, tx, now }) {
    const problem = validateCalendarEntry({ date: input.date, kind: input.kind, name: input.name, effectiveFrom: input.effectiveFrom });
    if (problem) throw new AppError("VALIDATION", problem);
    const sameDay = await tx.calendarEntry.findMany({ where: { date: dbDate(input.date) }, select: { id: true, kind: true, name: true, effectiveFrom: true } });
    const existing = sameDay.map((e) => ({ date: input.date, kind: e.kind, name: e.name, effectiveFrom: localDateOf(e.effectiveFrom) }));
    const refusal = calendarEntryAddition(input, existing, input.replace);
    if (refusal) throw new AppError("CONFLICT", refusal);
    const row = await tx.calendarEntry.create({
      data: {
        date: dbDate(input.date),
        kind: input.kind,
        name: input.name,
        legalBasis: input.legalBasis ?? null,
        effectiveFrom: dbDate(input.effectiveFrom),
        createdById: actor.id,
        // The stack's clock, not the database's: "entered today" decides whether it can be withdrawn.
        createdAt: now,
      },
      select: { id: true, date: true, kind: true, name: true, legalBasis: true, effectiveFrom: true },
    });
    return {
      data: { id: row.id },
      audit: { action: "calendar.add", entity: "CalendarEntry", entityId: row.id, after: { ...row, replaces: sameDay.map((e) => e.id) } },
      revalidate: { paths: [paths.admin.calendar()], layouts: [everyPage.ofUnits] },
    };
  },
});
