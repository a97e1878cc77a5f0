import { describe, expect, it } from "vitest";
import { canEditReport, canReviewReport, coverageRoots, reportState, submitRefusal, type CoverageUnit } from "../../../src/domain/report";

describe("report state as both sides see it", () => {
  const base = { status: "DRAFT" as const, version: 0, started: false, dueOn: "2024-03-20", firstSubmittedOn: null };
  it.each([
    [{ ...base }, "2024-03-20", "NOT_STARTED", false],
    [{ ...base, started: true }, "2024-03-19", "DRAFT", false],
    [{ ...base, started: true }, "2024-03-21", "OVERDUE", true],
    [{ ...base }, "2024-03-21", "OVERDUE", true],
    [{ ...base, status: "SUBMITTED" as const, version: 1, firstSubmittedOn: "2024-03-19" }, "2024-04-01", "SUBMITTED", false],
    [{ ...base, status: "RETURNED" as const, version: 1, firstSubmittedOn: "2024-03-19" }, "2024-03-20", "RETURNED", false],
    [{ ...base, status: "RETURNED" as const, version: 1, firstSubmittedOn: "2024-03-19" }, "2024-03-25", "OVERDUE", true],
    [{ ...base, status: "ACCEPTED" as const, version: 2, firstSubmittedOn: "2024-03-22" }, "2024-04-01", "ACCEPTED", false],
  ])("%o on %s → %s", (input, today, state, overdue) => {
    expect(reportState(input, today)).toMatchObject({ state, overdue });
  });

  it("a report submitted on its due day and returned after it is 'Bị trả lại' with its own deadline, not overdue", () => {
    const returned = { ...base, status: "RETURNED" as const, version: 1, firstSubmittedOn: "2024-03-20", returnedOn: "2024-03-22" };
    expect(reportState(returned, "2024-03-22")).toMatchObject({ state: "RETURNED", overdue: false, submittedLate: false, resubmitBy: "2024-03-27" });
    expect(reportState(returned, "2024-03-27")).toMatchObject({ state: "RETURNED", overdue: false });
    expect(reportState(returned, "2024-03-28")).toMatchObject({ state: "OVERDUE", overdue: true });
    // Returned well before the due day: the original due day still applies.
    expect(reportState({ ...returned, firstSubmittedOn: "2024-03-01", returnedOn: "2024-03-02" }, "2024-03-20").resubmitBy).toBe("2024-03-20");
  });

  it("flags a late first submission", () => {
    expect(reportState({ ...base, status: "ACCEPTED", version: 1, firstSubmittedOn: "2024-03-22" }, "2024-04-01").submittedLate).toBe(true);
    expect(reportState({ ...base, status: "ACCEPTED", version: 1, firstSubmittedOn: "2024-03-20" }, "2024-04-01").submittedLate).toBe(false);
  });

  it("allows writing only while the report is with the unit, reviewing only once submitted", () => {
    expect(["DRAFT", "RETURNED", "SUBMITTED", "ACCEPTED"].map((s) => canEditReport(s as never))).toEqual([true, true, false, false]);
    expect(["DRAFT", "RETURNED", "SUBMITTED", "ACCEPTED"].map((s) => canReviewReport(s as never))).toEqual([false, false, true, false]);
  });

  it("refuses a submission before the last day of the period or without results", () => {
    const r = { status: "DRAFT" as const, periodEnd: "2024-03-14", narrativeResults: "Kết quả" };
    expect(submitRefusal(r, "2024-03-13")).toBe("PERIOD_NOT_OVER");
    expect(submitRefusal(r, "2024-03-14")).toBeNull();
    expect(submitRefusal({ ...r, narrativeResults: "  " }, "2024-03-20")).toBe("NO_RESULTS_TEXT");
    expect(submitRefusal({ ...r, status: "SUBMITTED" }, "2024-03-20")).toBe("NOT_WITH_UNIT");
  });
});

describe("what a report covers", () => {
  const commune: CoverageUnit = { id: "an-dung", kind: "COMMUNE", parentId: "an-lao", parentKind: "DISTRICT" };
  it("a commune covers itself (and, in SQL, everything under it)", () => {
    expect(coverageRoots(commune, [])).toEqual(["an-dung"]);
  });
  it("a one-stop centre or an office of a commune reports for the commune", () => {
    expect(coverageRoots({ id: "desk", kind: "ONE_STOP_CENTRE", parentId: "an-dung", parentKind: "COMMUNE" }, [])).toEqual(["an-dung"]);
    expect(coverageRoots({ id: "vp", kind: "DEPARTMENT", parentId: "an-dung", parentKind: "COMMUNE" }, [])).toEqual(["an-dung"]);
  });
  it("a district department covers only itself", () => {
    expect(coverageRoots({ id: "tu-phap", kind: "DEPARTMENT", parentId: "phuoc-long", parentKind: "DISTRICT" }, [])).toEqual(["tu-phap"]);
  });
  it("a unit summarising other units' reports covers what they cover", () => {
    const wards = [
      { id: "w2", kind: "WARD", parentId: "pl", parentKind: "DISTRICT" },
      { id: "w1", kind: "WARD", parentId: "pl", parentKind: "DISTRICT" },
      { id: "desk", kind: "ONE_STOP_CENTRE", parentId: "w1", parentKind: "WARD" },
    ] satisfies CoverageUnit[];
    expect(coverageRoots({ id: "noi-vu", kind: "DEPARTMENT", parentId: "pl", parentKind: "DISTRICT" }, wards)).toEqual(["w1", "w2"]);
  });
});
