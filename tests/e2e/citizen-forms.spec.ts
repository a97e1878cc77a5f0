import { CITIZEN_SIMULATED_PORT, expect, query, test } from "./fixtures";
import type { Page } from "@playwright/test";

/** The citizen portal whose clock starts on Monday 03/06/2024 08:00, inside Long Xuyên's home-visit plan (playwright.config.ts, port + 3). */
const SIMULATED = `http://127.0.0.1:${CITIZEN_SIMULATED_PORT}`;
const FORM = `${SIMULATED}/don-vi/phuong-my-binh/dat-lich-tai-nha`;

async function fillHomeVisit(page: Page, name: string, phone: string) {
  await page.getByLabel("Người cần phục vụ tại nhà là").selectOption({ label: "Thương binh" });
  await page.getByLabel("Ngày cán bộ đến nhà").selectOption({ index: 2 });
  await page.getByLabel("Họ và tên người cần phục vụ").fill(name);
  await page.getByLabel("Số điện thoại liên hệ").fill(phone);
  await page.getByLabel("Địa chỉ nơi cán bộ đến").fill("Số 20, khóm Bình Khánh 3");
  await page.getByLabel(/Tôi đồng ý cung cấp/).check();
  return page.getByLabel("Ngày cán bộ đến nhà").inputValue();
}

async function expectKept(page: Page, name: string, date: string) {
  await expect(page.getByLabel("Người cần phục vụ tại nhà là")).toHaveValue("WAR_INVALID");
  await expect(page.getByLabel("Ngày cán bộ đến nhà")).toHaveValue(date);
  await expect(page.getByLabel("Họ và tên người cần phục vụ")).toHaveValue(name);
  await expect(page.getByLabel("Địa chỉ nơi cán bộ đến")).toHaveValue("Số 20, khóm Bình Khánh 3");
  await expect(page.getByLabel(/Tôi đồng ý cung cấp/)).toBeChecked();
}

test("the home-visit form keeps what was typed after the server refuses it (with JavaScript)", async ({ page }) => {
  await page.goto(FORM);
  const date = await fillHomeVisit(page, "Người Thử Giữ Giá Trị", "12345");
  await page.getByRole("button", { name: "Gửi đề nghị" }).click();
  await expect(page.getByText("Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.").first()).toBeVisible();
  await expectKept(page, "Người Thử Giữ Giá Trị", date);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the home-visit form comes back with what was typed after the server refuses it", async ({ page }) => {
    await page.goto(FORM);
    const date = await fillHomeVisit(page, "Người Thử Không JavaScript", "12345");
    await page.getByRole("button", { name: "Gửi đề nghị" }).click();
    await expect(page.getByText("Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.").first()).toBeVisible();
    await expectKept(page, "Người Thử Không JavaScript", date);
  });
});

test("the unit page offers the home-visit request whenever a date is bookable, whatever date is looked at", async ({ page }) => {
  // Monday 03/06/2024: Thursdays ahead are bookable, also when a day after the model's end is looked at.
  for (const url of [`${SIMULATED}/don-vi/phuong-my-binh`, `${SIMULATED}/don-vi/phuong-my-binh?ngay=2025-01-09`]) {
    await page.goto(url);
    await expect(page.getByRole("link", { name: "Đề nghị giải quyết tại nhà" }), url).toBeVisible();
    await expect(page.getByText(/ngày gần nhất còn nhận đề nghị là thứ Năm 06\/06\/2024/)).toBeVisible();
  }
  // In December 2026 nothing can be booked at Mỹ Bình: a past date of the model shows no button.
  await page.goto("/don-vi/phuong-my-binh?ngay=2024-06-06");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Đề nghị giải quyết tại nhà" })).toHaveCount(0);
});

test("a citizen cancels their home-visit request from the look-up page; the officer sees it cancelled", async ({ page }) => {
  await page.goto(FORM);
  await fillHomeVisit(page, "Người Thử Hủy Đề Nghị", "0908123499");
  await page.getByRole("button", { name: "Gửi đề nghị" }).click();
  const title = page.getByText(/^Đã gửi đề nghị\. Mã theo dõi: TN-[A-Z2-9]{6}$/);
  await expect(title).toBeVisible();
  const code = (await title.textContent())!.split(": ")[1]!;

  await page.goto(`${SIMULATED}/tra-cuu-ho-so`);
  await page.getByLabel(/Mã hồ sơ/).fill(code);
  await page.getByLabel(/4 số cuối điện thoại/).fill("3499");
  await page.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page.getByText("Đã gửi, chờ cán bộ xác nhận")).toBeVisible();
  await page.getByRole("button", { name: "Hủy đề nghị" }).click();
  await expect(page.getByText("Đã hủy đề nghị.", { exact: false })).toBeVisible();
  await expect(page.getByText("Đã hủy", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Hủy đề nghị" })).toHaveCount(0);

  const rows = await query<{ status: string }>('SELECT status FROM "HomeVisitRequest" WHERE "trackingCode" = $1', [code], CITIZEN_SIMULATED_PORT);
  expect(rows.map((r) => r.status)).toEqual(["CANCELLED"]);
  const audit = await query('SELECT 1 FROM "AuditLog" WHERE action = $1 AND entity = $2', ["homeVisit.cancel", "HomeVisitRequest"], CITIZEN_SIMULATED_PORT);
  expect(audit.length).toBeGreaterThan(0);
});
