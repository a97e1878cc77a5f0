import { describe, expect, it } from "vitest";
import { publicText } from "../../../src/domain/text/public-text";

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
