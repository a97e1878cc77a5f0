/**
 * Local dates and times in Asia/Ho_Chi_Minh.
 *
 * Instants are `Date`s; local dates (`YYYY-MM-DD`) and local times (`HH:mm`) are strings.
 * Conversions between the two go through `@date-fns/tz` (`tzOffset`), never through the
 * host's time zone, so every result is the same under TZ=UTC, TZ=America/New_York, etc.
 * Pure calendar arithmetic on local dates (add days, weekday) is done on "floating" UTC
 * dates, which is exact because a calendar date has no time zone.
 */
import { tzOffset } from "@date-fns/tz";
import type { LocalDate, LocalTime, Weekday } from "./types";

export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export interface DateParts {
  year: number;
  month: number; // 1..12
  day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY-MM-DD`; null when malformed or not a real date (e.g. 2023-02-29). */
export function tryParseLocalDate(s: unknown): DateParts | null {
  if (typeof s !== "string") return null;
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isLocalDate(s: unknown): s is LocalDate {
  return tryParseLocalDate(s) !== null;
}

/** Parses `YYYY-MM-DD` or throws. */
export function parseLocalDate(s: LocalDate): DateParts {
  const p = tryParseLocalDate(s);
  if (!p) throw new RangeError(`Ngày không hợp lệ: "${String(s)}" (cần dạng YYYY-MM-DD)`);
  return p;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatLocalDate(p: DateParts): LocalDate {
  return `${String(p.year).padStart(4, "0")}-${pad2(p.month)}-${pad2(p.day)}`;
}

/**
 * Minutes since local midnight for `HH:mm`; null when malformed. `24:00` is accepted
 * (= 1440) because a window may end at midnight.
 */
export function tryTimeToMinutes(t: unknown): number | null {
  if (typeof t !== "string") return null;
  const m = TIME_RE.exec(t);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h === 24 && min === 0) return 1440;
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

export function isLocalTime(t: unknown): t is LocalTime {
  return tryTimeToMinutes(t) !== null;
}

export function timeToMinutes(t: LocalTime): number {
  const m = tryTimeToMinutes(t);
  if (m === null) throw new RangeError(`Giờ không hợp lệ: "${String(t)}" (cần dạng HH:mm)`);
  return m;
}

export function minutesToTime(minutes: number): LocalTime {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440) {
    throw new RangeError(`Số phút không hợp lệ: ${minutes}`);
  }
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** The "floating" UTC midnight of a local date: only for calendar arithmetic. */
function floating(date: LocalDate): number {
  const p = parseLocalDate(date);
  return Date.UTC(p.year, p.month - 1, p.day);
}

function fromFloating(ms: number): LocalDate {
  const d = new Date(ms);
  return formatLocalDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/**
 * UTC offset of Asia/Ho_Chi_Minh at an instant, in minutes (420 since 1975; the IANA data
 * decides). `tzOffset` goes through Intl, so answers are memoised per 15-minute bucket
 * (every offset change of the zone happened on a quarter hour).
 */
const offsetCache = new Map<number, number>();
const OFFSET_BUCKET_MS = 15 * MINUTE_MS;

function offsetMinutes(instant: Date): number {
  const bucket = Math.floor(instant.getTime() / OFFSET_BUCKET_MS);
  let off = offsetCache.get(bucket);
  if (off === undefined) {
    if (offsetCache.size > 200_000) offsetCache.clear();
    off = tzOffset(TIME_ZONE, new Date(bucket * OFFSET_BUCKET_MS));
    offsetCache.set(bucket, off);
  }
  return off;
}

function assertInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError("Thời điểm không hợp lệ");
  }
}

/** The local wall clock of an instant, as a floating UTC Date (read it with getUTC*). */
function wallClock(instant: Date): Date {
  assertInstant(instant);
  return new Date(instant.getTime() + offsetMinutes(instant) * MINUTE_MS);
}

/** The local calendar date of an instant. */
export function toLocalDate(instant: Date): LocalDate {
  const w = wallClock(instant);
  return formatLocalDate({ year: w.getUTCFullYear(), month: w.getUTCMonth() + 1, day: w.getUTCDate() });
}

/** The local wall-clock time of an instant, truncated to the minute. */
export function toLocalTime(instant: Date): LocalTime {
  const w = wallClock(instant);
  return `${pad2(w.getUTCHours())}:${pad2(w.getUTCMinutes())}`;
}

/** Local date and exact minutes since local midnight (fractional: seconds are kept). */
export function toLocalParts(instant: Date): { date: LocalDate; minutes: number } {
  const w = wallClock(instant);
  const date = formatLocalDate({ year: w.getUTCFullYear(), month: w.getUTCMonth() + 1, day: w.getUTCDate() });
  const minutes = (w.getTime() - Date.UTC(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate())) / MINUTE_MS;
  return { date, minutes };
}

/** The instant at which the local wall clock shows `time` on `date` (`24:00` = next midnight). */
export function instantAt(date: LocalDate, time: LocalTime): Date {
  return instantAtMinutes(date, timeToMinutes(time));
}

export function instantAtMinutes(date: LocalDate, minutes: number): Date {
  const wall = floating(date) + minutes * MINUTE_MS;
  // First guess with the offset at the wall time read as UTC, then correct once: exact for
  // any zone without a transition at that moment (Asia/Ho_Chi_Minh has none since 1975).
  let guess = wall - offsetMinutes(new Date(wall)) * MINUTE_MS;
  guess = wall - offsetMinutes(new Date(guess)) * MINUTE_MS;
  return new Date(guess);
}

/** The instant at which the local day starts (00:00). */
export function startOfLocalDay(date: LocalDate): Date {
  return instantAtMinutes(date, 0);
}

export function addDays(date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`Số ngày không hợp lệ: ${n}`);
  return fromFloating(floating(date) + n * DAY_MS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((floating(b) - floating(a)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const dow = new Date(floating(date)).getUTCDay(); // 0 = Sunday
  return dow === 0 ? 7 : dow;
}

export const WEEKDAYS: readonly Weekday[] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

export function weekdayOf(date: LocalDate): Weekday {
  return WEEKDAYS[isoWeekday(date) - 1] as Weekday;
}

export function isWeekend(date: LocalDate): boolean {
  return isoWeekday(date) >= 6;
}

/** The Monday of the ISO week containing `date`. */
export function startOfIsoWeek(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxLocalDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

export function minLocalDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

/** Every local date from `from` to `to` inclusive. */
export function eachLocalDate(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  const n = daysBetween(from, to);
  for (let i = 0; i <= n; i++) out.push(addDays(from, i));
  return out;
}

export function yearOf(date: LocalDate): number {
  return parseLocalDate(date).year;
}

// ---------------------------------------------------------------------------------------
// Vietnamese presentation

const WEEKDAY_VI: Record<Weekday, string> = {
  MO: "thứ Hai",
  TU: "thứ Ba",
  WE: "thứ Tư",
  TH: "thứ Năm",
  FR: "thứ Sáu",
  SA: "thứ Bảy",
  SU: "Chủ nhật",
};

/** "thứ Tư", "Chủ nhật". */
export function weekdayNameVi(day: Weekday | LocalDate): string {
  const code = (day.length === 2 ? day : weekdayOf(day)) as Weekday;
  return WEEKDAY_VI[code];
}

/** "06/03/2024". */
export function formatDateVi(date: LocalDate): string {
  const p = parseLocalDate(date);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

/** "thứ Tư 06/03/2024". */
export function formatDayVi(date: LocalDate): string {
  return `${weekdayNameVi(date)} ${formatDateVi(date)}`;
}

/** "10:00 thứ Tư 06/03/2024" for an instant. */
export function formatInstantVi(instant: Date): string {
  return `${toLocalTime(instant)} ${formatDayVi(toLocalDate(instant))}`;
}

/** Parses Vietnamese `dd/mm/yyyy` (as written in the plans) into a LocalDate; null if invalid. */
export function parseVnDate(s: string): LocalDate | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(s);
  if (!m) return null;
  const candidate = formatLocalDate({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) });
  return isLocalDate(candidate) ? candidate : null;
}

/**
 * The first day a citizen may look at: the rules the portal models (Civil Code 2015, the
 * one-stop decrees since) do not reach further back, and an older date is a typing slip.
 */
export const EARLIEST_VIEWABLE_DATE: LocalDate = "2015-01-01";
/** How far ahead a date may be looked at: plans run for a year or so; beyond that nothing is known. */
export const VIEWABLE_YEARS_AHEAD = 3;

/**
 * Why a date asked for in a page's address cannot be shown (in Vietnamese), or null when it
 * can: not a real date (2025-02-30, "abc"), or outside EARLIEST_VIEWABLE_DATE … today + VIEWABLE_YEARS_AHEAD years.
 */
export function viewableDateProblem(value: string, today: LocalDate): string | null {
  if (tryParseLocalDate(value) === null) return `Ngày «${value.slice(0, 20)}» không hợp lệ (không có ngày này). Đang hiển thị hôm nay, ${formatDateVi(today)}.`;
  const last = `${Number(today.slice(0, 4)) + VIEWABLE_YEARS_AHEAD}-12-31`;
  if (value < EARLIEST_VIEWABLE_DATE || value > last) {
    return `Ngày ${formatDateVi(value)} nằm ngoài khoảng xem được (từ ${formatDateVi(EARLIEST_VIEWABLE_DATE)} đến ${formatDateVi(last)}). Đang hiển thị hôm nay, ${formatDateVi(today)}.`;
  }
  return null;
}
