/**
 * docs/ARCHITECTURE.md: "every schedule decision is a pure function in src/domain/schedule/;
 * no weekday or hour literal lives anywhere else in src/". This scans the sources so the rule
 * cannot erode: no literal outside the engine, and outside src/domain no hand-written copy of
 * the engine's helpers (window containment, cut-offs, validity and lifetimes).
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../../..");
const ENGINE = "src/domain/schedule/";
const SKIP = ["src/generated/", ENGINE];

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const rel = relative(root, path).replaceAll("\\", "/");
    if (SKIP.some((s) => rel.startsWith(s))) continue;
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(rel);
  }
  return out;
}

const RULES: { name: string; pattern: RegExp }[] = [
  { name: "an hour literal such as \"15:30\"", pattern: /["'`]([01]?\d|2[0-3]):[0-5]\d["'`]/ },
  { name: "a weekday code such as \"WE\"", pattern: /["'`](MO|TU|WE|TH|FR|SA|SU)["'`]/ },
  { name: "an RRULE fragment", pattern: /BYDAY=|FREQ=/ },
  { name: "a Date weekday/hour accessor", pattern: /\.(getDay|getUTCDay|getHours|getUTCHours|setHours|setUTCHours)\(/ },
];

describe("schedule decisions live in src/domain/schedule only", () => {
  const files = sources(join(root, "src"));

  it("scans the sources", () => {
    expect(files.length).toBeGreaterThan(30);
  });

  for (const rule of RULES) {
    it(`no ${rule.name} outside the engine`, () => {
      const offenders: string[] = [];
      for (const file of files) {
        readFileSync(join(root, file), "utf8")
          .split("\n")
          .forEach((line, i) => {
            if (!line.trimStart().startsWith("//") && !line.trimStart().startsWith("*") && rule.pattern.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
          });
      }
      expect(offenders).toEqual([]);
    });
  }
});

// A comparison operator, not the arrow of `(w) => …`.
const CMP = String.raw`(?:<=?|(?<![=>])>=?)`;
const TIME = String.raw`(?:\.getTime\(\))?`;
const compared = (field: string) => String.raw`(?:\.${field}\b${TIME}\s*${CMP}|${CMP}\s*[\w.()]*\.${field}\b)`;
const WINDOW = new RegExp(`${compared("start")}[^;]*&&[^;]*${compared("end")}|${compared("end")}[^;]*&&[^;]*${compared("start")}`);
const CUTOFF = new RegExp(String.raw`(?:[cC]utoff\w*${TIME}|timeToMinutes\([^)]*\)|\.minutes\b)\s*${CMP}|${CMP}\s*(?:[\w.()]*[cC]utoff\w*\b|timeToMinutes\()`);
const COMPARISON = /([\w.?!()[\]]+)\s*(<=|>=|<(?!=)|(?<![=>])>(?!=))\s*([\w.?!()[\]]+)/g;
const BOUND = /valid(?:From|To)\b/;

/** A bound compared with something else (a date, today): comparing two bounds with each other is only their order. */
function comparesABound(line: string): boolean {
  return [...line.matchAll(COMPARISON)].some((m) => BOUND.test(m[1]!) !== BOUND.test(m[3]!));
}

const HELPERS: { name: string; use: string; test: (line: string) => boolean }[] = [
  { name: "a hand-written [start, end) window test", use: "contains / windowContaining", test: (line) => WINDOW.test(line) },
  { name: "a hand-written cut-off comparison", use: "beforeIntakeCutoff, or the promise and intake decisions that apply it", test: (line) => CUTOFF.test(line) },
  { name: "a hand-written validity or lifetime check", use: "spanIncludes / notYetStarted / hasEnded / unitLifetimeOn", test: comparesABound },
];

describe("outside src/domain nothing re-implements the engine's helpers", () => {
  const outside = sources(join(root, "src")).filter((f) => !f.startsWith("src/domain/"));

  it("scans the server, the pages and the components", () => {
    expect(outside.some((f) => f.startsWith("src/server/"))).toBe(true);
    expect(outside.some((f) => f.startsWith("src/app/"))).toBe(true);
  });

  for (const helper of HELPERS) {
    it(`no ${helper.name} (use ${helper.use})`, () => {
      const offenders: string[] = [];
      for (const file of outside) {
        readFileSync(join(root, file), "utf8")
          .split("\n")
          .forEach((line, i) => {
            const t = line.trimStart();
            if (!t.startsWith("//") && !t.startsWith("*") && helper.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
          });
      }
      expect(offenders).toEqual([]);
    });
  }

  // The detectors themselves, on the copies this guard was written against.
  it.each([
    [0, "const inWindow = occ.windows.some((w) => w.start.getTime() <= a.receivedAt.getTime() && a.receivedAt.getTime() < w.end.getTime());"],
    [0, "const officeOpen = officeWindows.some((w) => w.start <= time && time < w.end);"],
    [0, "if (t >= w.start && t < w.end) return w;"],
    [1, "if (rule.intakeCutoff && minutes > timeToMinutes(rule.intakeCutoff)) {"],
    [1, "const late = at.getTime() > occ.intakeCutoffAt.getTime();"],
    [1, 'if (toLocalParts(t).minutes > 930) throw new AppError("RULE_VIOLATION", "…");'],
    [2, "if (validTo && day > validTo) {"],
    [2, "const notYet = today < rule.validFrom;"],
    [2, "ended: validTo !== null && validTo < today,"],
    [2, "const running = (!p.validFrom || p.validFrom <= today) && (!p.validTo || today <= p.validTo);"],
  ] as const)("detector %i finds: %s", (index, line) => {
    expect(HELPERS[index]!.test(line)).toBe(true);
  });

  it.each([
    "const rows = windows.map((w) => `${w.start}–${w.end}`).join(\", \");",
    "const open = windowContaining(windows, at) !== null;",
    "if (v.validFrom && v.validTo && v.validTo < v.validFrom) {",
    "const ended = hasEnded(unit, today);",
    "select: { validFrom: true, validTo: true, sameDayCutoff: true },",
    "const dueToday = items.filter((i) => i.minutesLeft >= 0 && new Date(i.promisedAt) < dayEnd);",
    "export async function unitProcedures(unitId: string): Promise<UnitProcedureTiming[]> {",
  ])("no detector fires on: %s", (line) => {
    expect(HELPERS.filter((h) => h.test(line)).map((h) => h.name)).toEqual([]);
  });
});
