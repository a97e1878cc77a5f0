import { describe, expect, it } from "vitest";
import { successorNotice } from "@/domain/unit/successor";
import { loadPublicUnit } from "@/server/public/context";

async function unit(slug: string) {
  const ctx = await loadPublicUnit(slug);
  if (!ctx) throw new Error(`no unit ${slug}`);
  return ctx.unit;
}

describe("the units that took over the demo communes and wards on 01/07/2025", () => {
  it("each ended commune or ward points to its successor, which is current", async () => {
    const expected: Record<string, string> = {
      "xa-pho-nhon": "xa-nguyen-nghiem",
      "xa-an-dung": "xa-an-vinh",
      "phuong-my-binh": "phuong-long-xuyen",
      "phuong-my-hoa": "phuong-long-xuyen",
      "phuong-binh-khanh": "phuong-binh-duc-an-giang",
      "xa-my-khanh": "phuong-binh-duc-an-giang",
      "phuong-my-thanh": "phuong-my-thoi-an-giang",
      "xa-my-hoa-hung": "xa-my-hoa-hung-an-giang",
      "phuong-thac-mo": "phuong-phuoc-long",
      "phuong-long-phuoc": "phuong-phuoc-binh-dong-nai",
      "tinh-binh-dinh": "tinh-gia-lai",
      "tinh-binh-phuoc": "tinh-dong-nai",
      "tinh-an-giang": "tinh-an-giang-2025",
    };
    for (const [from, to] of Object.entries(expected)) {
      const old = await unit(from);
      expect(old.validTo, from).toBe("2025-06-30");
      expect(old.mergedInto?.slug, from).toBe(to);
      const successor = await unit(to);
      expect(successor, to).toMatchObject({ validFrom: "2025-07-01", validTo: null });
    }
    expect((await unit("xa-nguyen-nghiem")).adminCode).toBe("21457");
    expect((await unit("xa-an-vinh")).adminCode).toBe("21616");
  });

  it("the ended unit's page names and links its successor; without a recorded one it says so", async () => {
    const phoNhon = await unit("xa-pho-nhon");
    expect(successorNotice({ ...phoNhon, validTo: phoNhon.validTo! })).toEqual({
      kind: "KNOWN",
      from: "01/07/2025",
      before: "Từ 01/07/2025, thủ tục của xã Phổ Nhơn do",
      successorName: "xã Nguyễn Nghiêm",
      successorSlug: "xa-nguyen-nghiem",
      after: "tiếp nhận.",
    });
    // Đông Xuyên ended on 31/12/2024; the resolution that absorbed it was not looked up.
    const dongXuyen = await unit("phuong-dong-xuyen");
    expect(dongXuyen.mergedInto).toBeNull();
    expect(successorNotice({ ...dongXuyen, validTo: dongXuyen.validTo! })).toEqual({
      kind: "UNKNOWN",
      text: "Chưa xác định được đơn vị tiếp nhận thủ tục của phường Đông Xuyên từ 01/01/2025: Cổng chưa có văn bản nêu đơn vị kế thừa.",
    });
  });
});
