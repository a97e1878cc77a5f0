import type { Browser } from "@playwright/test";
import { CITIZEN_SIMULATED_PORT, expect, expectFitsWidth, expectAccessible, query, shot, test } from "./fixtures";

const SIMULATED = `http://127.0.0.1:${CITIZEN_SIMULATED_PORT}`;
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

/** Every public page, with something on it that proves it rendered. */
const PAGES: { name: string; path: string; heading: RegExp | string; base?: string }[] = [
  { name: "trang-chu", path: "/?tinh=tinh-quang-ngai&don-vi=xa-pho-nhon", heading: "Mô hình cải cách hành chính ở xã, phường của bạn" },
  { name: "trang-xa", path: "/don-vi/xa-pho-nhon?ngay=2024-03-06&gio=10:00", heading: "Xã Phổ Nhơn" },
  { name: "trang-xa-da-cham-dut", path: "/don-vi/xa-pho-nhon?ngay=2025-07-02&gio=10:00", heading: "Xã Phổ Nhơn" },
  { name: "thu-tuc", path: "/don-vi/xa-pho-nhon/thu-tuc/chung-thuc-chu-ky?ngay=2024-03-06&gio=10:00", heading: /^Chứng thực chữ ký/ },
  { name: "niem-yet", path: "/don-vi/xa-pho-nhon/niem-yet?ngay=2024-03-06", heading: "Bản niêm yết của Xã Phổ Nhơn" },
  { name: "dat-lich-tai-nha-khong-nhan", path: "/don-vi/phuong-my-binh/dat-lich-tai-nha", heading: "Đề nghị giải quyết thủ tục tại nhà" },
  { name: "dat-lich-tai-nha", path: "/don-vi/phuong-my-binh/dat-lich-tai-nha", heading: "Đề nghị giải quyết thủ tục tại nhà", base: SIMULATED },
  { name: "tim-kiem", path: "/tim-kiem?q=chung+thuc+ban+sao", heading: "Tìm thủ tục, đơn vị, mô hình" },
  { name: "tra-cuu-ho-so", path: "/tra-cuu-ho-so", heading: "Tra cứu hồ sơ" },
  { name: "ke-hoach", path: "/ke-hoach", heading: "Các kế hoạch cải cách hành chính" },
  { name: "ke-hoach-van-ban", path: "/ke-hoach/an-dung-2023-2025-sang-kien-cchc", heading: "KẾ HOẠCH" },
  { name: "chinh-sach-du-lieu", path: "/chinh-sach-du-lieu", heading: "Chính sách bảo vệ dữ liệu cá nhân" },
];

for (const p of PAGES) {
  test(`${p.name}: accessible, usable at 360 px, screenshots at phone and desktop widths`, async ({ page }) => {
    for (const [label, size] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
      await page.setViewportSize(size);
      const res = await page.goto(`${p.base ?? ""}${p.path}`);
      expect(res?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: p.heading })).toBeAttached();
      await expectAccessible(page);
      if (label === "phone") await expectFitsWidth(page);
      await shot(page, `citizen-${p.name}-${label}`);
    }
  });
}

test("the look-up page: a late dossier with its apology slip, then the one-time rating", async ({ page }) => {
  const [d] = await query<{ code: string; phone: string }>(
    `SELECT d.code, d."citizenPhone" AS phone FROM "Dossier" d
      WHERE d.status = 'RETURNED' AND d."resultReadyAt" > d."originalPromisedAt" AND EXISTS (SELECT 1 FROM "ApologySlip" a WHERE a."dossierId" = d.id)
        AND NOT EXISTS (SELECT 1 FROM "SatisfactionResponse" s WHERE s."dossierId" = d.id)
      ORDER BY d.code LIMIT 1`,
  );
  expect(d).toBeDefined();
  for (const [label, size] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
    await page.setViewportSize(size);
    await page.goto("/tra-cuu-ho-so");
    await page.getByLabel(/^Mã hồ sơ/).fill(d!.code.toLowerCase());
    await page.getByLabel("4 số cuối điện thoại đã khai khi nộp").fill(d!.phone.slice(-4));
    await page.getByRole("button", { name: "Tra cứu" }).click();
    await expect(page.getByRole("heading", { name: `Hồ sơ ${d!.code}` })).toBeVisible();
    await expect(page.getByText("Trễ hẹn", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Phiếu xin lỗi và hẹn lại ngày trả kết quả" })).toBeVisible();
    await expect(page.getByText(/→ hẹn mới:/).first()).toBeVisible();
    await expect(page.getByText(d!.phone)).toHaveCount(0);
    await expectAccessible(page);
    if (label === "phone") await expectFitsWidth(page);
    await shot(page, `citizen-tra-cuu-ho-so-ket-qua-${label}`);
  }
  await page.getByRole("radio", { name: "Bình thường" }).check();
  const comment = page.getByLabel("Góp ý (không bắt buộc)");
  await expect(page.getByText("0/1000 ký tự")).toBeVisible();
  await comment.fill("x".repeat(1000));
  await expect(page.getByText("Đã đủ 1000 ký tự, không gõ thêm được.")).toBeVisible();
  await comment.fill("Cán bộ tận tình nhưng trả chậm, gọi 0905 111 222");
  await expect(page.getByText("48/1000 ký tự")).toBeVisible();
  await page.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(page.getByText("Đã ghi nhận đánh giá của bạn. Cảm ơn bạn!")).toBeVisible();
  await expect(page.getByText(/Đánh giá của bạn: Bình thường/)).toBeVisible();
  const rows = await query<{ rating: string; source: string; comment: string }>(
    'SELECT s.rating, s.source, s.comment FROM "SatisfactionResponse" s JOIN "Dossier" d ON d.id = s."dossierId" WHERE d.code = $1',
    [d!.code],
  );
  // The phone number in the comment is kept masked: officers and reports never see it.
  expect(rows).toEqual([{ rating: "NEUTRAL", source: "PORTAL", comment: "Cán bộ tận tình nhưng trả chậm, gọi [số điện thoại đã ẩn]" }]);
  await expect(page.getByRole("button", { name: "Gửi đánh giá" })).toHaveCount(0);
});

test("a wrong look-up gets the same answer for a wrong code or wrong digits", async ({ page }) => {
  await page.goto("/tra-cuu-ho-so");
  await page.getByLabel(/^Mã hồ sơ/).fill("PN-240306-ZZZZ");
  await page.getByLabel("4 số cuối điện thoại đã khai khi nộp").fill("0000");
  await page.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page.getByRole("form", { name: "Tra cứu hồ sơ" }).getByRole("alert")).toContainText("Không tìm thấy hồ sơ với mã và 4 số cuối điện thoại này.");
});

async function noScript(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  return { context, page: await context.newPage() };
}

test("the browse pages work with JavaScript disabled", async ({ browser, baseURL }) => {
  const { context, page } = await noScript(browser);
  await page.goto(`${baseURL}/`);
  await page.getByRole("combobox", { name: "Tỉnh, thành phố" }).selectOption("tinh-binh-dinh");
  await page.getByRole("button", { name: "Xem các xã, phường" }).click();
  await expect(page).toHaveURL(/tinh=tinh-binh-dinh/);
  // The province's list (the plans' section further down links the same commune).
  const communes = page.locator("section", { has: page.getByRole("heading", { name: "2. Chọn xã, phường" }) });
  await communes.getByRole("link", { name: "Xã An Dũng", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Xã An Dũng" })).toBeVisible();
  // Pick a Friday and filter to the civil-status field with the plain GET forms.
  await page.getByLabel("Ngày", { exact: true }).fill("2024-03-15");
  await page.getByLabel("Giờ", { exact: true }).fill("09:00");
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  await expect(page.getByText("Thứ Sáu 15/03/2024: 7 thủ tục trả kết quả trong ngày — nhận hồ sơ đến 17:00")).toBeVisible();
  await page.getByLabel("Lĩnh vực").selectOption({ label: "Chứng thực" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/linh-vuc=CHUNG_THUC/);
  await expect(page.getByRole("rowheader", { name: /^Đăng ký khai sinh/ })).toHaveCount(0);
  await page.getByRole("link", { name: /^Chứng thực chữ ký/ }).click();
  await expect(page.getByText(/lúc 09:00 thứ Sáu 15\/03\/2024 → nhận kết quả trước 17:00 cùng ngày/)).toBeVisible();
  // The steps sit in a <details>: open without JavaScript.
  await page.getByText("Cách tính thời hạn").click();
  await expect(page.getByText(/^Áp dụng mô hình «BA KHÔNG/)).toBeVisible();
  // Search, plans, notice.
  await page.goto(`${baseURL}/tim-kiem`);
  await page.getByLabel("Từ khóa").fill("giay xac nhan tinh trang hon nhan");
  await page.getByRole("button", { name: "Tìm" }).click();
  await expect(page.getByText("Cấp Giấy xác nhận tình trạng hôn nhân", { exact: true })).toBeVisible();
  await page.goto(`${baseURL}/ke-hoach`);
  await page.getByRole("link", { name: /giờ thứ 9/ }).click();
  await expect(page.getByText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeVisible();
  await page.goto(`${baseURL}/don-vi/xa-an-dung/niem-yet?ngay=2024-03-15`);
  await expect(page.getByRole("rowheader", { name: /thứ Sáu/ })).toBeVisible();
  // Printed like an administrative document: the issuing unit and the national header.
  const notice = page.getByRole("article", { name: "Bản niêm yết" });
  await expect(notice.getByText("UBND Xã An Dũng", { exact: true })).toBeVisible();
  await expect(notice.getByText("Bộ phận Tiếp nhận và Trả kết quả", { exact: true })).toBeVisible();
  await expect(notice.getByText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeVisible();
  await expect(notice.getByText("Độc lập - Tự do - Hạnh phúc")).toBeVisible();
  await context.close();
});

test("the look-up form works with JavaScript disabled", async ({ browser, baseURL }) => {
  const [d] = await query<{ code: string; phone: string }>(`SELECT code, "citizenPhone" AS phone FROM "Dossier" ORDER BY code LIMIT 1`);
  const { context, page } = await noScript(browser);
  await page.goto(`${baseURL}/tra-cuu-ho-so`);
  await page.getByLabel(/^Mã hồ sơ/).fill(d!.code);
  await page.getByLabel("4 số cuối điện thoại đã khai khi nộp").fill(d!.phone.slice(-4));
  await page.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page.getByRole("heading", { name: `Hồ sơ ${d!.code}` })).toBeVisible();
  await context.close();
});

test("the plan page is laid out like the original document, blanks kept", async ({ page }) => {
  await page.goto("/ke-hoach/long-xuyen-2024-tthc-tai-nha");
  const doc = page.getByRole("article", { name: "Văn bản kế hoạch" });
  await expect(doc.getByText("ỦY BAN NHÂN DÂN", { exact: true })).toBeVisible();
  await expect(doc.getByText("THÀNH PHỐ LONG XUYÊN", { exact: true })).toBeVisible();
  await expect(doc.getByText("Độc lập - Tự do - Hạnh phúc")).toBeVisible();
  await expect(doc.getByText(/^Số:\s+\/KH-UBND$/)).toBeVisible();
  await expect(doc.getByText(/^Long Xuyên, ngày\s+tháng\s+năm 2024$/)).toBeVisible();
  await expect(doc.getByText(/^Căn cứ Kế hoạch số 118-KH\/TU/)).toBeVisible();
  await expect(doc.getByText("Nơi nhận:")).toBeVisible();
  await expect(doc.getByText("Đình Văn Bảo")).toBeVisible();
  await expect(doc.getByText("TM. ỦY BAN NHÂN DÂN")).toBeVisible();
});

test("a unit's calendar can be added to a phone's calendar (webcal://) at the public address", async ({ page, baseURL }) => {
  await page.goto("/don-vi/xa-pho-nhon?ngay=2024-03-06&gio=10:00");
  await expect(page.getByRole("link", { name: "Lịch (.ics)" })).toHaveAttribute("href", "/api/v1/units/xa-pho-nhon/calendar.ics");
  await expect(page.getByRole("link", { name: "Thêm vào lịch điện thoại" })).toHaveAttribute("href", `${baseURL!.replace(/^http:/, "webcal:")}/api/v1/units/xa-pho-nhon/calendar.ics`);
});
