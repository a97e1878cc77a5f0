import { randomUUID } from "node:crypto";
import { expect, expectAccessible, query, shot, test } from "./fixtures";

test("a listening session is generated from the rule, held, and its questions answered (An Dũng)", async ({ page, signInAs }) => {
  // A village of the commune newly in the model's scope (the demo villages' sessions are all recorded already).
  const [commune] = await query<{ id: string }>(`SELECT id FROM "Unit" WHERE key = 'binh-dinh/an-lao/an-dung'`);
  const [version] = await query<{ id: string }>(`SELECT v.id FROM "ServiceModelVersion" v JOIN "ServiceModel" m ON m.id = v."modelId" WHERE m.key = 'an-dung-thu-7-lang-nghe-dan-noi' ORDER BY v."effectiveFrom" LIMIT 1`);
  const villageId = randomUUID();
  const suffix = randomUUID().slice(0, 6);
  await query(
    `INSERT INTO "Unit" (id, key, slug, name, "searchName", kind, "parentId", "validFrom", "validTo", "createdAt", "updatedAt") VALUES ($1, $2, $3, 'Thôn Mới', 'thon moi', 'VILLAGE', $4, '2024-01-01', '2024-12-31', now(), now())`,
    [villageId, `binh-dinh/an-lao/an-dung/thon-moi-${suffix}`, `thon-moi-${suffix}`, commune!.id],
  );
  await query(`INSERT INTO "ModelScope" (id, "versionId", "unitId", "allProcedures") VALUES ($1, $2, $3, false)`, [randomUUID(), version!.id, villageId]);

  await signInAs("canbo.andung");
  await page.goto("/can-bo/xa-an-dung/lang-nghe");
  await expect(page.getByRole("heading", { level: 1, name: "Lắng nghe dân nói" })).toBeVisible();
  await page.getByLabel("Từ ngày").fill("2024-01-01");
  await page.getByLabel("Đến ngày").fill("2024-12-31");
  await page.getByRole("button", { name: "Lập lịch" }).click();
  await expect(page.getByText("Đã lập lịch 4 buổi theo kế hoạch.")).toBeVisible();
  await expectAccessible(page);
  await shot(page, "officer-10-lang-nghe");

  await page.getByRole("link", { name: "thứ Bảy 30/03/2024 — Thôn Mới" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lắng nghe dân nói — Thôn Mới" })).toBeVisible();
  await page.getByLabel("Chủ tịch UBND xã", { exact: true }).check();
  await page.getByLabel("Phó Chủ tịch UBND xã", { exact: true }).check();
  await page.getByLabel("Biên bản (nội dung chính)").fill("Lãnh đạo xã lắng nghe và tiếp thu ý kiến của bà con thôn.");
  await page.getByRole("button", { name: "Ghi nhận đã tổ chức" }).click();
  await expect(page.getByText("Đã ghi nhận buổi gặp mặt.")).toBeVisible();

  await page.getByLabel("Nội dung ý kiến, kiến nghị").fill("Đề nghị sửa đường bê tông vào thôn.");
  await page.getByLabel("Người nêu ý kiến (nếu có)").fill("Ông Đinh Văn Hùng");
  await page.getByRole("button", { name: "Ghi ý kiến" }).click();
  await expect(page.getByText("Đã ghi ý kiến.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "1. Đề nghị sửa đường bê tông vào thôn." })).toBeVisible();

  const question = page.locator("article").filter({ hasText: "Đề nghị sửa đường bê tông vào thôn." });
  await question.getByLabel("Nội dung trả lời").fill("Xã đưa vào kế hoạch sửa chữa giao thông nông thôn quý II.");
  await question.getByLabel("Cần tiếp tục theo dõi").check();
  await question.getByLabel("Việc cần theo dõi (nếu có)").fill("Kiểm tra tiến độ thi công tháng 6.");
  await question.getByRole("button", { name: "Lưu trả lời" }).click();
  await expect(page.getByText("Đã lưu trả lời.")).toBeVisible();
  await expect(page.getByText("Đang theo dõi").first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, "officer-11-buoi-lang-nghe");

  await page.getByRole("link", { name: "In biên bản" }).click();
  await expect(page.getByRole("heading", { name: "BIÊN BẢN BUỔI GẶP MẶT, LẮNG NGHE Ý KIẾN NHÂN DÂN" })).toBeVisible();
  await expect(page.getByText("Chủ tịch UBND xã: có mặt", { exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Xã đưa vào kế hoạch sửa chữa giao thông nông thôn quý II." })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "officer-12-bien-ban");
});

test("the letters, friendly-government, register and search screens open and are accessible", async ({ page, signInAs }) => {
  await signInAs("canbo.andung");
  for (const [path, heading, name] of [
    ["/can-bo/xa-an-dung/thu", "Thư chúc mừng, chia buồn, xin lỗi", "officer-13-thu"],
    ["/can-bo/xa-an-dung/thu/so?nam=2024", "SỔ THƯ CHÚC MỪNG, CHIA BUỒN, XIN LỖI NĂM 2024", "officer-14-so-thu"],
    ["/can-bo/xa-an-dung/so-theo-doi?tu=2024-03-04&den=2024-03-08", /SỔ THEO DÕI HỒ SƠ/, "officer-15-so-theo-doi"],
    ["/can-bo/xa-an-dung/ho-so?q=&trang_thai=RETURNED", "Tra cứu hồ sơ", "officer-16-tra-cuu-ho-so"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page);
    await shot(page, name);
  }
  // Compose a letter from the default template and register it.
  await page.goto("/can-bo/xa-an-dung/thu");
  await page.getByRole("link", { name: "Thư chia buồn", exact: true }).click();
  await page.getByRole("textbox", { name: /^Người nhận/ }).fill("Gia đình ông Đinh Văn Sơn");
  // The template names the sender with the unit's capitals.
  await expect(page.getByLabel(/Nội dung thư/)).toHaveValue(/Ủy ban nhân dân xã An Dũng/);
  await page.getByLabel(/Nội dung thư/).fill("Kính gửi: Gia đình ông Đinh Văn Sơn\n\nỦy ban nhân dân xã An Dũng xin gửi lời chia buồn sâu sắc.");
  await expectAccessible(page);
  await shot(page, "officer-17-soan-thu");
  await page.getByRole("button", { name: "Vào sổ và in thư" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "THƯ CHIA BUỒN" })).toBeVisible();
  // The date line has the place; the button says what it prints.
  await expect(page.getByText(/^An Dũng, ngày \d{2} tháng \d{2} năm \d{4}$/)).toBeVisible();
  await expect(page.getByRole("button", { name: "In thư" })).toBeVisible();

  await signInAs("canbo.thacmo");
  await page.goto("/can-bo/phuong-thac-mo/than-thien");
  await expect(page.getByRole("heading", { level: 1, name: "Chính quyền thân thiện" })).toBeVisible();
  await page.getByLabel("Hài lòng", { exact: true }).check();
  await page.getByRole("button", { name: "Lưu phiếu" }).click();
  await expect(page.getByText("Đã nhập phiếu khảo sát.")).toBeVisible();
  await expectAccessible(page);
  await shot(page, "officer-18-than-thien");
});
