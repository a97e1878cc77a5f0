import { describe, expect, it } from "vitest";
import { citationBlanks, endedPlanValidTo, issueProblems, planStatusOn, versionOnPlanEnd, type PlanForIssue } from "../../../src/domain/plan/status";

describe("planStatusOn", () => {
  it.each([
    ["DRAFT", "2024-03-01", null, "2026-01-01", "DRAFT"],
    ["ISSUED", "2024-03-01", null, "2024-02-20", "ISSUED"],
    ["ISSUED", "2024-03-01", null, "2024-03-01", "IN_FORCE"],
    ["IN_FORCE", "2024-03-01", "2024-12-31", "2024-12-31", "IN_FORCE"],
    ["IN_FORCE", "2024-03-01", "2024-12-31", "2025-01-01", "ENDED"],
    ["ISSUED", "2024-03-01", "2024-12-31", "2025-06-01", "ENDED"],
    // Ended by hand before its date: stays ended.
    ["ENDED", "2024-03-01", "2025-12-31", "2024-06-01", "ENDED"],
  ] as const)("%s from %s to %s, on %s → %s", (status, validFrom, validTo, today, expected) => {
    expect(planStatusOn({ status, validFrom, validTo }, today)).toBe(expected);
  });
});

const phoNhon: PlanForIssue = {
  title: "Thực hiện mô hình “Ngày thứ Tư không hẹn”",
  symbol: "KH-UBND",
  signingPlace: "Phổ Nhơn",
  number: null,
  signedYear: 2024,
  signedMonth: 2,
  signedDay: null,
  validFrom: "2024-03-01",
  validTo: null,
  signerName: "Nguyễn Bảo Toàn",
  signerTitle: "Chủ tịch Ủy ban nhân dân xã Phổ Nhơn",
  modelCount: 2,
};

describe("issueProblems and citationBlanks", () => {
  it("a plan with a blank number and day may be issued, the blanks being named", () => {
    expect(issueProblems(phoNhon)).toEqual([]);
    expect(citationBlanks(phoNhon)).toEqual(["số văn bản", "ngày ký"]);
    expect(citationBlanks({ number: "32", signedMonth: 3, signedDay: 7 })).toEqual([]);
  });

  it("names what is missing", () => {
    expect(issueProblems({ ...phoNhon, signingPlace: " ", signedYear: null, validFrom: null, signerName: null, modelCount: 0 })).toEqual([
      "Chưa có địa danh ban hành.",
      "Chưa có năm ký.",
      "Chưa có ngày bắt đầu thực hiện.",
      "Chưa có người ký và chức vụ.",
      "Kế hoạch chưa có mô hình nào.",
    ]);
    expect(issueProblems({ ...phoNhon, validTo: "2024-02-01" })).toEqual(["Ngày kết thúc trước ngày bắt đầu thực hiện."]);
  });
});

describe("ending a plan by hand after a last day", () => {
  const version = (effectiveFrom: string, validFrom: string, validTo: string | null, dossierCount = 0) => ({ effectiveFrom, validFrom, validTo, dossierCount });
  it.each([
    ["runs past the day: cut", version("2024-03-01", "2024-03-01", null), "CUT"],
    ["ends after the day: cut", version("2024-03-01", "2024-03-01", "2025-12-31"), "CUT"],
    ["ends on the day: kept", version("2024-03-01", "2024-03-01", "2024-06-30"), "KEEP"],
    ["ended before: kept", version("2023-01-01", "2023-01-01", "2023-12-31"), "KEEP"],
    ["an amendment effective later: dropped", version("2024-09-01", "2024-03-01", null), "DROP"],
    ["a model starting later: dropped", version("2024-07-01", "2024-07-01", null), "DROP"],
    ["starting later but with dossiers already: cut, never dropped", version("2024-07-01", "2024-07-01", null, 2), "CUT"],
    ["starting the day after, with dossiers, ending before its own end: cut", version("2024-07-01", "2024-07-01", "2024-12-31", 1), "CUT"],
  ] as const)("%s", (_what, v, expected) => {
    expect(versionOnPlanEnd(v, "2024-06-30")).toBe(expected);
  });

  it("the plan's last day is the day given, or its own earlier end", () => {
    expect(endedPlanValidTo(null, "2024-06-30")).toBe("2024-06-30");
    expect(endedPlanValidTo("2025-12-31", "2024-06-30")).toBe("2024-06-30");
    expect(endedPlanValidTo("2024-05-31", "2024-06-30")).toBe("2024-05-31");
  });
});
