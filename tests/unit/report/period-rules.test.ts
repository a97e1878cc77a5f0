/**
 * Report periods: the due rule each period states, the labels of one-off and end-of-model
 * reports, a unit ending before a due date.
 */
import { describe, expect, it } from "vitest";
import { CCHC_CUTOFF_DAY, CCHC_DUE_DAY, CCHC_RULE, reportPeriods, type ObligationTiming } from "../../../src/domain/report";

const timing = (over: Partial<ObligationTiming>): ObligationTiming => ({ frequency: "QUARTERLY", dueOn: null, dueDaysAfterPeriod: null, ...over });
const CUT = "Đơn vị chấm dứt hoạt động trước hạn: nộp trước ngày cuối cùng của đơn vị";

describe("report periods: due rules and labels", () => {
  it("the CCHC calendar: cut-off on the 14th, due on the 20th", () => {
    expect([CCHC_CUTOFF_DAY, CCHC_DUE_DAY]).toEqual([14, 20]);
    const [q1] = reportPeriods(timing({}), { from: "2024-01-01", to: null }, { from: null, to: null }, "2024-01-01");
    expect(q1).toEqual({ key: "2024-Q1", start: "2024-01-01", end: "2024-03-14", label: "Quý I năm 2024", dueOn: "2024-03-20", dueRule: CCHC_RULE });
  });

  it("quarters of a year, the first starting on 15 December of the year before", () => {
    const ps = reportPeriods(timing({}), { from: "2023-12-15", to: "2024-12-14" }, { from: null, to: null }, "2026-01-01");
    expect(ps.map((p) => [p.key, p.label, p.start, p.end, p.dueOn])).toEqual([
      ["2024-Q1", "Quý I năm 2024", "2023-12-15", "2024-03-14", "2024-03-20"],
      ["2024-Q2", "Quý II năm 2024", "2024-03-15", "2024-06-14", "2024-06-20"],
      ["2024-Q3", "Quý III năm 2024", "2024-06-15", "2024-09-14", "2024-09-20"],
      ["2024-Q4", "Quý IV năm 2024", "2024-09-15", "2024-12-14", "2024-12-20"],
    ]);
    const h = reportPeriods(timing({ frequency: "SEMIANNUAL" }), { from: "2023-12-15", to: "2024-12-14" }, { from: null, to: null }, "2026-01-01");
    expect(h.map((p) => [p.key, p.start, p.end])).toEqual([
      ["2024-H1", "2023-12-15", "2024-06-14"],
      ["2024-H2", "2024-06-15", "2024-12-14"],
    ]);
    const y = reportPeriods(timing({ frequency: "ANNUAL" }), { from: "2023-12-15", to: "2024-12-14" }, { from: null, to: null }, "2026-01-01");
    expect(y.map((p) => [p.key, p.label, p.start, p.end])).toEqual([["2024-Y", "Năm 2024", "2023-12-15", "2024-12-14"]]);
  });

  it("a period is listed on its first day, not before; an open plan is listed up to as-of", () => {
    const open = (asOf: string) => reportPeriods(timing({}), { from: "2024-01-01", to: null }, { from: null, to: null }, asOf).map((p) => p.key);
    expect(open("2024-03-14")).toEqual(["2024-Q1"]);
    expect(open("2024-03-15")).toEqual(["2024-Q1", "2024-Q2"]);
    expect(open("2024-12-15")).toEqual(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"]);
    expect(open("2023-12-31")).toEqual([]);
  });

  it("days after the period, when the obligation says so", () => {
    const [p] = reportPeriods(timing({ dueDaysAfterPeriod: 5 }), { from: "2024-01-01", to: null }, { from: null, to: null }, "2024-01-01");
    expect(p).toMatchObject({ dueOn: "2024-03-19", dueRule: "5 ngày sau khi kết thúc kỳ" });
    const [z] = reportPeriods(timing({ dueDaysAfterPeriod: 0 }), { from: "2024-01-01", to: null }, { from: null, to: null }, "2024-01-01");
    expect(z).toMatchObject({ dueOn: "2024-03-14", dueRule: "0 ngày sau khi kết thúc kỳ" });
  });

  it("a unit that ends before the due date reports by its last day, and says why", () => {
    const ps = reportPeriods(timing({}), { from: "2025-01-01", to: null }, { from: null, to: "2025-06-17" }, "2026-01-01");
    expect(ps.map((p) => [p.key, p.end, p.dueOn, p.dueRule])).toEqual([
      ["2025-Q1", "2025-03-14", "2025-03-20", CCHC_RULE],
      ["2025-Q2", "2025-06-14", "2025-06-17", CUT],
      ["2025-Q3", "2025-06-17", "2025-06-17", CUT],
    ]);
    // Ending on the due date itself is not early.
    const onDue = reportPeriods(timing({}), { from: "2025-01-01", to: null }, { from: null, to: "2025-06-20" }, "2026-01-01");
    expect(onDue[1]).toMatchObject({ key: "2025-Q2", dueOn: "2025-06-20", dueRule: CCHC_RULE });
  });

  it("a unit that starts after the plan starts the first period with it", () => {
    const ps = reportPeriods(timing({}), { from: "2025-01-01", to: "2025-12-31" }, { from: "2025-07-01", to: null }, "2026-01-01");
    expect(ps[0]).toMatchObject({ key: "2025-Q3", start: "2025-07-01", end: "2025-09-14" });
    expect(ps.at(-1)).toMatchObject({ key: "2026-Q1", start: "2025-12-15", end: "2025-12-31" });
    // Neither the plan nor the unit has a start: nothing to report (not a crash).
    expect(reportPeriods(timing({}), { from: null, to: null }, { from: null, to: null }, "2026-01-01")).toEqual([]);
    expect(reportPeriods(timing({ frequency: "ONCE" }), { from: null, to: "2025-12-31" }, { from: null, to: null }, "2026-01-01")).toEqual([]);
  });

  it.each<[Partial<ObligationTiming>, string, string]>([
    [{ frequency: "ONCE", dueOn: "2024-12-25" }, "2024-12-25", "Hạn nộp ghi trong kế hoạch"],
    [{ frequency: "ONCE", dueOn: null }, "2024-12-31", "Kế hoạch không ghi hạn: nộp khi kết thúc mô hình"],
    [{ frequency: "ONCE", dueOn: null, dueDaysAfterPeriod: 7 }, "2025-01-07", "7 ngày sau khi kết thúc kỳ"],
    [{ frequency: "END_OF_MODEL" }, "2024-12-31", "Kế hoạch không ghi hạn: nộp khi kết thúc mô hình"],
    [{ frequency: "END_OF_MODEL", dueDaysAfterPeriod: 10 }, "2025-01-10", "10 ngày sau khi kết thúc kỳ"],
  ])("%o is due %s (%s)", (over, dueOn, dueRule) => {
    const [p] = reportPeriods(timing(over), { from: "2024-04-27", to: "2024-12-31" }, { from: null, to: null }, "2024-05-01");
    expect(p).toMatchObject({ dueOn, dueRule });
  });

  it("one-off and end-of-model reports are labelled with their span", () => {
    const [once] = reportPeriods(timing({ frequency: "ONCE", dueOn: "2024-12-25" }), { from: "2024-04-27", to: "2024-12-31" }, { from: null, to: null }, "2024-05-01");
    expect(once).toMatchObject({ key: "ONCE", start: "2024-04-27", end: "2024-12-25", label: "Kết quả thực hiện từ 27/04/2024 đến 25/12/2024" });
    const [end] = reportPeriods(timing({ frequency: "END_OF_MODEL" }), { from: "2026-02-23", to: "2026-03-23" }, { from: null, to: null }, "2026-02-23");
    expect(end).toMatchObject({ key: "END", start: "2026-02-23", end: "2026-03-23", label: "Cả thời gian thực hiện mô hình (từ 23/02/2026 đến 23/03/2026)" });
    // A unit ending before the model's end cuts it: the report is due its last day.
    const [cut] = reportPeriods(timing({ frequency: "END_OF_MODEL" }), { from: "2025-03-01", to: "2025-12-31" }, { from: null, to: "2025-06-30" }, "2025-03-01");
    expect(cut).toMatchObject({ end: "2025-06-30", dueOn: "2025-06-30" });
    // … and with days after the period, by its last day all the same.
    const [late] = reportPeriods(timing({ frequency: "END_OF_MODEL", dueDaysAfterPeriod: 10 }), { from: "2025-03-01", to: "2025-12-31" }, { from: null, to: "2025-06-30" }, "2025-03-01");
    expect(late).toMatchObject({ end: "2025-06-30", dueOn: "2025-06-30", dueRule: CUT });
    // An open-ended model asks for no end-of-model report, nor one before it starts.
    expect(reportPeriods(timing({ frequency: "END_OF_MODEL" }), { from: "2025-03-01", to: null }, { from: null, to: null }, "2025-03-01")).toEqual([]);
    expect(reportPeriods(timing({ frequency: "ONCE", dueOn: "2025-02-01" }), { from: "2025-03-01", to: "2025-12-31" }, { from: null, to: null }, "2025-04-01")).toEqual([]);
    expect(reportPeriods(timing({ frequency: "ONCE", dueOn: "2025-12-01" }), { from: "2025-03-01", to: "2025-12-31" }, { from: null, to: null }, "2025-02-28")).toEqual([]);
    expect(reportPeriods(timing({ frequency: "ONCE", dueOn: "2025-12-01" }), { from: "2025-03-01", to: "2025-12-31" }, { from: null, to: null }, "2025-03-01")).toHaveLength(1);
  });
});
