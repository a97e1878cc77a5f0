/**
 * The route table of docs/ARCHITECTURE.md ("Routes") names every folder of src/app, and every
 * path src/lib/paths.ts builds lands on a page or route handler that exists.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { everyPage, localPath, paths, query } from "@/lib/paths";

const root = join(__dirname, "../../..");
const appDir = join(root, "src/app");

/** Folders that are not URL segments: route groups "(officer)" and private folders "_components". */
const notASegment = (name: string) => /^\(.*\)$/.test(name) || name.startsWith("_");

function folders(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    out.push(relative(appDir, path).replaceAll("\\", "/"));
    folders(path, out);
  }
  return out;
}

const allFolders = folders(appDir);
const segments = [...new Set(allFolders.flatMap((f) => f.split("/")).filter((s) => !notASegment(s)))].sort();

/** A folder as a URL pattern, route groups removed: "(officer)/can-bo/[unit]" → "/can-bo/[unit]". */
const urlOf = (folder: string) => `/${folder.split("/").filter((s) => !/^\(.*\)$/.test(s)).join("/")}`;

/** The URL patterns of the pages and route handlers ("(public)/page.tsx" is "/"). */
const endpoints = allFolders.filter((f) => readdirSync(join(appDir, f)).some((n) => /^(page\.tsx|route\.ts)$/.test(n))).map(urlOf);

function matches(pathname: string, pattern: string): boolean {
  const regex = pattern
    .split("/")
    .map((s) => (/^\[\.\.\..+\]$/.test(s) ? ".+" : /^\[.+\]$/.test(s) ? "[^/]+" : s.replace(/[.*+?^${}()|\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${regex}$`).test(pathname);
}

function routeTable(): string {
  const doc = readFileSync(join(root, "docs/ARCHITECTURE.md"), "utf8");
  const start = doc.indexOf("## Routes");
  expect(start, "docs/ARCHITECTURE.md has a «## Routes» section").toBeGreaterThan(-1);
  const end = doc.indexOf("\n## ", start + 1);
  return doc.slice(start, end === -1 ? undefined : end);
}

describe("the route table in docs/ARCHITECTURE.md", () => {
  const table = routeTable();
  const rows = table.split("\n").filter((l) => l.startsWith("| `"));
  const listed = new Set(rows.flatMap((row) => [...row.split("|")[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)));

  it("finds the segments of src/app", () => {
    expect(segments).toContain("tiep-nhan");
    expect(segments.length).toBeGreaterThan(40);
  });

  it("names every route segment under src/app", () => {
    expect(segments.filter((s) => !listed.has(s))).toEqual([]);
  });

  it("names no segment that does not exist", () => {
    expect([...listed].filter((s) => !segments.includes(s))).toEqual([]);
  });
});

/** Calls every builder with placeholder arguments and collects what it returns. */
function built(node: unknown, name: string, out: { name: string; path: string }[] = []): { name: string; path: string }[] {
  if (typeof node === "string") out.push({ name, path: node });
  else if (typeof node === "function") {
    const args = Array.from({ length: node.length }, (_, i) => (name.endsWith(".place") ? { slug: "x", kind: "COMMUNE" } : `x${i}`));
    built(node(...args), name, out);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) built(value, `${name}.${key}`, out);
  }
  return out;
}

describe("src/lib/paths.ts", () => {
  const all = built(paths, "paths");

  it("builds every path", () => {
    expect(all.length).toBeGreaterThan(60);
  });

  it.each(all)("$name → $path is a page or a route handler", ({ path }) => {
    const pathname = path.split(/[?#]/)[0]!;
    expect(endpoints.some((e) => matches(pathname, e)), `${pathname} is not one of src/app's pages`).toBe(true);
  });

  it("revalidates route patterns that are folders of src/app", () => {
    for (const pattern of Object.values(everyPage)) {
      expect(allFolders.map(urlOf), pattern).toContain(pattern);
    }
  });

  it("writes search parameters once: unset ones left out, flags bare, values encoded, times readable", () => {
    expect(query({})).toBe("");
    expect(query({ ngay: "2024-03-06", gio: "09:00", "linh-vuc": "", thu: undefined })).toBe("?ngay=2024-03-06&gio=09:00");
    expect(query({ "tai-ve": true, trang: 2, bo: false, khong: null })).toBe("?tai-ve&trang=2");
    expect(query({ "chi-tieu": "a&b c" })).toBe("?chi-tieu=a%26b%20c");
    expect(paths.unit.page("xa-pho-nhon", { ngay: "2024-03-06", gio: "10:00" })).toBe("/don-vi/xa-pho-nhon?ngay=2024-03-06&gio=10:00");
    expect(paths.officer.sessionQuestions("xa-an-dung", "s1", { da: "answer" })).toBe("/can-bo/xa-an-dung/lang-nghe/s1?da=answer#y-kien");
    expect(paths.signIn("/can-bo/xa-an-dung/ho-so")).toBe("/dang-nhap?callbackUrl=%2Fcan-bo%2Fxa-an-dung%2Fho-so");
    expect(paths.place({ slug: "tinh-quang-ngai", kind: "PROVINCE" })).toBe("/?tinh=tinh-quang-ngai");
  });

  it("keeps a sign-in callback on this site", () => {
    expect(localPath("/tham-dinh")).toBe("/tham-dinh");
    for (const outside of ["https://example.test/", "//example.test/", "/\\example.test", "tham-dinh", "", undefined]) expect(localPath(outside)).toBeUndefined();
  });
});
