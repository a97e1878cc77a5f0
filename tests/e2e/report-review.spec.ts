import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Download, Page } from "@playwright/test";
import { expect, expectAccessible, query, shot, test } from "./fixtures";

const PERIOD = "Quý II năm 2025";

async function save(download: Download, name: string): Promise<string> {
  const path = join(process.cwd(), "test-results", "downloads", name);
  await download.saveAs(path);
  return path;
}

async function usableAt360(page: Page) {
  await page.setViewportSize({ width: 360, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
}

test("a commune leader submits a quarterly report, the reviewer returns it, the leader resubmits, the reviewer accepts; print and xlsx are downloaded and checked", async ({ page, context, signInAs }) => {
  test.setTimeout(240_000);
  const [found] = await query<{ id: string }>(
    `SELECT r.id FROM "Report" r JOIN "Unit" u ON u.id = r."unitId" JOIN "ReportingObligation" o ON o.id = r."obligationId"
     WHERE u.key = 'binh-dinh/an-lao/an-dung' AND o.key = 'an-dung-bao-cao-quy' AND r."periodLabel" = $1`,
    [PERIOD],
  );
  const reportId = found!.id;

  // 1. The leader of An Dũng sees the report overdue, writes it and submits.
  await signInAs("lanhdao.andung");
  await page.goto("/can-bo/xa-an-dung/bao-cao");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Báo cáo định kỳ — Xã An Dũng");
  await expect(page.getByRole("alert").filter({ hasText: "quá hạn" })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "report-01-don-vi-danh-sach");
  await page.getByRole("link", { name: PERIOD, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/bao-cao/${reportId}$`));
  await expect(page.getByText("Báo cáo quá hạn")).toBeVisible();
  await page.getByLabel("Số văn bản (nếu đã có số)").fill("27");
  await page.getByLabel("I. Kết quả thực hiện").fill("Quý II, xã duy trì mô hình “Ba không” vào thứ Sáu hằng tuần và buổi “Lắng nghe dân nói” tại 4 thôn.");
  await page.getByLabel("II. Khó khăn, vướng mắc").fill("Mạng Internet tại Bộ phận Một cửa còn chập chờn.");
  await page.getByLabel("III. Đề xuất, kiến nghị").fill("Đề nghị huyện hỗ trợ 01 máy scan.");
  await expectAccessible(page);
  await shot(page, "report-02-don-vi-soan-bao-cao");
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page.getByText("Đã nộp báo cáo (lần 1). Số liệu đã được chốt.")).toBeVisible();
  await expect(page.getByText("Đã nộp, chờ thẩm định")).toBeVisible();

  // 2. The reviewer of An Lão's Phòng Nội vụ finds it on the dashboard and returns it.
  await context.clearCookies();
  await signInAs("thamdinh.anlao");
  await page.goto("/tham-dinh");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Theo dõi báo cáo — Phòng Nội vụ huyện An Lão");
  await expect(page.getByRole("img", { name: /Tỷ lệ giải quyết đúng hạn/ }).first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, "report-03-tham-dinh-bang-theo-doi");
  await page.getByRole("link", { name: `Xã An Dũng, ${PERIOD}: Đã nộp, chờ thẩm định` }).click();
  await expect(page).toHaveURL(new RegExp(`/tham-dinh/bao-cao/${reportId}$`));
  await page.getByRole("button", { name: "Trả lại để bổ sung" }).click();
  await expect(page.getByText("Vui lòng ghi ý kiến khi trả lại báo cáo.").first()).toBeVisible();
  await page.getByLabel("Ý kiến thẩm định").fill("Đề nghị bổ sung nguyên nhân các hồ sơ trễ hạn và việc gửi phiếu xin lỗi.");
  await page.getByRole("button", { name: "Trả lại để bổ sung" }).click();
  await expect(page.getByText("Đã trả lại báo cáo cho đơn vị.")).toBeVisible();
  // A reviewer has no form to edit the report.
  await expect(page.getByRole("button", { name: "Lưu bản nháp" })).toHaveCount(0);

  // 3. The leader reads the comments and resubmits.
  await context.clearCookies();
  await signInAs("lanhdao.andung");
  await page.goto(`/can-bo/xa-an-dung/bao-cao/${reportId}`);
  await expect(page.getByText("Đề nghị bổ sung nguyên nhân các hồ sơ trễ hạn").first()).toBeVisible();
  await page.getByLabel("I. Kết quả thực hiện").fill("Quý II, xã duy trì mô hình “Ba không”. Các hồ sơ trễ hạn do người ký đi công tác; đã gửi phiếu xin lỗi theo Mẫu 04.");
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page.getByText("Đã nộp báo cáo (lần 2). Số liệu đã được chốt.")).toBeVisible();
  // The unit has no review form.
  await expect(page.getByRole("button", { name: "Chấp nhận báo cáo" })).toHaveCount(0);

  // 4. The reviewer accepts; the history keeps both submissions and the return.
  await context.clearCookies();
  await signInAs("thamdinh.anlao");
  await page.goto(`/tham-dinh/bao-cao/${reportId}`);
  await page.getByRole("button", { name: "Chấp nhận báo cáo" }).click();
  await expect(page.getByText("Đã chấp nhận báo cáo.")).toBeVisible();
  await expect(page.getByText("Đã chấp nhận", { exact: true })).toBeVisible();
  await expect(page.getByText("Nộp lần 1")).toBeVisible();
  await expect(page.getByText("Trả lại (lần nộp 1)")).toBeVisible();
  await expect(page.getByText("Nộp lần 2")).toBeVisible();
  await expect(page.getByText("Chấp nhận (lần nộp 2)")).toBeVisible();
  await expectAccessible(page);
  await shot(page, "report-04-tham-dinh-bao-cao-da-chap-nhan");
  const [row] = await query<{ status: string; version: number; n: number }>(
    `SELECT status, version, (SELECT count(*)::int FROM "AuditLog" WHERE entity = 'Report' AND "entityId" = $1) AS n FROM "Report" WHERE id = $1`,
    [reportId],
  );
  expect(row).toEqual({ status: "ACCEPTED", version: 2, n: 4 });

  // 5. Drill-down from a figure to its dossiers (codes and dates, no names).
  await page.getByRole("link", { name: /Tổng số hồ sơ tiếp nhận trong kỳ: .* — xem hồ sơ/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ tiếp nhận trong kỳ");
  await expect(page.getByRole("columnheader", { name: "Mã hồ sơ" })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "report-05-tham-dinh-ho-so-theo-so-lieu");
  await page.goBack();

  // 6. The printed report (Decree 30 layout) and its PDF, saved and checked.
  const htmlDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải bản in (HTML)" }).click();
  const html = await readFile(await save(await htmlDownload, "bao-cao.html"), "utf8");
  for (const part of ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN", "XÃ AN DŨNG", "Số: 27/BC-UBND", "An Dũng, ngày", "BÁO CÁO", "KHÓ KHĂN, VƯỚNG MẮC", "Nơi nhận:", "Phòng Nội vụ huyện An Lão (để báo cáo)", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đình Văn Phiên", "size: A4"]) {
    expect(html, part).toContain(part);
  }
  // The signed report carries figures only, not the portal's notes on what it cannot compute.
  for (const internal of ["chưa tính được", "Cổng không lưu"]) expect(html, internal).not.toContain(internal);
  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải PDF" }).click();
  const pdf = await readFile(await save(await pdfDownload, "bao-cao.pdf"));
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(10_000);
  await page.goto(`/tham-dinh/bao-cao/${reportId}/in`);
  await expect(page.getByRole("heading", { level: 1, name: "BÁO CÁO" })).toBeVisible();
  await shot(page, "report-06-ban-in-nghi-dinh-30");
  await page.goBack();

  // 7. The figures as .xlsx, re-read with exceljs: the frozen figures, as stored.
  const [frozen] = await query<{ received: number }>(`SELECT (figures->'set'->'sections'->0->'rows'->0->>'value')::int AS received FROM "Report" WHERE id = $1`, [reportId]);
  const xlsxDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải số liệu (.xlsx)" }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await save(await xlsxDownload, "so-lieu.xlsx"));
  const sheet = wb.getWorksheet("Số liệu")!;
  const receivedRow = sheet.getRows(2, sheet.rowCount)!.find((r) => r.getCell(2).value === "Tổng số hồ sơ tiếp nhận trong kỳ")!;
  expect(receivedRow.getCell(3).value).toBe(frozen!.received);
  const history = wb.getWorksheet("Lịch sử")!;
  expect(history.getColumn(2).values.filter(Boolean)).toEqual(["Thao tác", "Nộp báo cáo", "Trả lại", "Nộp báo cáo", "Chấp nhận"]);

  // 8. The dashboard as .xlsx shows the report accepted.
  await page.goto("/tham-dinh");
  const dashDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải bảng theo dõi (.xlsx)" }).click();
  const dash = new ExcelJS.Workbook();
  await dash.xlsx.readFile(await save(await dashDownload, "theo-doi.xlsx"));
  const statusRows = dash.getWorksheet("Tình trạng báo cáo")!.getRows(2, 500)!.filter((r) => r.getCell(2).value === "Xã An Dũng" && r.getCell(3).value === PERIOD);
  expect(statusRows.map((r) => r.getCell(7).value)).toEqual(["Đã chấp nhận"]);
  expect(dash.getWorksheet("Xếp hạng")!.getRow(2).getCell(2).value).toBe("Xã An Dũng");

  // 9. Usable at 360 px.
  await usableAt360(page);
  await shot(page, "report-07-tham-dinh-360px");
  await page.goto(`/tham-dinh/bao-cao/${reportId}`);
  await usableAt360(page);
  await context.clearCookies();
  await signInAs("lanhdao.andung");
  await page.goto(`/can-bo/xa-an-dung/bao-cao/${reportId}`);
  await usableAt360(page);
  await shot(page, "report-08-don-vi-360px");
});

test("a reviewer drills down from the ranking to a unit's monthly trend", async ({ page, signInAs }) => {
  await signInAs("thamdinh.phuoclong");
  await page.goto("/tham-dinh");
  await expect(page.getByRole("heading", { name: /Xếp hạng đơn vị/ })).toBeVisible();
  const ranking = page.locator("table", { has: page.getByRole("columnheader", { name: "Hạng" }) });
  await ranking.getByRole("link", { name: "Phường Long Phước", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phường Long Phước");
  await expect(page.getByRole("img", { name: /Tỷ lệ giải quyết trong ngày/ })).toBeVisible();
  await expect(page.getByText("Đường đứt đỏ: chỉ tiêu 100%.")).toBeVisible();
  await expectAccessible(page);
  await shot(page, "report-09-tham-dinh-don-vi-xu-huong");
});
