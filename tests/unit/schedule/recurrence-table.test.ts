/**
 * Recurrences case by case: parsing (and its Vietnamese refusals), the friendly form, the
 * dates a recurrence gives, and its description.
 */
import { describe, expect, it } from "vitest";
import {
  buildRRule,
  buildRecurrence,
  clearRecurrenceCache,
  describeRecurrence,
  hasSchedule,
  parseRRule,
  recurrenceDates,
  recurrenceIncludes,
  rruleError,
  type Recurrence,
} from "../../../src/domain/schedule";

const rec = (rrule: string | null, dates: string[] = [], exdates: string[] = []): Recurrence => ({ rrule, dates, exdates });

describe("parsing an RRULE", () => {
  it.each<[string, string | null]>([
    ["FREQ=WEEKLY;BYDAY=WE", null],
    ["RRULE:FREQ=WEEKLY;BYDAY=WE", null],
    ["DTSTART:20200101T000000Z\nRRULE:FREQ=WEEKLY;BYDAY=WE", null],
    ["FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1", null],
    ["", "Chuỗi lặp (RRULE) trống"],
    ["DTSTART:20200101T000000Z", "Chuỗi lặp (RRULE) trống"],
    ["BYDAY=WE", "Chuỗi lặp (RRULE) không hợp lệ: thiếu FREQ hoặc FREQ sai (DAILY, WEEKLY, MONTHLY, YEARLY)"],
    ["FREQ=HOURLY", "Chỉ hỗ trợ lặp theo ngày, tuần, tháng hoặc năm (không theo giờ/phút)"],
    ["FREQ=MINUTELY", "Chỉ hỗ trợ lặp theo ngày, tuần, tháng hoặc năm (không theo giờ/phút)"],
  ])("%j → %s", (value, error) => {
    expect(rruleError(value)).toBe(error);
  });

  it("refusals of the rrule library come with the Vietnamese prefix", () => {
    expect(rruleError("FREQ=WEEKLY;FOO=1")).toMatch(/^Chuỗi lặp \(RRULE\) không hợp lệ: /);
    expect(() => parseRRule("FREQ=WEEKLY;BYDAY=XX", "2024-01-01")).toThrow(/^Chuỗi lặp \(RRULE\) không hợp lệ: /);
  });

  it("DTSTART is the rule's start, whatever the text says", () => {
    const r = parseRRule("DTSTART:20200101T000000Z\nRRULE:FREQ=WEEKLY;BYDAY=WE", "2024-03-01");
    expect(r.after(new Date(Date.UTC(2019, 0, 1)), true)?.toISOString()).toBe("2024-03-06T00:00:00.000Z");
  });
});

describe("the friendly form", () => {
  it("weekly rules: days in week order, an interval above 1 written out", () => {
    expect(buildRRule({ kind: "WEEKLY", weekdays: ["SU", "MO"] })).toBe("FREQ=WEEKLY;BYDAY=MO,SU");
    expect(buildRRule({ kind: "WEEKLY", weekdays: ["TH"], interval: 1 })).toBe("FREQ=WEEKLY;BYDAY=TH");
    expect(() => buildRRule({ kind: "WEEKLY", weekdays: ["TH"], interval: 0 })).toThrow("Chu kỳ lặp phải là số nguyên dương");
    expect(() => buildRRule({ kind: "WEEKLY", weekdays: ["TH"], interval: 1.5 })).toThrow("Chu kỳ lặp phải là số nguyên dương");
    expect(() => buildRRule({ kind: "WEEKLY", weekdays: [] })).toThrow("Chọn ít nhất một ngày trong tuần");
  });

  it("monthly rules: months sorted and deduplicated, checked", () => {
    expect(buildRRule({ kind: "MONTHLY_NTH_WEEKDAY", weekday: "SA", nth: -1, months: [12, 3, 3] })).toBe("FREQ=MONTHLY;BYMONTH=3,12;BYDAY=SA;BYSETPOS=-1");
    expect(buildRRule({ kind: "MONTHLY_NTH_WEEKDAY", weekday: "MO", nth: 4, months: [] })).toBe("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=4");
    expect(() => buildRRule({ kind: "MONTHLY_NTH_WEEKDAY", weekday: "MO", nth: 1, months: [0] })).toThrow("Tháng phải từ 1 đến 12");
    expect(() => buildRRule({ kind: "MONTHLY_NTH_WEEKDAY", weekday: "MO", nth: 1, months: [13] })).toThrow("Tháng phải từ 1 đến 12");
    expect(() => buildRRule({ kind: "MONTHLY_NTH_WEEKDAY", weekday: "MO", nth: 1, months: [1.5] })).toThrow("Tháng phải từ 1 đến 12");
    expect(buildRRule({ kind: "MONTHLY_NTH_WEEKDAY", weekday: "MO", nth: 1, months: [1, 12] })).toBe("FREQ=MONTHLY;BYMONTH=1,12;BYDAY=MO;BYSETPOS=1");
    expect(() => buildRRule({ kind: "MONTHLY_NTH_WEEKDAY", weekday: "MO", nth: 5 as never })).toThrow("Thứ tự tuần phải là 1–4 hoặc tuần cuối (-1)");
  });

  it("explicit dates: checked, deduplicated and sorted; exclusions kept", () => {
    expect(buildRecurrence({ kind: "DATES", dates: ["2024-05-09", "2024-05-02", "2024-05-09"] }, ["2024-05-02"])).toEqual(rec(null, ["2024-05-02", "2024-05-09"], ["2024-05-02"]));
    expect(() => buildRecurrence({ kind: "DATES", dates: ["2024-05-02", "09/05/2024"] })).toThrow('Ngày không hợp lệ: "09/05/2024"');
    expect(buildRecurrence({ kind: "DAILY" })).toEqual(rec("FREQ=DAILY"));
    expect(buildRecurrence({ kind: "WEEKLY", weekdays: ["WE"] }, ["2024-03-13"])).toEqual(rec("FREQ=WEEKLY;BYDAY=WE", [], ["2024-03-13"]));
  });
});

describe("the dates of a recurrence", () => {
  it("RRULE dates plus extra dates minus exclusions, from the rule's start only", () => {
    clearRecurrenceCache();
    const r = rec("FREQ=WEEKLY;BYDAY=WE", ["2024-03-09", "2025-01-04"], ["2024-03-13"]);
    expect(recurrenceIncludes(r, "2024-03-01", "2024-03-06")).toBe(true);
    expect(recurrenceIncludes(r, "2024-03-01", "2024-03-13")).toBe(false);
    expect(recurrenceIncludes(r, "2024-03-01", "2024-03-09")).toBe(true);
    expect(recurrenceIncludes(r, "2024-03-01", "2025-01-04")).toBe(true);
    expect(recurrenceIncludes(r, "2024-03-01", "2024-02-28")).toBe(false);
    expect(recurrenceIncludes(r, "2024-03-07", "2024-03-06")).toBe(false);
    expect(recurrenceDates({ recurrence: r, validFrom: "2024-03-01", validTo: "2024-03-31" }, "2024-02-01", "2024-12-31")).toEqual(["2024-03-06", "2024-03-09", "2024-03-20", "2024-03-27"]);
    expect(recurrenceDates({ recurrence: r, validFrom: "2024-03-01", validTo: null }, "2024-12-20", "2025-01-10")).toEqual(["2024-12-25", "2025-01-01", "2025-01-04", "2025-01-08"]);
    expect(recurrenceDates({ recurrence: r, validFrom: "2024-03-01", validTo: "2024-03-31" }, "2024-04-01", "2024-04-30")).toEqual([]);
    expect(recurrenceDates({ recurrence: r, validFrom: "2024-03-01", validTo: null }, "2024-03-07", "2024-03-07")).toEqual([]);
    expect(recurrenceDates({ recurrence: r, validFrom: "2024-03-01", validTo: null }, "2024-03-06", "2024-03-06")).toEqual(["2024-03-06"]);
  });

  it("only explicit dates, and no schedule at all", () => {
    const dates = rec(null, ["2024-05-09", "2024-05-02"]);
    expect(recurrenceDates({ recurrence: dates, validFrom: "2024-01-01", validTo: null }, "2024-01-01", "2024-12-31")).toEqual(["2024-05-02", "2024-05-09"]);
    expect(hasSchedule(dates)).toBe(true);
    expect(hasSchedule(rec("FREQ=DAILY"))).toBe(true);
    expect(hasSchedule(rec(null))).toBe(false);
    expect(hasSchedule(rec(""))).toBe(false);
  });
});

describe("describing a recurrence in Vietnamese", () => {
  it.each<[Recurrence, string]>([
    [rec("FREQ=WEEKLY;BYDAY=WE"), "Thứ Tư hằng tuần"],
    [rec("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"), "Thứ Hai đến thứ Sáu hằng tuần"],
    [rec("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA"), "Thứ Hai đến thứ Bảy hằng tuần"],
    [rec("FREQ=WEEKLY;BYDAY=TH,MO"), "Thứ Hai và thứ Năm hằng tuần"],
    [rec("FREQ=WEEKLY;BYDAY=MO,WE,FR"), "Thứ Hai, thứ Tư và thứ Sáu hằng tuần"],
    [rec("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"), "Thứ Năm cách 2 tuần một lần"],
    [rec("FREQ=WEEKLY"), "Hằng tuần"],
    [rec("FREQ=WEEKLY;INTERVAL=3"), "Cứ 3 tuần một lần"],
    [rec("FREQ=DAILY"), "Hằng ngày"],
    [rec("FREQ=DAILY;INTERVAL=2"), "Cứ 2 ngày một lần"],
    [rec("FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=SA;BYSETPOS=-1"), "Thứ Bảy cuối cùng của mỗi quý (tháng 3, 6, 9, 12)"],
    [rec("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1"), "Thứ Hai thứ nhất của hằng tháng"],
    [rec("FREQ=MONTHLY;BYMONTH=1,7;BYDAY=FR;BYSETPOS=2"), "Thứ Sáu thứ hai của tháng 1, 7"],
    [rec("FREQ=MONTHLY;BYDAY=3TU"), "Thứ Ba thứ ba của hằng tháng"],
    [rec("FREQ=MONTHLY;BYDAY=4TH"), "Thứ Năm thứ tư của hằng tháng"],
    [rec("FREQ=MONTHLY;BYDAY=5WE"), "Thứ Tư thứ năm của hằng tháng"],
    [rec("FREQ=MONTHLY;BYMONTHDAY=15"), "Ngày 15 hằng tháng"],
    [rec("FREQ=MONTHLY;BYMONTH=6,12;BYMONTHDAY=1,15"), "Ngày 1, 15 của tháng 6, 12"],
    [rec("FREQ=MONTHLY"), "Lịch lặp FREQ=MONTHLY"],
    [rec("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1"), "Lịch lặp FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1"],
    [rec("không phải RRULE"), "Lịch lặp không phải RRULE"],
    [rec(null, ["2024-05-02", "2024-05-09"]), "Các ngày 02/05/2024, 09/05/2024"],
    [rec("FREQ=WEEKLY;BYDAY=WE", ["2024-03-09"], ["2024-03-13", "2024-03-20"]), "Thứ Tư hằng tuần và các ngày 09/03/2024 (trừ các ngày 13/03/2024, 20/03/2024)"],
    [rec(null), "Không có lịch cố định"],
    [rec(null, [], ["2024-03-13"]), "Không có lịch cố định"],
  ])("%o → %s", (r, text) => {
    expect(describeRecurrence(r)).toBe(text);
  });
});
