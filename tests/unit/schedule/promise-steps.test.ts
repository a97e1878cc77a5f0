/**
 * The explanation a citizen reads under a promise, sentence by sentence, for each way a
 * promise is made: a model's minutes, same day, working days, the Friday rule, the law with
 * and without a cut-off, a deemed receipt, a refusal by a model's cut-off.
 */
import { describe, expect, it } from "vitest";
import { CERTIFICATION_RULE, promiseResult, regimeAt, toLocalDate, type Channel, type ModelRule, type ServiceModelDef } from "../../../src/domain/schedule";
import { ALL_MODELS, CALENDAR, OFFICE_HOURS, P, PHO_NHON, UNITS, at, proc } from "./fixtures";

const run = (unit: string, procedureId: string, date: string, time: string, channel: Channel = "DESK", models: ServiceModelDef[] = ALL_MODELS) =>
  promiseResult({ procedure: proc(procedureId), unitId: unit, receivedAt: at(date, time), channel, models, officeHours: OFFICE_HOURS, calendar: CALENDAR });
const law = (date: string) => `Áp dụng ${regimeAt(date).name}.`;
const custom = (over: Partial<ModelRule>): ServiceModelDef => ({
  ...PHO_NHON,
  modelId: "thu",
  name: "Mô hình thử",
  versions: [{ ...PHO_NHON.versions[0]!, versionId: "thu-v1", modelId: "thu", intakeCutoff: null, ...over }],
});

describe("the steps of a promise", () => {
  it("a model's minutes, the same day", () => {
    expect(run(UNITS.PHO_NHON, P.CT_SAO_Y, "2024-03-06", "10:00").steps).toEqual([
      "Nộp lúc 10:00 thứ Tư 06/03/2024 (trực tiếp tại Bộ phận Một cửa).",
      "Áp dụng mô hình «Ngày thứ Tư không hẹn»: giải quyết trong 60 phút làm việc.",
      "Nộp lúc 10:00 thứ Tư 06/03/2024 → trả kết quả trước 11:00 cùng ngày.",
    ]);
  });

  it("after a model's cut-off: the refusal, then the law", () => {
    const r = run(UNITS.PHO_NHON, P.XN_HON_NHAN, "2024-03-06", "15:31");
    expect(r.basis).toEqual({ kind: "STATUTORY" });
    expect(r.steps).toEqual([
      "Nộp lúc 15:31 thứ Tư 06/03/2024 (trực tiếp tại Bộ phận Một cửa).",
      "Nộp sau 15:30, giờ nhận hồ sơ cuối của mô hình «Ngày thứ Tư không hẹn», nên không áp dụng mô hình.",
      law("2024-03-06"),
      "Thời hạn 3 ngày làm việc, không tính ngày tiếp nhận 06/03/2024 (Bộ luật Dân sự 2015, Điều 147 khoản 2), không tính thứ Bảy, Chủ nhật: ngày làm việc thứ 3 là thứ Hai 11/03/2024.",
      "Nộp lúc 15:31 thứ Tư 06/03/2024 → trả kết quả trước 17:00 thứ Hai 11/03/2024.",
    ]);
  });

  it("the law over Tết: the days off skipped are named, one run per name", () => {
    const r = run(UNITS.OTHER, P.XN_HON_NHAN, "2024-02-07", "10:00");
    expect(r.steps.slice(1)).toEqual([
      law("2024-02-07"),
      "Thời hạn 3 ngày làm việc, không tính ngày tiếp nhận 07/02/2024 (Bộ luật Dân sự 2015, Điều 147 khoản 2), không tính thứ Bảy, Chủ nhật và ngày nghỉ Tết Nguyên đán Giáp Thìn (08/02/2024–14/02/2024): ngày làm việc thứ 3 là thứ Hai 19/02/2024.",
      "Nộp lúc 10:00 thứ Tư 07/02/2024 → trả kết quả trước 17:00 thứ Hai 19/02/2024.",
    ]);
    // A single day off is named with its date alone.
    const one = run(UNITS.OTHER, P.XN_HON_NHAN, "2024-04-16", "10:00");
    expect(one.steps[2]).toContain("không tính thứ Bảy, Chủ nhật và ngày nghỉ Giỗ Tổ Hùng Vương (18/04/2024): ngày làm việc thứ 3 là thứ Hai 22/04/2024.");
  });

  it("a same-day procedure before and after the sector's cut-off", () => {
    expect(run(UNITS.OTHER, P.CT_SAO_Y, "2024-03-07", "10:00").steps.slice(1)).toEqual([
      law("2024-03-07"),
      "Thủ tục giải quyết trong ngày tiếp nhận.",
      "Nộp lúc 10:00 thứ Năm 07/03/2024 → trả kết quả trước 17:00 cùng ngày.",
    ]);
    expect(run(UNITS.OTHER, P.CT_SAO_Y, "2024-03-07", "15:01").steps.slice(1)).toEqual([
      law("2024-03-07"),
      `Thủ tục giải quyết trong ngày; tiếp nhận sau 15:00 nên trả trong ngày làm việc tiếp theo (${CERTIFICATION_RULE.instrument}, ${CERTIFICATION_RULE.article}): thứ Sáu 08/03/2024.`,
      "Nộp lúc 15:01 thứ Năm 07/03/2024 → trả kết quả trước 17:00 thứ Sáu 08/03/2024.",
    ]);
  });

  it("outside office hours and on a day off the dossier is deemed received at the next opening", () => {
    expect(run(UNITS.OTHER, P.CT_SAO_Y, "2024-03-06", "18:00", "ONLINE").steps.slice(0, 2)).toEqual([
      "Nộp lúc 18:00 thứ Tư 06/03/2024 (trực tuyến).",
      "Hồ sơ nộp ngoài giờ làm việc được tính là tiếp nhận lúc 07:00 thứ Năm 07/03/2024.",
    ]);
    expect(run(UNITS.OTHER, P.CT_SAO_Y, "2024-02-10", "09:00", "POSTAL").steps.slice(0, 2)).toEqual([
      "Nộp lúc 09:00 thứ Bảy 10/02/2024 (qua bưu chính).",
      "Hồ sơ nộp vào ngày nghỉ (Tết Nguyên đán Giáp Thìn) được tính là tiếp nhận lúc 07:00 thứ Năm 15/02/2024.",
    ]);
  });

  it("home visits: received at home, under the law's time", () => {
    const r = run(UNITS.LX_MY_BINH, P.CT_CHU_KY, "2024-06-06", "09:00", "HOME");
    expect(r.steps[0]).toBe("Nộp lúc 09:00 thứ Năm 06/06/2024 (tại nhà).");
    expect(r.basis).toEqual({ kind: "STATUTORY" });
  });

  it.each<[string, Partial<ModelRule>, string]>([
    ["same day", { turnaround: { kind: "SAME_DAY" } }, "Áp dụng mô hình «Mô hình thử»: trả kết quả trong ngày."],
    ["working days", { turnaround: { kind: "WORKING_DAYS", days: 1 } }, "Áp dụng mô hình «Mô hình thử»: giải quyết trong 1 ngày làm việc."],
  ])("a model's %s", (_name, over, step) => {
    const r = run(UNITS.PHO_NHON, P.XN_HON_NHAN, "2024-03-06", "10:00", "DESK", [custom(over)]);
    expect(r.basis).toEqual({ kind: "MODEL", modelId: "thu", versionId: "thu-v1" });
    expect(r.steps[1]).toBe(step);
  });

  it("the Friday rule: a model of the law's time still returns a Friday dossier that Friday", () => {
    const friday = custom({ turnaround: { kind: "STATUTORY" }, noDeferralPastWeekend: true, recurrence: { rrule: "FREQ=WEEKLY;BYDAY=FR", dates: [], exdates: [] } });
    const r = run(UNITS.PHO_NHON, P.XN_HON_NHAN, "2024-03-08", "16:00", "DESK", [friday]);
    expect(toLocalDate(r.promisedAt)).toBe("2024-03-08");
    expect(r.steps.slice(1)).toEqual([
      "Áp dụng mô hình «Mô hình thử»: thời hạn theo quy định.",
      "Mô hình không để hồ sơ ngày thứ Sáu hẹn sang tuần sau: trả kết quả ngay trong ngày thứ Sáu.",
      "Nộp lúc 16:00 thứ Sáu 08/03/2024 → trả kết quả trước 17:00 cùng ngày.",
    ]);
    // Without the Friday rule a model of the law's time promises nothing of its own.
    expect(run(UNITS.PHO_NHON, P.XN_HON_NHAN, "2024-03-08", "16:00", "DESK", [{ ...friday, versions: [{ ...friday.versions[0]!, noDeferralPastWeekend: false }] }]).basis).toEqual({ kind: "STATUTORY" });
  });

  it("refuses an invalid instant", () => {
    expect(() =>
      promiseResult({ procedure: proc(P.CT_SAO_Y), unitId: UNITS.OTHER, receivedAt: new Date(Number.NaN), channel: "DESK", models: [], officeHours: OFFICE_HOURS, calendar: CALENDAR }),
    ).toThrow("Thời điểm nộp không hợp lệ");
  });
});
