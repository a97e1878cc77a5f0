import { expect, expectAccessible, query, test } from "./fixtures";

async function planIdBySource(file: string): Promise<string> {
  const [row] = await query<{ id: string }>('SELECT id FROM "Plan" WHERE "sourceFile" = $1', [file]);
  return row!.id;
}

test("the issuing unit's leader reaches their plans from the administration; other plans and screens are refused", async ({ page, signInAs }) => {
  await signInAs("lanhdao.phonhon");
  await page.goto("/quan-tri");
  await expect(page).toHaveURL(/\/quan-tri\/ke-hoach$/);
  await expect(page.getByRole("navigation", { name: /Điều hướng/ }).getByRole("link", { name: "Kế hoạch của đơn vị" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Ngày thứ Tư không hẹn/ })).toBeVisible();
  // Only the plans issued within the leader's unit are listed.
  await expect(page.getByText("Kế hoạch số 32/KH-UBND")).toHaveCount(0);
  await expectAccessible(page);

  const phoNhon = await planIdBySource("002_9519aefdb11fd813.txt");
  expect((await page.goto(`/quan-tri/ke-hoach/${phoNhon}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Ban hành và kết thúc" })).toBeVisible();
  const anDung = await planIdBySource("001_6ea30bfb0cc3ba6a.txt");
  expect((await page.goto(`/quan-tri/ke-hoach/${anDung}`))?.status()).toBe(403);
  for (const path of ["/quan-tri/thu-tuc", "/quan-tri/don-vi", "/quan-tri/nguoi-dung", "/quan-tri/lich", "/quan-tri/nhat-ky"]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
});

test("an officer and a reviewer cannot open the plan screens", async ({ page, signInAs }) => {
  const phoNhon = await planIdBySource("002_9519aefdb11fd813.txt");
  for (const username of ["canbo.phonhon", "thamdinh.ducpho"]) {
    await page.context().clearCookies();
    await signInAs(username);
    expect((await page.goto("/quan-tri/ke-hoach"))?.status(), username).toBe(403);
    expect((await page.goto(`/quan-tri/ke-hoach/${phoNhon}`))?.status(), username).toBe(403);
  }
});
