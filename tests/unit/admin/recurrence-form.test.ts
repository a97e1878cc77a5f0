import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recurrenceFields, recurrenceFormOfRRule, recurrenceFromFields } from "../../../src/domain/model/recurrence-form";
import { WEEKDAYS, buildRRule, recurrenceDates, type RecurrenceForm, type Weekday } from "../../../src/domain/schedule";

describe("recurrenceFormOfRRule", () => {
  it.each<[string, RecurrenceForm | null]>([
    ["FREQ=WEEKLY;BYDAY=WE", { kind: "WEEKLY", weekdays: ["WE"] }],
    ["FREQ=WEEKLY;BYDAY=TH,MO", { kind: "WEEKLY", weekdays: ["MO", "TH"] }],
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", { kind: "WEEKLY", weekdays: ["FR"], interval: 2 }],
    ["FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=SA;BYSETPOS=-1", { kind: "MONTHLY_NTH_WEEKDAY", weekday: "SA", nth: -1, months: [3, 6, 9, 12] }],
    ["FREQ=MONTHLY;BYDAY=-1SA;BYMONTH=12,3", { kind: "MONTHLY_NTH_WEEKDAY", weekday: "SA", nth: -1, months: [3, 12] }],
    ["RRULE:FREQ=DAILY", { kind: "DAILY" }],
    // Not expressible by the friendly forms: kept as raw text by the caller.
    ["FREQ=MONTHLY;BYMONTHDAY=15", null],
    ["FREQ=WEEKLY;BYDAY=WE;COUNT=3", null],
    ["FREQ=MONTHLY;BYDAY=SA;BYSETPOS=5", null],
    ["FREQ=WEEKLY;BYDAY=XX", null],
    ["", null],
  ])("%s", (rrule, expected) => {
    expect(recurrenceFormOfRRule(rrule)).toEqual(expected);
  });

  const weekdays = fc.subarray([...WEEKDAYS] as Weekday[], { minLength: 1 });
  const form: fc.Arbitrary<RecurrenceForm> = fc.oneof(
    fc.record({ kind: fc.constant("WEEKLY" as const), weekdays, interval: fc.integer({ min: 1, max: 4 }) }).map((f) =>
      f.interval === 1 ? { kind: f.kind, weekdays: f.weekdays } : f,
    ),
    fc.record({
      kind: fc.constant("MONTHLY_NTH_WEEKDAY" as const),
      weekday: fc.constantFrom(...WEEKDAYS),
      nth: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, -1 as const),
      months: fc.uniqueArray(fc.integer({ min: 1, max: 12 })).map((m) => [...m].sort((a, b) => a - b)),
    }),
    fc.constant({ kind: "DAILY" as const }),
  );

  it("reads back every friendly form the engine builds (round trip)", () => {
    fc.assert(
      fc.property(form, (f) => {
        expect(recurrenceFormOfRRule(buildRRule(f)!)).toEqual(f);
      }),
    );
  });
});

describe("recurrenceFields ⇄ recurrenceFromFields", () => {
  it("keeps the five plans' stored rules unchanged", () => {
    const stored = [
      { rrule: "FREQ=WEEKLY;BYDAY=TH", dates: [], exdates: [] },
      { rrule: "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=SA;BYSETPOS=-1", dates: [], exdates: [] },
      { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", dates: [], exdates: ["2026-03-02"] },
      { rrule: null, dates: [], exdates: [] },
      { rrule: null, dates: ["2024-05-02", "2024-05-09"], exdates: [] },
      { rrule: "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1", dates: ["2024-02-03"], exdates: [] },
    ];
    for (const r of stored) expect(recurrenceFromFields(recurrenceFields(r))).toEqual(r);
  });

  it("adds extra dates to a weekly rule and removes excluded dates", () => {
    const rec = recurrenceFromFields({ schedule: { kind: "WEEKLY", weekdays: ["WE"] }, extraDates: ["2024-03-09"], exdates: ["2024-03-13"] });
    expect(recurrenceDates({ recurrence: rec, validFrom: "2024-03-01", validTo: "2024-03-20" }, "2024-03-01", "2024-03-20")).toEqual(["2024-03-06", "2024-03-09", "2024-03-20"]);
  });

  it("refuses an incomplete form with a Vietnamese message", () => {
    expect(() => recurrenceFromFields({ schedule: { kind: "WEEKLY", weekdays: [] }, extraDates: [], exdates: [] })).toThrow("Chọn ít nhất một ngày trong tuần");
    expect(() => recurrenceFromFields({ schedule: { kind: "DATES", dates: [] }, extraDates: [], exdates: [] })).toThrow("Chưa nhập ngày nào");
    expect(() => recurrenceFromFields({ schedule: { kind: "NONE" }, extraDates: ["2024-02-30"], exdates: [] })).toThrow('Ngày không hợp lệ: "2024-02-30"');
  });
});
