/**
 * Is a dossier late? The promise made at receipt (`originalPromisedAt`) is the one statistics
 * and citizens hold the office to; an apology slip (Mẫu 04) moves the promise in force
 * (`promisedAt`) but the dossier stays late against the original.
 */

export type TimelinessState =
  /** Result ready (or refused) by the original promise. */
  | "ON_TIME"
  /** Finished after the original promise, or still open past it. */
  | "LATE"
  /** Still open and the promise in force has not passed. */
  | "PENDING"
  /** Waiting for the citizen's supplement: the clock is stopped. */
  | "WAITING_SUPPLEMENT";

export interface TimelinessInput {
  status: "RECEIVED" | "IN_PROGRESS" | "SUPPLEMENT_REQUESTED" | "RESULT_READY" | "RETURNED" | "REFUSED";
  originalPromisedAt: Date;
  promisedAt: Date;
  resultReadyAt: Date | null;
  returnedAt: Date | null;
  refusedAt: Date | null;
}

interface Timeliness {
  state: TimelinessState;
  /** Late against the original promise. */
  late: boolean;
  /** Open and past the promise in force (even a new one from an apology slip). */
  overdue: boolean;
  /** When the office finished its part: result ready, returned or refused. */
  finishedAt: Date | null;
}

export function dossierTimeliness(d: TimelinessInput, now: Date): Timeliness {
  const finishedAt = d.resultReadyAt ?? d.returnedAt ?? d.refusedAt ?? null;
  if (finishedAt) {
    const late = finishedAt.getTime() > d.originalPromisedAt.getTime();
    return { state: late ? "LATE" : "ON_TIME", late, overdue: false, finishedAt };
  }
  if (d.status === "SUPPLEMENT_REQUESTED") return { state: "WAITING_SUPPLEMENT", late: false, overdue: false, finishedAt: null };
  const late = now.getTime() > d.originalPromisedAt.getTime();
  const overdue = now.getTime() > d.promisedAt.getTime();
  return { state: late ? "LATE" : "PENDING", late, overdue, finishedAt: null };
}

export const timelinessLabel: Record<TimelinessState, string> = {
  ON_TIME: "Đúng hẹn",
  LATE: "Trễ hẹn",
  PENDING: "Đang trong hạn",
  WAITING_SUPPLEMENT: "Đang chờ bổ sung hồ sơ (tạm dừng tính thời hạn)",
};
