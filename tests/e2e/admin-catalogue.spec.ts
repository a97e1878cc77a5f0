import { PROCEDURE_COLUMNS } from "../../src/domain/catalogue/procedure-row";
import { expect, expectAccessible, shot, test } from "./fixtures";

/** 50 rows, three of them wrong: data rows 12, 30 and 47 (file lines 13, 31 and 48). */
function catalogueCsv(): Buffer {
  const rows = [PROCEDURE_COLUMNS.map((c) => c.header)];
  for (let i = 1; i <= 50; i++) {
    const row = [`E2E.${String(i).padStart(3, "0")}`, `Thủ tục nhập từ tệp số ${i}`, "Hộ tịch", "Huyện", String(i % 4), "", "", "", "Tờ khai", "", "Một phần"];
    if (i === 12) row[2] = "Không có lĩnh vực này";
    if (i === 30) row[4] = "mười";
    if (i === 47) row[3] = "Thôn";
    rows.push(row);
  }
  return Buffer.from(`\uFEFF${rows.map((r) => r.map((v) => (/[",]/.test(v) ? `"${v}"` : v)).join(",")).join("\n")}\n`, "utf8");
}

test("the catalogue is imported from a CSV file with a preview; bad rows are reported by line, good rows kept", async ({ page, signInAs }) => {
  await signInAs("quantri");
  await page.goto("/quan-tri/thu-tuc");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nhập từ tệp CSV, Excel" }).click();
  await page.getByLabel(/Tệp danh mục/).setInputFiles({ name: "danh-muc.csv", mimeType: "text/csv", buffer: catalogueCsv() });

  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByText("Xem trước danh-muc.csv: 50 dòng")).toBeVisible();
  await expect(page.getByText("47 dòng hợp lệ (47 thêm mới, 0 cập nhật theo mã), 3 dòng lỗi. Chưa có gì được ghi.")).toBeVisible();
  const failures = page.getByRole("table", { name: "Các dòng lỗi (không được nhập)" }).locator("tbody tr");
  await expect(failures).toHaveText([
    'Dòng 13Lĩnh vực "Không có lĩnh vực này" không có trong danh mục lĩnh vực.',
    'Dòng 31Số ngày làm việc "mười" phải là số nguyên từ 0 đến 365.',
    'Dòng 48Cấp thực hiện "Thôn" không hợp lệ (Xã, Huyện hoặc Tỉnh).',
  ]);
  await expectAccessible(page);
  await shot(page, "admin-08-nhap-thu-tuc-xem-truoc");

  // The file is still selected: import it.
  await page.getByRole("button", { name: "Nhập các dòng hợp lệ" }).click();
  await expect(page.getByText("Đã nhập 47 thủ tục (47 thêm mới, 0 cập nhật).")).toBeVisible();
  await expect(page.getByRole("table", { name: "Các dòng lỗi (không được nhập)" }).locator("tbody tr")).toHaveCount(3);
  await shot(page, "admin-09-nhap-thu-tuc-ket-qua");

  await page.goto("/quan-tri/thu-tuc?q=nhap%20tu%20tep");
  await expect(page.getByText("47 thủ tục")).toBeVisible();
  await page.getByRole("link", { name: "Thủ tục nhập từ tệp số 10", exact: true }).click();
  await expect(page.getByLabel("Mã thủ tục")).toHaveValue("E2E.010");
  await page.getByLabel("Số ngày làm việc theo luật").fill("3");
  await page.getByRole("button", { name: "Lưu thủ tục" }).click();
  await expect(page.getByText("Đã lưu thủ tục.")).toBeVisible();
  await expectAccessible(page);
});
