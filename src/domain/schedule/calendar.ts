/**
 * The official working calendar of civil servants.
 *
 * Default rule: Saturday and Sunday are the weekly rest days; the public holidays that
 * `date-holidays` ("VN") lists as type "public" are days off (Labour Code 2019 art. 112:
 * New Year, Tết, Hùng Kings' day, 30/4, 1/5, 2/9), and a public holiday that falls on a
 * weekly rest day gives a compensatory day off on the next working day (Labour Code 2019
 * art. 111(3)). Observances ("observance": 8/3, Vu Lan, …) are ignored.
 *
 * Official `CalendarEntry` rows (the Prime Minister's / Ministry's yearly decisions: the
 * exact Tết days, swapped days, compensatory working Saturdays) override the defaults: an
 * entry decides its own day, and once a decision exists for a holiday period (an entry
 * within ±10 days of the holiday) the computed compensatory days of that period are dropped,
 * because the decision says which days are off.
 * An entry counts for a question asked "as of" a date only if its `effectiveFrom` is on
 * or before that date, so a question about 2024 asked in 2024 keeps its 2024 answer.
 */
import Holidays from "date-holidays";
import {
  addDays,
  formatDateVi,
  instantAtMinutes,
  isLocalDate,
  isWeekend,
  parseLocalDate,
  toLocalDate,
  weekdayNameVi,
  yearOf,
} from "./local-time";
import type { CalendarEntry, LocalDate } from "./types";

/** When a calendar question is asked: a local date, or an instant (its local date is used). */
export type AsOf = LocalDate | Date;

/** "Every decision known": the default when no `asOf` is given. */
export const LATEST: LocalDate = "9999-12-31";

export function normalizeAsOf(asOf: AsOf | undefined): LocalDate {
  if (asOf === undefined) return LATEST;
  if (asOf instanceof Date) return toLocalDate(asOf);
  if (asOf === LATEST) return LATEST;
  if (!isLocalDate(asOf)) throw new RangeError(`asOf không hợp lệ: "${String(asOf)}"`);
  return asOf;
}

export type DayReason =
  | "WEEKDAY"
  | "WEEKEND"
  | "PUBLIC_HOLIDAY"
  | "COMPENSATORY"
  | "OFFICIAL_OFF"
  | "OFFICIAL_WORKING";

export interface DayInfo {
  date: LocalDate;
  working: boolean;
  reason: DayReason;
  /** Vietnamese name of the holiday / decision ("Tết Nguyên đán", "Làm bù cho ngày 29/4"), or the weekday for weekends. */
  name: string | null;
  /** The official entry that decided the day, if any. */
  entry: CalendarEntry | null;
}

export interface DefaultHoliday {
  date: LocalDate;
  name: string;
  kind: "PUBLIC_HOLIDAY" | "COMPENSATORY";
  /** The public holiday this day derives from (itself for a public holiday). */
  anchor: LocalDate;
}

// ---------------------------------------------------------------------------------------
// Computed defaults (pure: memoised per year for the whole process)

let holidaysLib: Holidays | null = null;
const defaultsByYear = new Map<number, DefaultHoliday[]>();

function lib(): Holidays {
  if (!holidaysLib) {
    holidaysLib = new Holidays("VN", { languages: ["vi"], timezone: "Asia/Ho_Chi_Minh", types: ["public"] });
  }
  return holidaysLib;
}

function computePublicHolidays(year: number): DefaultHoliday[] {
  const out = new Map<LocalDate, DefaultHoliday>();
  for (const h of lib().getHolidays(year, "vi")) {
    if (h.type !== "public") continue;
    // A multi-day holiday (the five days of Tết) has start/end spanning several local days.
    let d = toLocalDate(h.start);
    for (let guard = 0; guard < 15; guard++) {
      if (instantAtMinutes(d, 0).getTime() >= h.end.getTime()) break;
      // The library names the five-day block after its first day ("Giao thừa …"); show it as Tết.
      const name = /Tết Nguyên Đán/i.test(h.name) ? "Tết Nguyên Đán" : h.name;
      if (yearOf(d) === year && !out.has(d)) out.set(d, { date: d, name, kind: "PUBLIC_HOLIDAY", anchor: d });
      d = addDays(d, 1);
    }
  }
  return [...out.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * The computed default days off of a year (public holidays + compensatory days), for the
 * admin screen "computed defaults shown for reference". Weekends are not listed.
 */
export function defaultHolidays(year: number): DefaultHoliday[] {
  const cached = defaultsByYear.get(year);
  if (cached) return cached;
  const publicDays = computePublicHolidays(year);
  // Holidays of the previous year's end may compensate into January (e.g. a Sunday 31/12 is not
  // a holiday, so in practice only this year's list matters; kept simple and explicit).
  const taken = new Set(publicDays.map((h) => h.date));
  const compensatory: DefaultHoliday[] = [];
  for (const h of publicDays) {
    if (!isWeekend(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    compensatory.push({ date: d, name: `Nghỉ bù ${h.name}`, kind: "COMPENSATORY", anchor: h.date });
  }
  const all = [...publicDays, ...compensatory.filter((c) => yearOf(c.date) === year)].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  defaultsByYear.set(year, all);
  return all;
}

function defaultHolidayOn(date: LocalDate): DefaultHoliday | null {
  for (const h of defaultHolidays(yearOf(date))) if (h.date === date) return h;
  return null;
}

// ---------------------------------------------------------------------------------------
// The calendar object

export interface OfficialCalendar {
  readonly entries: readonly CalendarEntry[];
  dayInfo(date: LocalDate, asOf?: AsOf): DayInfo;
  isWorkingDay(date: LocalDate, asOf?: AsOf): boolean;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate, asOf?: AsOf): LocalDate;
  /** The last working day strictly before `date`. */
  previousWorkingDay(date: LocalDate, asOf?: AsOf): LocalDate;
  /** `date` itself when it is a working day, else the next working day. */
  workingDayOnOrAfter(date: LocalDate, asOf?: AsOf): LocalDate;
  /**
   * The n-th working day after `date` (n ≥ 1). With n = 0: `workingDayOnOrAfter(date)`.
   */
  addWorkingDays(date: LocalDate, n: number, asOf?: AsOf): LocalDate;
  /** Working days in (from, to]: how many working days after `from` up to and including `to`. */
  workingDaysBetween(from: LocalDate, to: LocalDate, asOf?: AsOf): number;
  /** Computed defaults of a year (for reference next to the official entries). */
  defaultsForYear(year: number): DefaultHoliday[];
}

export interface CalendarOptions {
  /** Memoise day answers (default true). The benchmark's baseline turns it off. */
  memoize?: boolean;
}

/** An official entry this close to a holiday means the holiday period has been decided. */
const PERIOD_RADIUS_DAYS = 10;

/** Search bound for "next working day": no official calendar closes offices for a year. */
const MAX_SCAN_DAYS = 370;

export function validateCalendarEntry(e: CalendarEntry): string | null {
  if (!isLocalDate(e.date)) return `Ngày không hợp lệ: "${e.date}"`;
  if (!isLocalDate(e.effectiveFrom)) return `Ngày hiệu lực không hợp lệ: "${e.effectiveFrom}"`;
  if (e.kind !== "OFF" && e.kind !== "WORKING") return `Loại ngày không hợp lệ: "${String(e.kind)}"`;
  if (!e.name || !e.name.trim()) return "Thiếu tên ngày";
  return null;
}

export function buildCalendar(entries: readonly CalendarEntry[], options: CalendarOptions = {}): OfficialCalendar {
  const memoize = options.memoize ?? true;
  for (const e of entries) {
    const err = validateCalendarEntry(e);
    if (err) throw new RangeError(`Mục lịch ${e.date}: ${err}`);
  }
  // date → entries sorted by effectiveFrom (stable: a later row wins a tie)
  const byDate = new Map<LocalDate, CalendarEntry[]>();
  entries.forEach((e) => {
    const list = byDate.get(e.date) ?? [];
    list.push(e);
    byDate.set(e.date, list);
  });
  for (const list of byDate.values()) list.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));

  const memo = new Map<string, DayInfo>();

  function entryFor(date: LocalDate, asOf: LocalDate): CalendarEntry | null {
    const list = byDate.get(date);
    if (!list) return null;
    let found: CalendarEntry | null = null;
    for (const e of list) if (e.effectiveFrom <= asOf) found = e;
    return found;
  }

  /** Has the official calendar (as of asOf) decided the holiday period around `anchor`? */
  function decidedNear(anchor: LocalDate, asOf: LocalDate): boolean {
    for (let i = -PERIOD_RADIUS_DAYS; i <= PERIOD_RADIUS_DAYS; i++) {
      if (entryFor(addDays(anchor, i), asOf)) return true;
    }
    return false;
  }

  function compute(date: LocalDate, asOf: LocalDate): DayInfo {
    parseLocalDate(date);
    const entry = entryFor(date, asOf);
    if (entry) {
      return {
        date,
        working: entry.kind === "WORKING",
        reason: entry.kind === "WORKING" ? "OFFICIAL_WORKING" : "OFFICIAL_OFF",
        name: entry.name,
        entry,
      };
    }
    const holiday = defaultHolidayOn(date);
    if (holiday && !(holiday.kind === "COMPENSATORY" && decidedNear(holiday.anchor, asOf))) {
      return { date, working: false, reason: holiday.kind, name: holiday.name, entry: null };
    }
    if (isWeekend(date)) {
      const wd = weekdayNameVi(date);
      return { date, working: false, reason: "WEEKEND", name: wd.charAt(0).toUpperCase() + wd.slice(1), entry: null };
    }
    return { date, working: true, reason: "WEEKDAY", name: null, entry: null };
  }

  function dayInfo(date: LocalDate, asOf?: AsOf): DayInfo {
    const a = normalizeAsOf(asOf);
    if (!memoize) return compute(date, a);
    const key = `${date}|${a}`;
    let info = memo.get(key);
    if (!info) {
      info = compute(date, a);
      memo.set(key, info);
    }
    return info;
  }

  function isWorkingDay(date: LocalDate, asOf?: AsOf): boolean {
    return dayInfo(date, asOf).working;
  }

  function scan(date: LocalDate, step: 1 | -1, asOf: LocalDate, includeSelf: boolean): LocalDate {
    let d = includeSelf ? date : addDays(date, step);
    for (let i = 0; i < MAX_SCAN_DAYS; i++) {
      if (isWorkingDay(d, asOf)) return d;
      d = addDays(d, step);
    }
    throw new RangeError(`Không tìm thấy ngày làm việc trong ${MAX_SCAN_DAYS} ngày kể từ ${date}`);
  }

  return {
    entries,
    dayInfo,
    isWorkingDay,
    nextWorkingDay: (date, asOf) => scan(date, 1, normalizeAsOf(asOf), false),
    previousWorkingDay: (date, asOf) => scan(date, -1, normalizeAsOf(asOf), false),
    workingDayOnOrAfter: (date, asOf) => scan(date, 1, normalizeAsOf(asOf), true),
    addWorkingDays(date, n, asOf) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`Số ngày làm việc không hợp lệ: ${n}`);
      const a = normalizeAsOf(asOf);
      if (n === 0) return scan(date, 1, a, true);
      let d = date;
      for (let i = 0; i < n; i++) d = scan(d, 1, a, false);
      return d;
    },
    workingDaysBetween(from, to, asOf) {
      const a = normalizeAsOf(asOf);
      let count = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, a)) count++;
      return count;
    },
    defaultsForYear: (year) => defaultHolidays(year),
  };
}

/** What kind of day an entry makes, in words for the administrator. */
const entryKindVi = (kind: CalendarEntry["kind"]) => (kind === "OFF" ? "ngày nghỉ" : "ngày làm việc");

/**
 * Adding a decision for a day that already has one replaces it from the new effective date:
 * the administrator must see which one and say so (`replace`), never have it replaced unseen.
 * `existing` are the day's entries; the answer is the refusal, or null when the entry may go in.
 */
export function calendarEntryAddition(entry: Pick<CalendarEntry, "date" | "effectiveFrom">, existing: readonly CalendarEntry[], replace: boolean): string | null {
  const same = existing.find((e) => e.effectiveFrom === entry.effectiveFrom);
  if (same) {
    return `Ngày ${formatDateVi(entry.date)} đã có quyết định «${same.name}» áp dụng từ ${formatDateVi(same.effectiveFrom)}; chọn ngày áp dụng khác để thay, hoặc rút quyết định đó nếu còn rút được.`;
  }
  if (replace) return null;
  // The decision the new one takes over from (the latest effective before it), else the one that will take over from it.
  const byDate = [...existing].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  const before = byDate.filter((e) => e.effectiveFrom < entry.effectiveFrom).at(-1);
  if (before) {
    return `Ngày ${formatDateVi(entry.date)} đã có quyết định «${before.name}» (${entryKindVi(before.kind)}) áp dụng từ ${formatDateVi(before.effectiveFrom)}. Quyết định mới sẽ thay quyết định đó từ ${formatDateVi(entry.effectiveFrom)}: đánh dấu «Thay quyết định đang có» để xác nhận.`;
  }
  const after = byDate.find((e) => e.effectiveFrom > entry.effectiveFrom);
  if (after) {
    return `Ngày ${formatDateVi(entry.date)} đã có quyết định «${after.name}» (${entryKindVi(after.kind)}) áp dụng từ ${formatDateVi(after.effectiveFrom)}, sẽ thay quyết định mới từ ngày đó: đánh dấu «Thay quyết định đang có» để xác nhận.`;
  }
  return null;
}

/**
 * A decision may be withdrawn (deleted) while it is not yet in effect, or on the day it was
 * entered (a mistake noticed at once: dossiers keep the time they were promised, so only
 * answers given that day used it, and the audit keeps the withdrawn row). Later, a correction
 * is a new decision for the same day.
 */
export function calendarEntryWithdrawal(entry: Pick<CalendarEntry, "date" | "effectiveFrom"> & { enteredOn: LocalDate }, today: LocalDate): string | null {
  if (entry.effectiveFrom > today || entry.enteredOn === today) return null;
  return `Quyết định này đã áp dụng từ ${formatDateVi(entry.effectiveFrom)} nên không xóa được; để sửa, thêm một quyết định mới cho ngày ${formatDateVi(entry.date)} áp dụng từ ngày mai.`;
}
