import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { issueApology } from "@/server/dossier/issue-apology";
import { markResultReady } from "@/server/dossier/mark-result-ready";
import { receiveSupplement } from "@/server/dossier/receive-supplement";
import { refuseDossier } from "@/server/dossier/refuse-dossier";
import { requestSupplement } from "@/server/dossier/request-supplement";
import { returnDossier } from "@/server/dossier/return-dossier";
import { startDossier } from "@/server/dossier/start-dossier";
import type { UserActor } from "@/server/auth/actor";
import { actorFor, unitIdByKey } from "./helpers";
import { PHO_NHON, at, otherProcedure, receive } from "./officer-fixtures";

let officer: UserActor;
let unitId: string;
let procedure: { id: string; name: string };

async function fresh(date = "2024-03-11", time = "09:00") {
  return receive(officer, { unitId, procedureId: procedure.id }, at(date, time));
}

async function status(id: string) {
  return db.dossier.findUniqueOrThrow({ where: { id }, select: { status: true, promisedAt: true, originalPromisedAt: true, pausedMinutes: true, returnMethod: true, refusalReason: true } });
}

function refused(r: { ok: boolean; error?: { message: string; code: string } }, pattern: RegExp) {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error!.message).toMatch(pattern);
}

beforeAll(async () => {
  officer = await actorFor("canbo.phonhon");
  unitId = await unitIdByKey(PHO_NHON);
  // A procedure with several statutory working days, outside the Wednesday model.
  procedure = await otherProcedure(PHO_NHON, ["chung-thuc-chu-ky"], 3);
});

describe("dossier lifecycle", () => {
  it("a result recorded at 03:31 at night, when intake is refused, needs the officer's confirmation", async () => {
    const d = await fresh("2024-03-11", "09:00");
    const night = at("2024-03-12", "03:31");
    const r = await markResultReady(officer, { dossierId: d.id }, night);
    refused(r, /Lúc 03:31 thứ Ba 12\/03\/2024 là ngoài giờ làm việc/);
    if (!r.ok) expect(r.error.fieldErrors?.outsideHours).toBeDefined();
    expect((await status(d.id)).status).toBe("RECEIVED");
    expect((await markResultReady(officer, { dossierId: d.id, outsideHours: "on" }, night)).ok).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "dossier.result_ready", entityId: d.id }, select: { after: true } });
    expect(audit.after).toMatchObject({ outsideOfficeHours: true });
  });

  it("received → in progress → supplement requested → supplement received → result ready → returned (via the village head)", async () => {
    const d = await fresh("2024-03-11", "09:00");
    const promised = (await status(d.id)).promisedAt;
    expect((await startDossier(officer, { dossierId: d.id }, at("2024-03-11", "09:10"))).ok).toBe(true);
    expect((await status(d.id)).status).toBe("IN_PROGRESS");

    expect((await requestSupplement(officer, { dossierId: d.id, missing: "Bổ sung bản sao giấy chứng nhận." }, at("2024-03-11", "10:00"))).ok).toBe(true);
    expect((await status(d.id)).status).toBe("SUPPLEMENT_REQUESTED");
    refused(await markResultReady(officer, { dossierId: d.id }, at("2024-03-12", "09:00")), /chờ bổ sung/);

    // Four calendar days later the complete dossier comes back: the days that were left run again from then.
    const back = await receiveSupplement(officer, { dossierId: d.id }, at("2024-03-15", "09:00"));
    expect(back.ok).toBe(true);
    const after = await status(d.id);
    expect(after.status).toBe("IN_PROGRESS");
    expect(after.pausedMinutes).toBe(4 * 24 * 60 - 60);
    expect(after.promisedAt.getTime()).toBeGreaterThan(promised.getTime());
    expect(after.originalPromisedAt).toEqual(promised);

    expect((await markResultReady(officer, { dossierId: d.id }, at("2024-03-15", "10:00"))).ok).toBe(true);
    expect((await returnDossier(officer, { dossierId: d.id, method: "VIA_VILLAGE_HEAD" }, at("2024-03-15", "11:00"))).ok).toBe(true);
    const done = await status(d.id);
    expect(done.status).toBe("RETURNED");
    expect(done.returnMethod).toBe("VIA_VILLAGE_HEAD");
    const events = await db.dossierEvent.findMany({ where: { dossierId: d.id }, orderBy: { at: "asc" }, select: { type: true } });
    expect(events.map((e) => e.type)).toEqual(["RECEIVED", "STARTED", "SUPPLEMENT_REQUESTED", "SUPPLEMENT_RECEIVED", "RESULT_READY", "RETURNED"]);
    const audits = await db.auditLog.findMany({ where: { entity: "Dossier", entityId: d.id }, select: { action: true, before: true, after: true } });
    expect(audits.map((a) => a.action).sort()).toEqual(["dossier.receive", "dossier.receive_supplement", "dossier.request_supplement", "dossier.result_ready", "dossier.return", "dossier.start"]);

    // Terminal: nothing more.
    refused(await returnDossier(officer, { dossierId: d.id, method: "AT_DESK" }, at("2024-03-15", "11:05")), /đã trả kết quả/);
    refused(await refuseDossier(officer, { dossierId: d.id, reason: "x" }, at("2024-03-15", "11:05")), /đã trả kết quả/);
  });

  it("refused with a reason (Mẫu 03); a refused dossier cannot be returned or taken up", async () => {
    const d = await fresh("2024-03-11", "09:30");
    refused(await refuseDossier(officer, { dossierId: d.id, reason: "" }, at("2024-03-11", "09:40")), /lý do từ chối/);
    expect((await refuseDossier(officer, { dossierId: d.id, reason: "Hồ sơ không thuộc thẩm quyền giải quyết của xã." }, at("2024-03-11", "09:40"))).ok).toBe(true);
    const s = await status(d.id);
    expect(s.status).toBe("REFUSED");
    expect(s.refusalReason).toMatch(/thẩm quyền/);
    refused(await returnDossier(officer, { dossierId: d.id, method: "AT_DESK" }, at("2024-03-11", "10:00")), /đã bị từ chối/);
    refused(await startDossier(officer, { dossierId: d.id }, at("2024-03-11", "10:00")), /đã bị từ chối/);
    refused(await markResultReady(officer, { dossierId: d.id }, at("2024-03-11", "10:00")), /đã bị từ chối/);
  });

  it("a result can only be returned once it is ready; a dossier straight from receipt can be ready", async () => {
    const d = await fresh("2024-03-11", "10:00");
    refused(await returnDossier(officer, { dossierId: d.id, method: "AT_DESK" }, at("2024-03-11", "10:05")), /mới tiếp nhận/);
    expect((await markResultReady(officer, { dossierId: d.id }, at("2024-03-11", "10:10"))).ok).toBe(true);
    refused(await startDossier(officer, { dossierId: d.id }, at("2024-03-11", "10:15")), /đã có kết quả/);
  });

  it("a late dossier needs the apology slip (Mẫu 04) before any other step; statistics keep the original promise", async () => {
    const d = await fresh("2024-03-11", "14:00");
    const original = (await status(d.id)).promisedAt;
    expect((await startDossier(officer, { dossierId: d.id }, at("2024-03-11", "14:10"))).ok).toBe(true);
    // On the day of the promise, not ready yet: "about to pass".
    const dueDay = original.toISOString().slice(0, 10);
    const morning = { now: new Date(original.getTime() - 8 * 3600_000) };
    expect(morning.now.toISOString().slice(0, 10)).toBe(dueDay);
    refused(await markResultReady(officer, { dossierId: d.id }, morning), /Phiếu xin lỗi và hẹn lại ngày trả kết quả \(Mẫu 04\)/);
    refused(await requestSupplement(officer, { dossierId: d.id, missing: "x" }, morning), /Mẫu 04/);
    refused(await refuseDossier(officer, { dossierId: d.id, reason: "x" }, morning), /Mẫu 04/);

    // After the promise has passed, still blocked.
    const late = { now: new Date(original.getTime() + 3600_000) };
    refused(await markResultReady(officer, { dossierId: d.id }, late), /Mẫu 04/);
    // The new date must be a later working day.
    const today = new Date(late.now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    const r1 = await issueApology(officer, { dossierId: d.id, newDate: today, reason: "Chờ xác minh." }, late);
    expect(r1.ok).toBe(false);
    const r2 = await issueApology(officer, { dossierId: d.id, newDate: "2024-03-23", reason: "Chờ xác minh." }, late);
    refused(r2, /ngày nghỉ/);
    const ok = await issueApology(officer, { dossierId: d.id, newDate: "2024-03-25", reason: "Chờ xác minh thông tin từ cơ quan khác." }, late);
    expect(ok.ok).toBe(true);
    const s = await status(d.id);
    expect(s.promisedAt.toISOString()).toBe("2024-03-25T10:00:00.000Z"); // 17:00 local
    expect(s.originalPromisedAt).toEqual(original);
    const slip = await db.apologySlip.findFirstOrThrow({ where: { dossierId: d.id }, select: { previousPromisedAt: true, newPromisedAt: true, reason: true } });
    expect(slip.previousPromisedAt).toEqual(original);
    // Now the dossier can move on.
    // An hour after the close: outside office hours, recorded with the officer's confirmation.
    expect((await markResultReady(officer, { dossierId: d.id, outsideHours: "on" }, late)).ok).toBe(true);
  });

  it("another unit's officer cannot act on the dossier; an unknown dossier is not found", async () => {
    const d = await fresh("2024-03-11", "15:00");
    const other = await actorFor("canbo.andung");
    const r = await startDossier(other, { dossierId: d.id }, at("2024-03-11", "15:10"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("FORBIDDEN");
    const reviewer = await actorFor("thamdinh.ducpho");
    const rv = await startDossier(reviewer, { dossierId: d.id }, at("2024-03-11", "15:10"));
    expect(rv.ok).toBe(false);
    if (!rv.ok) expect(rv.error.code).toBe("FORBIDDEN");
    const missing = await startDossier(officer, { dossierId: "khong-co" }, at("2024-03-11", "15:10"));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe("NOT_FOUND");
    expect((await status(d.id)).status).toBe("RECEIVED");
  });
});
