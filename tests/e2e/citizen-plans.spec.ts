import { CITIZEN_SIMULATED_PORT, expect, expectAccessible, query, shot, test } from "./fixtures";
import type { Page } from "@playwright/test";

/** The second server, whose clock starts on Monday 03/06/2024 08:00 (playwright.config.ts, port + 3). */
const SIMULATED = `http://127.0.0.1:${CITIZEN_SIMULATED_PORT}`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The cell of a procedure's row on the n-th day shown (0 = Monday). */
function cell(page: Page, procedureStart: string, day: number) {
  return page
    .locator("tbody tr")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${escape(procedureStart)}`) }) })
    .locator("td")
    .nth(day);
}

const PHO_NHON_12 = [
  "Cấp Giấy xác nhận tình trạng hôn nhân",
  "Đăng ký lại khai sinh",
  "Đăng ký kết hôn",
  "Đăng ký khai tử",
  "Cấp bản sao Trích lục hộ tịch",
  "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam",
  "Chứng thực chữ ký",
  "Chứng thực hợp đồng, giao dịch",
  "Xác nhận hộ trực tiếp sản xuất nông nghiệp",
  "Gia hạn sử dụng đất",
  "Đính chính Giấy chứng nhận",
  "Đổi, cấp lại Giấy xác nhận khuyết tật",
];

test("Phổ Nhơn on a Wednesday at 10:00: the 12 named procedures are same-day, intake until 15:30", async ({ page }) => {
  await page.goto("/don-vi/xa-pho-nhon?ngay=2024-03-06&gio=10:00");
  await expect(page.getByText("Thứ Tư 06/03/2024: 12 thủ tục trả kết quả trong ngày — nhận hồ sơ đến 15:30")).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /thứ Tư\s*06\/03/ })).toBeVisible();
  for (const name of PHO_NHON_12) {
    await expect(cell(page, name, 2), name).toContainText("Trong ngày");
    await expect(cell(page, name, 2), name).toContainText("nhận đến 15:30");
    await expect(cell(page, name, 3), name).toHaveText("Thường");
  }
  // A procedure outside the list stays ordinary on Wednesday.
  await expect(cell(page, "Đăng ký giám hộ", 2)).toHaveText("Thường");
  await expectAccessible(page);
});

test("Phổ Nhơn on the same Wednesday at 16:00: the next same-day opening is next Wednesday at 07:00", async ({ page }) => {
  await page.goto("/don-vi/xa-pho-nhon?ngay=2024-03-06&gio=16:00");
  await expect(page.getByText("Thứ Tư 06/03/2024 lúc 16:00: trong giờ làm việc")).toBeVisible();
  await expect(page.getByText("Trả kết quả trong ngày lần tới:")).toContainText("thứ Tư 13/03/2024 từ 07:00, nhận hồ sơ đến 15:30");
  await expect(page.getByText(/12 thủ tục trả kết quả trong ngày/)).toHaveCount(0);
});

test("An Dũng on a Friday: the 'ba không' procedures are same-day until the close", async ({ page }) => {
  await page.goto("/don-vi/xa-an-dung?ngay=2024-03-15&gio=09:00");
  await expect(page.getByText("Thứ Sáu 15/03/2024: 7 thủ tục trả kết quả trong ngày — nhận hồ sơ đến 17:00")).toBeVisible();
  await expect(page.getByText(/BA KHÔNG: Ngày thứ 6 không viết – không nộp – không hẹn/).first()).toBeVisible();
  await expect(cell(page, "Đăng ký khai sinh", 4)).toContainText("Trong ngày");
  await expect(cell(page, "Đăng ký khai sinh", 3)).toHaveText("Thường");
  await page.goto("/don-vi/xa-an-dung?ngay=2024-03-14&gio=09:00");
  await expect(page.getByText(/thủ tục trả kết quả trong ngày —/)).toHaveCount(0);
  await expect(page.getByText("Trả kết quả trong ngày lần tới:")).toContainText("thứ Sáu 15/03/2024 từ 07:00");
});

test("Luận Thành at 16:45 on a weekday: the 9th hour inside its period, closed outside it", async ({ page }) => {
  await page.goto("/don-vi/xa-luan-thanh?ngay=2026-03-04&gio=16:45");
  await expect(page.getByText("Thứ Tư 04/03/2026 lúc 16:45: ngoài giờ làm việc, đang mở «Giải quyết thủ tục hành chính giờ thứ 9» đến 17:30")).toBeVisible();
  await expect(cell(page, "Đăng ký khai sinh", 2)).toContainText("Ngoài giờ");
  await expect(cell(page, "Đăng ký khai sinh", 2)).toContainText("16:30–17:30");
  await expectAccessible(page);
  await page.goto("/don-vi/xa-luan-thanh?ngay=2026-03-25&gio=16:45");
  await expect(page.getByText("Thứ Tư 25/03/2026 lúc 16:45: ngoài giờ làm việc", { exact: true })).toBeVisible();
  await expect(page.getByText("Bộ phận Một cửa mở cửa lại lúc 07:00 thứ Năm 26/03/2026.")).toBeVisible();
  await expect(cell(page, "Đăng ký khai sinh", 2)).toHaveText("Thường");
  // Before the commune existed (two-tier reform, 01/07/2025).
  await page.goto("/don-vi/xa-luan-thanh?ngay=2025-03-05&gio=16:45");
  await expect(page.getByText("Thứ Tư 05/03/2025: Xã Luận Thành chưa được thành lập")).toBeVisible();
});

test("Phước Long: same-day every weekday for the registered procedures, and no Friday dossier deferred to next week", async ({ page }) => {
  await page.goto("/don-vi/phuong-long-phuoc?ngay=2024-03-08&gio=15:30");
  await expect(page.getByText("Thứ Sáu 08/03/2024: 5 thủ tục trả kết quả trong ngày — nhận hồ sơ đến 17:00")).toBeVisible();
  for (let day = 0; day < 5; day++) await expect(cell(page, "Chứng thực chữ ký", day)).toContainText("Trong ngày");
  await page.getByRole("link", { name: /^Chứng thực chữ ký/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Chứng thực chữ ký");
  await expect(page.getByText(/lúc 15:30 thứ Sáu 08\/03\/2024 → nhận kết quả trước 17:00 cùng ngày/)).toBeVisible();
  await page.getByText("Cách tính thời hạn").click();
  await expect(page.getByText("Mô hình không để hồ sơ ngày thứ Sáu hẹn sang tuần sau: trả kết quả ngay trong ngày thứ Sáu.")).toBeVisible();
  await expectAccessible(page);
});

test("a unit after the 2025 reform: ceased, with no ordinary cells", async ({ page }) => {
  await page.goto("/don-vi/xa-pho-nhon?ngay=2025-07-02&gio=10:00");
  await expect(page.getByText("Thứ Tư 02/07/2025: Xã Phổ Nhơn không còn hoạt động")).toBeVisible();
  const wednesday = cell(page, "Đăng ký khai sinh", 2);
  await expect(wednesday).toHaveText("—Đơn vị không hoạt động ngày này");
  for (let day = 1; day < 7; day++) await expect(cell(page, "Đăng ký khai sinh", day)).not.toContainText("Thường");
  await page.goto("/don-vi/xa-pho-nhon?ngay=2026-11-25&gio=10:00");
  await expect(page.getByText(/Trong tuần này Xã Phổ Nhơn không hoạt động/)).toBeVisible();
  await expect(page.locator("table")).toHaveCount(0);
});

test("Long Xuyên: a ward's home-visit form offers only Thursdays up to 31/12/2024 (clock at 03/06/2024)", async ({ page }) => {
  await page.goto(`${SIMULATED}/don-vi/phuong-my-binh`);
  await expect(page.getByText(/^Hôm nay thứ Hai/)).toBeVisible();
  await page.getByRole("link", { name: "Đề nghị giải quyết tại nhà" }).click();
  await expect(page).toHaveURL(`${SIMULATED}/don-vi/phuong-my-binh/dat-lich-tai-nha`);
  const options = await page.getByLabel("Ngày cán bộ đến nhà").locator("option:not([disabled])").allTextContents();
  expect(options.length).toBeGreaterThan(20);
  for (const o of options) expect(o).toMatch(/^thứ Năm \d{2}\/\d{2}\/2024 \(còn \d lượt\)$/);
  expect(options[0]).toContain("06/06/2024");
  const last = options.at(-1)!.match(/(\d{2})\/(\d{2})\/2024/)!;
  expect(`${last[2]}-${last[1]}`.localeCompare("12-31")).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await shot(page, "citizen-dat-lich-tai-nha-chon-ngay-desktop");

  await page.getByLabel("Người cần phục vụ tại nhà là").selectOption({ label: "Thương binh" });
  await page.getByLabel("Ngày cán bộ đến nhà").selectOption({ index: 2 });
  const chosen = await page.getByLabel("Ngày cán bộ đến nhà").inputValue();
  await page.getByLabel("Họ và tên người cần phục vụ").fill("Lê Văn Thử Nghiệm");
  await page.getByLabel("Số điện thoại liên hệ").fill("0908123456");
  await page.getByLabel("Địa chỉ nơi cán bộ đến").fill("Số 20, khóm Bình Khánh 3");
  await page.getByLabel(/Tôi đồng ý cung cấp/).check();
  await page.getByRole("button", { name: "Gửi đề nghị" }).click();
  const title = page.getByText(/^Đã gửi đề nghị\. Mã theo dõi: TN-[A-Z2-9]{6}$/);
  await expect(title).toBeVisible();
  const code = (await title.textContent())!.split(": ")[1]!;
  const rows = await query<{ requestedDate: Date; status: string }>('SELECT "requestedDate", status FROM "HomeVisitRequest" WHERE "trackingCode" = $1', [code], CITIZEN_SIMULATED_PORT);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.requestedDate.toISOString().slice(0, 10)).toBe(chosen);
  expect(rows[0]!.status).toBe("PENDING");
  await shot(page, "citizen-dat-lich-tai-nha-da-gui-desktop");
});

test("Long Xuyên: a date the rule forbids is refused by the server even when the form is bypassed", async ({ page }) => {
  await page.goto(`${SIMULATED}/don-vi/phuong-my-binh/dat-lich-tai-nha`);
  // Put a Wednesday into the select, as a tampered form would.
  await page.getByLabel("Ngày cán bộ đến nhà").evaluate((select: HTMLSelectElement) => {
    const o = document.createElement("option");
    o.value = "2024-06-12";
    o.textContent = "thứ Tư 12/06/2024";
    select.append(o);
    select.value = "2024-06-12";
  });
  await page.getByLabel("Người cần phục vụ tại nhà là").selectOption({ label: "Người già yếu" });
  await page.getByLabel("Họ và tên người cần phục vụ").fill("Người Thử Ngày Sai");
  await page.getByLabel("Số điện thoại liên hệ").fill("0908123457");
  await page.getByLabel("Địa chỉ nơi cán bộ đến").fill("Số 1");
  await page.getByLabel(/Tôi đồng ý cung cấp/).check();
  await page.getByRole("button", { name: "Gửi đề nghị" }).click();
  await expect(page.getByText("Ngày 12/06/2024 là thứ Tư; mô hình chỉ đến nhà vào: Thứ Năm hằng tuần.").first()).toBeVisible();
  const rows = await query('SELECT 1 FROM "HomeVisitRequest" WHERE "citizenName" = $1', ["Người Thử Ngày Sai"], CITIZEN_SIMULATED_PORT);
  expect(rows).toHaveLength(0);
  const api = await page.request.post(`${SIMULATED}/api/v1/home-visit-requests`, {
    data: { unitSlug: "phuong-my-binh", procedureId: "chung-thuc-chu-ky", eligibleGroup: "ELDERLY_FRAIL", requestedDate: "2025-01-02", citizenName: "API", citizenPhone: "0908123458", address: "Số 2", consent: true },
  });
  expect(api.status()).toBe(422);
  expect((await api.json()).error.message).toBe("Mô hình chỉ áp dụng đến hết ngày 31/12/2024.");
});
