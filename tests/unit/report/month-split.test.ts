import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitByWholeMonths } from "../../../src/domain/report";
import { addDays, compareLocalDates, daysBetween } from "../../../src/domain/schedule";

describe("a range of days read from the month and day roll-ups", () => {
  it.each([
    // A CCHC year: 15/12 to 14/12, both ends partial.
    ["2023-12-15", "2024-12-14", { first: "2024-01-01", last: "2024-11-01" }, [{ start: "2023-12-15", end: "2023-12-31" }, { start: "2024-12-01", end: "2024-12-14" }]],
    // Whole months only, across a year end; 29 February closes a whole month.
    ["2023-11-01", "2024-02-29", { first: "2023-11-01", last: "2024-02-01" }, []],
    // Start partial, end on a month's last day.
    ["2025-06-15", "2025-06-30", null, [{ start: "2025-06-15", end: "2025-06-30" }]],
    ["2025-05-15", "2025-06-30", { first: "2025-06-01", last: "2025-06-01" }, [{ start: "2025-05-15", end: "2025-05-31" }]],
    // Inside one month, and a single day.
    ["2026-11-03", "2026-11-25", null, [{ start: "2026-11-03", end: "2026-11-25" }]],
    ["2026-11-25", "2026-11-25", null, [{ start: "2026-11-25", end: "2026-11-25" }]],
    // Two partial months next to each other, no whole month between.
    ["2024-01-20", "2024-02-10", null, [{ start: "2024-01-20", end: "2024-02-10" }]],
  ])("%s – %s", (start, end, months, days) => {
    expect(splitByWholeMonths(start, end)).toEqual({ months, days });
  });

  it("an empty range reads nothing", () => {
    expect(splitByWholeMonths("2024-03-02", "2024-03-01")).toEqual({ months: null, days: [] });
  });

  it("every day of the range is read exactly once, and day runs never cover a whole month", () => {
    const day = fc.integer({ min: 0, max: 4000 }).map((n) => addDays("2020-01-01", n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), (start, length) => {
        const end = addDays(start, length);
        const split = splitByWholeMonths(start, end);
        const seen: string[] = [];
        expect(split.days.length).toBeLessThanOrEqual(2);
        for (const run of split.days) for (let d = run.start; compareLocalDates(d, run.end) <= 0; d = addDays(d, 1)) seen.push(d);
        const fromDays = new Set(seen);
        // No month is read whole from the day rows: its first and last day are never both there.
        for (const d of fromDays) if (d.endsWith("-01")) expect(fromDays.has(addDays(`${addDays(d, 40).slice(0, 8)}01`, -1))).toBe(false);
        if (split.months) {
          expect(split.months.first.endsWith("-01") && split.months.last.endsWith("-01")).toBe(true);
          for (let d = split.months.first; compareLocalDates(d, addDays(split.months.last, 40).slice(0, 8) + "01") < 0; d = addDays(d, 1)) seen.push(d);
        }
        seen.sort();
        expect(seen.length).toBe(daysBetween(start, end) + 1);
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen[0]).toBe(start);
        expect(seen.at(-1)).toBe(end);
      }),
    );
  });
});
