import type { Page } from "@playwright/test";
import { expect, query, test } from "./fixtures";

/**
 * A nonce-based Content-Security-Policy on every page (issue #19, finding 9): the header names a
 * fresh nonce per response, and the pages the portal actually renders — a server-action form,
 * a printed notice with its QR code, the administrator's model builder — run without one
 * violation (every inline script Next.js emits carries the nonce).
 */

/** Collects the violations the page reports, both as DOM events and as console errors. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("__cspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

function nonceOf(csp: string): string | undefined {
  return /script-src[^;]*'nonce-([A-Za-z0-9+/=_-]+)'/.exec(csp)?.[1];
}

test("every page sends a nonce-based CSP, a new nonce each time", async ({ request }) => {
  const first = (await request.get("/")).headers()["content-security-policy"] ?? "";
  const second = (await request.get("/")).headers()["content-security-policy"] ?? "";
  expect(first).toContain("frame-ancestors 'none'");
  expect(first).toContain("object-src 'none'");
  expect(first).toContain("base-uri 'self'");
  expect(first).toContain("form-action 'self'");
  expect(first).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(nonceOf(first)).toBeTruthy();
  expect(nonceOf(second)).toBeTruthy();
  expect(nonceOf(second)).not.toBe(nonceOf(first));
  // Served over plain http (no proxy saying https): no HSTS, which would pin browsers to https.
  expect((await request.get("/")).headers()["strict-transport-security"]).toBeUndefined();
});

test("citizen pages, a server-action form and the printed notice run under the CSP without a violation", async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of ["/", "/dang-nhap", "/tra-cuu-ho-so", "/don-vi/xa-pho-nhon/niem-yet?ngay=2024-03-06"]) {
    const response = await page.goto(path);
    expect(nonceOf(response?.headers()["content-security-policy"] ?? ""), path).toBeTruthy();
    await page.waitForLoadState("networkidle");
  }
  // The sign-in form is a server action: posting it runs the action's client script.
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill("khongcoai");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau-1");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("the administrator's model builder runs under the CSP without a violation", async ({ page, signInAs }) => {
  const violations = await watchViolations(page);
  await signInAs("quantri");
  const [model] = await query<{ planId: string; id: string }>('SELECT "planId", id FROM "ServiceModel" ORDER BY id LIMIT 1');
  const response = await page.goto(`/quan-tri/ke-hoach/${model!.planId}/mo-hinh/moi`);
  expect(nonceOf(response?.headers()["content-security-policy"] ?? "")).toBeTruthy();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.goto(`/quan-tri/ke-hoach/${model!.planId}/mo-hinh/${model!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});
