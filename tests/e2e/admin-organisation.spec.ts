import type { Page } from "@playwright/test";
import { expect, expectAccessible, localDate, query, shot, shownDate, stackNow, test } from "./fixtures";

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test("units, users, the holiday calendar and the audit log", async ({ page, signInAs }) => {
  test.setTimeout(120_000);
  await signInAs("quantri");

  // The tree shows both structures: districts end on 30/06/2025, provinces go on.
  await page.goto("/quan-tri/don-vi");
  await expect(page.locator('a[href^="/quan-tri/don-vi/"]', { hasText: /^Xã Phổ Nhơn$/ })).toBeAttached();
  await expect(page.getByText("đến 30/06/2025").first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, "admin-10-don-vi");

  // Office hours: Luận Thành inherits Thanh Hóa's; a version of its own from a later date.
  const [luanThanh] = await query<{ id: string }>(`SELECT id FROM "Unit" WHERE key = 'thanh-hoa/luan-thanh'`);
  await page.goto(`/quan-tri/don-vi/${luanThanh!.id}`);
  await expect(page.getByText("Theo giờ làm việc của Tỉnh Thanh Hóa", { exact: false })).toBeVisible();
  const hoursForm = page.getByRole("form", { name: "Thêm giờ làm việc mới" });
  // A Monday one to two weeks after the stack's today: in the future whatever TEST_NOW is.
  const now = stackNow();
  const weekday = new Date(`${localDate(now)}T00:00:00Z`).getUTCDay();
  const from = localDate(now, 7 + ((8 - weekday) % 7));
  await hoursForm.getByLabel("Áp dụng từ ngày").fill(from);
  await expect(hoursForm.getByLabel("Khung 2 – đến")).toHaveValue("16:30");
  await hoursForm.getByLabel("Khung 1 – từ").fill("07:30");
  await hoursForm.getByLabel("Khung 2 – đến").fill("17:00");
  await hoursForm.getByRole("button", { name: "Lưu giờ làm việc" }).click();
  await expect(page.getByText("Đã lưu giờ làm việc mới.")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`${shownDate(from)}.*sắp áp dụng.*07:30–11:30, 13:00–17:00`) })).toBeVisible();
  await expect(page.getByText("Đơn vị tự đặt giờ làm việc.")).toBeVisible();
  await expectAccessible(page);
  await shot(page, "admin-10b-gio-lam-viec");

  // A user: created, given a temporary password, locked.
  await page.goto("/quan-tri/nguoi-dung/moi");
  await page.getByLabel("Tên đăng nhập").fill("canbo.thunghiem");
  await page.getByLabel("Họ và tên").fill("Phạm Văn Thử");
  await page.getByLabel("Vai trò").selectOption("OFFICER");
  const [phoNhon] = await query<{ id: string }>(`SELECT id FROM "Unit" WHERE key = 'quang-ngai/duc-pho/pho-nhon'`);
  await page.getByLabel("Đơn vị", { exact: true }).selectOption(phoNhon!.id);
  await page.getByLabel("Mật khẩu ban đầu").fill("MatKhauTam2026");
  await page.getByRole("button", { name: "Thêm người dùng" }).click();
  await expect(page.getByText("Đã tạo tài khoản.", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Cấp lại mật khẩu" }).click();
  await expect(page.getByText("Đã cấp mật khẩu tạm thời")).toBeVisible();
  await expect(page.getByText(/^[A-Za-z0-9]{12}$/)).toBeVisible();
  await page.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(page.getByRole("button", { name: "Mở khóa" })).toBeVisible();
  await expect(page.getByText("Đã khóa", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "admin-11-nguoi-dung");

  // The calendar: an official day off next to the computed defaults.
  const nextYear = Number(localDate(now).slice(0, 4)) + 1;
  await page.goto(`/quan-tri/lich?nam=${nextYear}`);
  await page.locator("#date").fill(`${nextYear}-02-12`);
  await page.getByLabel("Loại").selectOption("OFF");
  await page.getByLabel("Tên ngày").fill("Tết Nguyên đán (nghỉ thêm)");
  await page.getByLabel("Căn cứ").fill("Thông báo thử nghiệm");
  await page.getByRole("button", { name: "Thêm vào lịch" }).click();
  await expect(page.getByText("Đã thêm vào lịch.")).toBeVisible();
  await expect(page.getByRole("cell", { name: /Tết Nguyên đán \(nghỉ thêm\)/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ngày nghỉ tính sẵn (tham khảo)" })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "admin-12-lich");

  // The audit log shows all of it, filtered.
  await page.goto("/quan-tri/nhat-ky");
  await page.getByLabel("Người thao tác").fill("quantri");
  await page.getByLabel("Thao tác", { exact: true }).selectOption("user.");
  await page.getByRole("button", { name: "Lọc" }).click();
  const log = page.locator("section").filter({ has: page.getByRole("heading", { name: /bản ghi · trang 1/ }) });
  // Each entry reads in Vietnamese (the code stays the filter's value).
  for (const action of ["Tạo tài khoản", "Đặt lại mật khẩu", "Khóa tài khoản"]) await expect(log.getByText(action, { exact: true }).first()).toBeVisible();
  await expect(log.getByText("Thêm ngày nghỉ, ngày làm bù", { exact: true })).toHaveCount(0);
  await expect(log.getByText("user.create", { exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await shot(page, "admin-13-nhat-ky");

  await page.setViewportSize({ width: 360, height: 800 });
  const overflow: Record<string, number> = {};
  for (const path of ["/quan-tri", "/quan-tri/don-vi", "/quan-tri/nguoi-dung", "/quan-tri/nguoi-dung/moi", "/quan-tri/lich", "/quan-tri/nhat-ky", "/quan-tri/thu-tuc", "/quan-tri/thu-tuc/nhap", "/quan-tri/ke-hoach", "/quan-tri/ke-hoach/moi"]) {
    await page.goto(path);
    overflow[path] = Math.max(0, await horizontalOverflow(page));
  }
  expect(Object.entries(overflow).filter(([, px]) => px > 0)).toEqual([]);
  await shot(page, "admin-14-nhap-360px");
});
