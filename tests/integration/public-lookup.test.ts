import { describe, expect, it } from "vitest";
import { normalizeCode } from "@/domain/dossier/code";
import { instantAt } from "@/domain/schedule";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { lookupRecord } from "@/server/lookup/lookup-dossier";
import { rateDossier } from "@/server/lookup/rate-dossier";
import { testNow } from "./helpers";

const run = Date.now().toString(36).toUpperCase().replace(/[^A-Z0-9]/g, "");
let seq = 0;
/** A fresh IP per test, so that each starts with a clean look-up counter. */
const ip = () => `198.18.${Math.floor(Math.random() * 250)}.${++seq}`;

/** A dossier of this test file (unique code), in xã Phổ Nhơn. */
async function makeDossier(over: Partial<Parameters<typeof db.dossier.create>[0]["data"]> = {}) {
  const unit = await db.unit.findUniqueOrThrow({ where: { slug: "xa-pho-nhon" }, select: { id: true } });
  const procedure = await db.procedure.findUniqueOrThrow({ where: { key: "dang-ky-khai-sinh" }, select: { id: true } });
  const code = `IT-${run}-${++seq}`;
  const d = await db.dossier.create({
    data: {
      code,
      unitId: unit.id,
      procedureId: procedure.id,
      channel: "DESK",
      status: "IN_PROGRESS",
      receivedAt: instantAt("2024-03-06", "09:00"),
      promisedAt: instantAt("2024-03-06", "17:00"),
      originalPromisedAt: instantAt("2024-03-06", "17:00"),
      statutoryBoundAt: instantAt("2024-03-06", "17:00"),
      regime: "ND61_2018",
      citizenName: `Nguyễn Thị Tra Cứu ${run}`,
      citizenPhone: "0987654321",
      citizenAddress: "Thôn 3, xã Phổ Nhơn",
      ...over,
    } as Parameters<typeof db.dossier.create>[0]["data"],
    select: { id: true, code: true },
  });
  return d;
}

describe("dossier look-up by code and the phone's last 4 digits", () => {
  it("shows status, times, office and lateness, and nothing personal", async () => {
    const d = await makeDossier();
    const r = await lookupRecord({ kind: "public", ip: ip() }, { code: d.code.toLowerCase(), phoneLast4: "4321" }, { now: instantAt("2024-03-06", "12:00") });
    expect(r.ok).toBe(true);
    if (!r.ok || r.data.kind !== "DOSSIER") return;
    expect(r.data).toMatchObject({
      code: d.code,
      procedureName: "Đăng ký khai sinh",
      office: { slug: "xa-pho-nhon", name: "Xã Phổ Nhơn" },
      status: "IN_PROGRESS",
      statusLabel: "Đang giải quyết",
      receivedAt: instantAt("2024-03-06", "09:00").toISOString(),
      promisedAt: instantAt("2024-03-06", "17:00").toISOString(),
      timeliness: { state: "PENDING", late: false },
      apologies: [],
      canRate: false,
    });
    const json = JSON.stringify(r.data);
    for (const personal of ["0987654321", "Tra Cứu", "Thôn 3"]) expect(json).not.toContain(personal);
  });

  it("a late dossier shows the apology slip and the new date, late against the original promise", async () => {
    const d = await makeDossier({ promisedAt: instantAt("2024-03-08", "17:00") });
    await db.apologySlip.create({
      data: { dossierId: d.id, issuedAt: instantAt("2024-03-06", "16:00"), previousPromisedAt: instantAt("2024-03-06", "17:00"), newPromisedAt: instantAt("2024-03-08", "17:00"), reason: "Cần xác minh thêm thông tin" },
    });
    const r = await lookupRecord({ kind: "public", ip: ip() }, { code: d.code, phoneLast4: "4321" }, { now: instantAt("2024-03-07", "09:00") });
    expect(r.ok && r.data.kind === "DOSSIER" && r.data).toMatchObject({
      promisedAt: instantAt("2024-03-08", "17:00").toISOString(),
      originalPromisedAt: instantAt("2024-03-06", "17:00").toISOString(),
      timeliness: { state: "LATE", late: true, overdue: false },
      apologies: [{ newPromisedAt: instantAt("2024-03-08", "17:00").toISOString(), reason: "Cần xác minh thêm thông tin" }],
    });
  });

  it("a wrong code and wrong digits get the same answer, with the tries left", async () => {
    const d = await makeDossier();
    const addr = ip();
    const wrongDigits = await lookupRecord({ kind: "public", ip: addr }, { code: d.code, phoneLast4: "0000" });
    const wrongCode = await lookupRecord({ kind: "public", ip: addr }, { code: `${d.code}X`, phoneLast4: "4321" });
    expect(wrongDigits).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(wrongCode).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    if (!wrongDigits.ok && !wrongCode.ok) {
      expect(wrongDigits.error.message.split(".")[0]).toBe(wrongCode.error.message.split(".")[0]);
      expect(wrongCode.error.message).toContain(`Bạn còn ${env().LOOKUP_MAX_FAILURES - 2} lần thử`);
    }
  });

  it(`blocks an address after ${env().LOOKUP_MAX_FAILURES} wrong guesses, even for the right code, in the database`, async () => {
    const d = await makeDossier();
    const addr = ip();
    const now = testNow();
    const codes: string[] = [];
    for (let i = 0; i < env().LOOKUP_MAX_FAILURES; i++) {
      const r = await lookupRecord({ kind: "public", ip: addr }, { code: `PN-240306-${String(i).padStart(4, "A")}`, phoneLast4: "1111" }, { now });
      codes.push(r.ok ? "ok" : r.error.code);
    }
    expect(codes.slice(0, -1).every((c) => c === "NOT_FOUND")).toBe(true);
    expect(codes.at(-1)).toBe("RATE_LIMITED");
    const right = await lookupRecord({ kind: "public", ip: addr }, { code: d.code, phoneLast4: "4321" }, { now });
    expect(right).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: `lookup:ip:${addr}` } });
    expect(row.blockedUntil!.getTime()).toBeGreaterThan(now.getTime());
    // Another address is not affected; the blocked one is let in after the window.
    expect((await lookupRecord({ kind: "public", ip: ip() }, { code: d.code, phoneLast4: "4321" }, { now })).ok).toBe(true);
    const later = new Date(now.getTime() + (env().LOOKUP_WINDOW_MINUTES + 1) * 60_000);
    expect((await lookupRecord({ kind: "public", ip: addr }, { code: d.code, phoneLast4: "4321" }, { now: later })).ok).toBe(true);
  });

  it("guessing one code's digits from many addresses is blocked on the code itself", async () => {
    const d = await makeDossier();
    const now = testNow();
    const outcomes: string[] = [];
    // Each guess from a new address (as behind a forged X-Forwarded-For), each with wrong digits.
    for (let i = 0; i < env().LOOKUP_MAX_FAILURES; i++) {
      const r = await lookupRecord({ kind: "public", ip: ip() }, { code: d.code, phoneLast4: String(1000 + i) }, { now });
      outcomes.push(r.ok ? "ok" : r.error.code);
    }
    expect(outcomes.at(-1)).toBe("RATE_LIMITED");
    // Even the right digits from a fresh address wait for the window to pass.
    expect(await lookupRecord({ kind: "public", ip: ip() }, { code: d.code, phoneLast4: "4321" }, { now })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    const later = new Date(now.getTime() + (env().LOOKUP_WINDOW_MINUTES + 1) * 60_000);
    expect((await lookupRecord({ kind: "public", ip: ip() }, { code: d.code, phoneLast4: "4321" }, { now: later })).ok).toBe(true);
  });

  it("malformed input is refused without counting as a guess", async () => {
    const addr = ip();
    for (const input of [{ code: "PN", phoneLast4: "12" }, { code: "x".repeat(5000), phoneLast4: "1234" }, { code: 123, phoneLast4: 4321 }, {}, null, "PN-1"]) {
      const r = await lookupRecord({ kind: "public", ip: addr }, input);
      expect(r).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    }
    expect(await db.rateLimit.findUnique({ where: { key: `lookup:ip:${addr}` } })).toBeNull();
  });

  it("a home-visit tracking code is looked up the same way", async () => {
    const req = await db.homeVisitRequest.findFirstOrThrow({ where: { status: "DONE" }, select: { trackingCode: true, citizenPhone: true } });
    const r = await lookupRecord({ kind: "public", ip: ip() }, { code: req.trackingCode, phoneLast4: req.citizenPhone.slice(-4) });
    expect(r).toMatchObject({ ok: true, data: { kind: "HOME_VISIT", trackingCode: req.trackingCode, status: "DONE", statusLabel: "Đã đến nhà giải quyết" } });
  });
});

describe("the look-up's counters share its transaction", () => {
  const counter = (key: string) => db.rateLimit.findUnique({ where: { key }, select: { count: true } });

  it("a refused look-up still counts, for the address and for the code", async () => {
    const d = await makeDossier();
    const addr = ip();
    expect(await lookupRecord({ kind: "public", ip: addr }, { code: d.code, phoneLast4: "0000" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await counter(`lookup:ip:${addr}`)).toEqual({ count: 1 });
    expect(await counter(`lookup:code:${normalizeCode(d.code)}`)).toEqual({ count: 1 });
    // The right digits are let in, and count nothing.
    expect((await lookupRecord({ kind: "public", ip: addr }, { code: d.code, phoneLast4: "4321" })).ok).toBe(true);
    expect(await counter(`lookup:ip:${addr}`)).toEqual({ count: 1 });
  });

  it("nothing is half-written: when counting the code fails, the address's count goes back with it", async () => {
    const code = `IT-${run}-HONG`;
    const addr = ip();
    // The database refuses the code's counter row (as a failure between the two writes would).
    await db.$executeRawUnsafe(`CREATE FUNCTION it_refuse_counter() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER it_refuse_counter BEFORE INSERT OR UPDATE ON "RateLimit" FOR EACH ROW WHEN (NEW."key" = 'lookup:code:${normalizeCode(code)}') EXECUTE FUNCTION it_refuse_counter()`);
    try {
      const r = await lookupRecord({ kind: "public", ip: addr }, { code, phoneLast4: "1234" });
      expect(r).toMatchObject({ ok: false, error: { code: "INTERNAL" } });
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER it_refuse_counter ON "RateLimit"`);
      await db.$executeRawUnsafe(`DROP FUNCTION it_refuse_counter()`);
    }
    expect(await counter(`lookup:ip:${addr}`)).toBeNull();
    expect(await counter(`lookup:code:${normalizeCode(code)}`)).toBeNull();
  });

  it("a rating with the wrong digits counts like a look-up, and writes no rating", async () => {
    const d = await makeDossier({ status: "RETURNED", resultReadyAt: instantAt("2024-03-06", "10:00"), returnedAt: instantAt("2024-03-06", "10:30") });
    const addr = ip();
    expect(await rateDossier({ kind: "public", ip: addr }, { code: d.code, phoneLast4: "0000", rating: "SATISFIED" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await counter(`lookup:ip:${addr}`)).toEqual({ count: 1 });
    expect(await counter(`lookup:code:${normalizeCode(d.code)}`)).toEqual({ count: 1 });
    expect(await db.satisfactionResponse.count({ where: { dossierId: d.id } })).toBe(0);
  });
});

describe("the one-time satisfaction rating", () => {
  const returned = { status: "RETURNED" as const, resultReadyAt: instantAt("2024-03-06", "10:00"), returnedAt: instantAt("2024-03-06", "10:30") };

  it("after the result is returned: recorded once, from the portal, with the comment", async () => {
    const d = await makeDossier(returned);
    const r = await rateDossier({ kind: "public", ip: ip() }, { code: d.code, phoneLast4: "4321", rating: "NEUTRAL", comment: "Chờ hơi lâu ở khâu trả kết quả" });
    expect(r).toMatchObject({ ok: true, data: { rating: "NEUTRAL" } });
    const row = await db.satisfactionResponse.findUniqueOrThrow({ where: { dossierId: d.id } });
    expect(row).toMatchObject({ source: "PORTAL", rating: "NEUTRAL", comment: "Chờ hơi lâu ở khâu trả kết quả" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "survey.rate_portal", entityId: row.id } });
    expect(JSON.stringify(audit.after)).not.toContain("Chờ hơi lâu");
    const again = await rateDossier({ kind: "public", ip: ip() }, { code: d.code, phoneLast4: "4321", rating: "SATISFIED" });
    expect(again).toMatchObject({ ok: false, error: { code: "CONFLICT", message: "Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ đánh giá một lần." } });
    expect(await db.satisfactionResponse.count({ where: { dossierId: d.id } })).toBe(1);
    const looked = await lookupRecord({ kind: "public", ip: ip() }, { code: d.code, phoneLast4: "4321" });
    expect(looked).toMatchObject({ ok: true, data: { rating: { rating: "NEUTRAL" }, canRate: false } });
  });

  it("not before the result is returned; not with the wrong digits (counted); not with a bad rating", async () => {
    const open = await makeDossier();
    const count = () => db.satisfactionResponse.count({ where: { dossierId: open.id } });
    expect(await rateDossier({ kind: "public", ip: ip() }, { code: open.code, phoneLast4: "4321", rating: "SATISFIED" })).toMatchObject({
      ok: false,
      error: { code: "RULE_VIOLATION" },
    });
    const done = await makeDossier(returned);
    const addr = ip();
    expect(await rateDossier({ kind: "public", ip: addr }, { code: done.code, phoneLast4: "9999", rating: "SATISFIED" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: `lookup:ip:${addr}` } })).count).toBe(1);
    expect(await rateDossier({ kind: "public", ip: ip() }, { code: done.code, phoneLast4: "4321", rating: "GREAT" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await rateDossier({ kind: "public", ip: ip() }, { code: done.code, phoneLast4: "4321", rating: "SATISFIED", comment: "x".repeat(5000) })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION" },
    });
    expect(await count()).toBe(0);
    expect(await db.satisfactionResponse.count({ where: { dossierId: done.id } })).toBe(0);
  });
});

describe("a dossier waiting for more papers", () => {
  it("shows the citizen what the officer wrote is missing (Mẫu 02)", async () => {
    const d = await makeDossier({ status: "SUPPLEMENT_REQUESTED" });
    const missing = "Bản sao Giấy chứng nhận kết hôn của cha mẹ";
    await db.dossierEvent.create({ data: { dossierId: d.id, type: "SUPPLEMENT_REQUESTED", at: instantAt("2024-03-06", "10:00"), note: missing } });
    const r = await lookupRecord({ kind: "public", ip: ip() }, { code: d.code, phoneLast4: "4321" }, { now: instantAt("2024-03-06", "12:00") });
    expect(r).toMatchObject({ ok: true, data: { status: "SUPPLEMENT_REQUESTED", supplement: { missing, requestedAt: instantAt("2024-03-06", "10:00").toISOString() } } });
  });
});
