import { describe, expect, it } from "vitest";
import { MASKED_PHONE, maskPhoneNumbers, publicText } from "../../../src/domain/text/public-text";

describe("notes shown to people carry no pointer into the repository", () => {
  it.each([
    [
      `Mã 2.000815 (ma_thu_tuc trên Cổng Dịch vụ công quốc gia), thấy kèm đúng tên thủ tục trong mã nguồn công khai dùng để điền hồ sơ trên Cổng Dịch vụ công quốc gia (xem docs/sources.md, mục "Mã thủ tục").`,
      "Mã 2.000815, thấy kèm đúng tên thủ tục trong mã nguồn công khai dùng để điền hồ sơ trên Cổng Dịch vụ công quốc gia.",
    ],
    ["Chưa đối chiếu được văn bản gốc về thời hạn; xem docs/sources.md.", "Chưa đối chiếu được văn bản gốc về thời hạn."],
    [
      "Nghị quyết 28/2026/QH16, Điều 2 (Ngày Văn hóa Việt Nam 24/11; hiệu lực 01/7/2026) — chưa đối chiếu được văn bản gốc, xem docs/sources.md",
      "Nghị quyết 28/2026/QH16, Điều 2 (Ngày Văn hóa Việt Nam 24/11; hiệu lực 01/7/2026) — chưa đối chiếu được văn bản gốc",
    ],
    ["Thông báo của Bộ Nội vụ (xem mục 2).", "Thông báo của Bộ Nội vụ (xem mục 2)."],
  ])("%s", (input, expected) => {
    expect(publicText(input)).toBe(expected);
    expect(publicText(input)).not.toMatch(/docs\/|\.md\b|ma_thu_tuc/);
  });
});

describe("phone numbers in a citizen's comment", () => {
  it("are masked however they are written", () => {
    for (const phone of ["0905111222", "0905 111 222", "0905.111.222", "090-511-1222", "+84 905 111 222", "84905111222", "0235 3825 111"]) {
      expect(maskPhoneNumbers(`Gọi tôi số ${phone} nhé.`), phone).toBe(`Gọi tôi số ${MASKED_PHONE} nhé.`);
    }
  });
  it("leave other numbers alone: codes, dates, counts, amounts", () => {
    for (const text of ["Hồ sơ PN-240306-AB12 trả ngày 12/03/2024.", "Chờ 3 tiếng, 2 lần.", "Lệ phí 50.000 đồng.", "Mã thủ tục 1.001193."]) {
      expect(maskPhoneNumbers(text)).toBe(text);
    }
  });
});
