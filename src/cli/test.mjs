#!/usr/bin/env node
// `npm test`: install what is missing, then route types, types, lint, unit tests (in three time
// zones), build, integration tests on PGlite and on PostgreSQL when reachable, browser tests.
// Every suite runs even when an earlier one fails; the last line is the plain total.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { baseEnv, bin, ensureGenerated, ensureInstalled, log, root, run } from "./lib.mjs";
import { postgresReachable } from "./test-stack.mjs";

const outDir = join(root, "test-results");
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const results = [];
const started = Date.now();

function record(name, passed, failed, note = "") {
  results.push({ name, passed, failed, note });
  const mark = failed ? "\x1b[31m✗\x1b[0m" : "\x1b[32m✓\x1b[0m";
  process.stdout.write(`${mark} ${name}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ""}\n`);
}

/** A command that is one check: passes or fails as a whole. */
async function check(name, command, args, env) {
  log(name);
  try {
    await run(command, args, { env });
    record(name, 1, 0);
  } catch {
    record(name, 0, 1);
  }
}

function vitestCounts(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, "utf8"));
  // A file that failed to load, or an unhandled error, fails without a failed test: count it.
  const brokenFiles = (report.testResults ?? []).filter((f) => f.status === "failed" && !f.assertionResults?.some((a) => a.status === "failed")).length;
  const failed = report.numFailedTests + brokenFiles;
  return { passed: report.numPassedTests, failed: failed === 0 && report.success === false ? 1 : failed };
}

async function vitest(name, project, env) {
  log(name);
  const file = join(outDir, `${name.replace(/[^a-z0-9]+/gi, "-")}.json`);
  try {
    await run(process.execPath, [bin.vitest, "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`], { env });
  } catch {
    // counted below
  }
  const counts = vitestCounts(file);
  if (!counts) record(name, 0, 1, "the suite did not run");
  else record(name, counts.passed, counts.failed);
}

async function playwright(env) {
  const name = "browser tests (Playwright, Chromium)";
  log(name);
  const file = join(outDir, "e2e.json");
  if (!existsSync("/usr/bin/chromium")) {
    record(name, 0, 1, "Chromium is missing: apt-get install -y chromium fonts-noto-core");
    return;
  }
  try {
    await run(process.execPath, [bin.playwright, "test", "--reporter=list,json"], { env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: file } });
  } catch {
    // counted below
  }
  if (!existsSync(file)) return record(name, 0, 1, "the suite did not run");
  const stats = JSON.parse(readFileSync(file, "utf8")).stats;
  record(name, stats.expected + stats.flaky, stats.unexpected + (stats.interrupted ?? 0), stats.flaky ? `${stats.flaky} flaky` : "");
}

await ensureInstalled();
await ensureGenerated();
const env = baseEnv({ NODE_ENV: "test" });
delete env.DATABASE_URL; // every suite makes its own database

// Route types first (.next/types): tsc then checks every Link, redirect and path builder against src/app.
await check("route types (next typegen)", process.execPath, [bin.next, "typegen"], env);
await check("types (tsc)", process.execPath, [bin.tsc, "--noEmit", "-p", "."], env);
await check("lint (eslint)", process.execPath, [bin.eslint, "--max-warnings=0", "."], env);
for (const tz of ["Asia/Ho_Chi_Minh", "UTC", "America/New_York"]) {
  await vitest(`unit tests, TZ=${tz}`, "unit", { ...env, TZ: tz });
}
await check("build (next build)", process.execPath, [bin.next, "build"], { ...env, NODE_ENV: "production" });
await vitest("integration tests on PGlite", "integration", { ...env, TEST_DB: "pglite" });
const postgresUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://cchc:cchc@127.0.0.1:5432/postgres";
if (await postgresReachable(postgresUrl)) {
  await vitest("integration tests on PostgreSQL", "integration", { ...env, TEST_DB: "postgres", TEST_POSTGRES_URL: postgresUrl });
} else {
  process.stdout.write(`▸ PostgreSQL is not reachable at ${postgresUrl.replace(/:[^:@/]*@/, ":***@")}: the PostgreSQL pass is not run (.ci/run starts one).\n`);
}
await playwright(env);

const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
process.stdout.write(`\nTổng kết sau ${((Date.now() - started) / 60_000).toFixed(1)} phút:\n`);
for (const r of results) process.stdout.write(`  ${r.failed ? "✗" : "✓"} ${r.name}: ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ""}\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
