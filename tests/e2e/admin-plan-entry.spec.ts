import type { Page } from "@playwright/test";
import { expect, expectAccessible, query, shot, test } from "./fixtures";

/**
 * The plan screens' promise (decision 008): Phổ Nhơn's plan entered from scratch, issued
 * by a new commune; the citizens' page of that commune then shows the Wednesday model, its
 * 12 procedures and its 07:00–15:30 intake exactly as the seeded Xã Phổ Nhơn's page does.
 */

const UNIT_NAME = "Xã Phổ Nhơn (nhập lại)";
const UNIT_SLUG = "xa-pho-nhon-nhap-lai";

/** Section II.1 of the plan, in its order, as the catalogue names them. */
const WEDNESDAY_PROCEDURES = [
  "Cấp Giấy xác nhận tình trạng hôn nhân",
  "Đăng ký lại khai sinh",
  "Đăng ký kết hôn",
  "Đăng ký khai tử",
  "Cấp bản sao Trích lục hộ tịch",
  "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
  "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)",
  "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở",
  "Xác nhận hộ trực tiếp sản xuất nông nghiệp",
  "Gia hạn sử dụng đất ngoài khu công nghệ cao, khu kinh tế",
  "Đính chính Giấy chứng nhận đã cấp",
  "Đổi, cấp lại Giấy xác nhận khuyết tật",
];

const PLAN = {
  title: "Thực hiện mô hình “Ngày thứ Tư không hẹn” và “ngày Dịch vụ công trực tuyến” trong công tác cải cách hành chính trên địa bàn xã Phổ Nhơn",
  basis:
    "Thực hiện Chương trình công tác năm của UBND xã và được sự thống nhất các đồng chí lãnh đạo Đảng ủy, UBND xã tại cuộc họp thường kỳ của UBND xã ngày 16/02/2024, UBND xã xây dựng Kế hoạch triển khai thực hiện mô hình “Ngày thứ Tư không hẹn” và “ngày Dịch vụ công trực tuyến” trong công tác cải cách hành chính trên địa bàn xã Phổ Nhơn với nội dung như sau:",
  purposes: [
    "Nhằm giúp tổ chức, cá nhân nhận thức rõ lợi ích của dịch vụ công trực tuyến mang lại như: Giảm thời gian trong giải quyết thủ tục hành chính, giảm thời gian đi lại trong quá trình liên hệ giải quyết giấy tờ, giảm phí, lệ phí (nếu có)... từ đó từng bước hình thành và thay đổi thói quen nộp hồ sơ từ trực tiếp sang trực tuyến.",
    "Đổi mới, nâng cao hiệu quả hoạt động của Bộ phận Tiếp nhận và Trả kết quả xã Phổ Nhơn về thực hiện cơ chế Một cửa, Một cửa liên thông trong giải quyết thủ tục hành chính cho tổ chức, cá nhân.",
  ],
  requirement:
    "Thực hiện các nhiệm vụ của địa phương gắn với công tác cải cách hành chính, trong đó xác định cụ thể các nhiệm vụ triển khai thực hiện mô hình “Ngày thứ Tư không hẹn” và “ngày Dịch vụ công trực tuyến”.",
  recipients: ["UBND thị xã Đức Phổ;", "Phòng Nội vụ thị xã;", "Phòng Tư pháp thị xã;", "TT. Đảng ủy xã;", "05 thôn;", "Lưu: VT."],
};

async function unitId(key: string): Promise<string> {
  const [row] = await query<{ id: string }>('SELECT id FROM "Unit" WHERE key = $1', [key]);
  return row!.id;
}

/** What a citizen reads on a unit's page at a moment: the banner's models, the model list, the weekly table. */
async function citizenView(page: Page, slug: string) {
  await page.goto(`/don-vi/${slug}?ngay=2024-03-06&gio=09:00`);
  const modelsCard = page.locator("section").filter({ has: page.getByRole("heading", { name: "Các mô hình của đơn vị" }) });
  return {
    banner: await page.getByRole("status").first().locator("li").allInnerTexts(),
    models: await modelsCard.locator("li").allInnerTexts(),
    rows: await page.locator("table tbody tr").allInnerTexts(),
  };
}

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("an administrator enters Phổ Nhơn's plan through the screens and citizens see it exactly as the seeded one", async ({ page, signInAs }) => {
  test.setTimeout(240_000);
  await signInAs("quantri");

  // 1. The issuing commune, under Thị xã Đức Phổ, ending with the district level on 30/06/2025 like Xã Phổ Nhơn.
  await page.goto("/quan-tri/don-vi/moi");
  await expectAccessible(page);
  await page.getByLabel("Tên đơn vị (kèm cấp)").fill(UNIT_NAME);
  await page.getByLabel("Loại đơn vị").selectOption("COMMUNE");
  await page.getByLabel("Đơn vị cấp trên").selectOption(await unitId("quang-ngai/duc-pho"));
  await page.getByLabel("Ngừng hoạt động sau ngày").fill("2025-06-30");
  await shot(page, "admin-01-don-vi-moi");
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(page.getByText("Đã thêm đơn vị.")).toBeVisible();
  const newUnitId = page.url().split("/quan-tri/don-vi/")[1]!.split("?")[0]!;
  await expect(page.getByRole("heading", { level: 1, name: UNIT_NAME })).toBeVisible();

  // 2. Its catalogue: the commune's procedures, taken over from Xã Phổ Nhơn.
  await page.getByRole("link", { name: "Danh mục thủ tục của đơn vị" }).click();
  await page.getByLabel("Sao chép từ").selectOption({ label: "Xã Phổ Nhơn — Thị xã Đức Phổ" });
  await page.getByRole("button", { name: "Sao chép" }).click();
  await expect(page.getByText("Đã thêm các thủ tục.")).toBeVisible();

  // 3. The plan as printed: no number, no day ("Số: /KH-UBND", "ngày … tháng 02 năm 2024").
  await page.goto("/quan-tri/ke-hoach/moi");
  await expectAccessible(page);
  await page.getByLabel("Cơ quan ban hành").selectOption(newUnitId);
  await page.getByLabel("Ký hiệu").fill("KH-UBND");
  await page.getByLabel("Địa danh").fill("Phổ Nhơn");
  await page.getByLabel("Tháng", { exact: true }).fill("2");
  await page.getByLabel("Năm", { exact: true }).fill("2024");
  await page.getByLabel("Trích yếu (tên kế hoạch)").fill(PLAN.title);
  await page.getByLabel("Căn cứ").fill(PLAN.basis);
  await page.getByLabel("Mục đích").fill(PLAN.purposes.join("\n"));
  await page.getByLabel("Yêu cầu").fill(PLAN.requirement);
  await page.getByLabel("Thực hiện từ ngày").fill("2024-03-01");
  await page.getByLabel("Người ký", { exact: true }).fill("Nguyễn Bảo Toàn");
  await page.getByLabel("Chức vụ người ký").fill("Chủ tịch Ủy ban nhân dân xã Phổ Nhơn");
  await page.getByLabel("Nơi nhận").fill(PLAN.recipients.join("\n"));
  await page.getByRole("button", { name: "Lưu dự thảo" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/ke-hoach\/(?!moi$)[^/]+$/);
  const planUrl = page.url();
  await expect(page.getByText("Kế hoạch số …/KH-UBND tháng 02/2024").first()).toBeVisible();

  // 4. Tasks and the yearly review sent to the town's Phòng Nội vụ.
  await page.locator("summary", { hasText: "Thêm nhiệm vụ" }).click();
  await page.getByLabel("Đơn vị thực hiện").selectOption(newUnitId);
  await page.getByLabel("Nội dung nhiệm vụ").fill("Phân công 01 lãnh đạo trực tiếp ký giấy và thành viên trực tại Bộ phận TN&TKQ vào thứ Tư để hướng dẫn kê khai, tạo tài khoản, nộp hồ sơ và thanh toán trực tuyến.");
  await page.getByLabel("Hạn hoàn thành").fill("2024-03-01");
  await page.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
  await expect(page.getByText("Đã thêm nhiệm vụ.")).toBeVisible();
  await page.locator("summary", { hasText: "Thêm nghĩa vụ báo cáo" }).click();
  await page.getByLabel("Tên báo cáo").fill("Sơ kết, tổng kết đánh giá hằng năm quá trình thực hiện Mô hình");
  await page.getByLabel("Kỳ báo cáo").selectOption("ANNUAL");
  await page.getByLabel("Nơi nhận và thẩm định").selectOption(await unitId("quang-ngai/duc-pho/phong-noi-vu"));
  await page.getByRole("button", { name: "Thêm nghĩa vụ báo cáo" }).click();
  await expect(page.getByText("Đã thêm nghĩa vụ báo cáo.")).toBeVisible();

  // 5. The Wednesday model, with a wrong validity first: the engine's message, live.
  await page.getByRole("link", { name: "Thêm mô hình" }).click();
  // The blank form shows no errors before anything is typed.
  await expect(page.getByRole("complementary", { name: "Xem trước" }).getByText("Điền các mục bên trái; quy tắc được kiểm tra ngay khi bạn nhập.")).toBeVisible();
  await expect(page.getByText("Quy tắc chưa hợp lệ:")).toHaveCount(0);
  await expect(page.getByText(/Quy tắc còn \d+ lỗi/)).toHaveCount(0);
  await page.getByLabel("Tên mô hình *", { exact: true }).fill("Ngày thứ Tư không hẹn");
  await page.getByLabel("Loại mô hình *").selectOption("NO_APPOINTMENT_DAY");
  await page.getByLabel("Mô tả ngắn cho người dân *").fill(
    "Mỗi thứ Tư, tại Bộ phận TN&TKQ xã Phổ Nhơn, 12 thủ tục được giải quyết ngay trong ngày (30–60 phút hoặc nửa buổi) khi hồ sơ hợp lệ và nộp từ 7 giờ đến 15 giờ 30.",
  );
  await page.getByRole("checkbox", { name: "Thứ Tư", exact: true }).check();
  await page.getByLabel("Nhận hồ sơ đến (giờ)").fill("15:30");
  await page.getByLabel("Thời hạn trả kết quả").selectOption("MINUTES");
  await page.getByLabel("Số phút làm việc").fill("60");
  await expect(page.getByLabel("Áp dụng từ ngày *")).toHaveValue("2024-03-01");
  await page.getByLabel("Đến hết ngày").fill("2024-02-01");
  const preview = page.getByRole("complementary", { name: "Xem trước" });
  await expect(preview.getByText("Ngày kết thúc (01/02/2024) trước ngày bắt đầu (01/03/2024).")).toBeVisible();
  await page.getByLabel("Đến hết ngày").fill("");
  const scope = page.getByRole("region", { name: `Đơn vị áp dụng: ${UNIT_NAME}` });
  for (const name of WEDNESDAY_PROCEDURES) await scope.getByRole("checkbox", { name, exact: true }).check();
  await expect(scope.getByText("Thủ tục (12 đã chọn)")).toBeVisible();
  await expect(preview.getByText("Hợp lệ")).toBeVisible();
  await expect(preview.getByText("Thứ Tư hằng tuần, giờ hành chính (nhận hồ sơ đến 15:30), trừ ngày nghỉ lễ, Tết, từ 01/03/2024 đến hết ngày 30/06/2025")).toBeVisible();
  await expect(preview.getByRole("list", { name: "Các lần thực hiện" }).getByRole("listitem").first()).toHaveText("Thứ Tư 06/03/2024: 07:00–11:30, 13:30–17:00 (nhận hồ sơ đến 15:30)");
  const previewRow = preview.getByRole("row", { name: /^Đăng ký khai tử/ });
  await expect(previewRow.getByRole("cell").nth(2)).toHaveText("Trong ngàynhận đến 15:30");
  await expectAccessible(page);
  await shot(page, "admin-03-mo-hinh-xem-truoc");
  await page.getByRole("button", { name: "Thêm mô hình" }).click();
  await expect(page.getByText("Đã lưu mô hình.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Lịch sử phiên bản" })).toBeVisible();

  // 6. The online service day: every Wednesday, all procedures, legal time limits unchanged.
  await page.goto(`${planUrl}/mo-hinh/moi`);
  await page.getByLabel("Tên mô hình *", { exact: true }).fill("Ngày Dịch vụ công trực tuyến");
  await page.getByLabel("Loại mô hình *").selectOption("ONLINE_SERVICE_DAY");
  await page.getByLabel("Mô tả ngắn cho người dân *").fill(
    "Mỗi thứ Tư, lãnh đạo và công chức trực tại Bộ phận TN&TKQ xã Phổ Nhơn hướng dẫn người dân tạo tài khoản, nộp hồ sơ trực tuyến và thanh toán phí, lệ phí trực tuyến.",
  );
  await page.getByRole("checkbox", { name: "Thứ Tư", exact: true }).check();
  await page.getByRole("region", { name: `Đơn vị áp dụng: ${UNIT_NAME}` }).getByRole("checkbox", { name: "Áp dụng cho mọi thủ tục của đơn vị" }).check();
  await expect(preview.getByText("Hợp lệ")).toBeVisible();
  await page.getByRole("button", { name: "Thêm mô hình" }).click();
  await expect(page.getByText("Đã lưu mô hình.")).toBeVisible();

  // 7. A draft never reaches citizens.
  const draft = await citizenView(page, UNIT_SLUG);
  expect(draft.models).toEqual([]);
  await expect(page.getByText("Đơn vị chưa có mô hình nào trong các kế hoạch đã ban hành.")).toBeVisible();

  // 8. Issued as printed, blanks acknowledged.
  await page.goto(planUrl);
  await page.getByRole("button", { name: "Ban hành kế hoạch" }).click();
  await expect(page.getByText("Kế hoạch còn để trống số văn bản, ngày ký.", { exact: false }).first()).toBeVisible();
  await page.getByLabel("Văn bản gốc để trống số văn bản, ngày ký").check();
  await page.getByRole("button", { name: "Ban hành kế hoạch" }).click();
  // Issued; and since Phổ Nhơn's commune ended on 30/06/2025, the plan reads as ended today.
  await expect(page.getByText("Kế hoạch đã ban hành và đã hết thời gian thực hiện (ngày cuối: 30/06/2025).", { exact: false })).toBeVisible();
  await expect(page.getByText("Đã kết thúc", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, "admin-02-ke-hoach");
  await page.getByRole("link", { name: "Xem như văn bản" }).click();
  await expect(page).toHaveURL(/\/van-ban$/);
  await expect(page.getByText(/^Số:\s+\/KH-UBND$/)).toBeVisible();
  await expect(page.getByText("Phổ Nhơn, ngày      tháng 02 năm 2024")).toBeVisible();
  await shot(page, "admin-04-van-ban");

  // 9. The citizens' page of the new commune reads exactly as the seeded Xã Phổ Nhơn's.
  const seeded = await citizenView(page, "xa-pho-nhon");
  const entered = await citizenView(page, UNIT_SLUG);
  expect(seeded.models).toHaveLength(2);
  expect(seeded.rows.length).toBeGreaterThan(12);
  expect(entered.models).toEqual(seeded.models);
  expect(entered.banner).toEqual(seeded.banner);
  expect(entered.rows).toEqual(seeded.rows);
  const wednesdayRows = entered.rows.filter((r) => r.includes("nhận đến 15:30"));
  expect(wednesdayRows).toHaveLength(12);
  await expect(page.getByRole("heading", { name: "Ngày thứ Tư không hẹn" })).toBeVisible();
  await shot(page, "admin-05-trang-nguoi-dan");

  // 10. Usable at 360 px.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(planUrl);
  await noHorizontalScroll(page);
  await shot(page, "admin-06-ke-hoach-360px");
  const modelLink = page.getByRole("link", { name: "Ngày thứ Tư không hẹn" });
  await modelLink.click();
  await expect(page.getByRole("heading", { name: "Lịch sử phiên bản" })).toBeVisible();
  await noHorizontalScroll(page);
  await shot(page, "admin-07-mo-hinh-360px");
});
