/**
 * A unit's office hours on working days (versioned), and helpers on local windows.
 */
import type { AsOf, OfficialCalendar } from "./calendar";
import type { InstantWindow } from "./interval";
import { instantAtMinutes, timeToMinutes } from "./local-time";
import type { LocalDate, OfficeHours, TimeWindow } from "./types";

/**
 * Used only when no unit up the tree sets its hours: the common 8-hour day of Vietnamese
 * offices (provinces decide their own; see docs/sources.md).
 */
export const DEFAULT_OFFICE_HOURS: readonly OfficeHours[] = [
  {
    effectiveFrom: "2000-01-01",
    windows: [
      { start: "07:00", end: "11:30" },
      { start: "13:30", end: "17:00" },
    ],
  },
];

/** The office-hours version in force on `date` (greatest `effectiveFrom <= date`), or null. */
export function officeHoursAt(officeHours: readonly OfficeHours[], date: LocalDate): OfficeHours | null {
  let best: OfficeHours | null = null;
  for (const oh of officeHours) {
    if (oh.effectiveFrom <= date && (!best || oh.effectiveFrom >= best.effectiveFrom)) best = oh;
  }
  return best;
}

/**
 * The office windows of `date`: the office hours in force on working days (a compensatory
 * working Saturday included), [] on days off or when no office hours are known yet.
 */
export function officeWindowsOn(
  officeHours: readonly OfficeHours[],
  date: LocalDate,
  calendar: OfficialCalendar,
  asOf?: AsOf,
): TimeWindow[] {
  if (!calendar.isWorkingDay(date, asOf)) return [];
  const oh = officeHoursAt(officeHours, date);
  return oh ? sortWindows(oh.windows) : [];
}

export function sortWindows(windows: readonly TimeWindow[]): TimeWindow[] {
  return [...windows].sort((a, b) => timeToMinutes(a.start) - timeToMinutes(b.start));
}

export function windowsToInstants(date: LocalDate, windows: readonly TimeWindow[]): InstantWindow[] {
  return sortWindows(windows).map((w) => ({
    start: instantAtMinutes(date, timeToMinutes(w.start)),
    end: instantAtMinutes(date, timeToMinutes(w.end)),
  }));
}

/** Union of instant windows, sorted and merged (touching windows merge). */
export function mergeWindows(windows: readonly InstantWindow[]): InstantWindow[] {
  const sorted = [...windows]
    .filter((w) => w.end.getTime() > w.start.getTime())
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  const out: InstantWindow[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last && w.start.getTime() <= last.end.getTime()) {
      if (w.end.getTime() > last.end.getTime()) last.end = w.end;
    } else {
      out.push({ start: w.start, end: w.end });
    }
  }
  return out;
}

/**
 * `t` plus `minutes` working minutes counted only inside `windows` (sorted, disjoint).
 * Returns null when the windows end before the minutes are used up.
 */
export function addWorkingMinutes(windows: readonly InstantWindow[], t: Date, minutes: number): Date | null {
  let remaining = minutes * 60_000;
  let cursor = t.getTime();
  for (const w of windows) {
    const s = Math.max(cursor, w.start.getTime());
    const e = w.end.getTime();
    if (s >= e) continue;
    if (e - s >= remaining) return new Date(s + remaining);
    remaining -= e - s;
    cursor = e;
  }
  return null;
}
