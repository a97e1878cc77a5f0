/**
 * The official calendar at its edges: entry validation, "as of" dates, the ±10-day rule that
 * drops computed compensatory days once a holiday period is decided, the scan bound.
 */
import { describe, expect, it } from "vitest";
import { LATEST, buildCalendar, defaultHolidays, normalizeAsOf, validateCalendarEntry, type CalendarEntry } from "../../../src/domain/schedule";

const entry = (over: Partial<CalendarEntry> = {}): CalendarEntry => ({ date: "2024-09-05", kind: "OFF", name: "Nghỉ", effectiveFrom: "2024-08-01", ...over });

describe("calendar entries", () => {
  it.each<[Partial<CalendarEntry>, string | null]>([
    [{}, null],
    [{ kind: "WORKING" }, null],
    [{ date: "2024-02-30" }, 'Ngày không hợp lệ: "2024-02-30"'],
    [{ effectiveFrom: "01/08/2024" }, 'Ngày hiệu lực không hợp lệ: "01/08/2024"'],
    [{ kind: "HALF" as never }, 'Loại ngày không hợp lệ: "HALF"'],
    [{ name: "" }, "Thiếu tên ngày"],
    [{ name: "   " }, "Thiếu tên ngày"],
  ])("%o → %s", (over, message) => {
    expect(validateCalendarEntry(entry(over))).toBe(message);
  });

  it("a calendar with a bad entry is refused, naming the entry", () => {
    expect(() => buildCalendar([entry({ name: " " })])).toThrow("Mục lịch 2024-09-05: Thiếu tên ngày");
    expect(() => buildCalendar([entry({ date: "2024-13-01" })])).toThrow(RangeError);
  });

  it("two decisions of the same day with the same start: the later row wins", () => {
    const cal = buildCalendar([entry({ kind: "OFF", name: "Nghỉ" }), entry({ kind: "WORKING", name: "Làm việc" })]);
    expect(cal.dayInfo("2024-09-05")).toMatchObject({ working: true, reason: "OFFICIAL_WORKING", name: "Làm việc" });
    const reversed = buildCalendar([entry({ kind: "WORKING", name: "Làm việc", effectiveFrom: "2024-08-02" }), entry({ kind: "OFF", name: "Nghỉ" })]);
    expect(reversed.dayInfo("2024-09-05", "2024-08-01")).toMatchObject({ working: false, name: "Nghỉ" });
    expect(reversed.dayInfo("2024-09-05", "2024-08-02")).toMatchObject({ working: true, name: "Làm việc" });
    expect(reversed.dayInfo("2024-09-05", "2024-07-31")).toMatchObject({ working: true, reason: "WEEKDAY", entry: null });
    expect(reversed.dayInfo("2024-09-05").entry).toMatchObject({ kind: "WORKING" });
  });
});

describe("as of", () => {
  it("a local date, an instant (its local date), or every decision", () => {
    expect(normalizeAsOf(undefined)).toBe(LATEST);
    expect(LATEST).toBe("9999-12-31");
    expect(normalizeAsOf(LATEST)).toBe(LATEST);
    expect(normalizeAsOf("2024-03-06")).toBe("2024-03-06");
    // 20:00 UTC is already the next day in Việt Nam.
    expect(normalizeAsOf(new Date("2024-03-05T20:00:00Z"))).toBe("2024-03-06");
    expect(() => normalizeAsOf("06/03/2024")).toThrow('asOf không hợp lệ: "06/03/2024"');
  });
});

describe("computed defaults and the decided period", () => {
  it("2023: Hùng Kings' day (Saturday 29/4) and 30/4 (Sunday) give 2 and 3 May off, 1 May being a holiday already", () => {
    const d2023 = defaultHolidays(2023);
    expect(d2023.filter((h) => h.kind === "COMPENSATORY").map((h) => [h.date, h.anchor, h.name])).toEqual([
      ["2023-01-02", "2023-01-01", "Nghỉ bù Tết Dương lịch"],
      // Tết's Saturday and Sunday (21–22/1) move past its weekdays (23–25/1).
      ["2023-01-26", "2023-01-21", "Nghỉ bù Tết Nguyên Đán"],
      ["2023-01-27", "2023-01-22", "Nghỉ bù Tết Nguyên Đán"],
      ["2023-05-02", "2023-04-29", "Nghỉ bù Giỗ tổ Hùng Vương"],
      ["2023-05-03", "2023-04-30", "Nghỉ bù Ngày Giải phóng miền Nam"],
      ["2023-09-04", "2023-09-02", "Nghỉ bù Quốc khánh"],
    ]);
    expect(d2023.map((h) => h.date)).toEqual([...d2023.map((h) => h.date)].sort());
    expect(d2023.find((h) => h.date === "2023-01-22")).toMatchObject({ kind: "PUBLIC_HOLIDAY", name: "Tết Nguyên Đán", anchor: "2023-01-22" });
    const bare = buildCalendar([]);
    expect(bare.dayInfo("2023-05-02")).toMatchObject({ working: false, reason: "COMPENSATORY", name: "Nghỉ bù Giỗ tổ Hùng Vương", entry: null });
    expect(bare.dayInfo("2023-04-29")).toMatchObject({ working: false, reason: "PUBLIC_HOLIDAY", name: "Giỗ tổ Hùng Vương" });
  });

  it("an official entry within 10 days of a holiday drops that holiday's computed compensatory day, not one 11 days away", () => {
    const near = buildCalendar([{ date: "2023-04-19", kind: "WORKING", name: "Quyết định", effectiveFrom: "2023-01-01" }]);
    // 19/4 is 10 days before 29/4 (Hùng Kings) and 11 before 30/4.
    expect(near.dayInfo("2023-05-02")).toMatchObject({ working: true, reason: "WEEKDAY" });
    expect(near.dayInfo("2023-05-03")).toMatchObject({ working: false, reason: "COMPENSATORY" });
    // The holiday itself stays a holiday; the decision counts only once known.
    expect(near.dayInfo("2023-04-29")).toMatchObject({ reason: "PUBLIC_HOLIDAY" });
    expect(near.dayInfo("2023-05-02", "2022-12-31")).toMatchObject({ reason: "COMPENSATORY" });
    const after = buildCalendar([{ date: "2023-05-09", kind: "WORKING", name: "Quyết định", effectiveFrom: "2023-01-01" }]);
    // 9/5 is 10 days after 29/4 and 9 after 30/4: both compensatory days are dropped.
    expect([after.isWorkingDay("2023-05-02"), after.isWorkingDay("2023-05-03")]).toEqual([true, true]);
  });

  it("weekends are named with a capital", () => {
    const bare = buildCalendar([]);
    expect(bare.dayInfo("2024-03-09")).toEqual({ date: "2024-03-09", working: false, reason: "WEEKEND", name: "Thứ Bảy", entry: null });
    expect(bare.dayInfo("2024-03-10").name).toBe("Chủ nhật");
    expect(() => bare.dayInfo("2024-02-30")).toThrow(RangeError);
  });
});

describe("working-day arithmetic at its bounds", () => {
  const closed: CalendarEntry[] = [];
  for (let i = 0; i < 400; i++) {
    const d = new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10);
    closed.push({ date: d, kind: "OFF", name: "Đóng cửa", effectiveFrom: "2029-01-01" });
  }
  it("gives up after 370 days without a working day", () => {
    const cal = buildCalendar(closed);
    expect(() => cal.nextWorkingDay("2030-01-01")).toThrow("Không tìm thấy ngày làm việc trong 370 ngày kể từ 2030-01-01");
    expect(() => cal.previousWorkingDay("2031-01-20")).toThrow(RangeError);
    expect(cal.previousWorkingDay("2030-01-01")).toBe("2029-12-31");
    expect(cal.workingDayOnOrAfter("2029-12-31")).toBe("2029-12-31");
  });

  it("counts working days in (from, to]; none when to is not after from", () => {
    const bare = buildCalendar([]);
    expect(bare.workingDaysBetween("2024-03-04", "2024-03-08")).toBe(4);
    expect(bare.workingDaysBetween("2024-03-08", "2024-03-11")).toBe(1);
    expect(bare.workingDaysBetween("2024-03-08", "2024-03-08")).toBe(0);
    expect(bare.workingDaysBetween("2024-03-08", "2024-03-01")).toBe(0);
    expect(bare.addWorkingDays("2024-03-08", 1)).toBe("2024-03-11");
    expect(bare.addWorkingDays("2024-03-09", 0)).toBe("2024-03-11");
    expect(bare.addWorkingDays("2024-03-04", 5)).toBe("2024-03-11");
    expect(() => bare.addWorkingDays("2024-03-04", 1.5)).toThrow("Số ngày làm việc không hợp lệ: 1.5");
    expect(() => bare.addWorkingDays("2024-03-04", -1)).toThrow("Số ngày làm việc không hợp lệ: -1");
    expect(bare.entries).toEqual([]);
    expect(bare.nextWorkingDay("2024-03-08")).toBe("2024-03-11");
    expect(bare.previousWorkingDay("2024-03-11")).toBe("2024-03-08");
    expect(bare.workingDayOnOrAfter("2024-03-09")).toBe("2024-03-11");
    expect(bare.workingDayOnOrAfter("2024-03-08")).toBe("2024-03-08");
    expect(bare.defaultsForYear(2023)).toEqual(defaultHolidays(2023));
  });
});
