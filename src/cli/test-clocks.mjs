#!/usr/bin/env node
// `npm run test:clocks`: the suites whose data and clock come from the test stack —
// integration (PGlite) and browser tests — run again with the stack's clock (TEST_NOW) at
// the machine's present instant, one day later and forty days later. `npm test` runs them at
// a fixed instant; these passes show that no test depends on the day it runs.
// Needs the build (`npm test` makes it; `next build` otherwise). Last line: the plain total.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { baseEnv, ensureGenerated, ensureInstalled, log, root } from "./lib.mjs";
import { createRun } from "./suites.mjs";

await ensureInstalled();
await ensureGenerated();
if (!existsSync(join(root, ".next/BUILD_ID"))) {
  log("Chưa có bản biên dịch: chạy npm test (hoặc npx next build) trước.");
  process.exit(1);
}
const env = baseEnv({ NODE_ENV: "test" });
delete env.DATABASE_URL;

const suites = createRun();
const present = Date.now();
for (const days of [0, 1, 40]) {
  const clock = new Date(present + days * 86_400_000).toISOString();
  const label = days === 0 ? "today" : `today + ${days} d`;
  const at = { ...env, TEST_NOW: clock };
  await suites.vitest(`integration tests on PGlite, clock ${label} (${clock})`, "integration", { ...at, TEST_DB: "pglite" });
  await suites.playwright(`browser tests, clock ${label} (${clock})`, at);
}
process.exit(suites.finish());
