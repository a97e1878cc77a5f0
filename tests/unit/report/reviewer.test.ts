import { describe, expect, it } from "vitest";
import { inReviewingLine, reviewerRefusal, type ReviewerCandidate } from "@/domain/report";

// Xã Nguyễn Nghiêm under Tỉnh Quảng Ngãi; the line runs from the issuer up.
const line = [{ id: "commune" }, { id: "province" }];
const unit = (over: Partial<ReviewerCandidate>): ReviewerCandidate => ({ id: "x", name: "Đơn vị", kind: "DEPARTMENT", parentId: "province", validFrom: null, validTo: null, ...over });

describe("reviewerRefusal", () => {
  it("accepts the issuer, a unit above it, and a department of either, in force on the plan's first day", () => {
    expect(reviewerRefusal(unit({ id: "so-noi-vu", validFrom: "2025-07-01" }), line, ["commune"], "2026-12-07")).toBeNull();
    expect(reviewerRefusal(unit({ id: "van-hoa-xa-hoi", parentId: "commune" }), line, ["centre"], "2026-12-07")).toBeNull();
    expect(reviewerRefusal(unit({ id: "commune", kind: "COMMUNE", parentId: "province" }), line, ["noi-vu"], "2026-12-07")).toBeNull();
    expect(reviewerRefusal(unit({ id: "province", kind: "PROVINCE", parentId: null }), line, ["commune"], "2026-12-07")).toBeNull();
  });

  it("refuses a unit outside the line: another province's department, a neighbouring commune, a commune's village", () => {
    expect(reviewerRefusal(unit({ name: "Sở Nội vụ tỉnh Gia Lai", parentId: "other-province" }), line, ["commune"], "2026-12-07")).toMatch(/^Sở Nội vụ tỉnh Gia Lai không thuộc cấp quản lý/);
    expect(reviewerRefusal(unit({ kind: "COMMUNE", parentId: "province" }), line, ["commune"], "2026-12-07")).toMatch(/không thuộc cấp quản lý/);
    expect(inReviewingLine({ id: "v", kind: "VILLAGE", parentId: "commune" }, line)).toBe(false);
  });

  it("refuses a unit not in force on the plan's first day, saying which end", () => {
    expect(reviewerRefusal(unit({ name: "Phòng Nội vụ thị xã Đức Phổ", validTo: "2025-06-30" }), line, [], "2027-01-01")).toBe(
      "Phòng Nội vụ thị xã Đức Phổ đã chấm dứt hoạt động từ sau 30/06/2025, không hoạt động vào ngày kế hoạch bắt đầu (01/01/2027).",
    );
    expect(reviewerRefusal(unit({ name: "Sở Nội vụ tỉnh Gia Lai", validFrom: "2025-07-01" }), line, [], "2025-06-30")).toMatch(/chỉ hoạt động từ 01\/07\/2025/);
    // Both ends are days of the unit.
    expect(reviewerRefusal(unit({ validFrom: "2025-07-01", validTo: "2026-12-31" }), line, [], "2025-07-01")).toBeNull();
    expect(reviewerRefusal(unit({ validFrom: "2025-07-01", validTo: "2026-12-31" }), line, [], "2026-12-31")).toBeNull();
  });

  it("refuses a reporter reviewing its own report", () => {
    expect(reviewerRefusal(unit({ id: "commune", kind: "COMMUNE", name: "Xã Nguyễn Nghiêm" }), line, ["commune"], "2026-12-07")).toBe("Xã Nguyễn Nghiêm không thể vừa báo cáo vừa thẩm định báo cáo của chính mình.");
  });
});
