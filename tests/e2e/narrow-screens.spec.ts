import { expect, expectAccessible, expectFitsWidth, query, test } from "./fixtures";

/**
 * Every list and form screen of the signed-in areas at 360 px (a cheap phone): nothing but
 * the scrollable tables is wider than the screen, and no serious accessibility violation.
 */
const PHONE = { width: 360, height: 780 };

const officerPages = ["", "/tiep-nhan", "/ho-so", "/so-theo-doi", "/den-nha", "/lang-nghe", "/thu", "/thu/soan", "/thu/so", "/than-thien", "/bao-cao"];

test("the officer workspace at 360 px", async ({ page, signInAs }) => {
  await signInAs("lanhdao.andung");
  await page.setViewportSize(PHONE);
  const [dossier] = await query<{ code: string }>(`SELECT d.code FROM "Dossier" d JOIN "Unit" u ON u.id = d."unitId" WHERE u.key = 'binh-dinh/an-lao/an-dung' ORDER BY d."receivedAt" DESC LIMIT 1`);
  const [session] = await query<{ id: string }>(`SELECT s.id FROM "ListeningSession" s JOIN "Unit" u ON u.id = s."hostUnitId" WHERE u.key = 'binh-dinh/an-lao/an-dung' ORDER BY s.date DESC LIMIT 1`);
  const [report] = await query<{ id: string }>(`SELECT r.id FROM "Report" r JOIN "Unit" u ON u.id = r."unitId" WHERE u.key = 'binh-dinh/an-lao/an-dung' ORDER BY r."periodStart" DESC LIMIT 1`);
  const paths = [...officerPages.map((p) => `/can-bo/xa-an-dung${p}`), `/can-bo/xa-an-dung/ho-so/${dossier!.code}`, `/can-bo/xa-an-dung/lang-nghe/${session!.id}`, `/can-bo/xa-an-dung/bao-cao/${report!.id}`];
  for (const path of paths) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectFitsWidth(page);
    await expectAccessible(page);
  }
});

test("the reviewer's area at 360 px", async ({ page, signInAs }) => {
  await signInAs("thamdinh.anlao");
  await page.setViewportSize(PHONE);
  const [report] = await query<{ id: string }>(`SELECT r.id FROM "Report" r JOIN "Unit" u ON u.id = r."unitId" WHERE u.key = 'binh-dinh/an-lao/an-dung' AND r.status <> 'DRAFT' ORDER BY r."periodStart" DESC LIMIT 1`);
  for (const path of ["/tham-dinh", `/tham-dinh/bao-cao/${report!.id}`, "/tham-dinh/don-vi/xa-an-dung"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectFitsWidth(page);
    await expectAccessible(page);
  }
});

test("the administration at 360 px", async ({ page, signInAs }) => {
  await signInAs("quantri");
  await page.setViewportSize(PHONE);
  // A unit's page too: its form, office hours and merger cards.
  const [unit] = await query<{ id: string }>(`SELECT id FROM "Unit" WHERE key = 'thanh-hoa/luan-thanh'`);
  for (const path of ["/quan-tri", "/quan-tri/ke-hoach", "/quan-tri/thu-tuc", "/quan-tri/thu-tuc/nhap", "/quan-tri/don-vi", `/quan-tri/don-vi/${unit!.id}`, "/quan-tri/nguoi-dung", "/quan-tri/lich", "/quan-tri/nhat-ky"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectFitsWidth(page);
    await expectAccessible(page);
  }
});
