import { describe, expect, it } from "vitest";
import {
  addDays,
  compareLocalDates,
  daysBetween,
  formatDayVi,
  formatInstantVi,
  instantAt,
  isLocalDate,
  isLocalTime,
  isoWeekday,
  minutesToTime,
  parseLocalDate,
  parseVnDate,
  startOfIsoWeek,
  timeToMinutes,
  toLocalDate,
  toLocalTime,
  weekdayOf,
} from "../../../src/domain/schedule";

describe("local dates and times", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2024-13-01", false],
    ["2024-1-01", false],
    ["01/03/2024", false],
    ["", false],
  ])("isLocalDate(%s) = %s", (s, ok) => {
    expect(isLocalDate(s)).toBe(ok);
  });

  it.each([
    ["07:00", true],
    ["23:59", true],
    ["24:00", true],
    ["24:01", false],
    ["7:00", false],
    ["15:60", false],
  ])("isLocalTime(%s) = %s", (s, ok) => {
    expect(isLocalTime(s)).toBe(ok);
  });

  it("parses and rejects with a Vietnamese message", () => {
    expect(parseLocalDate("2024-03-06")).toEqual({ year: 2024, month: 3, day: 6 });
    expect(() => parseLocalDate("2024-02-30")).toThrow(/Ngày không hợp lệ/);
    expect(() => timeToMinutes("25:00")).toThrow(/Giờ không hợp lệ/);
    expect(timeToMinutes("15:30")).toBe(930);
    expect(minutesToTime(930)).toBe("15:30");
  });

  it("converts instants in Asia/Ho_Chi_Minh (UTC+7) whatever the host zone", () => {
    const t = instantAt("2024-03-06", "07:00");
    expect(t.toISOString()).toBe("2024-03-06T00:00:00.000Z");
    expect(toLocalDate(t)).toBe("2024-03-06");
    expect(toLocalTime(t)).toBe("07:00");
    // 23:30 UTC on the 5th is 06:30 on the 6th in Vietnam
    expect(toLocalDate(new Date("2024-03-05T23:30:00Z"))).toBe("2024-03-06");
    expect(toLocalTime(new Date("2024-03-05T23:30:00Z"))).toBe("06:30");
    // local midnight
    expect(instantAt("2024-03-06", "00:00").toISOString()).toBe("2024-03-05T17:00:00.000Z");
    expect(instantAt("2024-03-06", "24:00").toISOString()).toBe("2024-03-06T17:00:00.000Z");
  });

  it("does calendar arithmetic across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-02-29", 1)).toBe("2024-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(compareLocalDates("2024-03-06", "2024-03-07")).toBe(-1);
  });

  it.each([
    ["2024-03-06", 3, "WE"],
    ["2024-03-10", 7, "SU"],
    ["2026-02-23", 1, "MO"],
    ["2026-01-10", 6, "SA"],
  ])("%s is ISO weekday %i (%s)", (d, n, code) => {
    expect(isoWeekday(d)).toBe(n);
    expect(weekdayOf(d)).toBe(code);
  });

  it("finds the Monday of a week", () => {
    expect(startOfIsoWeek("2024-03-10")).toBe("2024-03-04");
    expect(startOfIsoWeek("2024-03-04")).toBe("2024-03-04");
  });

  it("formats and parses the Vietnamese way", () => {
    expect(formatDayVi("2024-03-06")).toBe("thứ Tư 06/03/2024");
    expect(formatDayVi("2024-03-10")).toBe("Chủ nhật 10/03/2024");
    expect(formatInstantVi(instantAt("2024-03-06", "10:00"))).toBe("10:00 thứ Tư 06/03/2024");
    expect(parseVnDate("13/3/2023")).toBe("2023-03-13");
    expect(parseVnDate("31/02/2024")).toBeNull();
  });

  it("rejects an invalid instant", () => {
    expect(() => toLocalDate(new Date(Number.NaN))).toThrow();
  });
});
