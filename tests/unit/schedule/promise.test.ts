import { describe, expect, it } from "vitest";
import {
  deemedReceipt,
  formatInstantVi,
  promiseResult,
  type Channel,
  type LocalDate,
  type LocalTime,
  type ProcedureTiming,
} from "../../../src/domain/schedule";
import {
  ALL_MODELS,
  CALENDAR,
  OFFICE_HOURS,
  OFFICE_HOURS_LUAN_THANH,
  P,
  UNITS,
  at,
  proc,
} from "./fixtures";

function promise(
  unit: string,
  procedure: ProcedureTiming | string,
  date: LocalDate,
  time: LocalTime,
  channel: Channel = "DESK",
  asOf?: LocalDate,
) {
  return promiseResult({
    procedure: typeof procedure === "string" ? proc(procedure) : procedure,
    unitId: unit,
    receivedAt: at(date, time),
    channel,
    models: ALL_MODELS,
    officeHours: unit === UNITS.LUAN_THANH ? OFFICE_HOURS_LUAN_THANH : OFFICE_HOURS,
    calendar: CALENDAR,
    asOf,
  });
}

const local = (d: Date) => formatInstantVi(d);

describe("promise table: every plan", () => {
  it.each([
    // unit, procedure, date, time, channel, promised, basis model (or null), statutory bound
    // 002 Phổ Nhơn: 60 working minutes, 07:00–15:30 intake
    [UNITS.PHO_NHON, P.CT_SAO_Y, "2024-03-06", "10:00", "DESK", "11:00 thứ Tư 06/03/2024", "pho-nhon-thu-tu-khong-hen", "17:00 thứ Tư 06/03/2024"],
    [UNITS.PHO_NHON, P.CT_SAO_Y, "2024-03-06", "07:00", "DESK", "08:00 thứ Tư 06/03/2024", "pho-nhon-thu-tu-khong-hen", "17:00 thứ Tư 06/03/2024"],
    [UNITS.PHO_NHON, P.CT_SAO_Y, "2024-03-06", "11:00", "DESK", "14:00 thứ Tư 06/03/2024", "pho-nhon-thu-tu-khong-hen", "17:00 thứ Tư 06/03/2024"],
    [UNITS.PHO_NHON, P.CT_SAO_Y, "2024-03-06", "15:30", "DESK", "16:30 thứ Tư 06/03/2024", "pho-nhon-thu-tu-khong-hen", "17:00 thứ Năm 07/03/2024"],
    [UNITS.PHO_NHON, P.CT_SAO_Y, "2024-03-06", "16:30", "DESK", "17:00 thứ Năm 07/03/2024", null, "17:00 thứ Năm 07/03/2024"],
    [UNITS.PHO_NHON, P.CT_SAO_Y, "2024-03-06", "15:31", "DESK", "17:00 thứ Năm 07/03/2024", null, "17:00 thứ Năm 07/03/2024"],
    [UNITS.PHO_NHON, P.XN_HON_NHAN, "2024-03-06", "15:31", "DESK", "17:00 thứ Hai 11/03/2024", null, "17:00 thứ Hai 11/03/2024"],
    [UNITS.PHO_NHON, P.GIA_HAN_DAT, "2024-03-06", "14:15", "DESK", "15:15 thứ Tư 06/03/2024", "pho-nhon-thu-tu-khong-hen", "17:00 thứ Sáu 15/03/2024"],
    [UNITS.PHO_NHON, P.CT_SAO_Y, "2024-03-06", "06:59", "DESK", "17:00 thứ Tư 06/03/2024", null, "17:00 thứ Tư 06/03/2024"],
    [UNITS.PHO_NHON, P.CT_SAO_Y, "2024-03-06", "10:00", "ONLINE", "17:00 thứ Tư 06/03/2024", null, "17:00 thứ Tư 06/03/2024"],
    [UNITS.PHO_NHON, P.XAY_DUNG, "2024-03-06", "10:00", "DESK", "17:00 thứ Tư 27/03/2024", null, "17:00 thứ Tư 27/03/2024"],
    [UNITS.PHO_NHON, P.CT_SAO_Y, "2024-02-28", "10:00", "DESK", "17:00 thứ Tư 28/02/2024", null, "17:00 thứ Tư 28/02/2024"],
    // a Wednesday in Tết 2024: dossier online, counted from 15/02
    [UNITS.PHO_NHON, P.CT_SAO_Y, "2024-02-14", "10:00", "ONLINE", "17:00 thứ Năm 15/02/2024", null, "17:00 thứ Năm 15/02/2024"],
    // 001 An Dũng: same day on Fridays; certification after 15:00 is not taken by the model
    [UNITS.AN_DUNG, P.CT_SAO_Y, "2023-03-17", "10:00", "DESK", "17:00 thứ Sáu 17/03/2023", "an-dung-ba-khong", "17:00 thứ Sáu 17/03/2023"],
    [UNITS.AN_DUNG, P.XN_HON_NHAN, "2023-03-17", "10:00", "DESK", "17:00 thứ Sáu 17/03/2023", "an-dung-ba-khong", "17:00 thứ Tư 22/03/2023"],
    [UNITS.AN_DUNG, P.CT_SAO_Y, "2023-03-17", "15:30", "DESK", "17:00 thứ Hai 20/03/2023", null, "17:00 thứ Hai 20/03/2023"],
    [UNITS.AN_DUNG, P.XN_HON_NHAN, "2023-03-10", "10:00", "DESK", "17:00 thứ Tư 15/03/2023", null, "17:00 thứ Tư 15/03/2023"],
    // after validity; the compensatory working Saturday 10/01/2026 counts as a working day
    [UNITS.AN_DUNG, P.XN_HON_NHAN, "2026-01-09", "10:00", "DESK", "17:00 thứ Ba 13/01/2026", null, "17:00 thứ Ba 13/01/2026"],
    // 003 Phước Long: same day; a Friday dossier after the 15:00 cut-off is still promised that Friday
    [UNITS.PL_LONG_PHUOC, P.CT_CHU_KY, "2024-03-08", "15:30", "DESK", "17:00 thứ Sáu 08/03/2024", "phuoc-long-trong-ngay", "17:00 thứ Hai 11/03/2024"],
    [UNITS.PL_LONG_PHUOC, P.CT_CHU_KY, "2024-03-08", "16:59", "DESK", "17:00 thứ Sáu 08/03/2024", "phuoc-long-trong-ngay", "17:00 thứ Hai 11/03/2024"],
    [UNITS.PL_LONG_PHUOC, P.CT_CHU_KY, "2024-03-07", "15:30", "DESK", "17:00 thứ Sáu 08/03/2024", null, "17:00 thứ Sáu 08/03/2024"],
    [UNITS.PL_LONG_PHUOC, P.CT_CHU_KY, "2024-03-07", "10:00", "DESK", "17:00 thứ Năm 07/03/2024", "phuoc-long-trong-ngay", "17:00 thứ Năm 07/03/2024"],
    [UNITS.PL_LONG_GIANG, P.XN_HON_NHAN, "2024-03-04", "10:00", "DESK", "17:00 thứ Hai 04/03/2024", "phuoc-long-trong-ngay", "17:00 thứ Năm 07/03/2024"],
    [UNITS.PL_LONG_GIANG, P.XN_HON_NHAN, "2024-03-08", "16:00", "DESK", "17:00 thứ Sáu 08/03/2024", "phuoc-long-trong-ngay", "17:00 thứ Tư 13/03/2024"],
    [UNITS.PL_LONG_GIANG, P.XN_HON_NHAN, "2026-01-05", "10:00", "DESK", "17:00 thứ Năm 08/01/2026", null, "17:00 thứ Năm 08/01/2026"],
    [UNITS.PL_LONG_GIANG, P.CT_CHU_KY, "2024-03-08", "15:30", "DESK", "17:00 thứ Hai 11/03/2024", null, "17:00 thứ Hai 11/03/2024"],
    // 000 Long Xuyên: home visit takes the dossier; certification after 15:00 → next working day
    [UNITS.LX_MY_BINH, P.CT_CHU_KY, "2024-06-06", "10:00", "HOME", "17:00 thứ Năm 06/06/2024", null, "17:00 thứ Năm 06/06/2024"],
    [UNITS.LX_MY_BINH, P.CT_CHU_KY, "2024-06-06", "15:30", "HOME", "17:00 thứ Sáu 07/06/2024", null, "17:00 thứ Sáu 07/06/2024"],
    // 004 Luận Thành: the 9th hour receives the dossier the same day
    [UNITS.LUAN_THANH, P.CT_HOP_DONG, "2026-02-27", "17:00", "DESK", "16:30 thứ Ba 03/03/2026", null, "16:30 thứ Tư 04/03/2026"],
    [UNITS.LUAN_THANH, P.CT_CHU_KY, "2026-03-02", "17:00", "DESK", "16:30 thứ Ba 03/03/2026", null, "16:30 thứ Ba 03/03/2026"],
    [UNITS.LUAN_THANH, P.CT_HOP_DONG, "2026-03-24", "17:00", "DESK", "16:30 thứ Sáu 27/03/2026", null, "16:30 thứ Sáu 27/03/2026"],
  ] as const)("%s %s %s %s %s → %s", (unit, p, date, time, channel, promised, model, bound) => {
    const r = promise(unit, p, date, time, channel);
    expect(local(r.promisedAt)).toBe(promised);
    expect(r.basis.kind === "MODEL" ? r.basis.modelId : null).toBe(model);
    expect(local(r.statutoryBound)).toBe(bound);
    expect(r.promisedAt.getTime()).toBeLessThanOrEqual(r.statutoryBound.getTime());
    expect(r.promisedAt.getTime()).toBeGreaterThan(at(date, time).getTime());
  });
});

describe("explanations for citizens", () => {
  it("Phổ Nhơn: 'Nộp lúc 10:00 thứ Tư 06/03/2024 → trả kết quả trước 11:00 cùng ngày'", () => {
    const r = promise(UNITS.PHO_NHON, P.CT_SAO_Y, "2024-03-06", "10:00");
    expect(r.steps[r.steps.length - 1]).toBe("Nộp lúc 10:00 thứ Tư 06/03/2024 → trả kết quả trước 11:00 cùng ngày.");
    expect(r.steps.join(" ")).toContain("«Ngày thứ Tư không hẹn»");
    expect(r.basis).toEqual({ kind: "MODEL", modelId: "pho-nhon-thu-tu-khong-hen", versionId: "pho-nhon-v1" });
    expect(r.countedFromDate).toBe("2024-03-06");
  });

  it("Phổ Nhơn 15:31: says the model's intake closed and the 15:00 certification rule", () => {
    const r = promise(UNITS.PHO_NHON, P.CT_SAO_Y, "2024-03-06", "15:31");
    const text = r.steps.join(" ");
    expect(text).toContain("Nộp sau 15:30");
    expect(text).toContain("Nghị định 23/2015/NĐ-CP");
    expect(text).toContain("thứ Năm 07/03/2024");
  });

  it("Phước Long Friday: says the dossier is not deferred to next week", () => {
    const r = promise(UNITS.PL_LONG_PHUOC, P.CT_CHU_KY, "2024-03-08", "15:30");
    expect(r.steps.join(" ")).toContain("không để hồ sơ ngày thứ Sáu hẹn sang tuần sau");
  });

  it("names the holidays skipped", () => {
    const r = promise(UNITS.OTHER, P.CT_HOP_DONG, "2024-02-07", "10:00");
    expect(local(r.promisedAt)).toBe("17:00 thứ Sáu 16/02/2024");
    expect(r.steps.join(" ")).toContain("Tết Nguyên đán Giáp Thìn (08/02/2024–14/02/2024)");
    expect(r.steps.join(" ")).toContain("Bộ luật Dân sự 2015, Điều 147 khoản 2");
  });
});

describe("received on a day off or outside office hours", () => {
  it("online on Sunday counts from Monday 07:00", () => {
    const r = promise(UNITS.OTHER, P.XN_HON_NHAN, "2024-03-10", "20:00", "ONLINE");
    expect(local(r.effectiveReceivedAt)).toBe("07:00 thứ Hai 11/03/2024");
    expect(r.countedFromDate).toBe("2024-03-11");
    expect(local(r.promisedAt)).toBe("17:00 thứ Năm 14/03/2024");
    expect(r.steps[1]).toBe("Hồ sơ nộp vào ngày nghỉ (Chủ nhật) được tính là tiếp nhận lúc 07:00 thứ Hai 11/03/2024.");
  });
  it("online on Friday evening counts from Monday: N = 1 → Tuesday", () => {
    const r = promise(UNITS.OTHER, { procedureId: "x", statutoryWorkingDays: 1, sameDayCutoff: null }, "2024-03-08", "20:00", "ONLINE");
    expect(local(r.promisedAt)).toBe("17:00 thứ Ba 12/03/2024");
    expect(r.steps[1]).toContain("ngoài giờ làm việc");
  });
  it("online at lunch time counts from the afternoon opening", () => {
    const d = deemedReceipt(at("2024-03-06", "12:00"), OFFICE_HOURS, CALENDAR);
    expect(d).toEqual({ at: at("2024-03-06", "13:30"), date: "2024-03-06", deemed: true });
  });
  it.each([
    ["2025-01-28", "09:00", "07:00 thứ Hai 03/02/2025", "17:00 thứ Năm 06/02/2025"], // Tết 2025
    ["2026-02-17", "09:00", "07:00 thứ Hai 23/02/2026", "17:00 thứ Năm 26/02/2026"], // Tết 2026
    ["2024-02-10", "09:00", "07:00 thứ Năm 15/02/2024", "17:00 thứ Ba 20/02/2024"], // Tết 2024
    ["2024-05-03", "18:00", "07:00 thứ Bảy 04/05/2024", "17:00 thứ Tư 08/05/2024"], // → compensatory Saturday
  ])("online %s %s → received %s, 3 working days → %s", (date, time, received, promised) => {
    const r = promise(UNITS.OTHER, P.XN_HON_NHAN, date, time, "ONLINE");
    expect(local(r.effectiveReceivedAt)).toBe(received);
    expect(local(r.promisedAt)).toBe(promised);
  });
});

describe("the 15:00 certification cut-off (Decree 23/2015 art. 7)", () => {
  it.each([
    ["2024-03-06", "14:59", "17:00 thứ Tư 06/03/2024"],
    ["2024-03-06", "15:00", "17:00 thứ Tư 06/03/2024"],
    ["2024-03-06", "15:01", "17:00 thứ Năm 07/03/2024"],
    ["2024-03-08", "15:01", "17:00 thứ Hai 11/03/2024"],
    ["2024-05-04", "10:00", "17:00 thứ Bảy 04/05/2024"], // compensatory working Saturday
    ["2024-05-03", "15:01", "17:00 thứ Bảy 04/05/2024"],
    ["2024-02-07", "15:01", "17:00 thứ Năm 15/02/2024"], // last day before Tết 2024
  ])("%s %s → %s", (date, time, promised) => {
    const r = promise(UNITS.OTHER, P.CT_SAO_Y, date, time);
    expect(local(r.promisedAt)).toBe(promised);
    expect(r.basis.kind).toBe("STATUTORY");
  });
});

describe("9th hour (Luận Thành): a statutory model changes where and when, not how fast", () => {
  it("keeps the basis statutory but records the model that received the dossier", () => {
    const r = promise(UNITS.LUAN_THANH, P.CT_HOP_DONG, "2026-02-27", "17:00");
    expect(r.basis).toEqual({ kind: "STATUTORY" });
    expect(r.receivedUnder).toMatchObject({ modelId: "luan-thanh-gio-thu-9", versionId: "luan-thanh-v1" });
    expect(r.countedFromDate).toBe("2026-02-27");
    expect(r.steps.join(" ")).toContain("Tiếp nhận trong khung giờ của mô hình «Giải quyết thủ tục hành chính giờ thứ 9»");
  });
  it("an in-the-day procedure received at 17:00 is due by the end of the 9th hour", () => {
    const r = promise(UNITS.LUAN_THANH, { procedureId: "x", statutoryWorkingDays: 0, sameDayCutoff: null }, "2026-03-02", "17:00");
    expect(local(r.promisedAt)).toBe("17:30 thứ Hai 02/03/2026");
    expect(local(r.statutoryBound)).toBe("16:30 thứ Ba 03/03/2026");
  });
});

describe("legal regimes and calendar knowledge", () => {
  it("applies Decree 61/2018 (as amended by 107/2021) until 30/06/2025 and Decree 118/2025 from 01/07/2025", () => {
    expect(promise(UNITS.OTHER, P.XN_HON_NHAN, "2025-06-30", "10:00").regime).toBe("ND61_2018");
    expect(promise(UNITS.OTHER, P.XN_HON_NHAN, "2025-07-01", "10:00").regime).toBe("ND118_2025");
    expect(promise(UNITS.OTHER, P.XN_HON_NHAN, "2025-07-01", "10:00").steps.join(" ")).toContain("Nghị định 118/2025/NĐ-CP");
  });
  it("uses the calendar known on the day of receipt unless told otherwise", () => {
    const p = { procedureId: "x", statutoryWorkingDays: 2, sameDayCutoff: null };
    expect(local(promise(UNITS.OTHER, p, "2025-12-31", "10:00").promisedAt)).toBe("17:00 thứ Ba 06/01/2026");
    expect(local(promise(UNITS.OTHER, p, "2025-12-31", "10:00", "DESK", "2025-11-30").promisedAt)).toBe("17:00 thứ Hai 05/01/2026");
  });
  it("rejects bad input", () => {
    expect(() => promise(UNITS.OTHER, { procedureId: "x", statutoryWorkingDays: -1, sameDayCutoff: null }, "2024-03-06", "10:00")).toThrow();
    expect(() =>
      promiseResult({
        procedure: proc(P.CT_SAO_Y),
        unitId: UNITS.OTHER,
        receivedAt: new Date(Number.NaN),
        channel: "DESK",
        models: [],
        officeHours: OFFICE_HOURS,
        calendar: CALENDAR,
      }),
    ).toThrow();
  });
});
