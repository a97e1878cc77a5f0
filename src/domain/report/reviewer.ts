/**
 * Who may receive and review a plan's reports. In the five plans the reviewer is always in
 * the issuer's own line: the district's Phòng Nội vụ for a commune's plan (Phổ Nhơn, An
 * Dũng), the issuing district or its Phòng Nội vụ (Long Xuyên, Phước Long), the commune's
 * Phòng Văn hóa – Xã hội for its one-stop centre's plan (Luận Thành), and above them the
 * province's Sở Nội vụ ("Sở Nội vụ (B/c)"). So a reviewer is the issuer, a unit above it, or
 * a department of one of those, in force on the plan's first day, and not one of the
 * reporters: another province's office, a neighbouring commune or a ceased unit is refused.
 */
import { compareLocalDates, formatDateVi } from "../schedule/local-time";
import type { LocalDate } from "../schedule/types";
import type { CoverageUnitKind } from "./coverage";

export interface ReviewerCandidate {
  id: string;
  name: string;
  kind: CoverageUnitKind;
  parentId: string | null;
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
}

/** The issuer's line: the issuing unit first, then each unit above it up to the province. */
export type IssuerLine = readonly { id: string }[];

function inForce(unit: ReviewerCandidate, on: LocalDate): boolean {
  return (!unit.validFrom || compareLocalDates(unit.validFrom, on) <= 0) && (!unit.validTo || compareLocalDates(on, unit.validTo) <= 0);
}

/** Whether `unit` stands in the issuer's line or is a department of a unit in it. */
export function inReviewingLine(unit: Pick<ReviewerCandidate, "id" | "kind" | "parentId">, line: IssuerLine): boolean {
  const ids = new Set(line.map((u) => u.id));
  return ids.has(unit.id) || (unit.kind === "DEPARTMENT" && unit.parentId !== null && ids.has(unit.parentId));
}

/** Null when `reviewer` may review the reports of `reporterIds` under a plan starting `planFrom`; else why not, in Vietnamese. */
export function reviewerRefusal(reviewer: ReviewerCandidate, line: IssuerLine, reporterIds: readonly string[], planFrom: LocalDate): string | null {
  if (reporterIds.includes(reviewer.id)) return `${reviewer.name} không thể vừa báo cáo vừa thẩm định báo cáo của chính mình.`;
  if (!inReviewingLine(reviewer, line)) {
    return `${reviewer.name} không thuộc cấp quản lý của đơn vị ban hành kế hoạch. Chọn đơn vị ban hành, cấp trên của đơn vị (huyện trước 07/2025, tỉnh) hoặc một phòng, sở của các cấp đó (Phòng Nội vụ, Phòng Văn hóa – Xã hội, Sở Nội vụ).`;
  }
  if (!inForce(reviewer, planFrom)) {
    const span = reviewer.validTo && compareLocalDates(reviewer.validTo, planFrom) < 0 ? `đã chấm dứt hoạt động từ sau ${formatDateVi(reviewer.validTo)}` : `chỉ hoạt động từ ${formatDateVi(reviewer.validFrom!)}`;
    return `${reviewer.name} ${span}, không hoạt động vào ngày kế hoạch bắt đầu (${formatDateVi(planFrom)}).`;
  }
  return null;
}
