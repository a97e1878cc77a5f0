import { describe, expect, it } from "vitest";
import { findUnits, searchPublic } from "@/server/public/search";
import { listProvinceUnits, listProvinces } from "@/server/public/units";
import { testNow } from "./helpers";

describe("search ignoring diacritics and case", () => {
  it("'chung thuc ban sao' finds 'Chứng thực bản sao từ bản chính…'", async () => {
    const r = await searchPublic("chung thuc ban sao");
    expect(r.procedures.map((p) => p.name)).toContain(
      "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
    );
    expect(r.procedures[0]!.name.startsWith("Chứng thực bản sao")).toBe(true);
    expect(r.procedures[0]!.unitCount).toBeGreaterThan(0);
  });

  it("case and diacritics do not matter; 'đ' and 'd' match", async () => {
    const a = await searchPublic("ĐĂNG KÝ KHAI SINH");
    const b = await searchPublic("dang ky khai sinh");
    expect(a.procedures.map((p) => p.key)).toEqual(b.procedures.map((p) => p.key));
    expect(b.procedures.map((p) => p.key)).toContain("dang-ky-khai-sinh");
    expect((await searchPublic("an dung")).units.map((u) => u.name)).toContain("Xã An Dũng");
    expect((await searchPublic("An Dũng")).units.map((u) => u.name)).toContain("Xã An Dũng");
  });

  it("finds units, models and plans too", async () => {
    const r = await searchPublic("pho nhon");
    // Other tests make current units named «Phổ Nhơn …», listed before the ended commune.
    expect(r.units.find((u) => u.adminCode === "21457")).toMatchObject({ name: "Xã Phổ Nhơn" });
    expect((await searchPublic("khong hen")).models.map((m) => m.key)).toContain("pho-nhon-thu-tu-khong-hen");
    expect((await searchPublic("gio thu 9")).plans.map((p) => p.key)).toContain("luan-thanh-2026-gio-thu-9");
    // Villages' sessions point to their commune's page.
    expect((await searchPublic("lang nghe dan noi")).models[0]!.units).toEqual([{ slug: "xa-an-dung", name: "Xã An Dũng" }]);
  });

  it("a national procedure code finds its procedure", async () => {
    expect((await searchPublic("2.000884")).procedures.map((p) => p.key)).toEqual(["chung-thuc-chu-ky"]);
  });

  it("words match the start of words, not the middle: 'an' does not find every 'thanh'", async () => {
    const names = (await searchPublic("an")).units.map((u) => u.name);
    expect(names).toContain("Xã An Dũng");
    expect(names).not.toContain("Xã Luận Thành");
  });

  it("empty, punctuation-only, huge and non-string queries return nothing and do not fail", async () => {
    for (const q of ["", "   ", "!!!", undefined, 42, { a: 1 }]) {
      const r = await searchPublic(q);
      expect(r.units.length + r.procedures.length + r.models.length + r.plans.length).toBe(0);
    }
    const huge = await searchPublic(`khai sinh ${"x".repeat(100_000)}`);
    expect(huge.words.length).toBeLessThanOrEqual(8);
  });

  it("units by administrative code and by parent (the API's filters)", async () => {
    // The GSO gave Phổ Nhơn's code to its successor (Công văn 1027/CTK-CSCL): the current unit first.
    expect((await findUnits({ code: "21457" })).map((u) => u.slug)).toEqual(["xa-nguyen-nghiem", "xa-pho-nhon"]);
    const lx = await findUnits({ parentSlug: "thanh-pho-long-xuyen", limit: 200 });
    expect(lx.filter((u) => u.kind === "WARD" || u.kind === "COMMUNE")).toHaveLength(13);
    expect(lx.every((u) => u.parent?.slug === "thanh-pho-long-xuyen")).toBe(true);
  });
});

describe("current units first, former ones findable by their old name", () => {
  it("a successor comes before the ended unit of the same name; the old name still finds the old unit", async () => {
    expect((await searchPublic("binh duc")).units.slice(0, 2).map((u) => [u.slug, u.validTo])).toEqual([
      ["phuong-binh-duc-an-giang", null],
      ["phuong-binh-duc", "2025-06-30"],
    ]);
    // «an giang»: the province of today first, its current departments (Sở Nội vụ) with it, the former province after every current unit.
    const anGiang = (await searchPublic("an giang")).units;
    expect(anGiang[0]!.slug).toBe("tinh-an-giang-2025");
    const former = anGiang.findIndex((u) => u.slug === "tinh-an-giang");
    expect(former).toBeGreaterThan(0);
    expect(anGiang.slice(0, former).every((u) => u.validTo === null)).toBe(true);
    expect(anGiang.slice(former).every((u) => u.validTo !== null)).toBe(true);
    expect((await searchPublic("thac mo")).units.map((u) => u.slug)).toEqual(["phuong-thac-mo"]);
  });

  it("the home page lists the provinces of today first", async () => {
    const provinces = await listProvinces();
    // Other tests add provinces of their own («Tỉnh Thử …»); the seeded ones keep their order among them.
    const seeded = provinces.filter((p) => !/ [0-9a-f]{8}$/.test(p.name));
    expect(seeded.filter((p) => p.current).map((p) => p.name)).toEqual(["Tỉnh An Giang", "Tỉnh Đồng Nai", "Tỉnh Gia Lai", "Tỉnh Quảng Ngãi", "Tỉnh Thanh Hóa"]);
    expect(provinces.findIndex((p) => !p.current)).toBe(provinces.filter((p) => p.current).length);
    expect(provinces.filter((p) => !p.current).map((p) => p.slug)).toEqual(["tinh-an-giang", "tinh-binh-dinh", "tinh-binh-phuoc"]);
  });
});

describe("Vietnamese alphabetical order", () => {
  it("a province's communes: «Bình Đức» before «Bình Khánh» (Đ follows D), not in code-point order", async () => {
    const group = (await listProvinceUnits("tinh-an-giang"))!.groups.find((g) => g.heading === "Thành phố Long Xuyên")!;
    const names = group.units.map((u) => u.name);
    expect(names.indexOf("Phường Bình Đức")).toBeGreaterThanOrEqual(0);
    expect(names.indexOf("Phường Bình Đức")).toBeLessThan(names.indexOf("Phường Bình Khánh"));
    expect(names).toEqual([...names].sort(new Intl.Collator("vi").compare));
  });
});

describe("search by field", () => {
  it("a field's name finds its procedures ('đất đai' → the land procedures)", async () => {
    const r = await searchPublic("đất đai");
    expect(r.procedures.map((p) => p.key)).toEqual(expect.arrayContaining(["gia-han-su-dung-dat", "dinh-chinh-giay-chung-nhan"]));
    expect(r.procedures.every((p) => p.fieldName === "Đất đai")).toBe(true);
  });
});

describe("search results as people read them", () => {
  it("models with their status, home-visit models first for «tai nha»", async () => {
    const r = await searchPublic("tai nha", { now: testNow() });
    expect(r.models.length).toBeGreaterThan(0);
    expect(r.models[0]!.kind).toBe("HOME_VISIT");
    for (const m of r.models) expect(["Đang áp dụng", "Đã kết thúc", "Chưa áp dụng"]).toContain(m.statusLabel);
  });
});
