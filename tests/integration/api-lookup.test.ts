import { describe, expect, it } from "vitest";
import { instantAt } from "@/domain/schedule";
import { db } from "@/server/db";
import { env } from "@/server/env";
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

  it("404 for a wrong guess, 429 once the address (or the guessed code) had too many", async () => {
    const d = await dossier("IN_PROGRESS");
    const ip = from();
    for (let i = 1; i < env().LOOKUP_MAX_FAILURES; i++) expectApiError(await api("/api/v1/dossiers/lookup", { method: "POST", json: { code: d.code, phoneLast4: "0000" }, headers: ip }), 404, "NOT_FOUND");
    expectApiError(await api("/api/v1/dossiers/lookup", { method: "POST", json: { code: d.code, phoneLast4: "0000" }, headers: ip }), 429, "RATE_LIMITED");
    const blocked = await api("/api/v1/dossiers/lookup", { method: "POST", json: { code: d.code, phoneLast4: "3456" }, headers: ip });
    const e = expectApiError(blocked, 429, "RATE_LIMITED");
    expect(e.message).toContain("Vui lòng thử lại sau");
    // How long to wait, in the body and as Retry-After (RFC 9110 §10.2.3), within the window.
    const retry = Number(blocked.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(env().LOOKUP_WINDOW_MINUTES * 60);
    expect((e as { retryAfterSeconds?: number }).retryAfterSeconds).toBe(retry);
    // The guessed code is blocked too, from any address; another dossier is not.
    expectApiError(await api("/api/v1/dossiers/lookup", { method: "POST", json: { code: d.code, phoneLast4: "3456" }, headers: from() }), 429, "RATE_LIMITED");
    const other = await dossier("IN_PROGRESS");
    expect((await api("/api/v1/dossiers/lookup", { method: "POST", json: { code: other.code, phoneLast4: "3456" }, headers: from() })).status).toBe(200);
  });

  it("a client's own X-Forwarded-For entries are not believed: the address the (one trusted) proxy appended counts", async () => {
    const d = await dossier("IN_PROGRESS");
    const real = from()["x-forwarded-for"];
    for (const forged of ["1.1.1.1", "2.2.2.2"]) {
      expectApiError(await api("/api/v1/dossiers/lookup", { method: "POST", json: { code: d.code, phoneLast4: "0000" }, headers: { "x-forwarded-for": `${forged}, ${real}` } }), 404, "NOT_FOUND");
    }
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: `lookup:ip:${real}` } })).count).toBe(2);
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

  it("bad or early ratings are 4xx and write nothing", async () => {
    const open = await dossier("IN_PROGRESS");
    const done = await dossier("RETURNED");
    const before = await writeCounts();
    expectApiError(await api("/api/v1/dossiers/rating", { method: "POST", json: { code: open.code, phoneLast4: "3456", rating: "SATISFIED" }, headers: from() }), 422, "RULE_VIOLATION");
    expectApiError(await api("/api/v1/dossiers/rating", { method: "POST", json: { code: done.code, phoneLast4: "3456", rating: 5 }, headers: from() }), 422, "VALIDATION");
    expectApiError(await api("/api/v1/dossiers/rating", { method: "POST", json: { code: done.code, phoneLast4: "3456", rating: "NEUTRAL", comment: "y".repeat(1001) }, headers: from() }), 422, "VALIDATION");
    expectApiError(await api("/api/v1/dossiers/rating", { method: "POST", json: { code: done.code, phoneLast4: "1111", rating: "NEUTRAL" }, headers: from() }), 404, "NOT_FOUND");
    expect(await writeCounts()).toEqual(before);
  });
});
