import { describe, expect, it } from "vitest";
import { buildCalendar, defaultHolidays, officeWindowsOn } from "../../../src/domain/schedule";
import { CALENDAR, CALENDAR_ENTRIES, OFFICE_HOURS } from "./fixtures";

describe("official calendar 2023–2026", () => {
  it.each([
    // Tết 2024: 08–14/02/2024
    ["2024-02-07", true],
    ["2024-02-08", false],
    ["2024-02-12", false],
    ["2024-02-14", false],
    ["2024-02-15", true],
    // Tết 2025: 25/01–02/02/2025
    ["2025-01-24", true],
    ["2025-01-27", false],
    ["2025-02-02", false],
    ["2025-02-03", true],
    // Tết 2026: 14–22/02/2026
    ["2026-02-13", true],
    ["2026-02-16", false],
    ["2026-02-20", false],
    ["2026-02-23", true],
    // New Year 2026: 01–04/01 off, Saturday 10/01/2026 worked
    ["2026-01-01", false],
    ["2026-01-02", false],
    ["2026-01-05", true],
    ["2026-01-10", true],
    ["2026-01-11", false],
    // Hùng Kings' day 2026 (Sunday 26/04) moved to Monday 27/04
    ["2026-04-26", false],
    ["2026-04-27", false],
    ["2026-04-28", true],
    // 30/4–1/5/2024 with Saturday 04/05/2024 worked
    ["2024-04-29", false],
    ["2024-04-30", false],
    ["2024-05-01", false],
    ["2024-05-02", true],
    ["2024-05-04", true],
    // 2025: Saturday 26/04/2025 worked, Friday 02/05 off
    ["2025-04-26", true],
    ["2025-05-02", false],
    ["2025-05-05", true],
    // 2023: New Year on a Sunday → Monday 02/01 off
    ["2023-01-02", false],
    ["2023-01-03", true],
    // ordinary days
    ["2024-03-06", true],
    ["2024-03-09", false],
    ["2024-03-10", false],
  ])("%s working = %s", (date, working) => {
    expect(CALENDAR.isWorkingDay(date)).toBe(working);
  });

  it("names the day in Vietnamese", () => {
    expect(CALENDAR.dayInfo("2024-02-10")).toMatchObject({ working: false, reason: "OFFICIAL_OFF", name: "Tết Nguyên đán Giáp Thìn" });
    expect(CALENDAR.dayInfo("2026-01-10")).toMatchObject({ working: true, reason: "OFFICIAL_WORKING", name: "Làm bù cho thứ Sáu 02/01/2026" });
    expect(CALENDAR.dayInfo("2024-03-10")).toMatchObject({ working: false, reason: "WEEKEND", name: "Chủ nhật" });
    expect(CALENDAR.dayInfo("2024-03-06")).toMatchObject({ working: true, reason: "WEEKDAY", name: null });
  });

  it("keeps the answer of the time: an entry counts only from its effectiveFrom", () => {
    // The 2026 New Year decision (effectiveFrom 2025-12-25): before it, Saturday 10/01/2026 is a weekend
    // and Friday 02/01/2026 an ordinary working day.
    expect(CALENDAR.isWorkingDay("2026-01-10", "2025-12-24")).toBe(false);
    expect(CALENDAR.isWorkingDay("2026-01-10", "2025-12-25")).toBe(true);
    expect(CALENDAR.isWorkingDay("2026-01-02", "2025-12-24")).toBe(true);
    expect(CALENDAR.isWorkingDay("2026-01-02", new Date("2026-01-01T03:00:00Z"))).toBe(false);
    // A later revision of the same day wins from its own effectiveFrom on.
    const revised = buildCalendar([
      ...CALENDAR_ENTRIES,
      { date: "2026-01-10", kind: "OFF", name: "Hủy làm bù", effectiveFrom: "2026-01-05" },
    ]);
    expect(revised.isWorkingDay("2026-01-10", "2026-01-04")).toBe(true);
    expect(revised.isWorkingDay("2026-01-10", "2026-01-05")).toBe(false);
  });

  it("falls back to computed defaults (date-holidays VN, public holidays only) without entries", () => {
    const bare = buildCalendar([]);
    expect(bare.isWorkingDay("2027-02-08")).toBe(false); // Tết Đinh Mùi 2027 (computed lunar)
    expect(bare.isWorkingDay("2026-03-09")).toBe(true); // Monday after 8/3 — an observance, not a holiday
    expect(bare.isWorkingDay("2025-05-12")).toBe(true); // Phật đản is an observance
    expect(bare.dayInfo("2026-04-27")).toMatchObject({ working: false, reason: "COMPENSATORY" });
  });

  it("exposes the computed defaults of a year for reference", () => {
    const d2026 = defaultHolidays(2026);
    const dates = d2026.map((h) => h.date);
    expect(dates).toContain("2026-01-01");
    expect(dates).toContain("2026-02-17");
    expect(dates).toContain("2026-04-26");
    expect(d2026.find((h) => h.date === "2026-04-27")).toMatchObject({ kind: "COMPENSATORY", name: "Nghỉ bù Giỗ tổ Hùng Vương" });
    expect(dates).not.toContain("2026-03-08");
    expect(dates.every((d) => d.startsWith("2026-"))).toBe(true);
    expect(CALENDAR.defaultsForYear(2026)).toEqual(d2026);
  });

  it("moves between working days across Tết and compensatory Saturdays", () => {
    expect(CALENDAR.nextWorkingDay("2024-02-07")).toBe("2024-02-15");
    expect(CALENDAR.previousWorkingDay("2024-02-15")).toBe("2024-02-07");
    expect(CALENDAR.nextWorkingDay("2026-01-09")).toBe("2026-01-10");
    expect(CALENDAR.nextWorkingDay("2024-05-03")).toBe("2024-05-04");
    expect(CALENDAR.workingDayOnOrAfter("2025-01-25")).toBe("2025-02-03");
    expect(CALENDAR.workingDayOnOrAfter("2025-02-03")).toBe("2025-02-03");
    expect(CALENDAR.addWorkingDays("2025-01-24", 2)).toBe("2025-02-04");
    expect(CALENDAR.addWorkingDays("2026-02-13", 1)).toBe("2026-02-23");
    expect(CALENDAR.addWorkingDays("2024-03-06", 0)).toBe("2024-03-06");
    expect(CALENDAR.workingDaysBetween("2024-02-07", "2024-02-16")).toBe(2);
    expect(() => CALENDAR.addWorkingDays("2024-03-06", -1)).toThrow();
  });

  it("rejects malformed entries", () => {
    expect(() => buildCalendar([{ date: "2024-02-30", kind: "OFF", name: "x", effectiveFrom: "2024-01-01" }])).toThrow();
    expect(() => buildCalendar([{ date: "2024-02-10", kind: "OFF", name: " ", effectiveFrom: "2024-01-01" }])).toThrow();
  });

  it("gives office windows on working days only (compensatory Saturday included)", () => {
    expect(officeWindowsOn(OFFICE_HOURS, "2024-03-06", CALENDAR)).toEqual([
      { start: "07:00", end: "11:30" },
      { start: "13:30", end: "17:00" },
    ]);
    expect(officeWindowsOn(OFFICE_HOURS, "2024-05-04", CALENDAR)).toHaveLength(2);
    expect(officeWindowsOn(OFFICE_HOURS, "2024-02-12", CALENDAR)).toEqual([]);
    expect(officeWindowsOn(OFFICE_HOURS, "2024-03-09", CALENDAR)).toEqual([]);
    expect(officeWindowsOn(OFFICE_HOURS, "2017-03-06", CALENDAR)).toEqual([]); // before any office-hours version
  });

  it("answers the same with memoisation off", () => {
    const plain = buildCalendar(CALENDAR_ENTRIES, { memoize: false });
    for (const d of ["2024-02-08", "2026-01-10", "2025-04-26", "2026-04-27", "2024-03-06"]) {
      expect(plain.dayInfo(d)).toEqual(CALENDAR.dayInfo(d));
    }
  });
});
