import { describe, expect, it } from "vitest";
import { normalizeCode } from "@/domain/dossier/code";
import { instantAt, toLocalDate } from "@/domain/schedule";
import { db } from "@/server/db";
import { lookupRecord } from "@/server/lookup/lookup-dossier";
import { cancelHomeVisitRequest } from "@/server/lookup/cancel-home-visit";
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

  it("a wrong code and wrong digits get the same answer", async () => {
    const d = await makeDossier();
    const addr = ip();
    const wrongDigits = await lookupRecord({ kind: "public", ip: addr }, { code: d.code, phoneLast4: "0000" });
    const wrongCode = await lookupRecord({ kind: "public", ip: addr }, { code: `${d.code}X`, phoneLast4: "4321" });
    expect(wrongDigits).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(wrongCode).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    if (!wrongDigits.ok && !wrongCode.ok) expect(wrongDigits.error.message).toBe(wrongCode.error.message);
  });

  it("one address guessing one code waits after 4 wrong guesses, longer each time, never more than 15 minutes, and is checked again once the wait is over", async () => {
    const d = await makeDossier();
    const addr = ip();
    const t0 = testNow();
    let t = t0.getTime();
    const guess = (phone: string) => lookupRecord({ kind: "public", ip: addr }, { code: d.code, phone }, { now: new Date(t) });
    for (let i = 0; i < 4; i++) expect(await guess(`091200000${i}`)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const waits: number[] = [];
    for (let i = 4; i < 16; i++) {
      const early = await guess(`09120000${String(i).padStart(2, "0")}`);
      expect(early).toMatchObject({ ok: false, error: { code: "RATE_LIMITED", message: expect.stringMatching(/^Có quá nhiều lượt tra cứu sai vừa rồi .*Vui lòng thử lại sau \d+ (giây|phút)\.$/) } });
      const wait = early.ok ? 0 : early.error.retryAfterSeconds!;
      waits.push(wait);
      // One second early is still refused; on time, the guess is checked (and wrong).
      t += (wait - 1) * 1000;
      expect(await guess(`09120000${String(i).padStart(2, "0")}`)).toMatchObject({ ok: false, error: { code: "RATE_LIMITED", retryAfterSeconds: 1 } });
      t += 1000;
      expect(await guess(`09120000${String(i).padStart(2, "0")}`)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    }
    expect(waits).toEqual([5, 10, 20, 40, 80, 160, 320, 640, 900, 900, 900, 900]);
    // The right number at this address, after the current wait: let in, and the pair starts again.
    t += 900 * 1000;
    expect(await guess("0987654321")).toMatchObject({ ok: true, data: { code: d.code } });
    expect(await db.rateLimit.findUnique({ where: { key: `lookup:code:${normalizeCode(d.code)}:ip:${addr}` } })).toBeNull();
  });

  it("one address trying many codes is slowed to at most a minute between tries, and the wait grows", async () => {
    const addr = ip();
    let t = testNow().getTime();
    const codes = Array.from({ length: 40 }, (_, i) => `IT-${run}-DO-${i}`);
    let i = 0;
    for (; i < 21; i++) expect(await lookupRecord({ kind: "public", ip: addr }, { code: codes[i]!, phoneLast4: "1111" }, { now: new Date(t) })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const waits: number[] = [];
    for (; i < 30; i++) {
      const r = await lookupRecord({ kind: "public", ip: addr }, { code: codes[i]!, phoneLast4: "1111" }, { now: new Date(t) });
      expect(r).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
      waits.push(r.ok ? 0 : r.error.retryAfterSeconds!);
      t += waits.at(-1)! * 1000;
      expect(await lookupRecord({ kind: "public", ip: addr }, { code: codes[i]!, phoneLast4: "1111" }, { now: new Date(t) })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it("strangers' wrong digits from other addresses no longer lock the owner out: at once, the owner gets in with the whole number (the old lock held them 15 minutes)", async () => {
    const d = await makeDossier();
    const t0 = testNow();
    // Ten strangers, ten wrong guesses: what used to block the code for everyone for 15 minutes.
    const strangers: string[] = [];
    for (let i = 0; i < 10; i++) {
      const r = await lookupRecord({ kind: "public", ip: ip() }, { code: d.code, phoneLast4: String(1000 + i) }, { now: t0 });
      strangers.push(r.ok ? "ok" : r.error.code);
    }
    const owner = { kind: "public" as const, ip: ip() };
    // The owner is neither locked out nor made to wait: asked for the whole number instead.
    const digits = await lookupRecord(owner, { code: d.code, phoneLast4: "4321" }, { now: t0 });
    expect(digits).toMatchObject({
      ok: false,
      error: { code: "RATE_LIMITED", message: expect.stringContaining("vui lòng nhập đầy đủ số điện thoại đã khai khi nộp"), fieldErrors: { phone: [expect.any(String)] } },
    });
    expect(await lookupRecord(owner, { code: d.code, phone: "0987 654 321" }, { now: t0 })).toMatchObject({ ok: true, data: { code: d.code } });
    // The page's form sends both fields: the whole number is the one checked.
    expect(await lookupRecord(owner, { code: d.code, phoneLast4: "4321", phone: "+84987654321" }, { now: t0 })).toMatchObject({ ok: true });
    // The code's 4-digit checks were spent after 4; the strangers' others were refused unchecked.
    expect(strangers).toEqual([...Array(4).fill("NOT_FOUND"), ...Array(6).fill("RATE_LIMITED")]);
  });

  it("however fast strangers guess the whole number from new addresses, the owner waits at most three minutes, then gets in", async () => {
    const d = await makeDossier();
    let t = testNow().getTime();
    let last = 0;
    for (let i = 0; i < 30; i++) {
      const r = await lookupRecord({ kind: "public", ip: ip() }, { code: d.code, phone: `09${String(10_000_000 + i)}` }, { now: new Date(t) });
      if (!r.ok && r.error.code === "RATE_LIMITED") t += r.error.retryAfterSeconds! * 1000;
      else last = t;
    }
    expect(last).toBeGreaterThan(0);
    const owner = { kind: "public" as const, ip: ip() };
    const r = await lookupRecord(owner, { code: d.code, phone: "0987654321" }, { now: new Date(last) });
    expect(r).toMatchObject({ ok: false, error: { code: "RATE_LIMITED", retryAfterSeconds: 180 } });
    expect(await lookupRecord(owner, { code: d.code, phone: "0987654321" }, { now: new Date(last + 180_000) })).toMatchObject({ ok: true });
  });

  it("every wrong guess and every refused one is in the audit log with the code and the address, never the digits or the number tried", async () => {
    const d = await makeDossier();
    const addr = ip();
    const t0 = testNow();
    const code = normalizeCode(d.code);
    for (const phoneLast4 of ["7319", "8246", "5173", "6082"]) await lookupRecord({ kind: "public", ip: addr }, { code: d.code.toLowerCase(), phoneLast4 }, { now: t0 });
    // Refused: this address must wait 5 s, and the code's 4-digit checks are spent.
    await lookupRecord({ kind: "public", ip: addr }, { code: d.code, phoneLast4: "9357" }, { now: t0 });
    const t5 = new Date(t0.getTime() + 5_000);
    await lookupRecord({ kind: "public", ip: addr }, { code: d.code, phone: "0913572468" }, { now: t5 });
    await rateDossier({ kind: "public", ip: addr }, { code: d.code, phone: "0924681357", rating: "SATISFIED" }, { now: t5 });
    const rows = await db.auditLog.findMany({ where: { entity: "Lookup", entityId: code }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.action, (r.after as { proof: string; via: string }).proof, (r.after as { via: string }).via])).toEqual([
      ["lookup.failed", "digits", "lookup"],
      ["lookup.failed", "digits", "lookup"],
      ["lookup.failed", "digits", "lookup"],
      ["lookup.failed", "digits", "lookup"],
      ["lookup.throttled", "digits", "lookup"],
      ["lookup.failed", "phone", "lookup"],
      // Five guesses of this code from this address: the sixth waits.
      ["lookup.throttled", "phone", "rate"],
    ]);
    expect(rows.every((r) => r.ip === addr && r.actorRole === "PUBLIC" && r.entityId === code)).toBe(true);
    // Beside the code and the address, only what was refused and why: no digits, no number.
    const logged = JSON.stringify(rows.map((r) => ({ actorName: r.actorName, before: r.before, after: r.after })));
    for (const tried of ["7319", "8246", "5173", "6082", "9357", "0913572468", "0924681357", "4321", "0987654321"]) expect(logged).not.toContain(tried);
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

  it("a tracking code's digits are throttled, audited and stepped up to the whole number like a dossier's; the citizen can still cancel", async () => {
    const t0 = testNow();
    const seeded = await db.homeVisitRequest.findFirstOrThrow({ select: { unitId: true, modelId: true, procedureId: true, eligibleGroup: true } });
    const trackingCode = `TN-IT${run}${++seq}`;
    const requestedDate = new Date(`${toLocalDate(new Date(t0.getTime() + 10 * 24 * 60 * 60 * 1000))}T00:00:00Z`);
    await db.homeVisitRequest.create({ data: { ...seeded, trackingCode, requestedDate, status: "PENDING", citizenName: "Lê Văn Theo Dõi", citizenPhone: "0976543210", address: "Thôn 1" } });
    for (let i = 0; i < 4; i++) expect(await lookupRecord({ kind: "public", ip: ip() }, { code: trackingCode, phoneLast4: String(1000 + i) }, { now: t0 })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const owner = { kind: "public" as const, ip: ip() };
    expect(await lookupRecord(owner, { code: trackingCode, phoneLast4: "3210" }, { now: t0 })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED", fieldErrors: { phone: [expect.any(String)] } } });
    expect(await cancelHomeVisitRequest(owner, { code: trackingCode, phoneLast4: "3210" }, { now: t0 })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    expect(await lookupRecord(owner, { code: trackingCode, phone: "0976543210" }, { now: t0 })).toMatchObject({ ok: true, data: { kind: "HOME_VISIT", status: "PENDING" } });
    expect(await cancelHomeVisitRequest(owner, { code: trackingCode, phone: "0976543210" }, { now: t0 })).toMatchObject({ ok: true });
    expect(await db.auditLog.count({ where: { action: "lookup.failed", entity: "Lookup", entityId: trackingCode } })).toBe(4);
    expect(await db.auditLog.count({ where: { action: "lookup.throttled", entity: "Lookup", entityId: trackingCode } })).toBe(2);
  });
});

describe("the look-up's counters share its transaction", () => {
  const counter = (key: string) => db.rateLimit.findUnique({ where: { key }, select: { count: true } });

  it("a wrong guess stays counted, for the code at the address, the address and the code's 4-digit checks", async () => {
    const d = await makeDossier();
    const addr = ip();
    const code = normalizeCode(d.code);
    expect(await lookupRecord({ kind: "public", ip: addr }, { code: d.code, phoneLast4: "0000" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await counter(`lookup:code:${code}:ip:${addr}`)).toEqual({ count: 1 });
    expect(await counter(`lookup:ip:${addr}`)).toEqual({ count: 1 });
    expect(await counter(`lookup:code:${code}:digits`)).toEqual({ count: 1 });
    // The right digits are let in: the pair starts again; the address and the code keep the wrong guess only.
    expect((await lookupRecord({ kind: "public", ip: addr }, { code: d.code, phoneLast4: "4321" })).ok).toBe(true);
    expect(await counter(`lookup:code:${code}:ip:${addr}`)).toBeNull();
    expect(await counter(`lookup:ip:${addr}`)).toEqual({ count: 1 });
    expect(await counter(`lookup:code:${code}:digits`)).toEqual({ count: 1 });
  });

  it("nothing is half-written: when counting the code fails, the address's count and the audit record go back with it", async () => {
    const code = `IT-${run}-HONG`;
    const addr = ip();
    // The database refuses the code's counter row (as a failure between the two writes would).
    await db.$executeRawUnsafe(`CREATE FUNCTION it_refuse_counter() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER it_refuse_counter BEFORE INSERT OR UPDATE ON "RateLimit" FOR EACH ROW WHEN (NEW."key" = 'lookup:code:${normalizeCode(code)}:digits') EXECUTE FUNCTION it_refuse_counter()`);
    try {
      const r = await lookupRecord({ kind: "public", ip: addr }, { code, phoneLast4: "1234" });
      expect(r).toMatchObject({ ok: false, error: { code: "INTERNAL" } });
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER it_refuse_counter ON "RateLimit"`);
      await db.$executeRawUnsafe(`DROP FUNCTION it_refuse_counter()`);
    }
    expect(await counter(`lookup:ip:${addr}`)).toBeNull();
    expect(await counter(`lookup:code:${normalizeCode(code)}:ip:${addr}`)).toBeNull();
    expect(await counter(`lookup:code:${normalizeCode(code)}:digits`)).toBeNull();
    expect(await db.auditLog.count({ where: { entity: "Lookup", entityId: normalizeCode(code) } })).toBe(0);
  });

  it("a rating with the wrong digits counts like a look-up, and writes no rating", async () => {
    const d = await makeDossier({ status: "RETURNED", resultReadyAt: instantAt("2024-03-06", "10:00"), returnedAt: instantAt("2024-03-06", "10:30") });
    const addr = ip();
    expect(await rateDossier({ kind: "public", ip: addr }, { code: d.code, phoneLast4: "0000", rating: "SATISFIED" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await counter(`lookup:ip:${addr}`)).toEqual({ count: 1 });
    expect(await counter(`lookup:code:${normalizeCode(d.code)}:digits`)).toEqual({ count: 1 });
    expect(await db.auditLog.findFirst({ where: { action: "lookup.failed", entityId: normalizeCode(d.code) }, select: { ip: true, after: true } })).toEqual({ ip: addr, after: { proof: "digits", via: "rate" } });
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
