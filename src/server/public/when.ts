import "server-only";
import { instantAt, isLocalTime, officeWindowsOn, toLocalDate, toLocalTime, type LocalDate, type LocalTime } from "@/domain/schedule";
import { viewableDateProblem } from "@/domain/schedule/local-time";
import { now } from "../clock";
import type { PublicUnitContext } from "./context";

interface ViewingInstant {
  at: Date;
  date: LocalDate;
  time: LocalTime;
  /** True when the citizen picked a date or time (the page then says the date, not "hôm nay"). */
  chosen: boolean;
  /** The server's "now" (honours a simulated clock). */
  now: Date;
  /** Why the date asked for is not shown (not a real date, or out of range), to say on the page. */
  invalid: string | null;
}

function single(v: unknown): string | undefined {
  return typeof v === "string" && v.length <= 20 ? v : undefined;
}

/**
 * The instant a public page is asked about: `?ngay=YYYY-MM-DD&gio=HH:mm`, each optional; a
 * date that is not real or out of range is not shown, and `invalid` says why. A date without a time is looked at when the office opens that
 * day (or at the current time of day on a day off), so "Xem lịch ngày …" links land on a
 * moment when something can be open.
 */
export function viewingInstant(query: { ngay?: unknown; gio?: unknown }, ctx?: PublicUnitContext | null): ViewingInstant {
  const realNow = now();
  const ngay = typeof query.ngay === "string" && query.ngay !== "" ? query.ngay : undefined;
  const gio = single(query.gio);
  const invalid = ngay === undefined ? null : viewableDateProblem(ngay, toLocalDate(realNow));
  const date = ngay && !invalid ? ngay : toLocalDate(realNow);
  const pickedDate = date === ngay;
  const pickedTime = Boolean(gio && isLocalTime(gio));
  if (!pickedDate && !pickedTime) return { at: realNow, date, time: toLocalTime(realNow), chosen: false, now: realNow, invalid };
  let time: LocalTime = pickedTime ? gio! : toLocalTime(realNow);
  if (!pickedTime && ctx) {
    const first = officeWindowsOn(ctx.officeHours, date, ctx.calendar)[0];
    if (first) time = first.start;
  }
  return { at: instantAt(date, time), date, time, chosen: true, now: realNow, invalid };
}
