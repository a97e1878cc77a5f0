import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instantAt } from "@/domain/schedule";
import { db } from "@/server/db";
import { dbDate } from "@/server/dates";
import { homeVisitOptions } from "@/server/home-visit/public-queries";
import { requestHomeVisit } from "@/server/home-visit/request-home-visit";
import { loadPublicUnit } from "@/server/public/context";
import { actorFor, freeHomeVisitDates } from "./helpers";

/** The browser tests' simulated clock: Monday 03/06/2024 08:00, inside Long Xuyên's 2024 plan. */
const NOW = instantAt("2024-06-03", "08:00");
const citizen = { kind: "public" as const, ip: "203.0.113.50" };
const run = Date.now().toString(36);
/** Thursdays the engine offers at NOW with a place left, asked for rather than named. */
let free: string[] = [];
beforeAll(async () => {
  free = await freeHomeVisitDates("phuong-my-binh", NOW);
});

const valid = (over: Record<string, unknown> = {}) => ({
  unitSlug: "phuong-my-binh",
  procedureId: "chung-thuc-chu-ky",
  eligibleGroup: "WAR_INVALID",
  requestedDate: free[0],
  citizenName: `Công dân thử ${run}`,
  citizenPhone: "0912 345 678",
  address: "Số 12, khóm Bình Khánh 1",
  consent: "on",
  ...over,
});

async function counts() {
  return {
    requests: await db.homeVisitRequest.count(),
    audit: await db.auditLog.count({ where: { action: "homeVisit.request" } }),
  };
}

const createdDays: string[] = [];
afterAll(async () => {
  // Only the counter rows this file created.
  if (createdDays.length) await db.homeVisitDay.deleteMany({ where: { id: { in: createdDays } } });
});

describe("home-visit options (Long Xuyên, Thursdays until 31/12/2024)", () => {
  it("on 03/06/2024 a ward offers only Thursdays, up to 26/12/2024, with the places left", async () => {
    const o = await homeVisitOptions((await loadPublicUnit("phuong-my-binh"))!, NOW);
    expect(o.available).toBe(true);
    expect(o.model?.key).toBe("long-xuyen-tthc-tai-nha-thu-nam");
    expect(o.eligibleGroups.map((g) => g.value)).toEqual(["ELDERLY_FRAIL", "LIVING_ALONE", "DISABLED_LIMITED_MOBILITY", "MERIT_PERSON", "WAR_INVALID", "SICK_SOLDIER"]);
    expect(o.procedures.map((p) => p.key)).toEqual(["chung-thuc-chu-ky"]);
    expect(o.dates.length).toBeGreaterThan(20);
    expect(o.dates.every((d) => d.label.startsWith("thứ Năm"))).toBe(true);
    expect(o.dates[0]!.date).toBe("2024-06-06");
    expect(o.dates.at(-1)!.date <= "2024-12-31").toBe(true);
    expect(o.dates.every((d) => d.remaining !== null && d.remaining > 0 && d.remaining <= 6)).toBe(true);
  });

  it("today (2026) nothing is offered: the model ended on 31/12/2024 and the ward on 30/06/2025", async () => {
    const o = await homeVisitOptions((await loadPublicUnit("phuong-my-binh"))!, instantAt("2026-11-25", "09:00"));
    expect(o).toMatchObject({ available: false, dates: [] });
    expect(o.reason).toContain("30/06/2025");
    const o2 = await homeVisitOptions((await loadPublicUnit("phuong-my-binh"))!, instantAt("2025-02-03", "09:00"));
    expect(o2.reason).toContain("31/12/2024");
  });

  it("a unit without a home-visit model says so", async () => {
    const o = await homeVisitOptions((await loadPublicUnit("xa-pho-nhon"))!, NOW);
    expect(o).toMatchObject({ available: false, reason: "Xã Phổ Nhơn không có mô hình giải quyết thủ tục tại nhà." });
  });
});

describe("requesting a home visit", () => {
  it("an allowed Thursday gets a tracking code; only the request is stored, the audit has no personal data", async () => {
    const before = await counts();
    const r = await requestHomeVisit(citizen, valid(), { now: NOW });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toMatchObject({ status: "PENDING", requestedDate: free[0], unit: { slug: "phuong-my-binh" }, replayed: false });
    expect(r.data.trackingCode).toMatch(/^TN-[A-HJ-NP-Z2-9]{6}$/);
    const row = await db.homeVisitRequest.findUniqueOrThrow({ where: { trackingCode: r.data.trackingCode } });
    expect(row).toMatchObject({ citizenPhone: "0912345678", eligibleGroup: "WAR_INVALID", status: "PENDING" });
    expect(await counts()).toEqual({ requests: before.requests + 1, audit: before.audit + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "homeVisit.request", entityId: row.id } });
    expect(JSON.stringify(audit.after)).not.toContain("0912345678");
    expect(JSON.stringify(audit.after)).not.toContain(run);
    expect(JSON.stringify(audit.after)).not.toContain("WAR_INVALID");
  });

  const refusals: [string, Record<string, unknown>, string, string][] = [
    ["a Wednesday", { requestedDate: "2024-06-12" }, "requestedDate", "mô hình chỉ đến nhà vào: Thứ Năm hằng tuần"],
    ["a Thursday after the plan's end", { requestedDate: "2025-01-02" }, "requestedDate", "chỉ áp dụng đến hết ngày 31/12/2024"],
    ["a Thursday in the past", { requestedDate: "2024-05-30" }, "requestedDate", "đã qua"],
    ["today, after the visits started (Thursday 06/06/2024)", { requestedDate: "2024-06-06" }, "requestedDate", "không thể đặt lịch đến nhà trong hôm nay"],
    ["a group the plan does not name", { eligibleGroup: "EVERYONE" }, "eligibleGroup", "Chỉ dành cho"],
    ["a procedure the model does not cover", { procedureId: "dang-ky-khai-sinh" }, "procedureId", "không được giải quyết tại nhà"],
  ];
  for (const [what, over, field, message] of refusals) {
    it(`refuses ${what} on the server, whatever the form offered, and writes nothing`, async () => {
      const before = await counts();
      const now = what.startsWith("today") ? instantAt("2024-06-06", "09:00") : NOW;
      const r = await requestHomeVisit(citizen, valid(over), { now });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe("RULE_VIOLATION");
      expect(r.error.fieldErrors?.[field]?.join(" ")).toContain(message);
      expect(await counts()).toEqual(before);
    });
  }

  it("refuses a Thursday that is full (HomeVisitDay.booked = capacity)", async () => {
    const unit = await db.unit.findUniqueOrThrow({ where: { slug: "phuong-my-quy" }, select: { id: true } });
    const model = await db.serviceModel.findUniqueOrThrow({ where: { key: "long-xuyen-tthc-tai-nha-thu-nam" }, select: { id: true } });
    // A Thursday without a counter yet in this ward: this file creates (and later removes) it.
    const thursdays = Array.from({ length: 26 }, (_, i) => new Date(Date.UTC(2024, 5, 6 + 7 * i)).toISOString().slice(0, 10));
    const taken = new Set((await db.homeVisitDay.findMany({ where: { unitId: unit.id, modelId: model.id }, select: { date: true } })).map((d) => d.date.toISOString().slice(0, 10)));
    const free = thursdays.find((d) => !taken.has(d))!;
    const day = await db.homeVisitDay.create({ data: { modelId: model.id, unitId: unit.id, date: dbDate(free), booked: 6 } });
    createdDays.push(day.id);
    const before = await counts();
    const r = await requestHomeVisit(citizen, valid({ unitSlug: "phuong-my-quy", requestedDate: free }), { now: NOW });
    expect(r).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });
    if (!r.ok) expect(r.error.message).toContain("đã đủ 6 lượt");
    expect(await counts()).toEqual(before);
    const o = await homeVisitOptions((await loadPublicUnit("phuong-my-quy"))!, NOW);
    expect(o.dates.map((d) => d.date)).not.toContain(free);
  });

  it("bad input is refused with Vietnamese messages and writes nothing", async () => {
    const before = await counts();
    const cases: Record<string, unknown>[] = [
      valid({ citizenPhone: "12345" }),
      valid({ consent: undefined }),
      valid({ citizenName: "x".repeat(10_000) }),
      valid({ requestedDate: "2024-02-30" }),
      valid({ requestedDate: "13/06/2024" }),
      valid({ requestedDate: 20240613 }),
      valid({ eligibleGroup: "PRESIDENT" }),
      valid({ address: "" }),
      valid({ idempotencyKey: "short" }),
    ];
    for (const input of cases) {
      const r = await requestHomeVisit(citizen, input, { now: NOW });
      expect(r.ok, JSON.stringify(input).slice(0, 120)).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe("VALIDATION");
        expect(r.error.message).toMatch(/^Thông tin chưa hợp lệ: /);
      }
    }
    expect((await requestHomeVisit(citizen, valid({ unitSlug: "khong-co-don-vi" }), { now: NOW })).ok).toBe(false);
    expect((await requestHomeVisit(citizen, null, { now: NOW })).ok).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("a double submit with the same idempotency key creates one request and returns it twice", async () => {
    const key = `dup-${run}-a`;
    const before = await counts();
    const first = await requestHomeVisit(citizen, valid({ idempotencyKey: key, requestedDate: free[1] }), { now: NOW });
    const second = await requestHomeVisit(citizen, valid({ idempotencyKey: key, requestedDate: free[1] }), { now: NOW });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.data).toEqual({ ...first.data, replayed: true });
    expect(await counts()).toEqual({ requests: before.requests + 1, audit: before.audit + 1 });
  });

  it("two submissions with the same key arriving together still make one request", async () => {
    const key = `dup-${run}-b`;
    const before = await counts();
    const [a, b] = await Promise.all([0, 1].map(() => requestHomeVisit(citizen, valid({ idempotencyKey: key, requestedDate: free[2] }), { now: NOW })));
    expect(a!.ok && b!.ok).toBe(true);
    if (!a!.ok || !b!.ok) return;
    expect(a!.data.trackingCode).toBe(b!.data.trackingCode);
    expect((await counts()).requests).toBe(before.requests + 1);
  });

  it("limits stored requests per address and per phone number; refused ones write nothing and officers are not limited", async () => {
    const limit = Number(process.env.HOME_VISIT_MAX_REQUESTS ?? 5);
    const sender = { kind: "public" as const, ip: `198.51.100.${(Date.now() % 200) + 20}` };
    const phone = `0977 ${String(Date.now() % 1_000_000).padStart(6, "0")}`;
    // Thursdays with places left that no other test confirms onto (they use June to August).
    const thursdays = (await homeVisitOptions((await loadPublicUnit("phuong-my-binh"))!, NOW)).dates.filter((d) => d.date >= "2024-10-01" && (d.remaining ?? 0) > 0).map((d) => d.date);
    expect(thursdays.length).toBeGreaterThan(3);
    // A refusal by the rule does not count.
    expect((await requestHomeVisit(sender, valid({ citizenPhone: phone, requestedDate: "2024-10-04" }), { now: NOW })).ok).toBe(false);
    for (let i = 0; i < limit; i++) {
      const r = await requestHomeVisit(sender, valid({ citizenPhone: phone, requestedDate: thursdays[i % thursdays.length] }), { now: NOW });
      expect(r.ok).toBe(true);
    }
    const before = await counts();
    const blocked = await requestHomeVisit(sender, valid({ citizenPhone: phone, requestedDate: thursdays[0] }), { now: NOW });
    expect(blocked).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    if (!blocked.ok) expect(blocked.error.message).toMatch(/^Bạn đã gửi nhiều đề nghị trong thời gian ngắn\. Vui lòng thử lại sau 60 phút/);
    // The same phone from another address, and another phone from the same address.
    const otherAddress = await requestHomeVisit({ kind: "public", ip: "192.0.2.200" }, valid({ citizenPhone: phone, requestedDate: thursdays[0] }), { now: NOW });
    expect(otherAddress).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    const otherPhone = await requestHomeVisit(sender, valid({ citizenPhone: "0977 999 999", requestedDate: thursdays[0] }), { now: NOW });
    expect(otherPhone).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    expect(await counts()).toEqual(before);
    // The limit table holds no phone number.
    const keys = (await db.rateLimit.findMany({ where: { key: { startsWith: "home-visit:" } }, select: { key: true } })).map((k) => k.key);
    expect(keys).toContain(`home-visit:ip:${sender.ip}`);
    expect(keys.some((k) => k.includes(phone.replace(/\D/g, "").slice(-6)))).toBe(false);
    // A window later the address may send again.
    const later = new Date(NOW.getTime() + 61 * 60_000);
    expect((await requestHomeVisit(sender, valid({ citizenPhone: "0977 888 888", requestedDate: thursdays[1] }), { now: later })).ok).toBe(true);
    // An officer taking requests over the telephone is not limited.
    expect((await requestHomeVisit(await actorFor("canbo.mybinh"), valid({ citizenPhone: phone, requestedDate: thursdays[2] }), { now: NOW })).ok).toBe(true);
  });
});
