import { expect, expectAccessible, shot, test } from "./fixtures";

test("a citizen goes from the home page to a commune and its models", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mô hình cải cách hành chính");
  // The provinces of the five plans as they are now, then the former ones.
  const current = page.getByRole("region", { name: "Tỉnh, thành phố — hiện nay" });
  for (const province of ["Tỉnh An Giang", "Tỉnh Gia Lai", "Tỉnh Quảng Ngãi", "Tỉnh Đồng Nai", "Tỉnh Thanh Hóa"]) {
    await expect(current.getByRole("link", { name: province, exact: true })).toBeVisible();
  }
  const former = page.getByRole("region", { name: /Tỉnh, thành phố — trước khi sắp xếp/ });
  for (const province of ["Tỉnh An Giang", "Tỉnh Bình Định", "Tỉnh Bình Phước"]) {
    await expect(former.getByRole("link", { name: province, exact: true })).toBeVisible();
  }
  // …and the five plans with the units that carry them out.
  const plans = page.getByRole("region", { name: "Các kế hoạch và đơn vị thực hiện" });
  for (const unit of ["Phường Mỹ Bình", "Xã An Dũng", "Xã Phổ Nhơn", "Phường Thác Mơ", "Phòng Tư pháp thị xã Phước Long", "Xã Luận Thành"]) {
    await expect(plans.getByRole("link", { name: unit, exact: true })).toBeVisible();
  }
  for (const key of ["long-xuyen-2024-tthc-tai-nha", "an-dung-2023-2025-sang-kien-cchc", "pho-nhon-2024-thu-tu-khong-hen", "phuoc-long-2023-2025-chinh-quyen-than-thien", "luan-thanh-2026-gio-thu-9"]) {
    await expect(plans.locator(`a[href="/ke-hoach/${key}"]`)).toBeVisible();
  }
  await expectAccessible(page);
  await shot(page, "01-trang-chu");

  // With JavaScript, choosing the province is enough: its communes come at once (the button is
  // for browsers without it), so the citizen submits once, for the commune.
  await expect(page.getByRole("button", { name: "Xem các xã, phường" })).toHaveCount(0);
  await page.getByRole("combobox", { name: "Tỉnh, thành phố" }).selectOption({ label: "Tỉnh Quảng Ngãi" });
  await expect(page).toHaveURL(/tinh=tinh-quang-ngai/);
  await expect(page.getByRole("status").filter({ hasText: "Mục 2 đã hiện các xã, phường" })).toBeVisible();
  await page.getByLabel(/Xã, phường, cơ quan tại/).selectOption({ label: "Xã Phổ Nhơn — 2 mô hình" });
  await page.getByRole("button", { name: "Xem mô hình" }).click();
  await expect(page.getByRole("heading", { name: "Mô hình tại Xã Phổ Nhơn" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ngày thứ Tư không hẹn", exact: true })).toBeVisible();
  await expect(page.getByText("Thứ Tư hằng tuần, giờ hành chính (nhận hồ sơ đến 15:30)").first()).toBeVisible();
  await shot(page, "02-trang-chu-chon-xa");

  await page.getByRole("link", { name: "Xem lịch, giờ và thủ tục của Xã Phổ Nhơn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Xã Phổ Nhơn" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Các mô hình của đơn vị" })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "03-trang-xa");
});

test("an officer signs in with the form and lands in the officer area of their commune", async ({ page }) => {
  await page.goto("/dang-nhap");
  await expectAccessible(page);
  await page.getByLabel("Tên đăng nhập").fill("canbo.phonhon");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Tên đăng nhập" })).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await page.getByLabel("Mật khẩu").fill("MotCua#2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/can-bo\/xa-pho-nhon$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bảng hôm nay — Xã Phổ Nhơn");
  await expect(page.getByText("Xã Phổ Nhơn — Bộ phận Một cửa")).toBeVisible();
  await expectAccessible(page);
  await shot(page, "04-can-bo-bang-hom-nay");
});

test("every page names the portal's icon, and it is served", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test("a reviewer signs in with the form and lands in the review area, not on the redirect page", async ({ page }) => {
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill("thamdinh.ducpho");
  await page.getByLabel("Mật khẩu").fill("NoiVu#2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/tham-dinh$/);
  await expect(page).not.toHaveURL(/chuyen-huong/);
});

test("an officer cannot open another commune's area", async ({ page, signInAs }) => {
  await signInAs("canbo.phonhon");
  const response = await page.goto("/can-bo/xa-an-dung");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Bạn không có quyền xem trang này" })).toBeVisible();
});
