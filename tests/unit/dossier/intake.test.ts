import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { intakeDecision, type IntakeFacts, type IntakeRefusalCode } from "../../../src/domain/dossier/intake";
import { addDays, minutesToTime, type Channel } from "../../../src/domain/schedule";
import { ALL_MODELS, CALENDAR, LUAN_THANH, OFFICE_HOURS, OFFICE_HOURS_LUAN_THANH, P, PHO_NHON, PROCEDURES, UNITS, at } from "../schedule/fixtures";

const procedure = (id: string) => ({ id, name: `Thủ tục ${id}`, active: true, statutoryWorkingDays: PROCEDURES[id]!.statutoryWorkingDays, sameDayCutoff: PROCEDURES[id]!.sameDayCutoff });

function facts(over: Partial<IntakeFacts> & { unitId?: string } = {}): IntakeFacts {
  const { unitId = UNITS.PHO_NHON, ...rest } = over;
  return {
    unit: { id: unitId, name: "Xã Phổ Nhơn", validFrom: null, validTo: null, mergedInto: null },
    procedure: procedure(P.CT_SAO_Y),
    channel: "DESK",
    receivedAt: at("2024-03-06", "09:00"),
    claimedModelId: null,
    skipDeskHours: false,
    models: ALL_MODELS,
    officeHours: unitId === UNITS.LUAN_THANH ? OFFICE_HOURS_LUAN_THANH : OFFICE_HOURS,
    calendar: CALENDAR,
    ...rest,
  };
}

const luanThanh = (over: Partial<IntakeFacts>) =>
  facts({ unitId: UNITS.LUAN_THANH, procedure: procedure(P.XAY_DUNG), claimedModelId: LUAN_THANH.modelId, ...over });

describe("the intake decision", () => {
  it("accepts a Wednesday certification under Phổ Nhơn's model, with the model's promise", () => {
    const r = intakeDecision(facts({ claimedModelId: PHO_NHON.modelId }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.promise.basis).toMatchObject({ kind: "MODEL", modelId: PHO_NHON.modelId });
      expect(r.promise.promisedAt).toEqual(at("2024-03-06", "10:00"));
    }
  });

  it.each<[string, IntakeFacts, IntakeRefusalCode, string]>([
    [
      "a unit merged away",
      facts({ unit: { id: UNITS.PHO_NHON, name: "Xã Phổ Nhơn", validFrom: null, validTo: "2025-06-30", mergedInto: { name: "Phường Đức Phổ" } }, receivedAt: at("2025-07-02", "09:00") }),
      "UNIT_ENDED",
      "Xã Phổ Nhơn đã kết thúc hoạt động ngày 30/06/2025 (sáp nhập vào Phường Đức Phổ); không tiếp nhận hồ sơ mới.",
    ],
    [
      "a unit not yet founded",
      luanThanh({ unit: { id: UNITS.LUAN_THANH, name: "Xã Luận Thành", validFrom: "2025-07-01", validTo: null, mergedInto: null }, receivedAt: at("2025-06-30", "09:00") }),
      "UNIT_NOT_YET",
      "Xã Luận Thành bắt đầu hoạt động từ ngày 01/07/2025.",
    ],
    ["a procedure outside the catalogue", facts({ procedure: null }), "NOT_IN_CATALOGUE", "không có trong danh mục thủ tục của đơn vị"],
    ["a procedure no longer active", facts({ procedure: { ...procedure(P.CT_SAO_Y), active: false } }), "NOT_IN_CATALOGUE", "không có trong danh mục thủ tục của đơn vị"],
    ["a home visit where there are none", facts({ channel: "HOME" }), "NO_HOME_VISIT_MODEL", "Đơn vị không có mô hình giải quyết thủ tục «Thủ tục chung-thuc-sao-y» tại nhà vào thứ Tư 06/03/2024."],
    [
      "a home visit on a Wednesday",
      facts({ unitId: UNITS.LX_MY_BINH, procedure: procedure(P.CT_CHU_KY), channel: "HOME", receivedAt: at("2024-05-08", "09:00") }),
      "NOT_HOME_VISIT_DAY",
      "thứ Tư 08/05/2024 không phải ngày giải quyết thủ tục tại nhà (mô hình đến nhà vào: Thứ Năm hằng tuần).",
    ],
    ["the desk at 20:00", facts({ receivedAt: at("2024-03-06", "20:00") }), "OUTSIDE_OFFICE_HOURS", "Ngoài giờ tiếp nhận: lúc 20:00 thứ Tư 06/03/2024"],
    ["the desk at lunch", facts({ receivedAt: at("2024-03-06", "12:00") }), "OUTSIDE_OFFICE_HOURS", "được tiếp nhận từ 13:30 thứ Tư 06/03/2024"],
    ["a model of another unit", facts({ claimedModelId: "khong-co" }), "MODEL_NOT_AT_UNIT", "Mô hình đã chọn không áp dụng tại đơn vị này."],
    ["a model before its first version", facts({ claimedModelId: PHO_NHON.modelId, receivedAt: at("2024-02-21", "09:00") }), "MODEL_NOT_IN_FORCE", "chưa hoặc không còn áp dụng vào ngày 21/02/2024"],
    ["a procedure the model does not cover", facts({ claimedModelId: PHO_NHON.modelId, procedure: procedure(P.XAY_DUNG) }), "PROCEDURE_NOT_IN_MODEL", "không thuộc danh mục của mô hình «Ngày thứ Tư không hẹn»"],
    ["a desk model for an online dossier", facts({ claimedModelId: PHO_NHON.modelId, channel: "ONLINE" }), "CHANNEL_NOT_SERVED", "không tiếp nhận hồ sơ theo hình thức nộp đã chọn"],
    ["the model on a Thursday", facts({ claimedModelId: PHO_NHON.modelId, receivedAt: at("2024-03-07", "09:00") }), "NOT_MODEL_DAY", "thứ Năm 07/03/2024 không phải ngày thực hiện mô hình «Ngày thứ Tư không hẹn» (Thứ Tư hằng tuần)."],
    ["the model a second after its 15:30 cut-off", facts({ claimedModelId: PHO_NHON.modelId, receivedAt: new Date(at("2024-03-06", "15:30").getTime() + 1000) }), "PAST_MODEL_CUTOFF", "Đã quá 15:30, giờ nhận hồ sơ cuối của mô hình «Ngày thứ Tư không hẹn»"],
    ["the 9th hour in the morning", luanThanh({ receivedAt: at("2026-03-02", "10:00") }), "OUTSIDE_MODEL_WINDOW", "ngoài khung giờ của mô hình «Giải quyết thủ tục hành chính giờ thứ 9» (16:30–17:30)"],
    ["the 9th hour, which changes when but not how fast", luanThanh({ receivedAt: at("2026-03-02", "17:00") }), "MODEL_NOT_SHORTER", "không rút ngắn thời hạn của hồ sơ này"],
  ])("refuses %s", (_what, f, code, fragment) => {
    const r = intakeDecision(f);
    expect(r).toMatchObject({ ok: false, code });
    if (!r.ok) expect(r.message).toContain(fragment);
  });

  it("says next to the procedure field why it is refused", () => {
    expect(intakeDecision(facts({ procedure: null }))).toMatchObject({ fieldMessage: "Thủ tục không thuộc danh mục của đơn vị." });
  });

  it.each([
    ["the last day of a merged unit", facts({ unit: { id: UNITS.PHO_NHON, name: "Xã Phổ Nhơn", validFrom: null, validTo: "2024-03-06", mergedInto: null } })],
    ["the first day of a new unit", facts({ unit: { id: UNITS.PHO_NHON, name: "Xã Phổ Nhơn", validFrom: "2024-03-06", validTo: null, mergedInto: null } })],
    ["an online dossier at 20:00 (dated at the next opening)", facts({ channel: "ONLINE", receivedAt: at("2024-03-06", "20:00") })],
    ["a home-visit outcome recorded after hours (the desk is not checked)", facts({ skipDeskHours: true, receivedAt: at("2024-03-06", "20:00") })],
    ["a home visit on a Thursday", facts({ unitId: UNITS.LX_MY_BINH, procedure: procedure(P.CT_CHU_KY), channel: "HOME", receivedAt: at("2024-05-09", "09:00") })],
    ["the desk at 17:00 in Luận Thành, inside the 9th hour", luanThanh({ claimedModelId: null, receivedAt: at("2026-03-02", "17:00") })],
    ["the model at its 15:30 cut-off itself", facts({ claimedModelId: PHO_NHON.modelId, receivedAt: at("2024-03-06", "15:30") })],
  ])("accepts %s", (_what, f) => {
    expect(intakeDecision(f).ok).toBe(true);
  });
});

describe("intake properties", () => {
  const MODEL_CODES: readonly IntakeRefusalCode[] = [
    "MODEL_NOT_AT_UNIT",
    "MODEL_NOT_IN_FORCE",
    "PROCEDURE_NOT_IN_MODEL",
    "CHANNEL_NOT_SERVED",
    "NOT_MODEL_DAY",
    "PAST_MODEL_CUTOFF",
    "OUTSIDE_MODEL_WINDOW",
    "MODEL_NOT_SHORTER",
  ];
  const receipt = fc
    .tuple(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 6 * 60, max: 21 * 60 }), fc.integer({ min: 0, max: 59_999 }))
    .map(([d, m, ms]) => new Date(at(addDays("2023-03-01", d), minutesToTime(m)).getTime() + ms));
  const arb = fc.record({
    unitId: fc.constantFrom(...Object.values(UNITS)),
    procedureId: fc.constantFrom(...Object.keys(PROCEDURES)),
    channel: fc.constantFrom<Channel>("DESK", "ONLINE", "POSTAL", "HOME"),
    receivedAt: receipt,
    claimedModelId: fc.constantFrom(null, ...ALL_MODELS.map((m) => m.modelId)),
  });

  it("a claimed model is accepted only when the promise comes from it; a claim only adds model refusals", () => {
    fc.assert(
      fc.property(arb, ({ unitId, procedureId, channel, receivedAt, claimedModelId }) => {
        const base = facts({ unitId, procedure: procedure(procedureId), channel, receivedAt });
        const unclaimed = intakeDecision(base);
        const claimed = intakeDecision({ ...base, claimedModelId });
        if (claimed.ok && claimedModelId) expect(claimed.promise.basis).toMatchObject({ kind: "MODEL", modelId: claimedModelId });
        if (claimed.ok) expect(unclaimed.ok).toBe(true);
        if (!claimed.ok && unclaimed.ok) expect(MODEL_CODES).toContain(claimed.code);
        if (!unclaimed.ok) expect(claimed).toEqual(unclaimed);
      }),
    );
  });
});
