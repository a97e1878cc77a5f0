import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { intakeOptions } from "@/server/dossier/queries";
import { receiveDossier } from "@/server/dossier/receive-dossier";
import { instantAt } from "@/domain/schedule";
import type { UserActor } from "@/server/auth/actor";
import { actorFor, testNow, unitIdByKey } from "./helpers";
import { MY_BINH, PHO_NHON, at, modelId, nonce, otherProcedure, procedureId, receive } from "./officer-fixtures";

const PN_MODEL_PROCEDURES = [
  "cap-giay-xac-nhan-tinh-trang-hon-nhan",
  "dang-ky-lai-khai-sinh",
  "dang-ky-ket-hon",
  "dang-ky-khai-tu",
  "cap-ban-sao-trich-luc-ho-tich",
  "chung-thuc-ban-sao-tu-ban-chinh",
  "chung-thuc-chu-ky",
  "chung-thuc-hop-dong-giao-dich",
  "xac-nhan-ho-truc-tiep-san-xuat-nong-nghiep",
  "gia-han-su-dung-dat",
  "dinh-chinh-giay-chung-nhan",
  "doi-cap-lai-giay-xac-nhan-khuyet-tat",
];

let officer: UserActor;
let unitId: string;
let certification: string;
let pnModel: string;
const base = () => ({ unitId, procedureId: certification, citizenName: "Trần Văn Bình", citizenPhone: "0912 345 678", channel: "DESK" });

beforeAll(async () => {
  officer = await actorFor("canbo.phonhon");
  unitId = await unitIdByKey(PHO_NHON);
  certification = await procedureId("chung-thuc-chu-ky");
  pnModel = await modelId("pho-nhon-thu-tu-khong-hen");
});

describe("intake under the rules (Phổ Nhơn, Wednesday 06/03/2024)", () => {
  it("takes a Wednesday dossier under «Ngày thứ Tư không hẹn»: 60 minutes, readable code, model recorded", async () => {
    const r = await receiveDossier(officer, { ...base(), claimedModelId: pnModel, writtenOnBehalf: "on", nonce: nonce() }, at("2024-03-06", "09:00"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.code).toMatch(/^PN-240306-[A-HJ-NP-Z2-9]{4}$/);
    const d = await db.dossier.findUniqueOrThrow({ where: { id: r.data.id }, select: { promisedAt: true, originalPromisedAt: true, modelId: true, writtenOnBehalf: true, channel: true, citizenPhone: true, events: { select: { type: true } } } });
    expect(d.promisedAt.toISOString()).toBe("2024-03-06T03:00:00.000Z"); // 10:00 local
    expect(d.originalPromisedAt).toEqual(d.promisedAt);
    expect(d.modelId).toBe(pnModel);
    expect(d.writtenOnBehalf).toBe(true);
    expect(d.citizenPhone).toBe("0912345678");
    expect(d.events.map((e) => e.type)).toEqual(["RECEIVED"]);
  });

  it("refuses a procedure not covered by today's model when the officer claims the model", async () => {
    const other = await otherProcedure(PHO_NHON, PN_MODEL_PROCEDURES, 1);
    const r = await receiveDossier(officer, { ...base(), procedureId: other.id, claimedModelId: pnModel, nonce: nonce() }, at("2024-03-06", "09:00"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/không thuộc danh mục của mô hình «Ngày thứ Tư không hẹn»/);
    // Without the claim it is taken under the law's own time.
    expect((await receiveDossier(officer, { ...base(), procedureId: other.id, nonce: nonce() }, at("2024-03-06", "09:00"))).ok).toBe(true);
  });

  it("refuses the model on a day that is not a model day", async () => {
    const r = await receiveDossier(officer, { ...base(), claimedModelId: pnModel, nonce: nonce() }, at("2024-03-07", "09:00"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/thứ Năm 07\/03\/2024 không phải ngày thực hiện mô hình/);
  });

  it("refuses the model after its 15:30 intake cut-off", async () => {
    const r = await receiveDossier(officer, { ...base(), claimedModelId: pnModel, nonce: nonce() }, at("2024-03-06", "15:40"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/Đã quá 15:30/);
  });

  it("refuses a desk dossier outside the intake window, takes the same online", async () => {
    const desk = await receiveDossier(officer, { ...base(), nonce: nonce() }, at("2024-03-06", "20:00"));
    expect(desk.ok).toBe(false);
    if (!desk.ok) expect(desk.error.message).toMatch(/Ngoài giờ tiếp nhận/);
    const lunch = await receiveDossier(officer, { ...base(), nonce: nonce() }, at("2024-03-06", "12:00"));
    expect(lunch.ok).toBe(false);
    const online = await receiveDossier(officer, { ...base(), channel: "ONLINE", nonce: nonce() }, at("2024-03-06", "20:00"));
    expect(online.ok).toBe(true);
  });

  it("refuses a home-visit dossier in a unit without home visits, and on a non-visit day", async () => {
    const pn = await receiveDossier(officer, { ...base(), channel: "HOME", nonce: nonce() }, at("2024-03-06", "09:00"));
    expect(pn.ok).toBe(false);
    if (!pn.ok) expect(pn.error.message).toMatch(/không có mô hình giải quyết thủ tục .* tại nhà/);
    const lx = await actorFor("canbo.mybinh");
    const myBinh = await unitIdByKey(MY_BINH);
    const wednesday = await receiveDossier(lx, { ...base(), unitId: myBinh, channel: "HOME", nonce: nonce() }, at("2024-05-08", "09:00"));
    expect(wednesday.ok).toBe(false);
    if (!wednesday.ok) expect(wednesday.error.message).toMatch(/thứ Tư 08\/05\/2024 không phải ngày giải quyết thủ tục tại nhà \(mô hình đến nhà vào: .*thứ Năm/i);
    const thursday = await receiveDossier(lx, { ...base(), unitId: myBinh, channel: "HOME", nonce: nonce() }, at("2024-05-09", "09:00"));
    expect(thursday.ok).toBe(true);
  });

  it("refuses a unit outside its lifetime (Phổ Nhơn merged on 01/07/2025)", async () => {
    const r = await receiveDossier(officer, { ...base(), nonce: nonce() }, at("2026-11-25", "09:00"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/đã kết thúc hoạt động ngày 30\/06\/2025/);
  });

  it("refuses a procedure outside the unit's catalogue", async () => {
    const outside = await db.procedure.findFirstOrThrow({ where: { units: { none: { unitId } } }, select: { id: true } });
    const r = await receiveDossier(officer, { ...base(), procedureId: outside.id, nonce: nonce() }, at("2024-03-06", "09:00"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/không có trong danh mục/);
  });

  it("back-dates only within the day, and records it in the audit log", async () => {
    const future = await receiveDossier(officer, { ...base(), receivedTime: "11:00", nonce: nonce() }, at("2024-03-06", "10:00"));
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.error.fieldErrors?.receivedTime?.[0]).toMatch(/không được sau/);
    const r = await receive(officer, { ...base(), receivedTime: "08:30" }, at("2024-03-06", "10:00"));
    const d = await db.dossier.findUniqueOrThrow({ where: { id: r.id }, select: { receivedAt: true, recordedAt: true } });
    expect(d.receivedAt.toISOString()).toBe("2024-03-06T01:30:00.000Z");
    expect(d.recordedAt.toISOString()).toBe("2024-03-06T03:00:00.000Z");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "Dossier", entityId: r.id, action: "dossier.receive" }, select: { after: true, actorName: true } });
    expect(audit.actorName).toBe("canbo.phonhon");
    expect(audit.after).toMatchObject({ backdated: true, receivedAt: "2024-03-06T01:30:00.000Z", citizenName: "[ẩn]" });
  });

  it("validates the input with Vietnamese messages", async () => {
    const r = await receiveDossier(officer, { ...base(), citizenPhone: "12345", citizenName: "", nonce: nonce() }, at("2024-03-06", "09:00"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("VALIDATION");
      expect(r.error.fieldErrors?.citizenPhone?.[0]).toMatch(/10 chữ số/);
      expect(r.error.fieldErrors?.citizenName?.[0]).toMatch(/Vui lòng nhập họ tên/);
    }
  });

  it("refuses another unit's officer and roles without the permission", async () => {
    const andung = await actorFor("canbo.andung");
    const r = await receiveDossier(andung, { ...base(), nonce: nonce() }, at("2024-03-06", "09:00"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("FORBIDDEN");
    const reviewer = await actorFor("thamdinh.ducpho");
    const rv = await receiveDossier(reviewer, { ...base(), nonce: nonce() }, at("2024-03-06", "09:00"));
    expect(rv.ok).toBe(false);
    if (!rv.ok) expect(rv.error.code).toBe("FORBIDDEN");
  });
});

describe("idempotent intake", () => {
  it("a double submit of the same form is one dossier", async () => {
    const n = nonce();
    const first = await receive(officer, { ...base(), nonce: n }, at("2024-03-06", "09:05"));
    const second = await receive(officer, { ...base(), nonce: n }, at("2024-03-06", "09:06"));
    expect(second.code).toBe(first.code);
    expect(second.repeated).toBe(true);
  });

  it("20 parallel submissions of the same form create one dossier", async () => {
    const n = nonce();
    const results = await Promise.all(Array.from({ length: 20 }, () => receiveDossier(officer, { ...base(), nonce: n }, at("2024-03-06", "09:10"))));
    const codes = new Set(results.map((r) => (r.ok ? r.data.code : `error: ${r.error.message}`)));
    expect([...codes]).toHaveLength(1);
    expect([...codes][0]).toMatch(/^PN-240306-/);
    expect(await db.dossier.count({ where: { idempotencyKey: `desk:${officer.id}:${n}` } })).toBe(1);
    expect(await db.dossierEvent.count({ where: { dossier: { idempotencyKey: `desk:${officer.id}:${n}` } } })).toBe(1);
  });
});

describe("the models the intake screen offers", () => {
  it("only those in force that day: Luận Thành's «9th hour» in March 2026, not after it ended on 23/03/2026", async () => {
    const luanThanh = await unitIdByKey("thanh-hoa/luan-thanh");
    const model = await db.serviceModel.findUniqueOrThrow({ where: { key: "luan-thanh-gio-thu-9" }, select: { id: true } });
    const during = await intakeOptions(luanThanh, instantAt("2026-03-10", "09:00"));
    expect(during.models.map((m) => m.id)).toContain(model.id);
    const after = await intakeOptions(luanThanh, instantAt("2026-03-24", "09:00"));
    expect(after.models.map((m) => m.id)).not.toContain(model.id);
  });

  it("the successor's illustrative model from the day it starts", async () => {
    const nguyenNghiem = await unitIdByKey("quang-ngai/nguyen-nghiem");
    const model = await db.serviceModel.findUniqueOrThrow({ where: { key: "minh-hoa-nguyen-nghiem-thu-tu-khong-hen" }, select: { id: true } });
    expect((await intakeOptions(nguyenNghiem, testNow())).models.map((m) => m.id)).toEqual([model.id]);
  });
});
