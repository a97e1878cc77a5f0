import { OFFICER_PORTS, expect, expectAccessible, query, shot, test, urlOf } from "./fixtures";

const LX = urlOf(OFFICER_PORTS.longXuyen);

test("a home visit goes from request to visit to dossiers (Long Xuyên, simulated Thursday 09/05/2024)", async ({ page, signInAs }) => {
  // The citizen files the request on the portal's form, early on the visit day.
  await page.goto(`${LX}/don-vi/phuong-my-binh/dat-lich-tai-nha`);
  await page.getByLabel("Người cần phục vụ tại nhà là").selectOption({ label: "Thương binh" });
  await page.getByLabel("Ngày cán bộ đến nhà").selectOption({ value: "2024-05-09" });
  await page.getByLabel("Họ và tên người cần phục vụ").fill("Võ Văn Thương");
  await page.getByLabel("Số điện thoại liên hệ").fill("0909555666");
  await page.getByLabel("Địa chỉ nơi cán bộ đến").fill("Số 8, khóm 2, phường Mỹ Bình");
  await page.getByLabel(/Tôi đồng ý cung cấp/).check();
  await page.getByRole("button", { name: "Gửi đề nghị" }).click();
  const sent = page.getByText(/^Đã gửi đề nghị\. Mã theo dõi: TN-[A-Z2-9]{6}$/);
  await expect(sent).toBeVisible();
  const tracking = (await sent.textContent())!.split(": ")[1]!;
  const [unit] = await query<{ slug: string }>(`SELECT slug FROM "Unit" WHERE key = 'an-giang/long-xuyen/my-binh'`, [], OFFICER_PORTS.longXuyen);

  await signInAs("canbo.mybinh", OFFICER_PORTS.longXuyen);
  await page.goto(`${LX}/can-bo/${unit!.slug}/den-nha`);
  await expect(page.getByRole("heading", { level: 1, name: "Giải quyết thủ tục tại nhà" })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "officer-07-den-nha-danh-sach");
  await page.getByRole("link", { name: `Võ Văn Thương — ${tracking}` }).click();

  // Confirm onto today (before the day's first window opens), after checking eligibility.
  await expect(page.getByLabel("Ngày đến nhà")).toHaveValue("2024-05-09");
  // From the phone on the way: tap to call, the address on a map.
  await expect(page.getByRole("link", { name: "0909555666" })).toHaveAttribute("href", "tel:0909555666");
  await expect(page.getByRole("link", { name: /^Số 8, khóm 2, phường Mỹ Bình/ })).toHaveAttribute("href", /^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=S%E1%BB%91%208/);
  await page.getByLabel("Đã kiểm tra người dân thuộc đối tượng được giải quyết tại nhà").check();
  await expectAccessible(page);
  await shot(page, "officer-08-den-nha-xac-nhan");
  await page.getByRole("button", { name: "Xác nhận lịch" }).click();
  await expect(page.getByText("Đã xác nhận lịch đến nhà.")).toBeVisible();

  await page.getByRole("button", { name: "Lưu phân công" }).click();
  await expect(page.getByText("Đã phân công cán bộ.")).toBeVisible();
  await expect(page.getByText("Lê Minh Tâm").first()).toBeVisible();

  await page.getByRole("link", { name: /Xem lộ trình ngày thứ Năm 09\/05\/2024/ }).click();
  await expect(page.getByRole("heading", { name: /LỘ TRÌNH GIẢI QUYẾT THỦ TỤC TẠI NHÀ/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Số 8, khóm 2, phường Mỹ Bình" })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "officer-09-lo-trinh");
  await page.goBack();

  await page.getByLabel("Kết quả", { exact: false }).and(page.locator("textarea")).fill("Đã chứng thực chữ ký giấy ủy quyền tại nhà.");
  await page.getByRole("button", { name: "Ghi kết quả và lập hồ sơ" }).click();
  await expect(page.getByText("Đã ghi kết quả và lập hồ sơ tiếp nhận tại nhà.")).toBeVisible();
  const dossierLink = page.getByRole("link", { name: /^MB-240509-/ });
  await expect(dossierLink).toBeVisible();
  await dossierLink.click();
  await expect(page.getByText("Tại nhà").first()).toBeVisible();
  await expect(page.getByText("Võ Văn Thương").first()).toBeVisible();
  const rows = await query<{ channel: string }>(`SELECT d.channel FROM "Dossier" d JOIN "HomeVisitRequest" r ON r.id = d."homeVisitRequestId" WHERE r."trackingCode" = $1`, [tracking], OFFICER_PORTS.longXuyen);
  expect(rows).toEqual([{ channel: "HOME" }]);
});

test("the ward's leader sets the number of home visits a day; an officer only reads it", async ({ page, signInAs }) => {
  await signInAs("canbo.mybinh", OFFICER_PORTS.longXuyen);
  await page.goto(`${LX}/can-bo/phuong-my-binh/den-nha`);
  const card = page.locator("section").filter({ has: page.getByRole("heading", { name: "Số lượt đến nhà mỗi ngày" }) });
  await expect(card.getByText("6 lượt mỗi ngày")).toBeVisible();
  await expect(card.getByRole("button", { name: "Lưu số lượt" })).toHaveCount(0);

  await signInAs("lanhdao.mybinh", OFFICER_PORTS.longXuyen);
  await page.goto(`${LX}/can-bo/phuong-my-binh/den-nha`);
  await card.getByLabel("Số lượt đến nhà mỗi ngày").fill("0");
  await card.getByRole("button", { name: "Lưu số lượt" }).click();
  await expect(card.getByText("Số lượt mỗi ngày phải từ 1 đến 100.").first()).toBeVisible();
  await card.getByLabel("Số lượt đến nhà mỗi ngày").fill("4");
  await card.getByRole("button", { name: "Lưu số lượt" }).click();
  await expect(card.getByText("4 lượt mỗi ngày")).toBeVisible();
  await expectAccessible(page);
  await shot(page, "officer-19-so-luot-den-nha");
  // The citizens' form now offers at most 4 places a day.
  await page.goto(`${LX}/don-vi/phuong-my-binh/dat-lich-tai-nha`);
  await expect(page.getByRole("option", { name: /còn 4 lượt/ }).first()).toBeAttached();
});
