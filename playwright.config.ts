import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests on Debian's Chromium (never a downloaded browser). The app is served by
 * src/cli/serve-test.mjs on a fresh, seeded in-memory database.
 */
/** E2E_PORT lets several checkouts run their browser tests side by side. */
const port = Number(process.env.E2E_PORT ?? 3100);
/**
 * Extra stacks with a simulated clock for the officer workspace's tests (issue #6): most demo
 * units ended on 30/06/2025 and no model is in force today. Each is an independent entry.
 */
const OFFICER_PHO_NHON_PORT = port + 1; // Phổ Nhơn, Wednesday 06/03/2024 09:00 ("Ngày thứ Tư không hẹn")
const OFFICER_LONG_XUYEN_PORT = port + 2; // Long Xuyên, Thursday 09/05/2024 06:00 (home visits)

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
      command: `node src/cli/serve-test.mjs --port ${OFFICER_PHO_NHON_PORT} --simulated-start 2024-03-06T09:00:00+07:00`,
      url: `http://127.0.0.1:${OFFICER_PHO_NHON_PORT}/`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `node src/cli/serve-test.mjs --port ${OFFICER_LONG_XUYEN_PORT} --simulated-start 2024-05-09T06:00:00+07:00`,
      url: `http://127.0.0.1:${OFFICER_LONG_XUYEN_PORT}/`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
