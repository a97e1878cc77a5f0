import { describe, expect, it } from "vitest";
import { instantAt } from "@/domain/schedule";
import { db } from "@/server/db";
import { api, expectApiError, writeCounts } from "./api-helpers";

const run = Date.now().toString(36).toUpperCase();
let n = 0;
const from = () => ({ "x-forwarded-for": `100.64.${Math.floor(Math.random() * 250)}.${++n}` });

async function dossier(status: "IN_PROGRESS" | "RETURNED") {
  const unit = await db.unit.findUniqueOrThrow({ where: { slug: "xa-an-dung" }, select: { id: true } });
  const procedure = await db.procedure.findUniqueOrThrow({ where: { key: "dang-ky-ket-hon" }, select: { id: true } });
  return db.dossier.create({
    data: {
      code: `API-${run}-${++n}`,
      unitId: unit.id,
      procedureId: procedure.id,
      channel: "DESK",
      status,
      receivedAt: instantAt("2024-03-15", "09:00"),
      promisedAt: instantAt("2024-03-15", "17:00"),
      originalPromisedAt: instantAt("2024-03-15", "17:00"),
      statutoryBoundAt: instantAt("2024-03-15", "17:00"),
      regime: "ND61_2018",
      citizenName: "Trần Văn API",
      citizenPhone: "0355123456",
      ...(status === "RETURNED" ? { resultReadyAt: instantAt("2024-03-15", "10:00"), returnedAt: instantAt("2024-03-15", "10:05") } : {}),
    },
    select: { id: true, code: true },
  });
}

describe("POST /api/v1/dossiers/lookup", () => {
  it("200 with what the page shows, nothing personal", async () => {
    const d = await dossier("IN_PROGRESS");
    const a = await api("/api/v1/dossiers/lookup", { method: "POST", json: { code: d.code, phoneLast4: "3456" }, headers: from() });
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ kind: "DOSSIER", code: d.code, office: { slug: "xa-an-dung" }, timeliness: { state: "LATE" } });
    expect(a.text).not.toContain("0355123456");
    expect(a.text).not.toContain("Trần Văn API");
  });

  it("404 for a wrong guess; 429 with Retry-After when an address must wait, growing from seconds, never a lock", async () => {
    const d = await dossier("IN_PROGRESS");
    const ip = from();
    const guess = (phone: string, headers = ip) => api("/api/v1/dossiers/lookup", { method: "POST", json: { code: d.code, phone }, headers });
    for (let i = 0; i < 4; i++) expectApiError(await guess(`091100000${i}`), 404, "NOT_FOUND");
    const early = await guess("0911000004");
    const e = expectApiError(early, 429, "RATE_LIMITED");
    expect(e.message).toMatch(/Vui lòng thử lại sau \d giây\./);
    // How long to wait, in the body and as Retry-After (RFC 9110 §10.2.3): the first wait, 5 s (the app's clock runs meanwhile).
    const retry = Number(early.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(5);
    expect((e as { retryAfterSeconds?: number }).retryAfterSeconds).toBe(retry);
    // The owner, at another address with the 4 digits, is not made to wait by this one.
    expect((await api("/api/v1/dossiers/lookup", { method: "POST", json: { code: d.code, phoneLast4: "3456" }, headers: from() })).status).toBe(200);
  });

  it("strangers who spend a code's 4-digit checks get 429 asking for the whole number; the owner then looks up with it at once", async () => {
    const d = await dossier("IN_PROGRESS");
    for (let i = 0; i < 4; i++) expectApiError(await api("/api/v1/dossiers/lookup", { method: "POST", json: { code: d.code, phoneLast4: String(2000 + i) }, headers: from() }), 404, "NOT_FOUND");
    const owner = from();
    const digits = await api("/api/v1/dossiers/lookup", { method: "POST", json: { code: d.code, phoneLast4: "3456" }, headers: owner });
    const e = expectApiError(digits, 429, "RATE_LIMITED") as { message: string; fieldErrors?: Record<string, string[]>; retryAfterSeconds?: number };
    expect(e.message).toContain("vui lòng nhập đầy đủ số điện thoại");
    expect(Object.keys(e.fieldErrors ?? {})).toEqual(["phone"]);
    expect(Number(digits.headers.get("retry-after"))).toBe(e.retryAfterSeconds);
    const whole = await api("/api/v1/dossiers/lookup", { method: "POST", json: { code: d.code, phone: "0355123456" }, headers: owner });
    expect(whole.status).toBe(200);
    expect(whole.body).toMatchObject({ kind: "DOSSIER", code: d.code });
    // Another dossier is not affected.
    const other = await dossier("IN_PROGRESS");
    expect((await api("/api/v1/dossiers/lookup", { method: "POST", json: { code: other.code, phoneLast4: "3456" }, headers: from() })).status).toBe(200);
    // Each wrong guess is in the audit log with the address it came from, the refusal too.
    const rows = await db.auditLog.findMany({ where: { entity: "Lookup", entityId: d.code }, select: { action: true, ip: true, after: true } });
    expect(rows.filter((r) => r.action === "lookup.failed")).toHaveLength(4);
    expect(rows.filter((r) => r.action === "lookup.throttled")).toEqual([{ action: "lookup.throttled", ip: owner["x-forwarded-for"], after: expect.objectContaining({ proof: "digits", via: "lookup", wholeNumberAsked: true }) }]);
  });

  it("a client's own X-Forwarded-For entries are not believed: the address the (one trusted) proxy appended counts", async () => {
    const d = await dossier("IN_PROGRESS");
    const real = from()["x-forwarded-for"];
    for (const forged of ["1.1.1.1", "2.2.2.2"]) {
      expectApiError(await api("/api/v1/dossiers/lookup", { method: "POST", json: { code: d.code, phoneLast4: "0000" }, headers: { "x-forwarded-for": `${forged}, ${real}` } }), 404, "NOT_FOUND");
    }
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: `lookup:ip:${real}` } })).count).toBe(2);
    expect((await db.auditLog.findMany({ where: { action: "lookup.failed", entityId: d.code }, select: { ip: true } })).map((r) => r.ip)).toEqual([real, real]);
    expect(await db.rateLimit.findMany({ where: { key: { in: ["lookup:ip:1.1.1.1", "lookup:ip:2.2.2.2"] } } })).toEqual([]);
  });

  it("bad input is 422 JSON and does not count as a guess", async () => {
    const ip = from();
    for (const json of [{}, { code: "AB" }, { code: 12345, phoneLast4: 3456 }, { code: "x".repeat(50_000), phoneLast4: "3456" }, { code: "PN-240306-K7M3", phoneLast4: "３４５６" }, [1], "x"]) {
      expectApiError(await api("/api/v1/dossiers/lookup", { method: "POST", json, headers: ip }), 422, "VALIDATION");
    }
    expect(await db.rateLimit.findUnique({ where: { key: `lookup:ip:${ip["x-forwarded-for"]}` } })).toBeNull();
  });
});

describe("POST /api/v1/dossiers/rating", () => {
  it("201 once after the result is returned, 409 the second time", async () => {
    const d = await dossier("RETURNED");
    const a = await api("/api/v1/dossiers/rating", { method: "POST", json: { code: d.code, phoneLast4: "3456", rating: "SATISFIED" }, headers: from() });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ rating: "SATISFIED" });
    expectApiError(await api("/api/v1/dossiers/rating", { method: "POST", json: { code: d.code, phoneLast4: "3456", rating: "UNSATISFIED" }, headers: from() }), 409, "CONFLICT");
    expect(await db.satisfactionResponse.count({ where: { dossierId: d.id, source: "PORTAL" } })).toBe(1);
  });

  it("bad or early ratings are 4xx and write nothing; a wrong proof writes only its audit record", async () => {
    const open = await dossier("IN_PROGRESS");
    const done = await dossier("RETURNED");
    const before = await writeCounts();
    expectApiError(await api("/api/v1/dossiers/rating", { method: "POST", json: { code: open.code, phoneLast4: "3456", rating: "SATISFIED" }, headers: from() }), 422, "RULE_VIOLATION");
    expectApiError(await api("/api/v1/dossiers/rating", { method: "POST", json: { code: done.code, phoneLast4: "3456", rating: 5 }, headers: from() }), 422, "VALIDATION");
    expectApiError(await api("/api/v1/dossiers/rating", { method: "POST", json: { code: done.code, phoneLast4: "3456", rating: "NEUTRAL", comment: "y".repeat(1001) }, headers: from() }), 422, "VALIDATION");
    expect(await writeCounts()).toEqual(before);
    expectApiError(await api("/api/v1/dossiers/rating", { method: "POST", json: { code: done.code, phoneLast4: "1111", rating: "NEUTRAL" }, headers: from() }), 404, "NOT_FOUND");
    expect(await writeCounts()).toEqual({ ...before, audit: before.audit + 1 });
    expect(await db.auditLog.findFirst({ where: { action: "lookup.failed", entityId: done.code }, select: { after: true } })).toEqual({ after: { proof: "digits", via: "rate" } });
  });
});
