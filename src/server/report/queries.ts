import "server-only";
import { ownCoverageRoot, reportState, type ReportState, type ReportStatus } from "@/domain/report";
import { toLocalDate, type LocalDate } from "@/domain/schedule";
import type { UserActor } from "../auth/actor";
import type { Db, Tx } from "../db";
import { localDateOf } from "../dates";
import { AppError } from "../errors";
import { ensureReportInstances } from "./instances";

interface ReportListItemDto {
  id: string;
  obligationTitle: string;
  frequency: string;
  planTitle: string;
  unitName: string;
  unitSlug: string;
  reviewerName: string;
  periodLabel: string;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  dueOn: LocalDate;
  status: ReportStatus;
  state: ReportState;
  overdue: boolean;
  submittedLate: boolean;
  /** A returned report's own resubmission deadline. */
  resubmitBy: LocalDate | null;
  version: number;
  submittedAt: string | null;
}

const listSelect = {
  id: true,
  status: true,
  version: true,
  periodLabel: true,
  periodStart: true,
  periodEnd: true,
  dueOn: true,
  submittedAt: true,
  narrativeResults: true,
  narrativeDifficulties: true,
  narrativeProposals: true,
  number: true,
  updatedAt: true,
  createdAt: true,
  unit: { select: { name: true, slug: true } },
  obligation: { select: { title: true, frequency: true, reviewerUnit: { select: { name: true } }, plan: { select: { title: true } } } },
  submissions: { select: { submittedAt: true }, orderBy: { version: "asc" }, take: 1 },
  reviews: { where: { decision: "RETURNED" }, select: { decision: true, at: true }, orderBy: { at: "desc" }, take: 1 },
} as const;

type ListRow = {
  id: string;
  status: ReportStatus;
  version: number;
  periodLabel: string;
  periodStart: Date;
  periodEnd: Date;
  dueOn: Date;
  submittedAt: Date | null;
  narrativeResults: string;
  narrativeDifficulties: string;
  narrativeProposals: string;
  number: string | null;
  unit: { name: string; slug: string };
  obligation: { title: string; frequency: string; reviewerUnit: { name: string }; plan: { title: string } };
  submissions: { submittedAt: Date }[];
  reviews: { decision: "RETURNED" | "ACCEPTED"; at: Date }[];
};

/** The local day of the reviewer's latest return, which opens the resubmission deadline. */
export function lastReturnedOn(reviews: { decision: "RETURNED" | "ACCEPTED"; at: Date }[]): LocalDate | null {
  const at = reviews.filter((v) => v.decision === "RETURNED").reduce<Date | null>((latest, v) => (!latest || v.at > latest ? v.at : latest), null);
  return at ? toLocalDate(at) : null;
}

function toListItem(r: ListRow, today: LocalDate): ReportListItemDto {
  const started = Boolean(r.narrativeResults || r.narrativeDifficulties || r.narrativeProposals || r.number);
  const first = r.submissions[0]?.submittedAt ?? null;
  const view = reportState(
    { status: r.status, version: r.version, started, dueOn: localDateOf(r.dueOn), firstSubmittedOn: first ? toLocalDate(first) : null, returnedOn: lastReturnedOn(r.reviews) },
    today,
  );
  return {
    id: r.id,
    obligationTitle: r.obligation.title,
    frequency: r.obligation.frequency,
    planTitle: r.obligation.plan.title,
    unitName: r.unit.name,
    unitSlug: r.unit.slug,
    reviewerName: r.obligation.reviewerUnit.name,
    periodLabel: r.periodLabel,
    periodStart: localDateOf(r.periodStart),
    periodEnd: localDateOf(r.periodEnd),
    dueOn: localDateOf(r.dueOn),
    status: r.status,
    state: view.state,
    overdue: view.overdue,
    submittedLate: view.submittedLate,
    resubmitBy: view.resubmitBy,
    version: r.version,
    submittedAt: r.submittedAt ? r.submittedAt.toISOString() : null,
  };
}

/**
 * The units whose reports are a unit's own: itself and the one-stop centre or offices that
 * report for it (src/domain/report/coverage.ts, rule 2). A plan issued by Luận Thành's
 * Trung tâm PVHCC names the centre as reporter; the commune's leader must still see it.
 */
export async function reportingUnitIds(db: Db | Tx, unitId: string): Promise<string[]> {
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { id: true, kind: true, children: { select: { id: true, kind: true } } } });
  if (!unit) return [unitId];
  const served = unit.children.filter((c) => ownCoverageRoot({ id: c.id, kind: c.kind, parentId: unit.id, parentKind: unit.kind }) === unit.id);
  return [unit.id, ...served.map((c) => c.id)];
}

/**
 * A unit's reports (every obligation it, or a centre reporting for it, reports under), newest
 * period first; with `reviewerUnitId`, only those that unit reviews (a reviewer's view of the unit).
 */
export async function unitReports(db: Db, unitId: string, now: Date, options: { reviewerUnitId?: string } = {}): Promise<ReportListItemDto[]> {
  const today = toLocalDate(now);
  const unitIds = await reportingUnitIds(db, unitId);
  await ensureReportInstances(db, { reporterUnitIds: unitIds }, today);
  const rows = await db.report.findMany({
    where: { unitId: { in: unitIds }, ...(options.reviewerUnitId !== undefined ? { obligation: { reviewerUnitId: options.reviewerUnitId } } : {}) },
    select: listSelect,
    orderBy: [{ periodStart: "desc" }, { obligation: { title: "asc" } }],
  });
  return rows.map((r) => toListItem(r as ListRow, today));
}

export interface ReportDetailDto extends ReportListItemDto {
  unitId: string;
  planId: string;
  obligationId: string;
  reviewerUnitId: string;
  sourceQuote: string | null;
  number: string | null;
  narrativeResults: string;
  narrativeDifficulties: string;
  narrativeProposals: string;
  acceptedAt: string | null;
  frozenFigures: unknown;
  submissions: { version: number; submittedAt: string; submittedBy: string | null; narrative: unknown }[];
  reviews: { version: number; decision: "RETURNED" | "ACCEPTED"; comment: string; reviewer: string | null; at: string }[];
}

export async function reportDetail(db: Db | Tx, id: string, now: Date): Promise<ReportDetailDto | null> {
  const r = await db.report.findUnique({
    where: { id },
    select: {
      ...listSelect,
      unitId: true,
      obligationId: true,
      acceptedAt: true,
      figures: true,
      obligation: { select: { title: true, frequency: true, sourceQuote: true, planId: true, reviewerUnitId: true, reviewerUnit: { select: { name: true } }, plan: { select: { title: true } } } },
      submissions: { select: { version: true, submittedAt: true, narrative: true, submittedBy: { select: { fullName: true } } }, orderBy: { version: "asc" } },
      reviews: { select: { version: true, decision: true, comment: true, at: true, reviewer: { select: { fullName: true } } }, orderBy: { at: "asc" } },
    },
  });
  if (!r) return null;
  const item = toListItem({ ...r, submissions: r.submissions.slice(0, 1) } as ListRow, toLocalDate(now));
  return {
    ...item,
    unitId: r.unitId,
    planId: r.obligation.planId,
    obligationId: r.obligationId,
    reviewerUnitId: r.obligation.reviewerUnitId,
    sourceQuote: r.obligation.sourceQuote,
    number: r.number,
    narrativeResults: r.narrativeResults,
    narrativeDifficulties: r.narrativeDifficulties,
    narrativeProposals: r.narrativeProposals,
    acceptedAt: r.acceptedAt ? r.acceptedAt.toISOString() : null,
    frozenFigures: r.figures,
    submissions: r.submissions.map((s) => ({ version: s.version, submittedAt: s.submittedAt.toISOString(), submittedBy: s.submittedBy?.fullName ?? null, narrative: s.narrative })),
    reviews: r.reviews.map((v) => ({ version: v.version, decision: v.decision, comment: v.comment, reviewer: v.reviewer?.fullName ?? null, at: v.at.toISOString() })),
  };
}

/** Who may read a report: the unit's people (scope) or the reviewing unit's reviewers. */
export type ReportAccess = "unit" | "reviewer";

export function accessOf(actor: UserActor, r: { unitId: string; reviewerUnitId: string }): ReportAccess | null {
  if (actor.role === "REVIEWER") return actor.unitId && actor.unitId === r.reviewerUnitId ? "reviewer" : null;
  if (actor.role === "OFFICER" || actor.role === "UNIT_LEADER") return actor.scopeUnitIds.includes(r.unitId) ? "unit" : null;
  return null;
}

/** For route handlers and actions: the same check, as an AppError. */
export async function requireReport(db: Db | Tx, actor: UserActor, id: string, now: Date): Promise<{ report: ReportDetailDto; access: ReportAccess }> {
  const r = await reportDetail(db, id, now);
  if (!r) throw new AppError("NOT_FOUND", "Không tìm thấy báo cáo.");
  const access = accessOf(actor, r);
  if (!access) throw new AppError("FORBIDDEN", "Báo cáo này không thuộc đơn vị của bạn.");
  return { report: r, access };
}
