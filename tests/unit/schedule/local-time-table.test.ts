/**
 * Local dates and times, edge by edge: what is accepted and refused, padding, week
 * arithmetic, the Vietnamese forms.
 */
import { describe, expect, it } from "vitest";
import {
  TIME_ZONE,
  WEEKDAYS,
  addDays,
  compareLocalDates,
  daysBetween,
  eachLocalDate,
  formatDateVi,
  formatDayVi,
  formatInstantVi,
  instantAt,
  instantAtMinutes,
  isLocalDate,
  isLocalTime,
  isWeekend,
  isoWeekday,
  maxLocalDate,
  minLocalDate,
  minutesToTime,
  parseLocalDate,
  parseVnDate,
  startOfIsoWeek,
  startOfLocalDay,
  timeToMinutes,
  toLocalDate,
  toLocalParts,
  toLocalTime,
  tryParseLocalDate,
  tryTimeToMinutes,
  weekdayNameVi,
  weekdayOf,
} from "../../../src/domain/schedule";
import { formatLocalDate } from "../../../src/domain/schedule/local-time";

describe("local dates", () => {
  it.each<[unknown, { year: number; month: number; day: number } | null]>([
    ["2024-02-29", { year: 2024, month: 2, day: 29 }],
    ["2023-02-29", null],
    ["2023-02-28", { year: 2023, month: 2, day: 28 }],
    ["1900-01-01", { year: 1900, month: 1, day: 1 }],
    ["1899-12-31", null],
    ["2200-12-31", { year: 2200, month: 12, day: 31 }],
    ["2201-01-01", null],
    ["2024-00-10", null],
    ["2024-13-10", null],
    ["2024-12-10", { year: 2024, month: 12, day: 10 }],
    ["2024-01-10", { year: 2024, month: 1, day: 10 }],
    ["2024-04-00", null],
    ["2024-04-30", { year: 2024, month: 4, day: 30 }],
    ["2024-04-31", null],
    ["2024-04-01", { year: 2024, month: 4, day: 1 }],
    ["2024-4-01", null],
    [" 2024-04-01", null],
    ["2024-04-01T00:00", null],
    [20240401, null],
    [null, null],
  ])("%j parses to %j", (s, parts) => {
    expect(tryParseLocalDate(s)).toEqual(parts);
    expect(isLocalDate(s)).toBe(parts !== null);
  });

  it("parseLocalDate throws a Vietnamese error on a bad date", () => {
    expect(() => parseLocalDate("2023-02-29")).toThrow('Ngày không hợp lệ: "2023-02-29" (cần dạng YYYY-MM-DD)');
    expect(() => parseLocalDate("2023-02-29")).toThrow(RangeError);
    expect(parseLocalDate("2024-03-06")).toEqual({ year: 2024, month: 3, day: 6 });
  });

  it("formats with zero padding", () => {
    expect(formatLocalDate({ year: 2024, month: 3, day: 6 })).toBe("2024-03-06");
    expect(formatLocalDate({ year: 2024, month: 10, day: 10 })).toBe("2024-10-10");
    expect(formatLocalDate({ year: 999, month: 1, day: 9 })).toBe("0999-01-09");
  });

  it.each([
    ["2024-03-04", 1, "MO", false],
    ["2024-03-06", 3, "WE", false],
    ["2024-03-08", 5, "FR", false],
    ["2024-03-09", 6, "SA", true],
    ["2024-03-10", 7, "SU", true],
  ])("%s is ISO weekday %i (%s), weekend: %s", (date, n, code, weekend) => {
    expect(isoWeekday(date)).toBe(n);
    expect(weekdayOf(date)).toBe(code);
    expect(isWeekend(date)).toBe(weekend);
  });

  it("weekday codes in ISO order; the Monday of a week", () => {
    expect(WEEKDAYS).toEqual(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
    expect(startOfIsoWeek("2024-03-04")).toBe("2024-03-04");
    expect(startOfIsoWeek("2024-03-06")).toBe("2024-03-04");
    expect(startOfIsoWeek("2024-03-10")).toBe("2024-03-04");
    expect(startOfIsoWeek("2024-03-11")).toBe("2024-03-11");
  });

  it("day arithmetic across month and year ends, and refusals", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", 0)).toBe("2024-03-01");
    expect(() => addDays("2024-03-01", 0.5)).toThrow("Số ngày không hợp lệ: 0.5");
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2024-03-10", "2024-03-01")).toBe(-9);
    expect(daysBetween("2024-03-10", "2024-03-10")).toBe(0);
  });

  it("comparisons, min and max (ties included)", () => {
    expect(compareLocalDates("2024-03-01", "2024-03-02")).toBe(-1);
    expect(compareLocalDates("2024-03-02", "2024-03-01")).toBe(1);
    expect(compareLocalDates("2024-03-02", "2024-03-02")).toBe(0);
    expect(maxLocalDate("2024-03-01", "2024-03-02")).toBe("2024-03-02");
    expect(maxLocalDate("2024-03-02", "2024-03-01")).toBe("2024-03-02");
    expect(minLocalDate("2024-03-01", "2024-03-02")).toBe("2024-03-01");
    expect(minLocalDate("2024-03-02", "2024-03-01")).toBe("2024-03-01");
    expect(maxLocalDate("2024-03-02", "2024-03-02")).toBe("2024-03-02");
  });

  it("every date of a range, inclusive; none when it ends first", () => {
    expect(eachLocalDate("2024-02-27", "2024-03-01")).toEqual(["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01"]);
    expect(eachLocalDate("2024-03-01", "2024-03-01")).toEqual(["2024-03-01"]);
    expect(eachLocalDate("2024-03-02", "2024-03-01")).toEqual([]);
  });
});

describe("local times", () => {
  it.each<[unknown, number | null]>([
    ["00:00", 0],
    ["07:05", 425],
    ["23:59", 1439],
    ["24:00", 1440],
    ["24:01", null],
    ["25:00", null],
    ["23:60", null],
    ["12:59", 779],
    ["7:00", null],
    ["07:00:00", null],
    ["0700", null],
    [700, null],
    [undefined, null],
  ])("%j is %s minutes", (t, minutes) => {
    expect(tryTimeToMinutes(t)).toBe(minutes);
    expect(isLocalTime(t)).toBe(minutes !== null);
  });

  it("timeToMinutes throws a Vietnamese error on a bad time", () => {
    expect(() => timeToMinutes("7h")).toThrow('Giờ không hợp lệ: "7h" (cần dạng HH:mm)');
    expect(timeToMinutes("16:30")).toBe(990);
  });

  it.each([
    [0, "00:00"],
    [9, "00:09"],
    [60, "01:00"],
    [600, "10:00"],
    [990, "16:30"],
    [1439, "23:59"],
    [1440, "24:00"],
  ])("%i minutes is %s", (m, t) => {
    expect(minutesToTime(m)).toBe(t);
  });

  it.each([-1, 1441, 1.5, Number.NaN])("%s minutes is refused", (m) => {
    expect(() => minutesToTime(m)).toThrow(`Số phút không hợp lệ: ${m}`);
  });
});

describe("instants in Asia/Ho_Chi_Minh (UTC+7)", () => {
  it("the zone and its conversions", () => {
    expect(TIME_ZONE).toBe("Asia/Ho_Chi_Minh");
    const t = instantAt("2024-03-06", "10:00");
    expect(t.toISOString()).toBe("2024-03-06T03:00:00.000Z");
    expect(instantAtMinutes("2024-03-06", 600).getTime()).toBe(t.getTime());
    expect(instantAt("2024-03-06", "24:00").toISOString()).toBe("2024-03-06T17:00:00.000Z");
    expect(startOfLocalDay("2024-03-06").toISOString()).toBe("2024-03-05T17:00:00.000Z");
    // 23:30 UTC on the 5th is already 06:30 on the 6th in Việt Nam.
    const late = new Date("2024-03-05T23:30:45.500Z");
    expect(toLocalDate(late)).toBe("2024-03-06");
    expect(toLocalTime(late)).toBe("06:30");
    expect(toLocalParts(late)).toEqual({ date: "2024-03-06", minutes: 390 + 45.5 / 60 });
    expect(toLocalParts(new Date("2024-03-05T17:00:00.000Z"))).toEqual({ date: "2024-03-06", minutes: 0 });
  });

  it("refuses an invalid instant", () => {
    expect(() => toLocalDate(new Date(Number.NaN))).toThrow("Thời điểm không hợp lệ");
    expect(() => toLocalTime("2024-03-06" as unknown as Date)).toThrow("Thời điểm không hợp lệ");
  });
});

describe("Vietnamese forms", () => {
  it.each([
    ["MO", "thứ Hai"],
    ["TU", "thứ Ba"],
    ["WE", "thứ Tư"],
    ["TH", "thứ Năm"],
    ["FR", "thứ Sáu"],
    ["SA", "thứ Bảy"],
    ["SU", "Chủ nhật"],
    ["2024-03-10", "Chủ nhật"],
    ["2024-03-07", "thứ Năm"],
  ])("%s is %s", (day, name) => {
    expect(weekdayNameVi(day as never)).toBe(name);
  });

  it("dates and instants as written in Vietnamese", () => {
    expect(formatDateVi("2024-03-06")).toBe("06/03/2024");
    expect(formatDateVi("2024-11-25")).toBe("25/11/2024");
    expect(formatDayVi("2024-03-06")).toBe("thứ Tư 06/03/2024");
    expect(formatInstantVi(instantAt("2024-03-06", "09:05"))).toBe("09:05 thứ Tư 06/03/2024");
  });

  it.each([
    ["06/03/2024", "2024-03-06"],
    ["6/3/2024", "2024-03-06"],
    [" 23/03/2026 ", "2026-03-23"],
    ["29/02/2024", "2024-02-29"],
    ["29/02/2023", null],
    ["31/04/2024", null],
    ["06-03-2024", null],
    ["06/03/24", null],
    ["106/03/2024", null],
    ["", null],
  ])("%j as a plan writes it is %s", (s, date) => {
    expect(parseVnDate(s)).toBe(date);
  });
});
