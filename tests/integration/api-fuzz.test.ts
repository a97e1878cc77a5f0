import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { api, databaseState } from "./api-helpers";
import { baseUrl } from "./helpers";

/**
 * The open API's fuzzer (issue #19, acceptance 2): every operation the OpenAPI document lists,
 * and the ones it does not, called with hostile path segments, query values, bodies, methods and
 * headers. Whatever is sent, the answer is never a 5xx, an error is the API's JSON error in
 * Vietnamese, and nothing is written but the look-up's counters and the audit of wrong guesses.
 */

interface Operation {
  method: string;
  path: string;
  query: string[];
}

const hostileText = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "valueOf",
    "hasOwnProperty",
    "..",
    "../../etc/passwd",
    "%00",
    "%E0%A4%A",
    "%ZZ",
    "\u0000",
    "null",
    "undefined",
    "NaN",
    "-1",
    "0",
    "1e309",
    "99999999999999999999",
    "2024-02-30",
    "2024-13-01T25:61:00+07:00",
    "9999-12-31T23:59:59Z",
    "0000-01-01",
    "'; DROP TABLE \"Dossier\"; --",
    "<script>alert(1)</script>",
    "xã phổ nhơn",
    "x".repeat(5000),
    "[]",
    "{}",
    "true",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);

/** A path segment as a client might send it: encoded, or raw with its escapes left broken. */
const segment = fc.oneof(
  hostileText.map((t) => encodeURIComponent(t)),
  fc.constantFrom("%E0%A4%A", "%", "%2", "%FF%FE", "a%2Fb", "xa-pho-nhon", "chung-thuc-chu-ky", "%C0%AE%C0%AE"),
);

/** JSON bodies of every shape, with prototype keys at any depth. */
const hostileJson = fc.oneof(
  fc.jsonValue(),
  fc.anything({ key: fc.constantFrom("__proto__", "constructor", "prototype", "code", "phoneLast4", "phone", "rating", "unit", "procedure", "date", "name"), maxDepth: 3 }),
  fc.record({ code: hostileText, phoneLast4: hostileText }, { requiredKeys: [] }),
  fc.record({ code: hostileText, phoneLast4: hostileText, rating: hostileText, comment: hostileText }, { requiredKeys: [] }),
  fc.record({ unit: hostileText, procedure: hostileText, date: hostileText, name: hostileText, phone: hostileText, address: hostileText, category: hostileText, idempotencyKey: hostileText }, { requiredKeys: [] }),
);

const rawBody = fc.oneof(
  hostileJson.map((v) => ({ type: "application/json", body: JSON.stringify(v) ?? "null" })),
  fc.constantFrom("{", "[", '{"code":', "not json", "", "\u0000", '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}').map((body) => ({ type: "application/json", body })),
  hostileText.map((body) => ({ type: fc.sample(fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "application/xml", ""), 1)[0]!, body })),
);

async function operations(): Promise<Operation[]> {
  const doc = (await api("/api/v1/openapi.json")).body as { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      ops.push({ method: method.toUpperCase(), path, query: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name) });
    }
  }
  return ops;
}

function fill(template: string, values: string[]): string {
  let i = 0;
  return template.replace(/\{[^}]+\}/g, () => values[i++ % values.length] ?? "x");
}

/** What went wrong, as `method path → status body`: a 5xx, or an error not in the API's shape. */
const problems: string[] = [];

async function call(method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}) {
  const res = await fetch(`${baseUrl()}${path}`, { method, headers: init.headers, body: method === "GET" || method === "HEAD" ? undefined : init.body, redirect: "manual" });
  const text = method === "HEAD" ? "" : await res.text();
  const seen = `${method} ${path.slice(0, 160)} → ${res.status} ${text.slice(0, 160)}`;
  if (res.status >= 500) problems.push(seen);
  else if (res.status >= 400 && path.startsWith("/api/v1") && method !== "HEAD") {
    // The API's error shape, in Vietnamese, whatever went wrong.
    let error: { code?: unknown; message?: unknown } | undefined;
    try {
      error = (JSON.parse(text) as { error?: { code?: unknown; message?: unknown } }).error;
    } catch {
      error = undefined;
    }
    if (typeof error?.code !== "string" || typeof error.message !== "string" || error.message.length < 6) problems.push(`not the API's error shape: ${seen}`);
  }
  return res.status;
}

describe("the open API under hostile input", () => {
  it("no operation answers 5xx, and nothing is written but look-up counters and the audit of wrong guesses", { timeout: 600_000 }, async () => {
    const ops = await operations();
    expect(ops.length).toBeGreaterThanOrEqual(15);
    const before = await databaseState();
    let calls = 0;

    for (const op of ops) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(segment, { minLength: 1, maxLength: 3 }),
          fc.array(fc.tuple(fc.oneof(fc.constantFrom(...(op.query.length ? op.query : ["q"])), hostileText.map(encodeURIComponent)), hostileText), { maxLength: 4 }),
          rawBody,
          fc.constantFrom<Record<string, string>>({}, { "if-none-match": '"x", W/"y", *' }, { "x-forwarded-for": "not-an-ip, ::1" }, { accept: "*/*;q=bogus" }, { "content-length": "0" }),
          async (segments, query, body, headers) => {
            const search = query.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
            const path = `/api/v1${fill(op.path, segments)}${search ? `?${search}` : ""}`;
            const sentHeaders: Record<string, string> = { ...headers };
            delete sentHeaders["content-length"];
            if (op.method === "POST" && body.type) sentHeaders["content-type"] = body.type;
            await call(op.method, path, { headers: sentHeaders, body: body.body });
            calls++;
          },
        ),
        { numRuns: 25, seed: 19_2026, endOnFailure: true },
      );
      // Methods the operation does not have, and a body far over any limit.
      for (const method of ["PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"]) await call(method, `/api/v1${fill(op.path, ["xa-pho-nhon"])}`, { body: "{}" });
      if (op.method === "POST") await call("POST", `/api/v1${op.path}`, { headers: { "content-type": "application/json" }, body: JSON.stringify({ code: "A".repeat(3_000_000) }) });
      calls += 6;
    }
    // Paths outside the document.
    for (const path of ["/api/v1", "/api/v1/", "/api/v1/khong-co", "/api/v1/units/xa-pho-nhon/khong-co", "/api/v1/%E0%A4%A", "/api/v1/units/%ZZ/schedule", "/api/v2/units"]) {
      for (const method of ["GET", "POST"]) await call(method, path, { headers: { "content-type": "application/json" }, body: "{" });
    }

    expect(problems).toEqual([]);
    expect(calls).toBeGreaterThan(ops.length * 25);
    const after = await databaseState();
    const { RateLimit: _r1, AuditLog: _a1, ...otherBefore } = before.tables;
    const { RateLimit: _r2, AuditLog: _a2, ...otherAfter } = after.tables;
    expect(otherAfter).toEqual(otherBefore);
    // The audit only gained what a wrong look-up, rating or cancel records.
  });
});
