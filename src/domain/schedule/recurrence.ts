/**
 * RFC 5545 recurrences through `rrule`.
 *
 * rrule works on JS Dates and, without a TZID, treats them as UTC. We therefore feed it
 * "floating" dates: DTSTART is the rule's `validFrom` at 00:00 UTC, and every date it
 * returns is read back with getUTC* as a local calendar date. No instant ever goes
 * through rrule, so the host time zone cannot leak in.
 *
 * Expansions are memoised: RRULE dates per (RRULE text, start, year), shared by every rule
 * with the same text, and the final set (RRULE + dates − exdates) per recurrence object and
 * year, so that "does the model occur on this day?" is a hash lookup after the first
 * question. Treat `Recurrence` objects as immutable (build a new one to change a rule), or
 * call `clearRecurrenceCache()`.
 */
import * as rruleModule from "rrule";
import type { Options as RRuleOptions, RRule as RRuleType } from "rrule";
import {
  formatDateVi,
  formatLocalDate,
  isLocalDate,
  parseLocalDate,
  weekdayNameVi,
  yearOf,
  WEEKDAYS,
} from "./local-time";
import type { LocalDate, Recurrence, Weekday } from "./types";

// rrule ships a UMD/CJS main and an ESM module build; bundlers pick one, Node another.
type RRuleModule = typeof rruleModule;
const mod: RRuleModule = (rruleModule as unknown as { RRule?: unknown }).RRule
  ? rruleModule
  : ((rruleModule as unknown as { default: RRuleModule }).default as RRuleModule);
const RRule = mod.RRule;

interface RecurrenceWindowed {
  recurrence: Recurrence;
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

function floatingDate(date: LocalDate): Date {
  const p = parseLocalDate(date);
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}

function fromFloatingDate(d: Date): LocalDate {
  return formatLocalDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Strips a leading "RRULE:" and any DTSTART line: DTSTART is always the rule's validFrom. */
function cleanRRule(value: string): string {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^DTSTART/i.test(l))
    .map((l) => l.replace(/^RRULE:/i, ""))
    .join(";");
}

/** Parses an RRULE value with DTSTART = `validFrom`; throws a RangeError with a Vietnamese message. */
export function parseRRule(value: string, validFrom: LocalDate): RRuleType {
  const cleaned = cleanRRule(value);
  if (!cleaned) throw new RangeError("Chuỗi lặp (RRULE) trống");
  let options: Partial<RRuleOptions>;
  try {
    options = RRule.parseString(cleaned);
  } catch (e) {
    throw new RangeError(`Chuỗi lặp (RRULE) không hợp lệ: ${(e as Error).message}`);
  }
  if (options.freq === undefined || options.freq === null) {
    throw new RangeError("Chuỗi lặp (RRULE) không hợp lệ: thiếu FREQ hoặc FREQ sai (DAILY, WEEKLY, MONTHLY, YEARLY)");
  }
  if (options.freq > RRule.DAILY) {
    throw new RangeError("Chỉ hỗ trợ lặp theo ngày, tuần, tháng hoặc năm (không theo giờ/phút)");
  }
  try {
    const rule = new RRule({ ...options, dtstart: floatingDate(validFrom), tzid: null });
    // Touch the iterator once so that malformed combinations fail here, not later.
    rule.after(floatingDate(validFrom), true);
    return rule;
  } catch (e) {
    throw new RangeError(`Chuỗi lặp (RRULE) không hợp lệ: ${(e as Error).message}`);
  }
}

/** null when the RRULE value is valid, else a Vietnamese message. */
export function rruleError(value: string): string | null {
  try {
    parseRRule(value, "2024-01-01");
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** RRULE expansions shared by every rule with the same RRULE text and start: key → year → dates. */
const rruleYears = new Map<string, Map<number, LocalDate[]>>();
const parsedRules = new Map<string, RRuleType>();
/** Final per-recurrence sets (RRULE + dates − exdates): recurrence → validFrom → year → dates. */
let recurrenceYears = new WeakMap<Recurrence, Map<LocalDate, Map<number, Set<LocalDate>>>>();
const MAX_SHARED_KEYS = 20_000;

/** Forget every memoised expansion (the benchmark's baseline does this before each query). */
export function clearRecurrenceCache(): void {
  rruleYears.clear();
  parsedRules.clear();
  recurrenceYears = new WeakMap();
}

function rruleYear(rrule: string, validFrom: LocalDate, year: number): LocalDate[] {
  const key = `${validFrom}|${rrule}`;
  let years = rruleYears.get(key);
  if (!years) {
    if (rruleYears.size >= MAX_SHARED_KEYS) {
      rruleYears.clear();
      parsedRules.clear();
    }
    years = new Map();
    rruleYears.set(key, years);
  }
  let dates = years.get(year);
  if (!dates) {
    let rule = parsedRules.get(key);
    if (!rule) {
      rule = parseRRule(rrule, validFrom);
      parsedRules.set(key, rule);
    }
    const from = new Date(Date.UTC(year, 0, 1));
    const to = new Date(Date.UTC(year, 11, 31));
    dates = rule.between(from, to, true).map(fromFloatingDate);
    years.set(year, dates);
  }
  return dates;
}

function yearSet(recurrence: Recurrence, validFrom: LocalDate, year: number): Set<LocalDate> {
  let byStart = recurrenceYears.get(recurrence);
  if (!byStart) {
    byStart = new Map();
    recurrenceYears.set(recurrence, byStart);
  }
  let byYear = byStart.get(validFrom);
  if (!byYear) {
    byYear = new Map();
    byStart.set(validFrom, byYear);
  }
  let set = byYear.get(year);
  if (!set) {
    set = new Set(recurrence.rrule ? rruleYear(recurrence.rrule, validFrom, year) : []);
    for (const d of recurrence.dates) if (yearOf(d) === year) set.add(d);
    for (const d of recurrence.exdates) set.delete(d);
    byYear.set(year, set);
  }
  return set;
}

/** Does the recurrence (rrule + dates − exdates) fall on `date`? Validity is not checked here. */
export function recurrenceIncludes(recurrence: Recurrence, validFrom: LocalDate, date: LocalDate): boolean {
  if (date < validFrom) return false;
  return yearSet(recurrence, validFrom, yearOf(date)).has(date);
}

/** The dates of the recurrence within [from, to] ∩ [validFrom, validTo], sorted. */
export function recurrenceDates(rule: RecurrenceWindowed, from: LocalDate, to: LocalDate): LocalDate[] {
  const lo = from > rule.validFrom ? from : rule.validFrom;
  const hi = rule.validTo && rule.validTo < to ? rule.validTo : to;
  if (lo > hi) return [];
  const out: LocalDate[] = [];
  for (let y = yearOf(lo); y <= yearOf(hi); y++) {
    for (const d of yearSet(rule.recurrence, rule.validFrom, y)) if (d >= lo && d <= hi) out.push(d);
  }
  return out.sort();
}

/** Does the recurrence have any schedule at all (letters, pledges have none)? */
export function hasSchedule(recurrence: Recurrence): boolean {
  return Boolean(recurrence.rrule) || recurrence.dates.length > 0;
}

// ---------------------------------------------------------------------------------------
// Friendly form → RRULE

export type RecurrenceForm =
  /** Every week on these weekdays ("Thứ Tư hằng tuần", "thứ Hai đến thứ Sáu"). */
  | { kind: "WEEKLY"; weekdays: readonly Weekday[]; interval?: number }
  /**
   * The n-th (1..4) or last (-1) given weekday of the listed months (all months when empty):
   * "last Saturday of March, June, September, December".
   */
  | { kind: "MONTHLY_NTH_WEEKDAY"; weekday: Weekday; nth: 1 | 2 | 3 | 4 | -1; months?: readonly number[] }
  | { kind: "DAILY" }
  /** Only these explicit dates. */
  | { kind: "DATES"; dates: readonly LocalDate[] };

/** Builds the stored RRULE value (without DTSTART) from the friendly form; null for explicit dates only. */
export function buildRRule(form: RecurrenceForm): string | null {
  switch (form.kind) {
    case "WEEKLY": {
      const days = WEEKDAYS.filter((d) => form.weekdays.includes(d));
      if (days.length === 0) throw new RangeError("Chọn ít nhất một ngày trong tuần");
      const interval = form.interval ?? 1;
      if (!Number.isInteger(interval) || interval < 1) throw new RangeError("Chu kỳ lặp phải là số nguyên dương");
      return `FREQ=WEEKLY${interval > 1 ? `;INTERVAL=${interval}` : ""};BYDAY=${days.join(",")}`;
    }
    case "MONTHLY_NTH_WEEKDAY": {
      const months = [...new Set(form.months ?? [])].sort((a, b) => a - b);
      if (months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) throw new RangeError("Tháng phải từ 1 đến 12");
      if (![1, 2, 3, 4, -1].includes(form.nth)) throw new RangeError("Thứ tự tuần phải là 1–4 hoặc tuần cuối (-1)");
      return `FREQ=MONTHLY${months.length ? `;BYMONTH=${months.join(",")}` : ""};BYDAY=${form.weekday};BYSETPOS=${form.nth}`;
    }
    case "DAILY":
      return "FREQ=DAILY";
    case "DATES":
      return null;
  }
}

/** Builds a whole `Recurrence` from the friendly form. */
export function buildRecurrence(form: RecurrenceForm, exdates: readonly LocalDate[] = []): Recurrence {
  if (form.kind === "DATES") {
    const bad = form.dates.find((d) => !isLocalDate(d));
    if (bad !== undefined) throw new RangeError(`Ngày không hợp lệ: "${bad}"`);
    return { rrule: null, dates: [...new Set(form.dates)].sort(), exdates: [...exdates] };
  }
  return { rrule: buildRRule(form), dates: [], exdates: [...exdates] };
}

// ---------------------------------------------------------------------------------------
// Vietnamese description

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function weekdayList(days: Weekday[]): string {
  const sorted = WEEKDAYS.filter((d) => days.includes(d));
  if (sorted.join(",") === "MO,TU,WE,TH,FR") return "thứ Hai đến thứ Sáu";
  if (sorted.join(",") === "MO,TU,WE,TH,FR,SA") return "thứ Hai đến thứ Bảy";
  const names = sorted.map((d) => weekdayNameVi(d));
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} và ${names[names.length - 1]}`;
}

function weekdaysOfOptions(options: Partial<RRuleOptions>): { days: Weekday[]; nth: number | null } {
  const raw = options.byweekday;
  const list = raw === null || raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const days: Weekday[] = [];
  let nth: number | null = null;
  for (const w of list) {
    if (typeof w === "number") days.push(WEEKDAYS[w] as Weekday);
    else if (typeof w === "string") days.push(w as Weekday);
    else {
      days.push(WEEKDAYS[w.weekday] as Weekday);
      if (w.n) nth = w.n;
    }
  }
  return { days, nth };
}

function ordinalVi(n: number): string {
  if (n === -1) return "cuối cùng";
  return ["", "thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm"][n] ?? `thứ ${n}`;
}

function numbers(v: number | number[] | null | undefined): number[] {
  if (v === null || v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** "Thứ Tư hằng tuần", "Thứ Bảy cuối cùng của tháng 3, 6, 9, 12", "Các ngày 01/05/2024, …". */
export function describeRecurrence(recurrence: Recurrence): string {
  const parts: string[] = [];
  if (recurrence.rrule) {
    let options: Partial<RRuleOptions> | null = null;
    try {
      options = RRule.parseString(cleanRRule(recurrence.rrule));
    } catch {
      options = null;
    }
    parts.push(options ? describeOptions(options, recurrence.rrule) : `Lịch lặp ${recurrence.rrule}`);
  }
  if (recurrence.dates.length) {
    const list = recurrence.dates.map(formatDateVi).join(", ");
    parts.push(parts.length ? `và các ngày ${list}` : `Các ngày ${list}`);
  }
  if (!parts.length) return "Không có lịch cố định";
  let text = parts.join(" ");
  if (recurrence.exdates.length) text += ` (trừ các ngày ${recurrence.exdates.map(formatDateVi).join(", ")})`;
  return text;
}

function describeOptions(options: Partial<RRuleOptions>, raw: string): string {
  const interval = options.interval && options.interval > 1 ? options.interval : 1;
  const { days, nth } = weekdaysOfOptions(options);
  const setpos = numbers(options.bysetpos);
  const months = numbers(options.bymonth);
  switch (options.freq) {
    case RRule.DAILY:
      return interval > 1 ? `Cứ ${interval} ngày một lần` : "Hằng ngày";
    case RRule.WEEKLY: {
      if (!days.length) return interval > 1 ? `Cứ ${interval} tuần một lần` : "Hằng tuần";
      return `${capitalize(weekdayList(days))} ${interval > 1 ? `cách ${interval} tuần một lần` : "hằng tuần"}`;
    }
    case RRule.MONTHLY: {
      const pos = setpos.length === 1 ? setpos[0] ?? null : nth;
      const monthText =
        months.length === 0
          ? "hằng tháng"
          : months.join(",") === "3,6,9,12"
            ? "mỗi quý (tháng 3, 6, 9, 12)"
            : `tháng ${months.join(", ")}`;
      if (days.length === 1 && pos !== null) {
        return `${capitalize(weekdayNameVi(days[0] as Weekday))} ${ordinalVi(pos)} của ${monthText}`;
      }
      const monthdays = numbers(options.bymonthday);
      if (monthdays.length) return `Ngày ${monthdays.join(", ")} ${monthText === "hằng tháng" ? "hằng tháng" : `của ${monthText}`}`;
      return `Lịch lặp ${raw}`;
    }
    default:
      return `Lịch lặp ${raw}`;
  }
}
