import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { dbDate } from "@/server/dates";
import { assignHomeVisit } from "@/server/home-visit/assign-home-visit";
import { confirmHomeVisit } from "@/server/home-visit/confirm-home-visit";
import { declineHomeVisit } from "@/server/home-visit/decline-home-visit";
import { homeVisitCapacities } from "@/server/home-visit/queries";
import { recordHomeVisitOutcome } from "@/server/home-visit/record-home-visit-outcome";
import { setHomeVisitCapacity } from "@/server/home-visit/set-capacity";
import type { UserActor } from "@/server/auth/actor";
import { addDays, instantAt } from "@/domain/schedule";
import { actorFor, freeHomeVisitDates, unitIdByKey } from "./helpers";
import { MY_BINH, at, modelId, procedureId } from "./officer-fixtures";

/** A Thursday the engine still offers after `after` (09:00) with `places` free, and the Monday before it. */
async function freeThursday(after: string, places = 1) {
  const date = (await freeHomeVisitDates("phuong-my-binh", instantAt(after, "09:00"), places))[0]!;
  return { date, monday: addDays(date, -3) };
}

let officer: UserActor;
let unitId: string;
let visitModel: string;
let certification: string;

async function request(requestedDate: string, eligibleGroup = "ELDERLY_FRAIL") {
  return db.homeVisitRequest.create({
    data: {
      trackingCode: `TN-T${randomUUID().slice(0, 8).toUpperCase()}`,
      unitId,
      modelId: visitModel,
      procedureId: certification,
      eligibleGroup,
      requestedDate: dbDate(requestedDate),
      citizenName: "Lê Thị Thử",
      citizenPhone: "0909000111",
      address: "Số 12, khóm 3, phường Mỹ Bình",
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  officer = await actorFor("canbo.mybinh");
  unitId = await unitIdByKey(MY_BINH);
  visitModel = await modelId("long-xuyen-tthc-tai-nha-thu-nam");
  certification = await procedureId("chung-thuc-chu-ky");
});

describe("home visits (Long Xuyên, Thursdays, 6 visits a day)", () => {
  it("confirms onto an allowed Thursday only after the eligibility check; refuses a non-visit day", async () => {
    const { date, monday } = await freeThursday("2024-06-10");
    const r = await request(date);
    const unchecked = await confirmHomeVisit(officer, { requestId: r.id, date }, at(monday, "09:00"));
    expect(unchecked.ok).toBe(false);
    if (!unchecked.ok) expect(unchecked.error.message).toMatch(/đối tượng/);
    const wednesday = await confirmHomeVisit(officer, { requestId: r.id, date: addDays(date, -1), eligibilityVerified: "on" }, at(monday, "09:00"));
    expect(wednesday.ok).toBe(false);
    if (!wednesday.ok) expect(wednesday.error.message).toMatch(/thứ Tư.*chỉ đến nhà vào/);
    const past = await confirmHomeVisit(officer, { requestId: r.id, date: addDays(date, -7), eligibilityVerified: "on" }, at(monday, "09:00"));
    expect(past.ok).toBe(false);
    if (!past.ok) expect(past.error.message).toMatch(/đã qua/);
    const after = await confirmHomeVisit(officer, { requestId: r.id, date: "2025-01-02", eligibilityVerified: "on" }, at(monday, "09:00"));
    expect(after.ok).toBe(false);
    if (!after.ok) expect(after.error.message).toMatch(/chỉ áp dụng đến hết ngày 31\/12\/2024/);
    const ok = await confirmHomeVisit(officer, { requestId: r.id, date, eligibilityVerified: "on" }, at(monday, "09:00"));
    expect(ok.ok).toBe(true);
    const again = await confirmHomeVisit(officer, { requestId: r.id, date: addDays(date, 7), eligibilityVerified: "on" }, at(monday, "09:00"));
    expect(again.ok).toBe(false);
  });

  it("refuses a citizen outside the plan's groups", async () => {
    const { date, monday } = await freeThursday("2024-06-10");
    const r = await request(date, "EVERYONE");
    const res = await confirmHomeVisit(officer, { requestId: r.id, date, eligibilityVerified: "on" }, at(monday, "09:00"));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(/không thuộc diện/);
  });

  it("20 parallel confirmations of the last slot: exactly one succeeds, the others get a clear refusal", async () => {
    const { date, monday } = await freeThursday("2024-07-01");
    const day = await db.homeVisitDay.findUnique({ where: { modelId_unitId_date: { modelId: visitModel, unitId, date: dbDate(date) } }, select: { booked: true } });
    // Fill the day up to one free slot.
    for (let k = day?.booked ?? 0; k < 5; k++) {
      const r = await request(date);
      const res = await confirmHomeVisit(officer, { requestId: r.id, date, eligibilityVerified: "on" }, at(monday, "09:00"));
      expect(res.ok).toBe(true);
    }
    const contenders = await Promise.all(Array.from({ length: 20 }, () => request(date)));
    const results = await Promise.all(contenders.map((r) => confirmHomeVisit(officer, { requestId: r.id, date, eligibilityVerified: "on" }, at(monday, "09:00"))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) {
      if (!r.ok) expect(r.error.message).toMatch(/đã đủ 6 lượt|vừa hết chỗ \(6 lượt/);
    }
    const after = await db.homeVisitDay.findUniqueOrThrow({ where: { modelId_unitId_date: { modelId: visitModel, unitId, date: dbDate(date) } }, select: { booked: true } });
    expect(after.booked).toBe(6);
    expect(await db.homeVisitRequest.count({ where: { id: { in: contenders.map((c) => c.id) }, status: "CONFIRMED" } })).toBe(1);
  });

  it("declines with a reason and gives a confirmed slot back", async () => {
    const { date, monday } = await freeThursday("2024-06-17");
    const r = await request(date);
    expect((await confirmHomeVisit(officer, { requestId: r.id, date, eligibilityVerified: "on" }, at(monday, "09:00"))).ok).toBe(true);
    const before = await db.homeVisitDay.findUniqueOrThrow({ where: { modelId_unitId_date: { modelId: visitModel, unitId, date: dbDate(date) } }, select: { booked: true } });
    const noReason = await declineHomeVisit(officer, { requestId: r.id, reason: "" }, at(monday, "10:00"));
    expect(noReason.ok).toBe(false);
    expect((await declineHomeVisit(officer, { requestId: r.id, reason: "Người dân đã tự đến Bộ phận Một cửa." }, at(monday, "10:00"))).ok).toBe(true);
    const afterDay = await db.homeVisitDay.findUniqueOrThrow({ where: { modelId_unitId_date: { modelId: visitModel, unitId, date: dbDate(date) } }, select: { booked: true } });
    expect(afterDay.booked).toBe(before.booked - 1);
    const row = await db.homeVisitRequest.findUniqueOrThrow({ where: { id: r.id }, select: { status: true, declineReason: true } });
    expect(row).toEqual({ status: "DECLINED", declineReason: "Người dân đã tự đến Bộ phận Một cửa." });
    const confirmDeclined = await confirmHomeVisit(officer, { requestId: r.id, date: addDays(date, 7), eligibilityVerified: "on" }, at(monday, "10:00"));
    expect(confirmDeclined.ok).toBe(false);
  });

  it("assigns only the unit's own officers", async () => {
    const r = await request("2024-06-27");
    expect((await assignHomeVisit(officer, { requestId: r.id, userIds: [officer.id] }, at("2024-06-24", "09:00"))).ok).toBe(true);
    const foreign = await actorFor("canbo.phonhon");
    const res = await assignHomeVisit(officer, { requestId: r.id, userIds: [foreign.id] }, at("2024-06-24", "09:00"));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe("FORBIDDEN");
    const byOther = await assignHomeVisit(foreign, { requestId: r.id, userIds: [foreign.id] }, at("2024-06-24", "09:00"));
    expect(byOther.ok).toBe(false);
    if (!byOther.ok) expect(byOther.error.code).toBe("FORBIDDEN");
  });

  it("records the outcome on the visit day: dossiers with channel «at home»", async () => {
    const { date, monday } = await freeThursday("2024-07-29");
    const r = await request(date);
    expect((await confirmHomeVisit(officer, { requestId: r.id, date, eligibilityVerified: "on" }, at(monday, "09:00"))).ok).toBe(true);
    const early = await recordHomeVisitOutcome(officer, { requestId: r.id, outcome: "Đã chứng thực." }, at(addDays(date, -1), "09:00"));
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.message).toMatch(/Chưa đến ngày hẹn/);
    const done = await recordHomeVisitOutcome(officer, { requestId: r.id, outcome: "Đã chứng thực chữ ký giấy ủy quyền tại nhà.", procedureIds: [certification], writtenOnBehalf: "on" }, at(date, "09:30"));
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.data.dossiers).toHaveLength(1);
    const d = await db.dossier.findUniqueOrThrow({ where: { code: done.data.dossiers[0]!.code }, select: { channel: true, homeVisitRequestId: true, unitId: true, status: true, citizenName: true, writtenOnBehalf: true } });
    expect(d).toMatchObject({ channel: "HOME", homeVisitRequestId: r.id, unitId, status: "RECEIVED", citizenName: "Lê Thị Thử", writtenOnBehalf: true });
    expect((await db.homeVisitRequest.findUniqueOrThrow({ where: { id: r.id }, select: { status: true } })).status).toBe("DONE");
    const twice = await recordHomeVisitOutcome(officer, { requestId: r.id, outcome: "Lần hai." }, at(date, "10:00"));
    expect(twice.ok).toBe(false);
  });

  it("the ward's leader sets the number of visits a day; officers and other units cannot; new confirmations follow it", async () => {
    const leader = await actorFor("lanhdao.mybinh");
    const when = at("2024-09-16", "09:00");
    // A Thursday with no visit booked yet: the new number alone decides.
    const { date } = await freeThursday("2024-09-16", 6);
    const [before] = await homeVisitCapacities(leader, unitId, "2024-09-16");
    expect(before).toMatchObject({ modelId: visitModel, capacityPerDay: 6, validTo: "2024-12-31", ended: false });
    const input = { unitId, modelId: visitModel, capacityPerDay: "2" };
    expect(await setHomeVisitCapacity(officer, input, when)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await setHomeVisitCapacity(await actorFor("lanhdao.phonhon"), input, when)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    for (const bad of ["0", "101", "2.5", "hai", ""]) {
      expect(await setHomeVisitCapacity(leader, { ...input, capacityPerDay: bad }, when)).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    }
    expect((await homeVisitCapacities(leader, unitId, "2024-09-16"))[0]!.capacityPerDay).toBe(6);

    expect(await setHomeVisitCapacity(leader, input, when)).toMatchObject({ ok: true, data: { capacityPerDay: 2 } });
    expect((await homeVisitCapacities(officer, unitId, "2024-09-16"))[0]!.capacityPerDay).toBe(2);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "homeVisit.capacity", unitId }, orderBy: { at: "desc" } });
    expect([audit.before, audit.after]).toEqual([{ capacityPerDay: 6 }, { capacityPerDay: 2 }]);
    const results = [];
    for (let k = 0; k < 3; k++) results.push(await confirmHomeVisit(officer, { requestId: (await request(date)).id, date, eligibilityVerified: "on" }, when));
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    if (!results[2]!.ok) expect(results[2]!.error.message).toMatch(/đã đủ 2 lượt|vừa hết chỗ \(2 lượt/);

    // After the model ended nothing changes any more.
    expect(await setHomeVisitCapacity(leader, { ...input, capacityPerDay: "6" }, at("2025-01-06", "09:00"))).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });
    expect((await setHomeVisitCapacity(leader, { ...input, capacityPerDay: "6" }, when)).ok).toBe(true);
  });
});
