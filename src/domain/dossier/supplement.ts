/**
 * How a supplement request (Mẫu 02) affects the clock — see docs/rules.md "## Supplement
 * requests". The clock stops while the citizen completes the dossier: the working time
 * already used stays used, and the time that was left runs again from the moment the
 * complete dossier is handed in.
 *
 * - Whole working days left (the promise was on a later day than the request): the new
 *   promise is the close of office hours of the working day that many working days after the
 *   day the supplement is received (the day of receipt not counted, as for the first count).
 * - Less than a day left (the promise was on the day of the request, e.g. a same-day model):
 *   the remaining working minutes of that day are added to the moment the supplement is
 *   received, inside that day's office windows, and never past that day's close.
 * The promise never moves earlier than the moment the supplement is received.
 */
import type { AsOf, OfficialCalendar } from "../schedule/calendar";
import { instantAtMinutes, startOfLocalDay, toLocalDate } from "../schedule/local-time";
import type { InstantWindow } from "../schedule/interval";
import { addWorkingMinutes, officeWindowsOn, windowsToInstants } from "../schedule/office-hours";
import type { LocalDate, OfficeHours } from "../schedule/types";

interface ResumeInput {
  promisedAt: Date;
  requestedAt: Date;
  resumedAt: Date;
  officeHours: readonly OfficeHours[];
  calendar: OfficialCalendar;
  asOf?: AsOf;
}

interface ResumeResult {
  promisedAt: Date;
  /** Wall-clock minutes the clock stood still (kept on the dossier for statistics). */
  pausedMinutes: number;
  /** Working days that were left when the clock stopped (0: less than a day). */
  daysLeft: number;
  minutesLeft: number;
}

function windowsOf(officeHours: readonly OfficeHours[], date: LocalDate, calendar: OfficialCalendar, asOf?: AsOf): InstantWindow[] {
  return windowsToInstants(date, officeWindowsOn(officeHours, date, calendar, asOf));
}

function closeOf(officeHours: readonly OfficeHours[], date: LocalDate, calendar: OfficialCalendar, asOf?: AsOf): Date {
  const w = windowsOf(officeHours, date, calendar, asOf);
  // A working day without office hours configured: the end of that day.
  return w.length ? w[w.length - 1]!.end : new Date(instantAtMinutes(date, 1440).getTime() - 1);
}

/** Working minutes inside `windows` between a and b. */
function workingMinutesBetween(windows: readonly InstantWindow[], a: Date, b: Date): number {
  let ms = 0;
  for (const w of windows) {
    const s = Math.max(a.getTime(), w.start.getTime());
    const e = Math.min(b.getTime(), w.end.getTime());
    if (e > s) ms += e - s;
  }
  return Math.floor(ms / 60_000);
}

export function resumeAfterSupplement(input: ResumeInput): ResumeResult {
  const { promisedAt, requestedAt, resumedAt, officeHours, calendar, asOf } = input;
  if (resumedAt.getTime() < requestedAt.getTime()) throw new RangeError("Thời điểm nhận bổ sung trước thời điểm yêu cầu bổ sung");
  const pausedMinutes = Math.max(0, Math.round((resumedAt.getTime() - requestedAt.getTime()) / 60_000));
  const reqDay = toLocalDate(requestedAt);
  const promiseDay = toLocalDate(promisedAt);
  const resumeDay = toLocalDate(resumedAt);
  let next: Date;
  let daysLeft = 0;
  let minutesLeft = 0;
  if (promiseDay > reqDay) {
    daysLeft = Math.max(1, calendar.workingDaysBetween(reqDay, promiseDay, asOf));
    const lastDay = calendar.addWorkingDays(resumeDay, daysLeft, asOf);
    next = closeOf(officeHours, lastDay, calendar, asOf);
  } else {
    const reqWindows = windowsOf(officeHours, reqDay, calendar, asOf);
    minutesLeft = Math.max(0, workingMinutesBetween(reqWindows, requestedAt, promisedAt));
    const day = calendar.workingDayOnOrAfter(resumeDay, asOf);
    const windows = windowsOf(officeHours, day, calendar, asOf);
    const from = day === resumeDay ? resumedAt : startOfLocalDay(day);
    const close = closeOf(officeHours, day, calendar, asOf);
    next = addWorkingMinutes(windows, from, Math.max(1, minutesLeft)) ?? close;
    if (next.getTime() > close.getTime()) next = close;
  }
  if (next.getTime() < resumedAt.getTime()) next = resumedAt;
  return { promisedAt: next, pausedMinutes, daysLeft, minutesLeft };
}
