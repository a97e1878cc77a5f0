import { afterAll, describe, expect, it } from "vitest";
import { instantAt } from "@/domain/schedule";
import { db } from "@/server/db";
import { api, expectApiError, writeCounts } from "./api-helpers";
import { freeHomeVisitDates } from "./helpers";

// The route handler is also called in this process with the browser tests' simulated clock
// (inside Long Xuyên's 2024 plan); the served app runs on the test stack's clock (December
// 2026). Set before any server module reads its settings.
process.env.APP_SIMULATED_START = "2024-06-03T08:00:00+07:00";
/** Thursdays the engine offers at that clock with a place left (the seeded history fills some). */
const freeThursdays = () => freeHomeVisitDates("phuong-my-binh", instantAt("2024-06-03", "08:00"));
afterAll(() => {
  delete process.env.APP_SIMULATED_START;
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const run = Date.now().toString(36);

const valid = (over: Json = {}): Json => ({
  unitSlug: "phuong-my-binh",
  procedureId: "chung-thuc-chu-ky",
  eligibleGroup: "ELDERLY_FRAIL",
  requestedDate: "2024-09-12",
  citizenName: `Người dùng API ${run}`,
  citizenPhone: "+84 912 000 111",
  address: "Số 5, khóm Đông Thạnh",
  consent: true,
  ...over,
});

async function callRoute(body: unknown, headers: Record<string, string> = {}) {
  const { POST } = await import("@/app/api/v1/home-visit-requests/route");
  const res = await POST(new Request("http://localhost/api/v1/home-visit-requests", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) }), {
    params: Promise.resolve({}),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
}

describe("POST /api/v1/home-visit-requests (served app, the stack's clock)", () => {
  it("a request for a Thursday after the plan is refused with 422 and a Vietnamese message", async () => {
    const before = await writeCounts();
    const e = expectApiError(await api("/api/v1/home-visit-requests", { method: "POST", json: valid({ requestedDate: "2026-12-03" }) }), 422, "RULE_VIOLATION");
    expect(e.message).toBe("Mô hình chỉ áp dụng đến hết ngày 31/12/2024.");
    expect(await writeCounts()).toEqual(before);
  });

  it("bad input — wrong types, wrong dates, huge strings, not JSON, too large — is 4xx JSON and writes nothing", async () => {
    const before = await writeCounts();
    const bodies: [string, RequestInit & { json?: unknown }, number][] = [
      ["no body", { method: "POST", headers: { "content-type": "application/json" } }, 422],
      ["not JSON", { method: "POST", headers: { "content-type": "application/json" }, body: "{unitSlug:" }, 422],
      ["form encoding", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "unitSlug=phuong-my-binh" }, 422],
      ["an array", { method: "POST", json: [valid()] }, 422],
      ["a string", { method: "POST", json: "hello" }, 422],
      ["wrong types", { method: "POST", json: valid({ unitSlug: 5, requestedDate: true, consent: "maybe", citizenPhone: 912000111 }) }, 422],
      ["an impossible date", { method: "POST", json: valid({ requestedDate: "2024-02-30" }) }, 422],
      ["a Vietnamese-style date", { method: "POST", json: valid({ requestedDate: "04/07/2024" }) }, 422],
      ["a huge name", { method: "POST", json: valid({ citizenName: "A".repeat(12_000) }) }, 422],
      ["a huge body", { method: "POST", json: valid({ note: "x".repeat(100_000) }) }, 422],
      ["no consent", { method: "POST", json: valid({ consent: false }) }, 422],
      ["an unknown group", { method: "POST", json: valid({ eligibleGroup: "VIP" }) }, 422],
      ["an unknown unit", { method: "POST", json: valid({ unitSlug: "khong-co-don-vi" }) }, 404],
      ["nested objects", { method: "POST", json: valid({ citizenName: { $ne: "" } }) }, 422],
    ];
    for (const [what, init, status] of bodies) {
      const a = await api("/api/v1/home-visit-requests", init);
      expect(a.status, `${what}: ${a.text.slice(0, 200)}`).toBe(status);
      expectApiError(a, status);
    }
    const fields = (await api("/api/v1/home-visit-requests", { method: "POST", json: valid({ unitSlug: 5, requestedDate: true }) })).body as Json;
    expect(Object.keys(fields.error.fieldErrors)).toEqual(expect.arrayContaining(["unitSlug", "requestedDate"]));
    expect(await writeCounts()).toEqual(before);
  });
});

describe("POST /api/v1/home-visit-requests (route handler, clock at 03/06/2024)", () => {
  it("an allowed Thursday: 201 with a tracking code", async () => {
    const requestedDate = (await freeThursdays()).find((d) => d >= "2024-09-01")!;
    const r = await callRoute(valid({ requestedDate }));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: "PENDING", requestedDate, replayed: false, unit: { slug: "phuong-my-binh" } });
    expect(await db.homeVisitRequest.count({ where: { trackingCode: r.body.trackingCode } })).toBe(1);
  });

  it("the Idempotency-Key header: the second call answers 200 with the same request", async () => {
    const key = `api-${run}-key`;
    const requestedDate = (await freeThursdays()).find((d) => d >= "2024-07-01")!;
    const before = await db.homeVisitRequest.count();
    const first = await callRoute(valid({ requestedDate }), { "idempotency-key": key });
    const second = await callRoute(valid({ requestedDate }), { "idempotency-key": key });
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body.trackingCode).toBe(first.body.trackingCode);
    expect(await db.homeVisitRequest.count()).toBe(before + 1);
  });

  it("a date the rule forbids is refused even though the client skipped the form: 422, nothing written", async () => {
    const before = await writeCounts();
    for (const [date, message] of [
      ["2024-07-10", "là thứ Tư; mô hình chỉ đến nhà vào: Thứ Năm hằng tuần"],
      ["2025-01-02", "Mô hình chỉ áp dụng đến hết ngày 31/12/2024."],
      ["2024-05-30", "đã qua"],
    ]) {
      const r = await callRoute(valid({ requestedDate: date }));
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe("RULE_VIOLATION");
      expect(r.body.error.message).toContain(message);
    }
    expect(await writeCounts()).toEqual(before);
  });

  it("too many requests from one address: 429 with Retry-After and a Vietnamese message, nothing written", async () => {
    const limit = Number(process.env.HOME_VISIT_MAX_REQUESTS ?? 5);
    const from = { "x-forwarded-for": `192.0.2.${(Date.now() % 200) + 20}` };
    // Requests wait for an officer's confirmation: they take no place, so one free date does.
    const requestedDate = (await freeThursdays()).find((d) => d >= "2024-09-15")!;
    for (let i = 0; i < limit; i++) {
      expect((await callRoute(valid({ citizenPhone: `0966 ${String(Date.now() % 100_000).padStart(5, "0")}${i}`, requestedDate }), from)).status).toBe(201);
    }
    const before = await writeCounts();
    const r = await callRoute(valid({ citizenPhone: "0966 555 555", requestedDate }), from);
    expect(r.status).toBe(429);
    expect(r.body.error.code).toBe("RATE_LIMITED");
    expect(r.body.error.message).toMatch(/^Bạn đã gửi nhiều đề nghị trong thời gian ngắn/);
    // Blocked for the window (60 minutes) from the last request that counted.
    expect(r.body.error.retryAfterSeconds).toBeGreaterThan(3500);
    expect(r.body.error.retryAfterSeconds).toBeLessThanOrEqual(3600);
    expect(r.headers.get("retry-after")).toBe(String(r.body.error.retryAfterSeconds));
    expect(await writeCounts()).toEqual(before);
  });
});
