import jsQR from "jsqr";
import { PNG } from "pngjs";
import { OFFICER_PORTS, expect, expectAccessible, shot, test, urlOf } from "./fixtures";

const PN = urlOf(OFFICER_PORTS.phoNhon);

test.describe("one-stop desk on a Phổ Nhơn Wednesday (simulated 06/03/2024)", () => {
  test("an officer logs a Wednesday dossier from the keyboard and prints the receipt (Mẫu 01)", async ({ page, browser, signInAs }) => {
    await signInAs("canbo.phonhon", OFFICER_PORTS.phoNhon);
    await page.goto(`${PN}/can-bo/xa-pho-nhon/tiep-nhan`);
    await expect(page.getByRole("heading", { level: 1, name: "Tiếp nhận hồ sơ" })).toBeVisible();
    await expect(page.getByText("Ngày thứ Tư không hẹn").first()).toBeVisible();
    // The search box has the focus: type without accents.
    await expect(page.getByLabel("Tìm thủ tục")).toBeFocused();
    await page.keyboard.type("chung thuc chu ky");
    await expect(page.getByLabel(/^Thủ tục \(/)).toHaveValue(/.+/);
    await expect(page.getByText(/Hôm nay: .*Ngày thứ Tư không hẹn/)).toBeVisible();
    await expectAccessible(page);
    await shot(page, "officer-01-tiep-nhan");

    await page.getByLabel("Họ tên người nộp").fill("Nguyễn Thị Mai");
    await page.getByLabel("Số điện thoại").fill("0905 111 222");
    await page.getByRole("group", { name: "Tiếp nhận theo mô hình" }).getByRole("radio", { name: "Ngày thứ Tư không hẹn (hôm nay)" }).check();
    await page.getByLabel("Công chức viết giúp tờ khai (không viết)").check();
    await page.getByLabel("Số điện thoại").press("Enter");

    await expect(page).toHaveURL(/\/ho-so\/PN-240306-[A-Z0-9]{4}\?da=tiep-nhan$/);
    await expect(page.getByText("Đã tiếp nhận hồ sơ.")).toBeVisible();
    await expect(page.getByText("Ngày thứ Tư không hẹn").first()).toBeVisible();
    await expect(page.getByText(/^10:\d\d thứ Tư 06\/03\/2024$/).first()).toBeVisible();
    await expectAccessible(page);
    await shot(page, "officer-02-ho-so-moi");

    await page.getByRole("link", { name: "Giấy tiếp nhận, hẹn trả (Mẫu 01)" }).click();
    await expect(page.getByRole("heading", { name: "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" })).toBeVisible();
    await expect(page.getByText(/Mẫu số 01 — Thông tư số 01\/2018\/TT-VPCP/)).toBeVisible();
    await expect(page.getByText("Nguyễn Thị Mai").first()).toBeVisible();
    const qr = page.getByRole("img", { name: /Mã QR tra cứu hồ sơ PN-240306-/ });
    await expect(qr.locator("svg")).toBeVisible();
    // The printed code, read as a phone's camera would: the stack's PUBLIC_URL, the look-up, this dossier.
    const code = /\/ho-so\/([^/]+)\//.exec(page.url())![1]!;
    const box = (await qr.boundingBox())!;
    const png = PNG.sync.read(await page.screenshot({ clip: { x: box.x - 16, y: box.y - 16, width: box.width + 32, height: box.height + 32 } }));
    const target = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    expect(target).toBe(`${PN}/tra-cuu-ho-so?ma=${code}`);
    await expect(page.getByText(/Thời gian trả kết quả giải quyết hồ sơ: 10 giờ \d\d phút, ngày 06 tháng 03 năm 2024/)).toBeVisible();
    await expect(page.getByRole("button", { name: "In phiếu" })).toBeVisible();
    await expectAccessible(page);
    await shot(page, "officer-03-giay-tiep-nhan-mau-01");

    // The look-up opens with the code filled in, with JavaScript and without.
    await page.goto(target!);
    await expect(page.getByLabel(/^Mã hồ sơ/)).toHaveValue(code);
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(target!);
    await expect(plain.getByLabel(/^Mã hồ sơ/)).toHaveValue(code);
    await noScript.close();
  });

  test("a late dossier gets its apology slip (Mẫu 04) before anything else", async ({ page, signInAs }) => {
    await signInAs("canbo.phonhon", OFFICER_PORTS.phoNhon);
    await page.goto(`${PN}/can-bo/xa-pho-nhon/tiep-nhan`);
    await page.getByLabel("Tìm thủ tục").fill("chứng thực bản sao");
    await page.getByLabel("Họ tên người nộp").fill("Trần Văn Trễ");
    await page.getByLabel("Số điện thoại").fill("0905333444");
    // Received at 07:05 (back-dated within the day): promised 60 minutes later, already past at 09:00.
    await page.getByLabel("Giờ tiếp nhận").fill("07:05");
    await page.getByRole("button", { name: "Tiếp nhận và lập giấy hẹn" }).click();
    await expect(page).toHaveURL(/\/ho-so\/PN-240306-/);
    const dossierUrl = page.url().replace(/\?.*$/, "");
    await expect(page.getByText("Hồ sơ đến hạn hoặc quá hạn mà chưa có kết quả")).toBeVisible();
    await expect(page.getByRole("button", { name: "Bắt đầu giải quyết" })).toHaveCount(0);

    await page.goto(`${PN}/can-bo/xa-pho-nhon`);
    await expect(page.getByRole("heading", { name: /Trễ hạn \([1-9]/ })).toBeVisible();
    await expect(page.getByText("Bảng tự cập nhật mỗi 30 giây.")).toBeVisible();
    await expectAccessible(page);
    await shot(page, "officer-04-bang-hom-nay-tre-han");
    await expect(page.getByRole("link", { name: dossierUrl.split("/").at(-1)! }).first()).toBeVisible();

    await page.goto(dossierUrl);
    const apology = page.getByRole("region", { name: "Lập phiếu xin lỗi và hẹn lại" });
    await expect(apology.getByLabel("Ngày hẹn trả mới")).toHaveValue("2024-03-07");
    await apology.getByLabel("Lý do chậm trễ").fill("Chờ đối chiếu bản chính.");
    await apology.getByRole("button", { name: "Lập phiếu xin lỗi và hẹn lại" }).click();
    await expect(page.getByText("Đã lập phiếu xin lỗi và hẹn lại ngày trả kết quả.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Bắt đầu giải quyết" })).toBeVisible();
    await page.getByRole("link", { name: "Phiếu xin lỗi (Mẫu 04)" }).click();
    await expect(page.getByRole("heading", { name: "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ" })).toBeVisible();
    await expect(page.getByText(/17 giờ 00 phút, ngày 07 tháng 03 năm 2024/)).toBeVisible();
    await expect(page.getByText("Chờ đối chiếu bản chính.", { exact: false })).toBeVisible();
    await expectAccessible(page);
    await shot(page, "officer-05-phieu-xin-loi-mau-04");
  });

  test("the intake screen is usable at 360 px", async ({ page, signInAs }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await signInAs("canbo.phonhon", OFFICER_PORTS.phoNhon);
    await page.goto(`${PN}/can-bo/xa-pho-nhon/tiep-nhan`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await expect(page.getByRole("button", { name: "Tiếp nhận và lập giấy hẹn" })).toBeVisible();
    await shot(page, "officer-06-tiep-nhan-360px");
  });
});
