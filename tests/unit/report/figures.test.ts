import { beforeEach, describe, expect, it } from "vitest";
import {
  buildFigures,
  figureValue,
  formatFigure,
  lineChart,
  monthsBetween,
  placeDateLine,
  rate,
  reportDocument,
  reportSymbol,
  sameDayTargets,
  signatureLines,
  type FigureSet,
  type RawFigures,
} from "../../../src/domain/report";

const raw: RawFigures = {
  dossiers: {
    received: 20,
    byChannel: [
      { channel: "DESK", count: 12 },
      { channel: "ONLINE", count: 8 },
    ],
    byModel: [
      { modelId: "m1", modelKey: "phuoc-long-giai-quyet-trong-ngay", modelName: "Trong ngày", received: 10, sameDayEligible: 9, sameDayDone: 8 },
      { modelId: null, modelKey: null, modelName: null, received: 10, sameDayEligible: 0, sameDayDone: 0 },
    ],
    resolved: 16,
    resolvedOnTime: 14,
    resolvedLate: 2,
    openLate: 1,
    openInTime: 2,
    waitingSupplement: 1,
    apologySlips: 2,
    lateWithApology: 2,
    onlineHelp: 3,
    writtenOnBehalf: 4,
    meanResolutionHours: 20.04,
  },
  homeVisits: { requested: 5, done: 3, declined: 1, cancelled: 1, pending: 0 },
  sessions: { held: 4, notHeld: 0, questions: 10, answeredOnTime: 7, answeredLate: 1, openOverdue: 2, openNotDue: 0 },
  letters: [
    { type: "CONGRATULATION", event: "MARRIAGE", count: 2 },
    { type: "APOLOGY", event: "LATE_DOSSIER", count: 2 },
  ],
  satisfaction: { satisfied: 8, neutral: 1, unsatisfied: 1 },
  catalogue: { procedures: 40, fullOnline: 10 },
};

describe("figures", () => {
  // Built in each test, not when the file loads, so that the code runs inside the test.
  let set: FigureSet;
  beforeEach(() => {
    set = buildFigures(raw, sameDayTargets);
  });
  it("forms the rates from the counts", () => {
    expect(figureValue(set, "onTimeRate")).toBe(rate(14, 17));
    expect(figureValue(set, "late")).toBe(3);
    expect(figureValue(set, "sameDay.rate")).toBe(88.9);
    expect(figureValue(set, "satisfaction.satisfied")).toBe(80);
    // One rate of satisfaction in the report, not two.
    expect(figureValue(set, "q766.satisfaction.procedures")).toBe(figureValue(set, "satisfaction.satisfied"));
    expect(figureValue(set, "q766.online.dossiers")).toBe(40);
    expect(figureValue(set, "sessions.onTimeRate")).toBe(70);
    expect(figureValue(set, "letters.CONGRATULATION")).toBe(2);
    expect(figureValue(set, "meanHours")).toBe(20);
  });

  it("compares Phước Long's same-day rate with the plan's 100 % target", () => {
    const row = set.sections.find((s) => s.key === "sameDay")!.rows.find((r) => r.key === "sameDay.rate.phuoc-long-giai-quyet-trong-ngay")!;
    expect(row.target?.percent).toBe(100);
    expect(row.meetsTarget).toBe(false);
    expect(row.drill).toBe("model:m1");
  });

  it("names the Decision 766 indicators it cannot compute, with a reason", () => {
    expect(set.notComputable.map((n) => n.group)).toEqual(expect.arrayContaining(["Công khai, minh bạch", "Số hóa hồ sơ", "Cung cấp dịch vụ trực tuyến", "Mức độ hài lòng"]));
    expect(set.notComputable.every((n) => n.reason.length > 20)).toBe(true);
  });

  it("shows an empty rate as a dash, never a division by zero", () => {
    expect(rate(0, 0)).toBeNull();
    expect(formatFigure({ kind: "percent", value: null })).toBe("—");
    expect(formatFigure({ kind: "percent", value: 88.9 })).toBe("88,9 %");
  });
});

describe("official document layout (Decree 30/2020)", () => {
  it("writes the date with leading zeros for days below 10 and for January and February", () => {
    expect(placeDateLine("An Dũng", "2024-03-05")).toBe("An Dũng, ngày 05 tháng 3 năm 2024");
    expect(placeDateLine("An Dũng", "2024-02-15")).toBe("An Dũng, ngày 15 tháng 02 năm 2024");
  });

  it("a commune's report: committee header, BC-UBND, collective signature", () => {
    const doc = reportDocument({
      unit: { name: "Xã An Dũng", kind: "COMMUNE" },
      parent: { name: "Huyện An Lão", kind: "DISTRICT" },
      placeUnit: { name: "Xã An Dũng", kind: "COMMUNE" },
      number: "15",
      date: "2024-03-20",
      obligationTitle: "Báo cáo kết quả thực hiện các mô hình theo quý (lồng ghép báo cáo CCHC định kỳ)",
      periodLabel: "Quý I năm 2024",
      periodStart: "2023-12-15",
      periodEnd: "2024-03-14",
      reviewerName: "Phòng Nội vụ huyện An Lão",
      signerPosition: "Chủ tịch UBND xã",
      signerName: "Đình Văn Phiên",
    });
    expect(doc.issuingBody.map((l) => l.text)).toEqual(["ỦY BAN NHÂN DÂN", "XÃ AN DŨNG"]);
    expect(doc.numberLine).toBe("Số: 15/BC-UBND");
    expect(doc.placeDate).toBe("An Dũng, ngày 20 tháng 3 năm 2024");
    expect(doc.subtitle).toBe("Báo cáo kết quả thực hiện các mô hình theo quý, quý I năm 2024 (từ 15/12/2023 đến 14/03/2024)");
    expect(doc.signature).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
    expect(doc.recipients[0]).toBe("- Phòng Nội vụ huyện An Lão (để báo cáo);");
  });

  it("a department signs under its head's title; a vice-chair signs on the chair's behalf", () => {
    expect(reportSymbol({ name: "Phòng Tư pháp thị xã Phước Long", kind: "DEPARTMENT" })).toBe("BC-PTP");
    expect(signatureLines({ name: "Trung tâm Phục vụ hành chính công xã Luận Thành", kind: "ONE_STOP_CENTRE" }, "Phó Giám đốc Trung tâm PVHCC")).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]);
    expect(signatureLines({ name: "Xã Phổ Nhơn", kind: "COMMUNE" }, "Phó Chủ tịch UBND xã")).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
  });
});

describe("chart geometry", () => {
  it("breaks the line at months without data and scales 0–100 % into the plot", () => {
    const months = monthsBetween("2024-11", "2025-02");
    expect(months).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    const c = lineChart(months.map((month, i) => ({ month, value: i === 1 ? null : i * 25 })), { width: 300, height: 100 });
    expect(c.paths).toHaveLength(2);
    expect(c.dots).toHaveLength(3);
    expect(c.dots[0]!.y).toBe(c.plot.bottom);
    expect(c.xTicks.map((t) => t.label)).toEqual(["11/2024", "12/2024", "1/2025", "2/2025"]);
  });
});
