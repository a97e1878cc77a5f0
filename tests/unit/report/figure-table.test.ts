/**
 * The whole figure table of a report, row by row (key, Vietnamese label, kind, value, drill-down,
 * sub-row), for one period's counts; and the edge cases: nothing counted, a target met,
 * unknown letter events, the formatting of each kind.
 */
import { beforeEach, describe, expect, it } from "vitest";
import {
  NOT_COMPUTABLE_766,
  buildFigures,
  figureValue,
  formatFigure,
  rate,
  sameDayTargets,
  sectionHasData,
  type FigureRow,
  type FigureSet,
  type RawFigures,
} from "../../../src/domain/report";
import { channelLabel, letterEventLabel, letterTypeLabel } from "../../../src/domain/labels";
import type { LetterEvent } from "../../../src/domain/dossier/letters";

const raw: RawFigures = {
  dossiers: {
    received: 20,
    byChannel: [
      { channel: "DESK", count: 12 },
      { channel: "ONLINE", count: 8 },
    ],
    byModel: [
      { modelId: "m1", modelKey: "phuoc-long-giai-quyet-trong-ngay", modelName: "Trong ngày", received: 10, sameDayEligible: 9, sameDayDone: 8 },
      { modelId: "m2", modelKey: null, modelName: "Thứ Tư", received: 4, sameDayEligible: 0, sameDayDone: 0 },
      { modelId: null, modelKey: null, modelName: null, received: 6, sameDayEligible: 0, sameDayDone: 0 },
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
  sessions: { held: 4, notHeld: 1, questions: 10, answeredOnTime: 7, answeredLate: 1, openOverdue: 2, openNotDue: 0 },
  letters: [
    { type: "CONGRATULATION", event: "MARRIAGE", count: 2 },
    { type: "CONGRATULATION", event: "BIRTH", count: 1 },
    { type: "APOLOGY", event: "LATE_DOSSIER", count: 2 },
  ],
  satisfaction: { satisfied: 8, neutral: 1, unsatisfied: 1 },
  catalogue: { procedures: 40, fullOnline: 10 },
};

type Row = [key: string, label: string, kind: FigureRow["kind"], value: number | null, drill: string | null, sub: boolean];
const compact = (r: FigureRow): Row => [r.key, r.label, r.kind, r.value, r.drill ?? null, r.sub ?? false];

describe("the figure table", () => {
  // Built in each test, not when the file loads, so that the code runs inside the test.
  let set: FigureSet;
  beforeEach(() => {
    set = buildFigures(raw, sameDayTargets);
  });

  it("every section and row, in order", () => {
    const expected: [string, string, Row[]][] = [
    ["received", "Hồ sơ tiếp nhận", [
      ["received", "Tổng số hồ sơ tiếp nhận trong kỳ", "count", 20, "received", false],
      ["channel.DESK", "Trực tiếp tại Bộ phận Một cửa", "count", 12, "channel:DESK", true],
      ["channel.ONLINE", "Trực tuyến", "count", 8, "channel:ONLINE", true],
      ["channel.POSTAL", "Qua bưu chính", "count", 0, "channel:POSTAL", true],
      ["channel.HOME", "Tại nhà người dân", "count", 0, "channel:HOME", true],
      ["model.phuoc-long-giai-quyet-trong-ngay", "Theo mô hình “Trong ngày”", "count", 10, "model:m1", false],
      ["model.m2", "Theo mô hình “Thứ Tư”", "count", 4, "model:m2", false],
      ["model.none", "Không theo mô hình (giải quyết thông thường)", "count", 6, "model:none", false],
    ]],
    ["results", "Kết quả giải quyết (tính đến hết ngày cuối kỳ)", [
      ["resolved", "Đã giải quyết (có kết quả hoặc từ chối)", "count", 16, "resolved", false],
      ["onTime", "Giải quyết trước hạn, đúng hạn", "count", 14, "onTime", true],
      ["late", "Trễ hạn (giải quyết quá hạn hoặc còn tồn quá hạn)", "count", 3, "late", false],
      ["openInTime", "Đang giải quyết, chưa đến hạn", "count", 2, "openInTime", false],
      ["waitingSupplement", "Đang chờ người dân bổ sung (dừng tính thời gian)", "count", 1, "waitingSupplement", false],
      ["onTimeRate", "Tỷ lệ giải quyết đúng hạn", "percent", 82.4, null, false],
      ["meanHours", "Thời gian giải quyết trung bình (giờ)", "hours", 20, null, false],
    ]],
    ["sameDay", "Giải quyết trong ngày", [
      ["sameDay.eligible", "Hồ sơ thuộc diện trả kết quả trong ngày", "count", 9, "sameDay", false],
      ["sameDay.done", "Đã giải quyết ngay trong ngày tiếp nhận", "count", 8, null, true],
      ["sameDay.missed", "Không xong trong ngày", "count", 1, "sameDayMissed", true],
      ["sameDay.rate", "Tỷ lệ giải quyết trong ngày", "percent", 88.9, null, false],
      ["sameDay.rate.phuoc-long-giai-quyet-trong-ngay", "— mô hình “Trong ngày”", "percent", 88.9, "model:m1", true],
    ]],
    ["late", "Hồ sơ trễ hạn và phiếu xin lỗi", [
      ["late.total", "Hồ sơ trễ hạn", "count", 3, "late", false],
      ["late.apologySlips", "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) đã phát hành", "count", 2, "apology", false],
      ["late.withApology", "Hồ sơ trễ hạn có phiếu xin lỗi", "count", 2, null, true],
      ["late.apologyRate", "Tỷ lệ hồ sơ trễ hạn có phiếu xin lỗi", "percent", 66.7, null, false],
    ]],
    ["homeVisits", "Giải quyết thủ tục tại nhà", [
      ["homeVisits.requested", "Yêu cầu giải quyết tại nhà", "count", 5, null, false],
      ["homeVisits.done", "Đã thực hiện tại nhà", "count", 3, "homeVisit", true],
      ["homeVisits.declined", "Từ chối (không thuộc đối tượng)", "count", 1, null, true],
      ["homeVisits.cancelled", "Người dân hủy", "count", 1, null, true],
      ["homeVisits.pending", "Chưa thực hiện", "count", 0, null, true],
    ]],
    ["sessions", "Lắng nghe ý kiến của nhân dân", [
      ["sessions.held", "Buổi gặp mặt đã tổ chức", "count", 4, null, false],
      ["sessions.notHeld", "Buổi theo lịch chưa tổ chức hoặc bị hủy", "count", 1, null, false],
      ["sessions.questions", "Ý kiến, kiến nghị của nhân dân", "count", 10, null, false],
      ["sessions.answeredOnTime", "Đã trả lời đúng hạn", "count", 7, null, true],
      ["sessions.answeredLate", "Đã trả lời quá hạn", "count", 1, null, true],
      ["sessions.openOverdue", "Chưa trả lời, đã quá hạn", "count", 2, null, true],
      ["sessions.openNotDue", "Chưa trả lời, chưa đến hạn", "count", 0, null, true],
      ["sessions.onTimeRate", "Tỷ lệ ý kiến được trả lời đúng hạn", "percent", 70, null, false],
    ]],
    ["letters", "Thư chúc mừng, chia buồn, xin lỗi", [
      ["letters.CONGRATULATION", "Thư chúc mừng", "count", 3, "letter", false],
      ["letters.CONGRATULATION.BIRTH", "— sinh con", "count", 1, null, true],
      ["letters.CONGRATULATION.MARRIAGE", "— kết hôn", "count", 2, null, true],
      ["letters.CONDOLENCE", "Thư chia buồn", "count", 0, "letter", false],
      ["letters.APOLOGY", "Thư xin lỗi", "count", 2, "letter", false],
      ["letters.APOLOGY.LATE_DOSSIER", "— hồ sơ trễ hẹn", "count", 2, null, true],
    ]],
    ["satisfaction", "Mức độ hài lòng của người dân", [
      ["satisfaction.rated", "Lượt đánh giá", "count", 10, "rated", false],
      ["satisfaction.satisfied", "Hài lòng", "percent", 80, null, true],
      ["satisfaction.neutral", "Bình thường", "percent", 10, null, true],
      ["satisfaction.unsatisfied", "Không hài lòng", "percent", 10, "unsatisfied", true],
    ]],
    ["help", "Hỗ trợ người dân", [
      ["help.online", "Hồ sơ trực tuyến được công chức hướng dẫn, hỗ trợ nộp", "count", 3, "onlineHelp", false],
      ["help.onlineRate", "Tỷ lệ trên số hồ sơ trực tuyến", "percent", 37.5, null, true],
      ["help.writtenOnBehalf", "Hồ sơ được công chức viết hộ, điền hộ", "count", 4, "writtenOnBehalf", false],
      ["help.writtenRate", "Tỷ lệ trên số hồ sơ nộp trực tiếp", "percent", 33.3, null, true],
    ]],
    ["quality766", "Chỉ số chất lượng phục vụ theo Quyết định 766/QĐ-TTg (phần tính được từ dữ liệu)", [
      ["q766.progress.onTime", "Tiến độ, kết quả giải quyết — Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", "percent", 82.4, "late", false],
      ["q766.progress.meanHours", "Tiến độ, kết quả giải quyết — Thời gian giải quyết trung bình (giờ)", "hours", 20, null, false],
      ["q766.online.dossiers", "Cung cấp dịch vụ trực tuyến — Tỷ lệ hồ sơ nộp trực tuyến", "percent", 40, "channel:ONLINE", false],
      ["q766.online.procedures", "Cung cấp dịch vụ trực tuyến — Tỷ lệ thủ tục cung cấp dịch vụ công trực tuyến toàn trình", "percent", 25, null, false],
      ["q766.satisfaction.procedures", "Mức độ hài lòng — Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", "percent", 80, "unsatisfied", false],
      ["q766.satisfaction.feedback", "Mức độ hài lòng — Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn", "percent", 70, null, false],
    ]],
    ];
    expect(set.version).toBe(1);
    expect(set.sections.map((s) => [s.key, s.title, s.rows.map(compact)])).toEqual(expected);
  });

  it("rates carry their numerator and denominator; notes and targets where the plan or the decision gives them", () => {
    const row = (key: string) => set.sections.flatMap((s) => s.rows).find((r) => r.key === key)!;
    expect(row("onTimeRate")).toMatchObject({ numerator: 14, denominator: 17, value: 82.4 });
    expect(row("q766.online.procedures")).toMatchObject({ numerator: 10, denominator: 40, value: 25, note: "Theo danh mục thủ tục của đơn vị trên Cổng." });
    expect(row("q766.satisfaction.procedures")).toMatchObject({ numerator: 8, denominator: 10, note: "Số lượt hài lòng / số lượt đánh giá (như dòng «Hài lòng» ở mục Mức độ hài lòng của người dân)." });
    expect(row("q766.satisfaction.feedback").note).toBe("Ý kiến, kiến nghị của nhân dân tại các buổi gặp mặt, trả lời đúng hạn.");
    expect(row("sameDay.rate.phuoc-long-giai-quyet-trong-ngay")).toMatchObject({ target: sameDayTargets["phuoc-long-giai-quyet-trong-ngay"], meetsTarget: false });
    expect(row("sameDay.rate")).not.toHaveProperty("target");
    expect(row("received")).not.toHaveProperty("numerator");
    expect(set.notComputable).toBe(NOT_COMPUTABLE_766);
  });

  it("a model that meets its target, and one without a key, are named by what they have", () => {
    const met = buildFigures(
      { ...raw, dossiers: { ...raw.dossiers, byModel: [{ modelId: "m1", modelKey: "phuoc-long-giai-quyet-trong-ngay", modelName: "Trong ngày", received: 5, sameDayEligible: 5, sameDayDone: 5 }, { modelId: "m3", modelKey: null, modelName: "Không khóa", received: 2, sameDayEligible: 2, sameDayDone: 1 }] } },
      sameDayTargets,
    );
    const rows = met.sections.find((s) => s.key === "sameDay")!.rows;
    expect(rows.find((r) => r.key === "sameDay.rate.phuoc-long-giai-quyet-trong-ngay")).toMatchObject({ value: 100, meetsTarget: true });
    expect(rows.find((r) => r.key === "sameDay.rate.m3")).toMatchObject({ value: 50, drill: "model:m3", sub: true });
    expect(rows.find((r) => r.key === "sameDay.rate.m3")).not.toHaveProperty("meetsTarget");
    expect(figureValue(met, "model.none")).toBe(0);
    expect(figureValue(met, "sameDay.eligible")).toBe(7);
    expect(figureValue(met, "sameDay.missed")).toBe(1);
  });

  it("nothing counted: counts are 0, rates and hours empty, and no section has data", () => {
    const none = buildFigures(
      {
        dossiers: { ...raw.dossiers, received: 0, byChannel: [], byModel: [], resolved: 0, resolvedOnTime: 0, resolvedLate: 0, openLate: 0, openInTime: 0, waitingSupplement: 0, apologySlips: 0, lateWithApology: 0, onlineHelp: 0, writtenOnBehalf: 0, meanResolutionHours: null },
        homeVisits: { requested: 0, done: 0, declined: 0, cancelled: 0, pending: 0 },
        sessions: { held: 0, notHeld: 0, questions: 0, answeredOnTime: 0, answeredLate: 0, openOverdue: 0, openNotDue: 0 },
        letters: [],
        satisfaction: { satisfied: 0, neutral: 0, unsatisfied: 0 },
        catalogue: { procedures: 0, fullOnline: 0 },
      },
      {},
    );
    const rows = none.sections.flatMap((s) => s.rows);
    expect(rows.filter((r) => r.kind === "count").every((r) => r.value === 0)).toBe(true);
    expect(rows.filter((r) => r.kind !== "count").map((r) => r.value)).toEqual(rows.filter((r) => r.kind !== "count").map(() => null));
    expect(none.sections.map(sectionHasData)).toEqual(none.sections.map(() => false));
    expect(set.sections.map(sectionHasData)).toEqual(set.sections.map(() => true));
  });

  it("a section has data with one count above zero, or one rate over a real denominator", () => {
    const section = (rows: FigureRow[]) => ({ key: "x", title: "x", rows });
    expect(sectionHasData(section([{ key: "a", label: "a", kind: "count", value: 0 }]))).toBe(false);
    expect(sectionHasData(section([{ key: "a", label: "a", kind: "count", value: null }]))).toBe(false);
    expect(sectionHasData(section([{ key: "a", label: "a", kind: "count", value: 1 }]))).toBe(true);
    expect(sectionHasData(section([{ key: "a", label: "a", kind: "percent", value: 0, numerator: 0, denominator: 3 }]))).toBe(true);
    expect(sectionHasData(section([{ key: "a", label: "a", kind: "percent", value: 0, numerator: 0, denominator: 0 }]))).toBe(false);
    expect(sectionHasData(section([{ key: "a", label: "a", kind: "hours", value: 2 }]))).toBe(true);
    expect(sectionHasData(section([{ key: "a", label: "a", kind: "hours", value: null }]))).toBe(false);
    expect(sectionHasData(section([]))).toBe(false);
  });

  it("an event without a label is shown by its code; rows are looked up by key", () => {
    const odd = buildFigures({ ...raw, letters: [{ type: "CONDOLENCE", event: "FLOOD" as LetterEvent, count: 1 }] }, {});
    expect(odd.sections.find((s) => s.key === "letters")!.rows.map(compact)).toEqual([
      ["letters.CONGRATULATION", "Thư chúc mừng", "count", 0, "letter", false],
      ["letters.CONDOLENCE", "Thư chia buồn", "count", 1, "letter", false],
      ["letters.CONDOLENCE.FLOOD", "— flood", "count", 1, null, true],
      ["letters.APOLOGY", "Thư xin lỗi", "count", 0, "letter", false],
    ]);
    expect(figureValue(odd, "no.such.row")).toBeUndefined();
  });

  it("labels for every channel, letter type and event", () => {
    expect(channelLabel).toEqual({ DESK: "Trực tiếp tại Bộ phận Một cửa", ONLINE: "Trực tuyến", POSTAL: "Qua bưu chính", HOME: "Tại nhà người dân" });
    expect(letterTypeLabel).toEqual({ CONGRATULATION: "Thư chúc mừng", CONDOLENCE: "Thư chia buồn", APOLOGY: "Thư xin lỗi" });
    expect(Object.keys(letterEventLabel).sort()).toEqual(["ACCIDENT", "BIRTH", "DEATH", "FIRE", "LATE_DOSSIER", "MARRIAGE", "NEW_HOUSE", "OTHER", "SERVICE_INCIDENT"]);
  });

  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [3, 3, 100],
    [0, 5, 0],
    [1, 0, null],
    [1, -1, null],
  ])("rate %i / %i = %s", (n, d, r) => {
    expect(rate(n, d)).toBe(r);
  });

  it.each<[FigureRow["kind"], number | null, string]>([
    ["percent", 100, "100,0 %"],
    ["percent", 0, "0,0 %"],
    ["hours", 20.04, "20"],
    ["hours", 1.25, "1,3"],
    ["hours", null, "—"],
    ["count", 1234, "1.234"],
    ["count", 0, "0"],
    ["count", null, "—"],
  ])("a %s of %s reads %s", (kind, value, text) => {
    expect(formatFigure({ kind, value })).toBe(text);
  });
});
