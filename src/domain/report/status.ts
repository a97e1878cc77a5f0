/**
 * A report's state as both sides see it, and which steps are allowed. Pure.
 *
 *   DRAFT ──submit──▶ SUBMITTED ──accept──▶ ACCEPTED
 *     ▲                   │
 *     └──── RETURNED ◀────┘ return (with comments); resubmission adds a version
 */
import { addDays, compareLocalDates, maxLocalDate } from "../schedule/local-time";
import type { LocalDate } from "../schedule/types";

export type ReportStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";

/** What the dashboard shows for one unit × period. */
export type ReportState = "NOT_STARTED" | "DRAFT" | "SUBMITTED" | "OVERDUE" | "RETURNED" | "ACCEPTED";

interface ReportStateInput {
  status: ReportStatus;
  /** Submissions so far (0 for a report never submitted). */
  version: number;
  /** Whether anyone has written anything in the draft. */
  started: boolean;
  dueOn: LocalDate;
  /** First submission instant's local date, if any. */
  firstSubmittedOn: LocalDate | null;
  /** Local date of the latest return by the reviewer, if the report was ever returned. */
  returnedOn?: LocalDate | null;
}

interface ReportStateView {
  state: ReportState;
  /** Past due and not with the reviewer (nor accepted). */
  overdue: boolean;
  /** First submitted after the due date. */
  submittedLate: boolean;
  /** The day a returned report must be submitted again by (null unless returned). */
  resubmitBy: LocalDate | null;
}

/**
 * Days a unit has to correct and resubmit a returned report. A return is the reviewer's
 * step, not the unit's delay: it opens its own deadline counted from the return, never
 * earlier than the original due day.
 */
export const RESUBMISSION_DAYS = 5;

export function resubmissionDeadline(dueOn: LocalDate, returnedOn: LocalDate): LocalDate {
  return maxLocalDate(dueOn, addDays(returnedOn, RESUBMISSION_DAYS));
}

export const reportStateLabel: Record<ReportState, string> = {
  NOT_STARTED: "Chưa thực hiện",
  DRAFT: "Đang soạn",
  SUBMITTED: "Đã nộp, chờ thẩm định",
  OVERDUE: "Quá hạn",
  RETURNED: "Bị trả lại",
  ACCEPTED: "Đã chấp nhận",
};

export const reportStateTone: Record<ReportState, "neutral" | "brand" | "ok" | "warn" | "bad"> = {
  NOT_STARTED: "neutral",
  DRAFT: "brand",
  SUBMITTED: "brand",
  OVERDUE: "bad",
  RETURNED: "warn",
  ACCEPTED: "ok",
};

/** Overdue once the due day has passed (the whole due day is allowed). */
function isPastDue(dueOn: LocalDate, today: LocalDate): boolean {
  return compareLocalDates(today, dueOn) > 0;
}

export function reportState(r: ReportStateInput, today: LocalDate): ReportStateView {
  const submittedLate = r.firstSubmittedOn != null && compareLocalDates(r.firstSubmittedOn, r.dueOn) > 0;
  const resubmitBy = r.status === "RETURNED" && r.returnedOn ? resubmissionDeadline(r.dueOn, r.returnedOn) : null;
  const withUnit = r.status === "DRAFT" || r.status === "RETURNED";
  const overdue = withUnit && isPastDue(resubmitBy ?? r.dueOn, today);
  let state: ReportState;
  if (overdue) state = "OVERDUE";
  else if (r.status === "DRAFT") state = r.started || r.version > 0 ? "DRAFT" : "NOT_STARTED";
  else state = r.status;
  return { state, overdue, submittedLate, resubmitBy };
}

/** The unit may write in the report only while it is with the unit. */
export function canEditReport(status: ReportStatus): boolean {
  return status === "DRAFT" || status === "RETURNED";
}

type SubmitRefusal = "NOT_WITH_UNIT" | "PERIOD_NOT_OVER" | "NO_RESULTS_TEXT";

/** The leader may submit from the last day of the period on, with the results written. */
export function submitRefusal(r: { status: ReportStatus; periodEnd: LocalDate; narrativeResults: string }, today: LocalDate): SubmitRefusal | null {
  if (!canEditReport(r.status)) return "NOT_WITH_UNIT";
  if (compareLocalDates(today, r.periodEnd) < 0) return "PERIOD_NOT_OVER";
  if (!r.narrativeResults.trim()) return "NO_RESULTS_TEXT";
  return null;
}

export const submitRefusalMessage: Record<SubmitRefusal, string> = {
  NOT_WITH_UNIT: "Báo cáo đã nộp hoặc đã được chấp nhận, không thể nộp lại lúc này.",
  PERIOD_NOT_OVER: "Kỳ báo cáo chưa kết thúc: chỉ nộp được từ ngày cuối cùng của kỳ.",
  NO_RESULTS_TEXT: "Vui lòng viết phần kết quả thực hiện trước khi nộp.",
};

/** Only a submitted report can be reviewed; a review ends with accept or return. */
export function canReviewReport(status: ReportStatus): boolean {
  return status === "SUBMITTED";
}
