import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests on Debian's Chromium (never a downloaded browser). The app is served by
 * src/cli/serve-test.mjs on a fresh, seeded in-memory database.
 */
/** E2E_PORT lets several checkouts run their browser tests side by side. */
const port = Number(process.env.E2E_PORT ?? 3100);
/**
 * Extra servers whose clock starts at a chosen instant, for the historical plans (most demo
 * units ended on 30/06/2025 and no model is in force today). One port each, counted up from
 * E2E_PORT (the same numbers are in tests/e2e/fixtures.ts); tests use full URLs:
 *   port + 1: officer workspace, Phổ Nhơn, Wednesday 06/03/2024 09:00 ("Ngày thứ Tư không hẹn")
 *   port + 2: officer workspace, Long Xuyên, Thursday 09/05/2024 06:00 (home visits)
 *   port + 3: citizen portal, Monday 03/06/2024 08:00, inside Long Xuyên's home-visit plan
 */
const simulated = [
  { port: port + 1, start: "2024-03-06T09:00:00+07:00" },
  { port: port + 2, start: "2024-05-09T06:00:00+07:00" },
  { port: port + 3, start: "2024-06-03T08:00:00+07:00" },
];

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
    ...simulated.map((server) => ({
      command: `node src/cli/serve-test.mjs --port ${server.port} --simulated-start ${server.start}`,
      url: `http://127.0.0.1:${server.port}/`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "ignore" as const,
      stderr: "pipe" as const,
    })),
  ],
});
