/**
 * src/domain is pure (no framework, database, I/O or clock): the project's own ESLint
 * configuration enforces it. This lints small snippets as if they were files of the domain,
 * so a change to eslint.config.mjs that lets one of them through fails here.
 */
import { join } from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(__dirname, "../../..");
const DOMAIN_FILE = join(root, "src/domain/schedule/purity-probe.ts");
const SERVER_FILE = join(root, "src/server/purity-probe.ts");

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const probe = [value];\n`, { filePath });
  return result!.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe("the domain purity rule (eslint.config.mjs)", () => {
  it.each([
    `import { db as value } from "../../server/db";`,
    `import { db as value } from "../../server";`,
    `import { db as value } from "@/server/db";`,
    `import value from "../../app/(public)/page";`,
    `import { Alert as value } from "../../components/ui/primitives";`,
    `import { Prisma as value } from "../../generated/prisma/client";`,
    `import { Prisma as value } from "@/generated/prisma/client";`,
    `import { PrismaClient as value } from "@prisma/client";`,
    `import { headers as value } from "next/headers";`,
    `import { cache as value } from "react";`,
    `import { readFileSync as value } from "node:fs";`,
    `export { db as value } from "../../server/db";`,
  ])("rejects %s in src/domain", async (code) => {
    expect(await ruleIds(code, DOMAIN_FILE)).toContain("no-restricted-imports");
  }, 60_000);

  it.each([`import { addDays as value } from "./local-time";`, `import { unitLifetimeOn as value } from "../unit/lifetime";`, `import { eligibleGroupLabel as value } from "../labels";`])(
    "accepts the domain's own modules: %s",
    async (code) => {
      expect(await ruleIds(code, DOMAIN_FILE)).toEqual([]);
    },
    60_000,
  );

  it("rejects reading the clock in src/domain", async () => {
    expect(await ruleIds("const value = new Date();", DOMAIN_FILE)).toContain("no-restricted-syntax");
  }, 60_000);

  it("applies to src/domain only: the server may import its own modules", async () => {
    expect(await ruleIds(`import { db as value } from "../server/db";`, SERVER_FILE)).not.toContain("no-restricted-imports");
  }, 60_000);
});
