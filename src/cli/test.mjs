#!/usr/bin/env node
// `npm test`: install what is missing, then route types, types, lint, unit tests (in three time
// zones), build, integration tests on PGlite and on PostgreSQL when reachable, browser tests.
// Every suite runs even when an earlier one fails; the last line is the plain total.
// The test stacks run at a fixed instant (src/cli/test-stack.mjs); `npm run test:clocks`
// runs the clock-dependent suites again on other days.
import { mkdirSync, rmSync } from "node:fs";
import { baseEnv, bin, ensureGenerated, ensureInstalled } from "./lib.mjs";
import { createRun, outDir } from "./suites.mjs";
import { postgresReachable } from "./test-stack.mjs";

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

await ensureInstalled();
await ensureGenerated();
const env = baseEnv({ NODE_ENV: "test" });
delete env.DATABASE_URL; // every suite makes its own database

const suites = createRun();
// Route types first (.next/types): tsc then checks every Link, redirect and path builder against src/app.
await suites.check("route types (next typegen)", process.execPath, [bin.next, "typegen"], env);
await suites.check("types (tsc)", process.execPath, [bin.tsc, "--noEmit", "-p", "."], env);
await suites.check("lint (eslint)", process.execPath, [bin.eslint, "--max-warnings=0", "."], env);
for (const tz of ["Asia/Ho_Chi_Minh", "UTC", "America/New_York"]) {
  await suites.vitest(`unit tests, TZ=${tz}`, "unit", { ...env, TZ: tz });
}
await suites.check("build (next build)", process.execPath, [bin.next, "build"], { ...env, NODE_ENV: "production" });
await suites.vitest("integration tests on PGlite", "integration", { ...env, TEST_DB: "pglite" });
const postgresUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://cchc:cchc@127.0.0.1:5432/postgres";
if (await postgresReachable(postgresUrl)) {
  await suites.vitest("integration tests on PostgreSQL", "integration", { ...env, TEST_DB: "postgres", TEST_POSTGRES_URL: postgresUrl });
} else {
  process.stdout.write(`▸ PostgreSQL is not reachable at ${postgresUrl.replace(/:[^:@/]*@/, ":***@")}: the PostgreSQL pass is not run (.ci/run starts one).\n`);
}
await suites.playwright("browser tests (Playwright, Chromium)", env);
process.exit(suites.finish());
