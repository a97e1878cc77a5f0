import "server-only";
import { formatDateVi, validateCalendarEntry } from "@/domain/schedule";
import { everyPage, paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { dbDate } from "../../dates";
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
});

/** An official day off or compensatory working day of the year's calendar (e.g. Tết, a swapped Saturday). */
export const addCalendarEntry = defineAction({
  name: "calendar.add",
  input: addCalendarEntryInput,
  permission: "calendar.edit",
  async run({ actor, input, tx }) {
    const problem = validateCalendarEntry({ date: input.date, kind: input.kind, name: input.name, effectiveFrom: input.effectiveFrom });
    if (problem) throw new AppError("VALIDATION", problem);
    if (await tx.calendarEntry.findUnique({ where: { date_effectiveFrom: { date: dbDate(input.date), effectiveFrom: dbDate(input.effectiveFrom) } }, select: { id: true } })) {
      throw new AppError("CONFLICT", `Ngày ${formatDateVi(input.date)} đã có quyết định áp dụng từ ${formatDateVi(input.effectiveFrom)}; chọn ngày hiệu lực khác để thay thế.`);
    }
    const row = await tx.calendarEntry.create({
      data: {
        date: dbDate(input.date),
        kind: input.kind,
        name: input.name,
        legalBasis: input.legalBasis ?? null,
        effectiveFrom: dbDate(input.effectiveFrom),
        createdById: actor.id,
      },
      select: { id: true, date: true, kind: true, name: true, legalBasis: true, effectiveFrom: true },
    });
    return {
      data: { id: row.id },
      audit: { action: "calendar.add", entity: "CalendarEntry", entityId: row.id, after: row },
      revalidate: { paths: [paths.admin.calendar()], layouts: [everyPage.ofUnits] },
    };
  },
});
