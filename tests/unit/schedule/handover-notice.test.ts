import { describe, expect, it } from "vitest";
import { instantAt } from "../../../src/domain/schedule";
import { handoverNotice } from "../../../src/domain/unit/lifetime";

describe("a promise after the unit's last day names who returns the result", () => {
  const phoNhon = { name: "Xã Phổ Nhơn", validFrom: null, validTo: "2025-06-30", successorName: "Xã Kế Thừa Thử" };
  it("Phổ Nhơn 30/06/2025 16:00 → 02/07/2025: the successor returns it", () => {
    expect(handoverNotice(phoNhon, instantAt("2025-07-02", "17:00"))).toBe(
      "Xã Phổ Nhơn hoạt động đến hết ngày 30/06/2025; từ ngày 01/07/2025, Xã Kế Thừa Thử tiếp tục giải quyết và trả kết quả hồ sơ này.",
    );
  });
  it("an unknown successor is said to be unknown, not guessed", () => {
    expect(handoverNotice({ ...phoNhon, successorName: null }, instantAt("2025-07-02", "17:00"))).toContain("đơn vị hành chính kế thừa Xã Phổ Nhơn (chưa xác định được tên)");
  });
  it("a promise on or before the last day, or a unit without an end, says nothing", () => {
    expect(handoverNotice(phoNhon, instantAt("2025-06-30", "17:00"))).toBeNull();
    expect(handoverNotice({ ...phoNhon, validTo: null }, instantAt("2026-07-02", "17:00"))).toBeNull();
  });
});
