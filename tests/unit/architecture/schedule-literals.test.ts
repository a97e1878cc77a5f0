/**
 * "The rule engine is the heart" (docs/ARCHITECTURE.md): the server side calls only the engine
 * for any schedule decision, and no weekday or hour literal lives anywhere else in src/. This
 * scans the sources so the rule cannot erode.
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
