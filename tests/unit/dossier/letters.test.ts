import { describe, expect, it } from "vitest";
import { committeeName, fieldsOf, mergeLetter, suggestLetters } from "../../../src/domain/dossier/letters";

describe("letters", () => {
  it("fills merge fields and marks the missing ones", () => {
    const body = "Kính gửi: {{ten_nguoi_nhan}} — {{ ten_don_vi }} — {{gio_le_trao}}";
    expect(mergeLetter(body, { ten_nguoi_nhan: "Bà Lan", ten_don_vi: "UBND xã An Dũng" })).toBe("Kính gửi: Bà Lan — UBND xã An Dũng — …");
    expect(fieldsOf(body)).toEqual(["ten_nguoi_nhan", "ten_don_vi", "gio_le_trao"]);
  });

  it.each([
    ["Đăng ký kết hôn", "RETURNED", false, ["MARRIAGE"]],
    ["Đăng ký kết hôn", "IN_PROGRESS", false, []],
    ["Cấp Giấy xác nhận tình trạng hôn nhân", "RETURNED", false, []],
    ["Đăng ký khai tử", "RECEIVED", false, ["DEATH"]],
    ["Đăng ký khai sinh", "RETURNED", false, ["BIRTH"]],
    ["Chứng thực chữ ký", "IN_PROGRESS", true, ["LATE_DOSSIER"]],
  ])("%s (%s, late %s) suggests %j", (procedureName, status, late, events) => {
    expect(suggestLetters({ procedureName, status, late }).map((s) => s.event)).toEqual(events);
  });

  it("a marriage letter invites to the certificate ceremony", () => {
    expect(suggestLetters({ procedureName: "Đăng ký kết hôn", status: "RETURNED", late: false })[0]!.ceremony).toBe(true);
  });
});

describe("a stored letter with unfilled merge fields", () => {
  it("shows them as blanks to fill by hand", async () => {
    const { withReadableBlanks } = await import("../../../src/domain/dossier/letters");
    expect(withReadableBlanks("Kính gửi {{ten_nguoi_nhan}}, lúc {{ gio_le_trao }}.")).toBe("Kính gửi ……………, lúc …………….");
  });
});

describe("the sender named in a letter", () => {
  it("keeps the unit's capitals: «Ủy ban nhân dân xã Luận Thành», not «xã luận thành»", () => {
    expect(committeeName("Xã Luận Thành")).toBe("Ủy ban nhân dân xã Luận Thành");
    expect(committeeName("Phường Mỹ Bình", true)).toBe("UBND phường Mỹ Bình");
    expect(committeeName("Thị trấn Ba Tơ")).toBe("Ủy ban nhân dân thị trấn Ba Tơ");
  });
});
