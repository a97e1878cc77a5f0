/**
 * The portal as people find it on the stack's today (07/12/2026 in `npm test`, other days in
 * `npm run test:clocks`): the provinces after the 2025 arrangement, a former commune naming
 * its successor, the successor's illustrative models, and its officer logging a dossier. Then
 * the same pages on a server whose clock is in 2024, before the arrangement.
 */
import { CITIZEN_SIMULATED_PORT, expect, expectAccessible, localDate, shot, stackNow, test, urlOf } from "./fixtures";

const CURRENT_PROVINCES = ["Tỉnh An Giang", "Tỉnh Đồng Nai", "Tỉnh Gia Lai", "Tỉnh Quảng Ngãi", "Tỉnh Thanh Hóa"];

test("today: the current provinces, a former commune's successor and its illustrative models", async ({ page }) => {
  await page.goto("/");
  const current = page.getByRole("region", { name: "Tỉnh, thành phố — hiện nay" });
  for (const province of CURRENT_PROVINCES) await expect(current.getByRole("link", { name: province, exact: true })).toBeVisible();
  await expect(current.getByRole("link", { name: "Tỉnh Bình Định", exact: true })).toHaveCount(0);
  await expect(page.getByRole("region", { name: /trước khi sắp xếp/ }).getByRole("link", { name: "Tỉnh Bình Định", exact: true })).toBeVisible();

  await page.goto("/don-vi/xa-pho-nhon");
  await expect(page.getByText("Xã Phổ Nhơn không còn hoạt động")).toBeVisible();
  await expect(page.getByText(/Từ 01\/07\/2025, thủ tục của xã Phổ Nhơn do xã Nguyễn Nghiêm tiếp nhận\./)).toBeVisible();
  await shot(page, "citizen-20-xa-cu-don-vi-ke-thua");
  await page.getByRole("link", { name: "xã Nguyễn Nghiêm", exact: true }).click();

  await expect(page).toHaveURL(/\/don-vi\/xa-nguyen-nghiem$/);
  await expect(page.getByRole("heading", { level: 1, name: "Xã Nguyễn Nghiêm" })).toBeVisible();
  await expect(page.getByText("Dữ liệu minh họa — không phải văn bản thật").first()).toBeVisible();
  await expect(page.getByText(/không còn hoạt động|chưa được thành lập/)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Ngày thứ Tư không hẹn", exact: true })).toBeVisible();
  await expect(page.getByText("Minh họa", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, "citizen-21-don-vi-hien-nay-minh-hoa");
});

test("today: the successor's officer logs a dossier and finds it in the queue", async ({ page, signInAs }) => {
  await signInAs("canbo.nguyennghiem");
  await page.goto("/can-bo/xa-nguyen-nghiem/tiep-nhan");
  await expect(page.getByRole("heading", { level: 1, name: "Tiếp nhận hồ sơ" })).toBeVisible();
  await page.getByLabel("Tìm thủ tục").fill("chung thuc chu ky");
  await expect(page.getByLabel(/^Thủ tục \(/)).toHaveValue(/.+/);
  await page.getByLabel("Họ tên người nộp").fill("Phạm Văn Bình");
  await page.getByLabel("Số điện thoại").fill("0912 345 678");
  // Sent online: received at any hour, so the test holds on any clock the stack runs at.
  await page.getByRole("radio", { name: "Trực tuyến" }).check();
  await page.getByRole("button", { name: "Tiếp nhận và lập giấy hẹn" }).click();

  await expect(page).toHaveURL(/\/can-bo\/xa-nguyen-nghiem\/ho-so\/[A-Z0-9-]+\?da=tiep-nhan$/);
  await expect(page.getByText("Đã tiếp nhận hồ sơ.")).toBeVisible();
  const [y, m, d] = localDate(stackNow()).split("-");
  await expect(page.getByText(new RegExp(`${d}/${m}/${y}`)).first()).toBeVisible();
  await shot(page, "officer-20-xa-hien-nay-ho-so-moi");

  await page.goto("/can-bo/xa-nguyen-nghiem/ho-so");
  await expect(page.getByText("Phạm Văn Bình").first()).toBeVisible();
  await expectAccessible(page);
});

test("in 2024: the former commune is current, its own model in force, no successor named", async ({ page }) => {
  const base = urlOf(CITIZEN_SIMULATED_PORT);
  await page.goto(`${base}/`);
  const current = page.getByRole("region", { name: "Tỉnh, thành phố — hiện nay" });
  for (const province of ["Tỉnh Bình Định", "Tỉnh Bình Phước", "Tỉnh Quảng Ngãi", "Tỉnh Thanh Hóa"]) {
    await expect(current.getByRole("link", { name: province, exact: true })).toBeVisible();
  }
  await expect(current.getByRole("link", { name: "Tỉnh Gia Lai", exact: true })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Tỉnh, thành phố — sắp thành lập" }).getByRole("link", { name: "Tỉnh Gia Lai", exact: true })).toBeVisible();

  await page.goto(`${base}/don-vi/xa-pho-nhon`);
  await expect(page.getByRole("heading", { level: 1, name: "Xã Phổ Nhơn" })).toBeVisible();
  await expect(page.getByText("Xã Phổ Nhơn không còn hoạt động")).toHaveCount(0);
  await expect(page.getByText(/thủ tục của xã Phổ Nhơn do/)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Ngày thứ Tư không hẹn", exact: true })).toBeVisible();
  await expect(page.getByText("Dữ liệu minh họa — không phải văn bản thật")).toHaveCount(0);
});
