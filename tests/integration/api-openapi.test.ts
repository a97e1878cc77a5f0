import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { api, expectApiError, writeCounts } from "./api-helpers";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const API_DIR = join(process.cwd(), "src/app/api/v1");

/** Every route file under /api/v1 as an OpenAPI path ("units/[slug]/models" → "/units/{slug}/models") and its methods. */
function routeFiles(): { path: string; methods: string[] }[] {
  const out: { path: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "route.ts") {
        const rel = relative(API_DIR, dir);
        if (rel.includes("[...")) continue; // the JSON 404 for everything else
        const source = readFileSync(full, "utf8");
        const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => new RegExp(`export const ${m}\\b`).test(source));
        out.push({ path: `/${rel.replace(/\[([^\]]+)\]/g, "{$1}")}`, methods });
      }
    }
  };
  walk(API_DIR);
  return out;
}

const SAMPLE: Record<string, string> = { slug: "xa-pho-nhon", procedure: "chung-thuc-chu-ky", key: "pho-nhon-thu-tu-khong-hen" };
const fill = (p: string) => p.replace(/\{(\w+)\}/g, (_, k: string) => (k === "key" && p.startsWith("/plans") ? "pho-nhon-2024-thu-tu-khong-hen" : SAMPLE[k]!));

describe("the OpenAPI 3.1 document at /api/v1/openapi.json", () => {
  it("is OpenAPI 3.1 and describes every route, with the methods it answers", async () => {
    const a = await api("/api/v1/openapi.json");
    expect(a.status).toBe(200);
    const doc = a.body as Json;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBeTruthy();
    expect(doc.servers[0].url).toMatch(/\/api\/v1$/);
    const files = routeFiles();
    expect(files.length).toBeGreaterThanOrEqual(18);
    for (const f of files) {
      expect(doc.paths[f.path], `${f.path} is not documented`).toBeDefined();
      expect(Object.keys(doc.paths[f.path]).map((m) => m.toUpperCase()).sort(), f.path).toEqual([...f.methods].sort());
    }
    expect(Object.keys(doc.paths).sort()).toEqual(files.map((f) => f.path).sort());
  });

  it("a method a route does not have answers JSON 405 with the methods it has", async () => {
    for (const [path, method, allow] of [
      ["/api/v1/units", "POST", "GET"],
      ["/api/v1/units/xa-pho-nhon/availability", "DELETE", "GET"],
      ["/api/v1/dossiers/lookup", "GET", "POST"],
      ["/api/v1/home-visit-requests", "PUT", "POST"],
    ] as const) {
      const a = await api(path, { method, ...(method === "GET" ? {} : { json: {} }) });
      expect(a.status, `${method} ${path}`).toBe(405);
      expect(a.headers.get("allow")).toBe(allow);
      expectApiError(a, 405, "METHOD_NOT_ALLOWED");
    }
  });

  it("every $ref points to a defined schema, every operation has responses and path parameters match", async () => {
    const doc = (await api("/api/v1/openapi.json")).body as Json;
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(doc.components.schemas[r], r).toBeDefined();
    for (const [path, ops] of Object.entries(doc.paths as Json)) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [method, op] of Object.entries(ops as Json)) {
        expect(Object.keys(op.responses).length, `${method} ${path}`).toBeGreaterThan(0);
        expect(op.summary, `${method} ${path}`).toBeTruthy();
        const declared = (op.parameters ?? []).filter((p: Json) => p.in === "path").map((p: Json) => p.name).sort();
        expect(declared, `${method} ${path}`).toEqual(inPath);
      }
    }
    // Every limited POST says so, with the Retry-After header.
    for (const path of ["/home-visit-requests", "/dossiers/lookup", "/dossiers/rating"]) {
      expect(doc.paths[path].post.responses["429"].headers["Retry-After"].schema.type, path).toBe("integer");
    }
  });

  it("every documented GET path answers with its documented success type", async () => {
    const doc = (await api("/api/v1/openapi.json")).body as Json;
    for (const [path, ops] of Object.entries(doc.paths as Json)) {
      if (!(ops as Json).get) continue;
      const query = path === "/search" ? "?q=khai%20sinh" : "";
      const a = await api(`/api/v1${fill(path)}${query}`);
      expect(a.status, path).toBe(200);
      const types = Object.keys((ops as Json).get.responses["200"].content);
      expect(types.some((t) => a.type.startsWith(t)), `${path}: ${a.type}`).toBe(true);
    }
  });
});

describe("the rest of the API", () => {
  it("search and plans serve what the pages show", async () => {
    const s = (await api("/api/v1/search?q=chung%20thuc%20ban%20sao")).body as Json;
    expect(s.procedures[0].name).toMatch(/^Chứng thực bản sao từ bản chính/);
    expectApiError(await api("/api/v1/search"), 422, "VALIDATION");
    expectApiError(await api(`/api/v1/search?q=${"a".repeat(201)}`), 422, "VALIDATION");
    const plans = (await api("/api/v1/plans")).body as Json;
    // The five seeded plans (other test files issue plans of their own into the same database).
    const keys = (plans.plans as Json[]).map((p) => p.key);
    expect(keys).toEqual(
      expect.arrayContaining(["long-xuyen-2024-tthc-tai-nha", "an-dung-2023-2025-sang-kien-cchc", "pho-nhon-2024-thu-tu-khong-hen", "phuoc-long-2023-2025-chinh-quyen-than-thien", "luan-thanh-2026-gio-thu-9"]),
    );
    // Drafts never reach the API.
    const drafts = await db.plan.findMany({ where: { status: "DRAFT" }, select: { key: true } });
    for (const d of drafts) expect(keys).not.toContain(d.key);
    const lx = (await api("/api/v1/plans/long-xuyen-2024-tthc-tai-nha")).body as Json;
    expect(lx.plan).toMatchObject({ number: null, symbol: "KH-UBND", issuerLines: ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ LONG XUYÊN"] });
    // The original's blanks: "Long Xuyên, ngày      tháng      năm 2024".
    expect(lx.plan.dateline).toMatch(/^Long Xuyên, ngày \s+ tháng \s+ năm 2024$/);
    expectApiError(await api("/api/v1/plans/khong-co"), 404, "NOT_FOUND");
  });

  it("unknown addresses under /api/v1 answer 404 JSON for every method", async () => {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      expectApiError(await api("/api/v1/khong-co/gi-ca", { method }), 404, "NOT_FOUND");
    }
  });

  it("junk in every parameter of every GET route is answered 4xx (never 5xx) and writes nothing", async () => {
    const before = await writeCounts();
    const junk = ["", " ", "'; DROP TABLE \"Unit\"; --", "%00", "😀".repeat(50), "x".repeat(3000), "-1", "1e309", "NaN", "null", "[]", "{}", "2024-13-45", "T25:61"];
    const routes = ["/units?q=", "/units?code=", "/units?parent=", "/units?limit=", "/units/xa-pho-nhon/models?date=", "/units/xa-pho-nhon/availability?at=", "/units/xa-pho-nhon/schedule?at=", "/units/xa-pho-nhon/procedures/chung-thuc-chu-ky?at=", "/models/pho-nhon-thu-tu-khong-hen/occurrences?from=", "/models/pho-nhon-thu-tu-khong-hen/occurrences?to=", "/models/pho-nhon-thu-tu-khong-hen/occurrences?unit=", "/models/pho-nhon-thu-tu-khong-hen/calendar.ics?unit=", "/search?q="];
    for (const r of routes) {
      for (const j of junk) {
        const a = await api(`/api/v1${r}${encodeURIComponent(j)}`);
        expect(a.status, `${r}${j.slice(0, 20)} → ${a.status} ${a.text.slice(0, 120)}`).toBeLessThan(500);
        if (a.status >= 400) expect(a.type).toContain("application/json");
      }
    }
    for (const seg of ["%00", "😀", "x".repeat(2000), "..", "%2e%2e"]) {
      for (const path of [`/units/${seg}`, `/units/xa-pho-nhon/procedures/${seg}`, `/models/${seg}/occurrences`, `/plans/${seg}`]) {
        const a = await api(`/api/v1${path}`);
        expect(a.status, `${path.slice(0, 60)} → ${a.status}`).toBeLessThan(500);
      }
    }
    expect(await writeCounts()).toEqual(before);
  });
});
