// The suites `npm test` and `npm run test:clocks` run, each counted as "N passed, N failed";
// every suite runs even when an earlier one fails.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bin, log, root, run } from "./lib.mjs";

export const outDir = join(root, "test-results");

export function createRun() {
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

  async function vitest(name, project, env) {
    log(name);
    mkdirSync(outDir, { recursive: true });
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

  async function playwright(name, env) {
    log(name);
    const file = join(outDir, `${name.replace(/[^a-z0-9]+/gi, "-")}.json`);
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

  /** Prints the summary; the last line is the plain total. Returns the exit code. */
  function finish() {
    const passed = results.reduce((s, r) => s + r.passed, 0);
    const failed = results.reduce((s, r) => s + r.failed, 0);
    process.stdout.write(`\nTổng kết sau ${((Date.now() - started) / 60_000).toFixed(1)} phút:\n`);
    for (const r of results) process.stdout.write(`  ${r.failed ? "✗" : "✓"} ${r.name}: ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ""}\n`);
    process.stdout.write(`${passed} passed, ${failed} failed\n`);
    return failed ? 1 : 0;
  }

  return { record, check, vitest, playwright, finish };
}

function vitestCounts(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, "utf8"));
  // A file that failed to load, or an unhandled error, fails without a failed test: count it.
  const brokenFiles = (report.testResults ?? []).filter((f) => f.status === "failed" && !f.assertionResults?.some((a) => a.status === "failed")).length;
  const failed = report.numFailedTests + brokenFiles;
  return { passed: report.numPassedTests, failed: failed === 0 && report.success === false ? 1 : failed };
}
