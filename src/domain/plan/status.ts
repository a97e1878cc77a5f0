/**
 * A plan's lifecycle: draft → issued → in force → ended. "In force" and "ended by date"
 * follow from the validity and the day asked about; a draft stays a draft and a plan ended
 * by hand stays ended, whatever the date.
 */
import { addDays } from "../schedule/local-time";
import type { LocalDate } from "../schedule/types";

export type PlanStatus = "DRAFT" | "ISSUED" | "IN_FORCE" | "ENDED";

interface PlanLifecycle {
  status: PlanStatus;
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
}

/** The status of a plan on a local date. */
export function planStatusOn(plan: PlanLifecycle, today: LocalDate): PlanStatus {
  if (plan.status === "DRAFT" || plan.status === "ENDED") return plan.status;
  if (plan.validTo !== null && today > plan.validTo) return "ENDED";
  if (plan.validFrom !== null && today >= plan.validFrom) return "IN_FORCE";
  return "ISSUED";
}

export type VersionOnPlanEnd = "DROP" | "CUT" | "KEEP";

/**
 * The earliest last day a plan can be ended with on `today`: yesterday — the days already
 * past keep the schedule that was published for them.
 */
export function earliestPlanEnd(today: LocalDate): LocalDate {
  return addDays(today, -1);
}

/**
 * What ending a plan after `lastDay` does to one of its model versions: a version that would
 * only have started later and received no dossier is dropped, one that would run past the day
 * is cut there (validTo = lastDay), the others stay as they are.
 */
export function versionOnPlanEnd(v: { effectiveFrom: LocalDate; validFrom: LocalDate; validTo: LocalDate | null; dossierCount: number }, lastDay: LocalDate): VersionOnPlanEnd {
  const startsLater = v.effectiveFrom > lastDay || v.validFrom > lastDay;
  if (startsLater && v.dossierCount === 0) return "DROP";
  return v.validTo === null || v.validTo > lastDay ? "CUT" : "KEEP";
}

/** The last day of a plan ended by hand after `lastDay`: its own last day when that is earlier. */
export function endedPlanValidTo(validTo: LocalDate | null, lastDay: LocalDate): LocalDate {
  return validTo !== null && validTo < lastDay ? validTo : lastDay;
}

export interface PlanForIssue {
  title: string;
  symbol: string;
  signingPlace: string | null;
  number: string | null;
  signedYear: number | null;
  signedMonth: number | null;
  signedDay: number | null;
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
  signerName: string | null;
  signerTitle: string | null;
  modelCount: number;
}

/** What is missing before a draft may be issued, in Vietnamese; [] when it may be issued. */
export function issueProblems(plan: PlanForIssue): string[] {
  const out: string[] = [];
  if (!plan.title.trim()) out.push("Chưa có trích yếu (tên kế hoạch).");
  if (!plan.symbol.trim()) out.push("Chưa có ký hiệu văn bản.");
  if (!plan.signingPlace?.trim()) out.push("Chưa có địa danh ban hành.");
  if (!plan.signedYear) out.push("Chưa có năm ký.");
  if (!plan.validFrom) out.push("Chưa có ngày bắt đầu thực hiện.");
  if (plan.validFrom && plan.validTo && plan.validTo < plan.validFrom) out.push("Ngày kết thúc trước ngày bắt đầu thực hiện.");
  if (!plan.signerName?.trim() || !plan.signerTitle?.trim()) out.push("Chưa có người ký và chức vụ.");
  if (plan.modelCount === 0) out.push("Kế hoạch chưa có mô hình nào.");
  return out;
}

/**
 * The parts of the citation left blank ("Số: /KH-UBND", "ngày … tháng 02"). Copies of real
 * plans often have them blank; issuing such a plan needs an explicit acknowledgement.
 */
export function citationBlanks(plan: Pick<PlanForIssue, "number" | "signedDay" | "signedMonth">): string[] {
  const out: string[] = [];
  if (!plan.number?.trim()) out.push("số văn bản");
  if (!plan.signedMonth) out.push("tháng ký");
  if (!plan.signedDay) out.push("ngày ký");
  return out;
}
