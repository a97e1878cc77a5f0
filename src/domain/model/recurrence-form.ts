/**
 * The model builder's schedule fields ⇄ the stored recurrence. The builder offers the
 * engine's friendly forms (`RecurrenceForm`); a stored RRULE that none of them expresses is
 * kept as raw text so that editing a model never loses its rule.
 */
import { WEEKDAYS, isLocalDate } from "../schedule/local-time";
import { buildRecurrence, type RecurrenceForm } from "../schedule/recurrence";
import type { LocalDate, Recurrence, Weekday } from "../schedule/types";

export type ScheduleForm =
  | RecurrenceForm
  /** Letters, pledges: no calendar at all. */
  | { kind: "NONE" }
  /** An RRULE the friendly forms do not express, kept as written. */
  | { kind: "RRULE"; rrule: string };

interface RecurrenceFields {
  schedule: ScheduleForm;
  /** Extra dates on top of a repeating schedule (RDATE). */
  extraDates: LocalDate[];
  /** Dates removed from the schedule (EXDATE). */
  exdates: LocalDate[];
}

const NTH = new Set([1, 2, 3, 4, -1]);

function parts(rrule: string): Map<string, string> | null {
  const out = new Map<string, string>();
  const text = rrule.replace(/^RRULE:/i, "").trim();
  if (!text) return null;
  for (const piece of text.split(";")) {
    const [k, v, ...rest] = piece.split("=");
    if (!k || v === undefined || rest.length) return null;
    const key = k.trim().toUpperCase();
    if (out.has(key)) return null;
    out.set(key, v.trim().toUpperCase());
  }
  return out;
}

function isWeekday(s: string): s is Weekday {
  return (WEEKDAYS as readonly string[]).includes(s);
}

/** The friendly form of an RRULE value, or null when none expresses it exactly. */
export function recurrenceFormOfRRule(rrule: string): RecurrenceForm | null {
  const p = parts(rrule);
  if (!p) return null;
  const freq = p.get("FREQ");
  const keys = [...p.keys()].filter((k) => k !== "FREQ");
  if (freq === "DAILY") return keys.length === 0 ? { kind: "DAILY" } : null;
  if (freq === "WEEKLY") {
    if (keys.some((k) => k !== "BYDAY" && k !== "INTERVAL")) return null;
    const days = (p.get("BYDAY") ?? "").split(",").filter(Boolean);
    if (days.length === 0 || !days.every(isWeekday) || new Set(days).size !== days.length) return null;
    const intervalText = p.get("INTERVAL") ?? "1";
    const interval = Number(intervalText);
    if (!/^\d+$/.test(intervalText) || interval < 1) return null;
    const weekdays = WEEKDAYS.filter((d) => days.includes(d));
    return interval > 1 ? { kind: "WEEKLY", weekdays, interval } : { kind: "WEEKLY", weekdays };
  }
  if (freq === "MONTHLY") {
    if (keys.some((k) => k !== "BYDAY" && k !== "BYSETPOS" && k !== "BYMONTH")) return null;
    const byday = p.get("BYDAY") ?? "";
    // "BYDAY=SA;BYSETPOS=-1" or the equivalent "BYDAY=-1SA".
    const m = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(byday);
    if (!m) return null;
    const weekday = m[2] as Weekday;
    const inline = m[1] === undefined ? null : Number(m[1]);
    const setpos = p.has("BYSETPOS") ? Number(p.get("BYSETPOS")) : null;
    if (inline !== null && setpos !== null) return null;
    const nth = inline ?? setpos;
    if (nth === null || !NTH.has(nth)) return null;
    const monthsText = p.get("BYMONTH");
    const months = monthsText === undefined ? [] : monthsText.split(",").map(Number);
    if (months.some((n) => !Number.isInteger(n) || n < 1 || n > 12)) return null;
    const sorted = [...new Set(months)].sort((a, b) => a - b);
    if (sorted.length !== months.length) return null;
    return { kind: "MONTHLY_NTH_WEEKDAY", weekday, nth: nth as 1 | 2 | 3 | 4 | -1, months: sorted };
  }
  return null;
}

/** Stored recurrence → the builder's fields. */
export function recurrenceFields(recurrence: Recurrence): RecurrenceFields {
  const exdates = [...recurrence.exdates];
  if (!recurrence.rrule) {
    if (recurrence.dates.length === 0) return { schedule: { kind: "NONE" }, extraDates: [], exdates };
    return { schedule: { kind: "DATES", dates: [...recurrence.dates] }, extraDates: [], exdates };
  }
  const form = recurrenceFormOfRRule(recurrence.rrule);
  return { schedule: form ?? { kind: "RRULE", rrule: recurrence.rrule }, extraDates: [...recurrence.dates], exdates };
}

/**
 * The builder's fields → the stored recurrence, through the engine's `buildRecurrence`.
 * Throws a RangeError with a Vietnamese message when the form is incomplete.
 */
export function recurrenceFromFields(fields: RecurrenceFields): Recurrence {
  const bad = [...fields.extraDates, ...fields.exdates].find((d) => !isLocalDate(d));
  if (bad !== undefined) throw new RangeError(`Ngày không hợp lệ: "${bad}"`);
  const exdates = [...new Set(fields.exdates)].sort();
  const extra = [...new Set(fields.extraDates)].sort();
  const s = fields.schedule;
  if (s.kind === "NONE") return { rrule: null, dates: extra, exdates };
  if (s.kind === "RRULE") return { rrule: s.rrule.trim() || null, dates: extra, exdates };
  if (s.kind === "DATES") {
    if (s.dates.length === 0 && extra.length === 0) throw new RangeError("Chưa nhập ngày nào");
    return buildRecurrence({ kind: "DATES", dates: [...s.dates, ...extra] }, exdates);
  }
  const built = buildRecurrence(s, exdates);
  return { ...built, dates: extra };
}
