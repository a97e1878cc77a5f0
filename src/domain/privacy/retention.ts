/**
 * How long the portal keeps citizens' contact data, and when a record is due to be anonymised.
 *
 * Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15 asks that personal data be kept only as long as the
 * purpose needs (storage limitation); Nghị định 356/2025/NĐ-CP details it. The purposes here are
 * doing the visit or the dossier, the citizen's look-up, the periodic reports that count the
 * record and complaints about how it was handled. The paper dossier itself is archived by the
 * unit under the archive rules (Nghị định 61/2018/NĐ-CP as amended by 107/2021/NĐ-CP, Thông tư
 * 01/2018/TT-VPCP); the portal is not that archive, so it keeps only what its own purposes need.
 *
 * Rows are anonymised, never deleted: counts, timeliness and report figures stay as they were.
 * The periods are counted in Asia/Ho_Chi_Minh calendar months from the local day the record
 * ended; the privacy page renders them from these constants.
 */
import { addDays, formatLocalDate, parseLocalDate, startOfLocalDay, toLocalDate } from "../schedule/local-time";
import type { LocalDate } from "../schedule/types";

export type RetainedRecord = "homeVisit" | "dossier";

/**
 * Months after a home-visit request ended (done, declined, cancelled, or its day passed without
 * a visit). The name, phone, address, note and eligibility group (possibly sensitive: disability,
 * illness) serve only to arrange the visit; six months still covers the half-year report that
 * counts it (plan 003: «Định kỳ 6 tháng, năm») and the 90 days a complaint may be lodged in.
 */
export const HOME_VISIT_RETENTION_MONTHS = 6;

/**
 * Months after a dossier ended (returned or refused). The applicant's name, phone and address
 * serve the look-up and answering a complaint; the longest report period that counts a dossier
 * is the year, whose report is due after the year ends, is reviewed and may be returned, and
 * feeds the yearly PAR-index appraisal of the following year. 24 months from the end covers all
 * of that for a dossier ended on any day of the year.
 */
export const DOSSIER_RETENTION_MONTHS = 24;

export const RETENTION_MONTHS: Readonly<Record<RetainedRecord, number>> = { homeVisit: HOME_VISIT_RETENTION_MONTHS, dossier: DOSSIER_RETENTION_MONTHS };

/** `date` minus `months` calendar months; a day that does not exist then is the month's last. */
function subtractMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return formatLocalDate({ year: y, month: m, day: Math.min(day, last) });
}

/**
 * The instant before which a record must have ended to be due at `now`: a record is due from
 * the local day that is the period after the local day it ended (ended 15/01 local, six months:
 * due from 15/07 00:00). One cut-off for all records, so the database can select them by it.
 */
export function retentionCutoff(kind: RetainedRecord, now: Date): Date {
  const lastDueDay = subtractMonths(toLocalDate(now), RETENTION_MONTHS[kind]);
  return startOfLocalDay(addDays(lastDueDay, 1));
}

/** Whether a record that ended at `endedAt` is due for anonymisation at `now`; open records never are. */
export function isDueForAnonymisation(kind: RetainedRecord, endedAt: Date | null, now: Date): boolean {
  return endedAt !== null && endedAt.getTime() < retentionCutoff(kind, now).getTime();
}

export type HomeVisitState = "PENDING" | "CONFIRMED" | "DECLINED" | "DONE" | "CANCELLED";

/**
 * When a home-visit request ended: done at its completion, declined at the decision, cancelled
 * at its last change; one still pending or confirmed ends with its (confirmed) day, at the next
 * local midnight. The retention query in src/server/privacy mirrors this in SQL.
 */
export function homeVisitEndedAt(r: { status: HomeVisitState; completedAt: Date | null; decidedAt: Date | null; updatedAt: Date; requestedDate: LocalDate; confirmedDate: LocalDate | null }): Date {
  switch (r.status) {
    case "DONE":
      return r.completedAt ?? r.updatedAt;
    case "DECLINED":
      return r.decidedAt ?? r.updatedAt;
    case "CANCELLED":
      return r.updatedAt;
    default:
      return startOfLocalDay(addDays(r.confirmedDate ?? r.requestedDate, 1));
  }
}

/** When a dossier ended: returned or refused; null while it is still open or awaiting collection. */
export function dossierEndedAt(d: { returnedAt: Date | null; refusedAt: Date | null }): Date | null {
  return d.returnedAt ?? d.refusedAt ?? null;
}

/** What anonymised contact fields are replaced with (rows stay; see above). */
export const ANONYMISED_NAME = "[đã ẩn danh]";
