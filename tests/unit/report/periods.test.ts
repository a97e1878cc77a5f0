import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportPeriods, type ObligationTiming } from "../../../src/domain/report";
import { addDays, compareLocalDates } from "../../../src/domain/schedule";

const quarterly: ObligationTiming = { frequency: "QUARTERLY", dueOn: null, dueDaysAfterPeriod: null };
const annual: ObligationTiming = { frequency: "ANNUAL", dueOn: null, dueDaysAfterPeriod: null };
const semiannual: ObligationTiming = { frequency: "SEMIANNUAL", dueOn: null, dueDaysAfterPeriod: null };

describe("report periods from the plans", () => {
  it("An Dũng quarterly: CCHC cut-off quarters inside the plan and the commune's lifetime", () => {
    const periods = reportPeriods(quarterly, { from: "2023-03-07", to: "2025-12-31" }, { from: null, to: "2025-06-30" }, "2026-11-25");
    expect(periods[0]).toMatchObject({ key: "2023-Q1", start: "2023-03-07", end: "2023-03-14", dueOn: "2023-03-20", label: "Quý I năm 2023" });
    expect(periods[1]).toMatchObject({ key: "2023-Q2", start: "2023-03-15", end: "2023-06-14", dueOn: "2023-06-20" });
    expect(periods.find((p) => p.key === "2024-Q1")).toMatchObject({ start: "2023-12-15", end: "2024-03-14", dueOn: "2024-03-20" });
    // The commune ended on 30/06/2025: its last quarter is cut there and due that day.
    const last = periods.at(-1)!;
    expect(last).toMatchObject({ key: "2025-Q3", start: "2025-06-15", end: "2025-06-30", dueOn: "2025-06-30" });
    expect(periods).toHaveLength(11);
  });

  it("An Dũng annual and Phổ Nhơn yearly review", () => {
    const ad = reportPeriods(annual, { from: "2023-03-07", to: "2025-12-31" }, { from: null, to: "2025-06-30" }, "2026-11-25");
    expect(ad.map((p) => [p.key, p.start, p.end, p.dueOn])).toEqual([
      ["2023-Y", "2023-03-07", "2023-12-14", "2023-12-20"],
      ["2024-Y", "2023-12-15", "2024-12-14", "2024-12-20"],
      ["2025-Y", "2024-12-15", "2025-06-30", "2025-06-30"],
    ]);
    const pn = reportPeriods(annual, { from: "2024-03-01", to: null }, { from: null, to: "2025-06-30" }, "2026-11-25");
    expect(pn.map((p) => p.key)).toEqual(["2024-Y", "2025-Y"]);
  });

  it("Phước Long six-monthly", () => {
    const pl = reportPeriods(semiannual, { from: "2023-08-01", to: "2025-12-31" }, { from: null, to: "2025-06-30" }, "2026-11-25");
    expect(pl.map((p) => [p.label, p.start, p.end, p.dueOn])).toEqual([
      ["6 tháng cuối năm 2023", "2023-08-01", "2023-12-14", "2023-12-20"],
      ["6 tháng đầu năm 2024", "2023-12-15", "2024-06-14", "2024-06-20"],
      ["6 tháng cuối năm 2024", "2024-06-15", "2024-12-14", "2024-12-20"],
      ["6 tháng đầu năm 2025", "2024-12-15", "2025-06-14", "2025-06-20"],
      ["6 tháng cuối năm 2025", "2025-06-15", "2025-06-30", "2025-06-30"],
    ]);
  });

  it("Long Xuyên once by 25/12/2024; Luận Thành at the end of the model", () => {
    const lx = reportPeriods({ frequency: "ONCE", dueOn: "2024-12-25", dueDaysAfterPeriod: null }, { from: "2024-04-27", to: "2024-12-31" }, { from: null, to: "2025-06-30" }, "2026-11-25");
    expect(lx).toEqual([expect.objectContaining({ key: "ONCE", start: "2024-04-27", end: "2024-12-25", dueOn: "2024-12-25" })]);
    const lt = reportPeriods({ frequency: "END_OF_MODEL", dueOn: null, dueDaysAfterPeriod: null }, { from: "2026-02-23", to: "2026-03-23" }, { from: "2025-07-01", to: null }, "2026-11-25");
    expect(lt).toEqual([expect.objectContaining({ key: "END", start: "2026-02-23", end: "2026-03-23", dueOn: "2026-03-23" })]);
    // Before the model starts nothing is asked yet.
    expect(reportPeriods({ frequency: "END_OF_MODEL", dueOn: null, dueDaysAfterPeriod: null }, { from: "2026-02-23", to: "2026-03-23" }, { from: null, to: null }, "2026-02-01")).toEqual([]);
  });

  it("a period is listed once it has started, and due days after the period when the obligation says so", () => {
    const ps = reportPeriods({ frequency: "QUARTERLY", dueOn: null, dueDaysAfterPeriod: 10 }, { from: "2024-01-01", to: null }, { from: null, to: null }, "2024-03-15");
    expect(ps.map((p) => [p.key, p.dueOn])).toEqual([
      ["2024-Q1", "2024-03-24"],
      ["2024-Q2", "2024-06-24"],
    ]);
  });

  it("property: periods lie inside both lifetimes, do not overlap, and are due on or after their last day; they cover every day from the start to as-of", () => {
    const date = fc.integer({ min: 0, max: 2000 }).map((n) => addDays("2022-01-01", n));
    let cases = 0;
    let nonEmpty = 0;
    fc.assert(
      fc.property(
        fc.constantFrom<ObligationTiming["frequency"]>("QUARTERLY", "SEMIANNUAL", "ANNUAL"),
        date,
        fc.integer({ min: 0, max: 900 }),
        // The unit's end and the as-of date mostly after the plan's start, so that most cases ask for reports.
        fc.option(fc.integer({ min: -60, max: 1200 }), { nil: null }),
        fc.integer({ min: -60, max: 1200 }),
        (frequency, from, len, unitEndOffset, asOfOffset) => {
          const planTo = addDays(from, len);
          const unitEnd = unitEndOffset === null ? null : addDays(from, unitEndOffset);
          const asOf = addDays(from, asOfOffset);
          const ps = reportPeriods({ frequency, dueOn: null, dueDaysAfterPeriod: null }, { from, to: planTo }, { from: null, to: unitEnd }, asOf);
          cases++;
          const to = unitEnd && compareLocalDates(unitEnd, planTo) < 0 ? unitEnd : planTo;
          // Something is asked exactly when the plan has started by as-of inside the unit's life.
          const asked = compareLocalDates(from, asOf) <= 0 && compareLocalDates(from, to) <= 0;
          expect(ps.length > 0).toBe(asked);
          if (!asked) return;
          nonEmpty++;
          expect(ps[0]!.start).toBe(from);
          // The last period reaches as-of, or the end of the plan or the unit if that came first.
          const reach = compareLocalDates(to, asOf) < 0 ? to : asOf;
          expect(compareLocalDates(ps.at(-1)!.end, reach)).toBeGreaterThanOrEqual(0);
          if (compareLocalDates(to, asOf) <= 0) expect(ps.at(-1)!.end).toBe(to);
          for (const [i, p] of ps.entries()) {
            expect(compareLocalDates(p.start, from)).toBeGreaterThanOrEqual(0);
            expect(compareLocalDates(p.end, planTo)).toBeLessThanOrEqual(0);
            if (unitEnd) expect(compareLocalDates(p.end, unitEnd)).toBeLessThanOrEqual(0);
            expect(compareLocalDates(p.start, p.end)).toBeLessThanOrEqual(0);
            expect(compareLocalDates(p.dueOn, p.end)).toBeGreaterThanOrEqual(0);
            expect(compareLocalDates(p.start, asOf)).toBeLessThanOrEqual(0);
            // Periods follow each other without a gap or an overlap.
            if (i > 0) expect(p.start).toBe(addDays(ps[i - 1]!.end, 1));
          }
        },
      ),
      { numRuns: 500 },
    );
    expect(nonEmpty).toBeGreaterThan(cases / 2);
  });
});
