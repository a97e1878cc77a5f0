/**
 * The two kinds of interval of the rules, each with its edges decided in one place:
 * - windows as instants, half-open [start, end): a window that ends at 11:30 is already
 *   closed at 11:30, so touching windows never both hold an instant (`contains`);
 * - spans of local dates, [validFrom, validTo] with both days included and null for an open
 *   side: a rule's validity, a unit's lifetime, a plan's period (`spanIncludes`).
 */
import type { LocalDate } from "./types";

export interface InstantWindow {
  start: Date;
  end: Date;
}

/** Is `t` inside [start, end)? */
export function contains(window: InstantWindow, t: Date): boolean {
  const ms = t.getTime();
  return window.start.getTime() <= ms && ms < window.end.getTime();
}

/** The first of `windows` that contains `t`, or null. */
export function windowContaining<W extends InstantWindow>(windows: readonly W[], t: Date): W | null {
  return windows.find((w) => contains(w, t)) ?? null;
}

/** Local dates from `validFrom` to `validTo`, both included; null: open on that side. */
export interface DateSpan {
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
}

/** Is `date` before the span's first day? */
export function notYetStarted(span: Pick<DateSpan, "validFrom">, date: LocalDate): boolean {
  return span.validFrom !== null && date < span.validFrom;
}

/** Is `date` after the span's last day? */
export function hasEnded(span: Pick<DateSpan, "validTo">, date: LocalDate): boolean {
  return span.validTo !== null && date > span.validTo;
}

/** Is `date` inside the span? */
export function spanIncludes(span: DateSpan, date: LocalDate): boolean {
  return !notYetStarted(span, date) && !hasEnded(span, date);
}
