import "server-only";
import { LATEST, buildCalendar, calendarEntryWithdrawal, defaultHolidays, toLocalDate, type DayReason, type LocalDate } from "@/domain/schedule";
import { db } from "../../db";
import { dbDate, localDateOf } from "../../dates";
import { loadCalendar } from "../../schedule/context";

interface CalendarYearDto {
  year: number;
  entries: {
    id: string;
    date: LocalDate;
    kind: "OFF" | "WORKING";
    name: string;
    legalBasis: string | null;
    effectiveFrom: LocalDate;
    createdBy: string | null;
    /** A later decision for the same day replaces this one. */
    superseded: boolean;
    /** Not yet in effect. */
    pending: boolean;
    /** Not yet in effect, or entered today: it may still be withdrawn. */
    withdrawable: boolean;
  }[];
  /** The computed defaults (Labour Code holidays and their compensatory days), for reference. */
  defaults: { date: LocalDate; name: string; kind: string; official: { working: boolean; reason: DayReason; name: string | null } }[];
}

export async function calendarYear(year: number, today: LocalDate): Promise<CalendarYearDto> {
  const rows = await db.calendarEntry.findMany({
    where: { date: { gte: dbDate(`${year}-01-01`), lte: dbDate(`${year}-12-31`) } },
    select: { id: true, date: true, kind: true, name: true, legalBasis: true, effectiveFrom: true, createdAt: true, createdBy: { select: { fullName: true } } },
    orderBy: [{ date: "asc" }, { effectiveFrom: "asc" }],
  });
  const calendar = buildCalendar(await loadCalendar(db));
  const entries = rows.map((r, i) => {
    const date = localDateOf(r.date);
    const next = rows[i + 1];
    return {
      id: r.id,
      date,
      kind: r.kind,
      name: r.name,
      legalBasis: r.legalBasis,
      effectiveFrom: localDateOf(r.effectiveFrom),
      createdBy: r.createdBy?.fullName ?? null,
      superseded: Boolean(next && localDateOf(next.date) === date && localDateOf(next.effectiveFrom) <= today),
      pending: localDateOf(r.effectiveFrom) > today,
      withdrawable: calendarEntryWithdrawal({ date, effectiveFrom: localDateOf(r.effectiveFrom), enteredOn: toLocalDate(r.createdAt) }, today) === null,
    };
  });
  const defaults = defaultHolidays(year).map((h) => {
    const info = calendar.dayInfo(h.date, LATEST);
    return { date: h.date, name: h.name, kind: h.kind, official: { working: info.working, reason: info.reason, name: info.name } };
  });
  return { year, entries, defaults };
}

/** Years that have entries, and the ones around today, for the year picker. */
export async function calendarYears(currentYear: number): Promise<number[]> {
  const rows = await db.calendarEntry.findMany({ select: { date: true }, distinct: ["date"] });
  const years = new Set(rows.map((r) => Number(localDateOf(r.date).slice(0, 4))));
  for (let y = currentYear - 1; y <= currentYear + 1; y++) years.add(y);
  return [...years].sort((a, b) => b - a);
}
