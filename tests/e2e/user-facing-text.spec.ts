/**
 * No internal text reaches people: every page and download the route folders of src/app
 * name (the table of docs/ARCHITECTURE.md "Routes"), filled with seeded records of xã An
 * Dũng, is read as its audience sees it and must carry no repository path, no ISO timestamp
 * and no internal code (enum keys, field names, merge fields, algorithm names).
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { expect, query, test } from "./fixtures";

const appDir = join(process.cwd(), "src/app");

/** The URL patterns of the pages and route handlers, route groups removed. */
function endpoints(dir = appDir, out: { pattern: string; kind: "page" | "route" }[] = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith("_")) continue;
    const path = join(dir, entry.name);
    const files = readdirSync(path);
    const url = `/${relative(appDir, path)
      .split("/")
      .filter((s) => !/^\(.*\)$/.test(s))
      .join("/")}`;
    if (files.includes("page.tsx")) out.push({ pattern: url, kind: "page" });
    if (files.includes("route.ts")) out.push({ pattern: url, kind: "route" });
    endpoints(path, out);
  }
  return out;
}

/** What a reader must never meet. */
const FORBIDDEN: [string, RegExp][] = [
  ["repository path", /(?:^|[\s("'«])(?:docs|src|prisma|tests)\/[\w./-]+|\b[\w-]+\.(?:md|tsx?)\b/],
  ["ISO timestamp", /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/],
  ["internal code", /\b(?:channel|model|status|kind|place|sessions)\.[A-Za-z][\w-]*|\b[a-z]+_[a-z_]+\b|\b[a-z]+[A-Z][a-z]+\w*\b|\{\{[^}]*\}\}|\bargon2id\b/],
];

function findings(text: string): string[] {
  return FORBIDDEN.flatMap(([what, re]) => {
    const m = new RegExp(re.source, "g");
    return [...text.matchAll(m)].map((x) => `${what}: «${text.slice(Math.max(0, x.index - 40), x.index + x[0].length + 40).replace(/\s+/g, " ")}»`);
  });
}

/** Who reads each area, and which seeded record fills each dynamic segment. */
async function fillers() {
  const one = async <T>(sql: string, params: unknown[] = []) => (await query<T & Record<string, unknown>>(sql, params))[0];
  const unit = (await one<{ id: string; slug: string }>(`SELECT id, slug FROM "Unit" WHERE key = 'binh-dinh/an-lao/an-dung'`))!;
  const report = await one<{ id: string }>(`SELECT id FROM "Report" WHERE "unitId" = $1 AND status <> 'DRAFT' ORDER BY "periodStart" LIMIT 1`, [unit.id]);
  const dossier = await one<{ code: string }>(`SELECT code FROM "Dossier" WHERE "unitId" = $1 ORDER BY "receivedAt" LIMIT 1`, [unit.id]);
  const procedure = await one<{ id: string }>(`SELECT "procedureId" AS id FROM "UnitProcedure" WHERE "unitId" = $1 LIMIT 1`, [unit.id]);
  const plan = await one<{ id: string; key: string }>(`SELECT id, key FROM "Plan" WHERE "issuingUnitId" = $1 LIMIT 1`, [unit.id]);
  const session = await one<{ id: string }>(`SELECT id FROM "ListeningSession" WHERE "hostUnitId" = $1 LIMIT 1`, [unit.id]);
  const letter = await one<{ id: string }>(`SELECT id FROM "Letter" WHERE "unitId" = $1 LIMIT 1`, [unit.id]);
  const user = await one<{ id: string }>(`SELECT id FROM "User" WHERE username = 'canbo.andung'`);
  const ids: Record<string, string | undefined> = {
    "/can-bo/[unit]/bao-cao/[id]": report?.id,
    "/tham-dinh/bao-cao/[id]": report?.id,
    "/can-bo/[unit]/lang-nghe/[id]": session?.id,
    "/can-bo/[unit]/thu/[id]": letter?.id,
    "/don-vi/[slug]/thu-tuc/[id]": procedure?.id,
    "/quan-tri/thu-tuc/[id]": procedure?.id,
    "/quan-tri/ke-hoach/[id]": plan?.id,
    "/quan-tri/don-vi/[id]": unit.id,
    "/quan-tri/nguoi-dung/[id]": user?.id,
  };
  return (pattern: string): string | null => {
    let url = "";
    for (const segment of pattern.split("/").slice(1)) {
      const at = `${url}/${segment}`;
      let value: string | undefined = segment;
      if (segment === "[unit]" || segment === "[slug]") value = unit.slug;
      else if (segment === "[code]") value = dossier?.code;
      else if (segment === "[form]") value = "giay-tiep-nhan";
      else if (segment === "[key]") value = plan?.key;
      else if (segment.startsWith("[")) value = ids[pattern.split("/").slice(0, at.split("/").length).join("/")];
      if (!value) return null;
      url = `${url}/${value}`;
    }
    return url;
  };
}

const READER: [string, string | null][] = [
  ["/can-bo", "lanhdao.andung"],
  ["/tham-dinh", "thamdinh.anlao"],
  ["/quan-tri", "quantri"],
  ["/tai-khoan", "canbo.andung"],
  ["/", null],
];

async function textOf(page: Page, url: string, kind: "page" | "route"): Promise<string | null> {
  if (kind === "page") {
    const res = await page.goto(url);
    if (!res || res.status() >= 400) return null;
    return page.evaluate(() => document.body.innerText);
  }
  const res = await page.request.get(url);
  if (!res.ok()) return null;
  const type = res.headers()["content-type"] ?? "";
  if (type.includes("spreadsheetml")) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.text ?? "")))));
    return cells.join("\n");
  }
  if (type.includes("text/calendar")) {
    // The feed's own fields (DTSTART:20261207T…, UID) are for calendar programs: read what a person sees.
    const body = await res.text();
    return body
      .replace(/\r?\n[ \t]/g, "")
      .split(/\r?\n/)
      .filter((l) => /^(SUMMARY|DESCRIPTION|LOCATION)[:;]/.test(l))
      .map((l) => l.replace(/^[^:]*:/, "").replace(/\\n/g, "\n").replace(/\\([,;\\])/g, "$1"))
      .join("\n");
  }
  if (type.includes("text/html")) {
    await page.setContent(await res.text());
    return page.evaluate(() => document.body.innerText);
  }
  return null; // PDFs and JSON APIs are for programs or checked elsewhere.
}

test("pages and downloads show people no repository path, ISO timestamp or internal code", async ({ page, signInAs }) => {
  test.setTimeout(600_000);
  const fill = await fillers();
  const list = endpoints().filter((e) => !e.pattern.startsWith("/api/") || e.pattern.endsWith("calendar.ics"));
  const problems: string[] = [];
  let read = 0;
  for (const [prefix, reader] of READER) {
    const mine = list.filter((e) => e.pattern.startsWith(prefix) && READER.find(([p]) => e.pattern.startsWith(p))![0] === prefix);
    await page.context().clearCookies();
    if (reader) await signInAs(reader);
    for (const e of mine) {
      const url = fill(e.pattern);
      if (!url) continue;
      const text = await textOf(page, url, e.kind);
      if (text == null) continue;
      read += 1;
      for (const f of findings(text)) problems.push(`${url}: ${f}`);
    }
  }
  expect(read, "the walk reads the pages and downloads").toBeGreaterThan(30);
  expect(problems).toEqual([]);
});
