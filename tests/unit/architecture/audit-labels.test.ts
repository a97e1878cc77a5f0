/**
 * The audit log shows administrators what happened in Vietnamese. Every action code the server
 * writes, and every kind of record it names, must have a label, or the log shows a raw code.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditActionLabel, auditEntityLabel, auditFamilyLabel } from "@/domain/labels";

const server = join(__dirname, "../../../src/server");

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.tsx?$/.test(name)) out.push(readFileSync(path, "utf8"));
  }
  return out;
}

const text = sources(server).join("\n");
const found = (re: RegExp) => [...new Set([...text.matchAll(re)].flatMap((m) => m.slice(1).filter(Boolean)))].sort();

describe("the audit log's labels", () => {
  const actions = found(/(?:action|name): "([a-zA-Z]+\.[\w.]+)"|\? "([a-zA-Z]+\.[\w.]+)" : "([a-zA-Z]+\.[\w.]+)"/g);
  const entities = found(/entity: "([A-Z]\w+)"/g);

  it("finds the codes the server writes (the scan itself works)", () => {
    expect(actions).toEqual(expect.arrayContaining(["auth.signin", "dossier.receive", "homeVisit.request", "report.accept", "user.disable"]));
    expect(entities).toEqual(expect.arrayContaining(["Dossier", "User"]));
  });

  it("name every action, its family and every kind of record", () => {
    expect(actions.filter((a) => !auditActionLabel[a])).toEqual([]);
    expect([...new Set(actions.map((a) => a.split(".")[0]!))].filter((f) => !auditFamilyLabel[f])).toEqual([]);
    expect(entities.filter((e) => !auditEntityLabel[e])).toEqual([]);
  });
});
