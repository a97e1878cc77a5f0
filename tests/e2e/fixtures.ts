import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import pg from "pg";

/** Must match the secret src/cli/test-stack.mjs gives the served app. */
const SECRET = "test-secret-that-is-long-enough-0123456789";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

export function stackInfo(port = E2E_PORT): { baseUrl: string; databaseUrl: string; clock: string; startedAt: string } {
  return JSON.parse(readFileSync(join(process.cwd(), "test-results", `stack-${port}.json`), "utf8"));
}

/**
 * The served app's clock now (its seed instant, advancing in real time): what a test derives
 * "a later date" from, never the machine's date, so the suite passes at any TEST_NOW.
 */
export function stackNow(port = E2E_PORT): Date {
  const { clock, startedAt } = stackInfo(port);
  return new Date(Date.parse(clock) + (Date.now() - Date.parse(startedAt)));
}

/** The local (Asia/Ho_Chi_Minh) calendar date of `at` moved by `days`, as YYYY-MM-DD. */
export function localDate(at: Date, days = 0): string {
  return new Date(at.getTime() + days * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Asia/Ho_Chi_Minh" });
}

/** YYYY-MM-DD as the pages print it, DD/MM/YYYY. */
export const shownDate = (iso: string) => iso.split("-").reverse().join("/");

export async function query<T = Record<string, unknown>>(sql: string, params: unknown[] = [], port = E2E_PORT): Promise<T[]> {
  const client = new pg.Client({ connectionString: stackInfo(port).databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Base URL of the stack served on `port` (the extra simulated-clock servers of playwright.config.ts). */
export const urlOf = (port: number) => `http://127.0.0.1:${port}`;

export const test = base.extend<{ signInAs: (username: string, port?: number) => Promise<void> }>({
  /**
   * Signs in by minting the session cookie for a seeded user (the sign-in form has its own
   * test); `port` picks another served stack (default: the one on E2E_PORT).
   */
  signInAs: async ({ context, baseURL }, use) => {
    await use(async (username: string, port?: number) => {
      const [user] = await query<{ id: string; role: string; unitId: string | null; fullName: string }>(
        'SELECT id, role, "unitId", "fullName" FROM "User" WHERE username = $1',
        [username],
        port,
      );
      if (!user) throw new Error(`No seeded user ${username}`);
      const token = await encode({ secret: SECRET, token: { uid: user.id, username, role: user.role as never, unitId: user.unitId, name: user.fullName } });
      await context.addCookies([{ name: "next-auth.session-token", value: token, url: port ? urlOf(port) : baseURL! }]);
    });
  },
});

export { expect };

/**
 * Saves a full-page screenshot. A run writes them to the ignored test-results/screenshots/;
 * `npm run screenshots` sets SCREENSHOTS_DIR=docs/screenshots to refresh the tracked ones, so
 * an ordinary run never changes the working tree.
 */
export async function shot(page: Page, name: string) {
  const dir = join(process.cwd(), process.env.SCREENSHOTS_DIR ?? join("test-results", "screenshots"));
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** No serious or critical WCAG 2.1 A/AA violation on the page. */
export async function expectAccessible(page: Page) {
  // After a form's server action the page re-renders its head; check the settled page (a page
  // that really has no title still fails, here).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** Usable at 360 px: nothing but the scrollable tables is wider than the screen. */
export async function expectFitsWidth(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The citizen portal's simulated-clock server (playwright.config.ts): Monday 03/06/2024 08:00. */
export const CITIZEN_SIMULATED_PORT = E2E_PORT + 3;

/** The officer workspace's simulated-clock stacks, as playwright.config.ts starts them. */
export const OFFICER_PORTS = {
  /** Phổ Nhơn, Wednesday 06/03/2024 from 09:00 ("Ngày thứ Tư không hẹn"). */
  phoNhon: E2E_PORT + 1,
  /** Long Xuyên wards, Thursday 09/05/2024 from 06:00 (home visits). */
  longXuyen: E2E_PORT + 2,
};
