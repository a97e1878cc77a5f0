import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests on Debian's Chromium (never a downloaded browser). The app is served by
 * src/cli/serve-test.mjs on a fresh, seeded in-memory database.
 */
/** E2E_PORT lets several checkouts run their browser tests side by side. */
const port = Number(process.env.E2E_PORT ?? 3100);
/**
 * Extra servers whose clock starts at a chosen instant, for the historical plans (nothing is
 * in force today). One port per area, counted up from E2E_PORT; tests use full URLs:
 *   port + 1: citizen portal (issue #5), 03/06/2024 08:00, inside Long Xuyên's home-visit plan.
 *   port + 2: left for the officer workspace (issue #6).
 */
const citizenSimulatedPort = port + 1;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      command: `node src/cli/serve-test.mjs --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `node src/cli/serve-test.mjs --port ${citizenSimulatedPort} --simulated-start 2024-06-03T08:00:00+07:00`,
      url: `http://127.0.0.1:${citizenSimulatedPort}/`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
