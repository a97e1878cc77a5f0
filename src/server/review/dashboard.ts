import "server-only";
import { monthsBetween, rate, reportState, sameDayTargets, type ReportState } from "@/domain/report";
import { maxLocalDate, minLocalDate, toLocalDate, type LocalDate } from "@/domain/schedule";
import type { Db } from "../db";
import { localDateOf } from "../dates";
import { coverageKey, reportCoverageMany } from "../report/coverage";
import { dashboardRates, type DashboardRates, type RateCounts } from "../report/dashboard-rates";
import { ensureReportInstances } from "../report/instances";
import { lastReturnedOn } from "../report/queries";

interface DashboardCell {
  reportId: string;
  state: ReportState;
  overdue: boolean;
  submittedLate: boolean;
  dueOn: LocalDate;
}

interface DashboardObligation {
  id: string;
  title: string;
  planTitle: string;
  periods: { start: LocalDate; end: LocalDate; label: string }[];
  units: { id: string; name: string; slug: string; cells: (DashboardCell | null)[] }[];
}

interface UnitRates {
  unitId: string;
  name: string;
  slug: string;
  received: number;
  onTimeRate: number | null;
  sameDayRate: number | null;
  sameDayTarget: number | null;
  onlineRate: number | null;
  overdueReports: number;
}

export interface ReviewerDashboard {
  obligations: DashboardObligation[];
  counts: Record<ReportState, number>;
  range: { start: LocalDate; end: LocalDate } | null;
  ranking: UnitRates[];
  /** All reporters together, by month. */
  trend: { month: string; onTime: number | null; sameDay: number | null; online: number | null }[];
}

interface Reporter {
  unitId: string;
  name: string;
  slug: string;
  planId: string;
}

/** The reporters of a reviewer's obligations and the units each one's figures cover. */
async function reporterGroups(db: Db, reporters: Pick<Reporter, "unitId" | "planId">[]): Promise<{ unitId: string; groupId: string }[]> {
  const coverage = await reportCoverageMany(db, reporters);
  const groups = new Map<string, { unitId: string; groupId: string }>();
  for (const r of reporters) for (const unitId of coverage.get(coverageKey(r.unitId, r.planId)) ?? []) groups.set(`${unitId}|${r.unitId}`, { unitId, groupId: r.unitId });
  return [...groups.values()];
}

/** Models with a plan target whose same-day share a reporter's units run, e.g. Phước Long 100 %. */
async function targetsByReporter(db: Db, groups: { unitId: string; groupId: string }[]): Promise<Map<string, number>> {
  const keys = Object.keys(sameDayTargets);
  if (keys.length === 0) return new Map();
  const scopes = await db.modelScope.findMany({
    where: { unitId: { in: groups.map((g) => g.unitId) }, version: { model: { key: { in: keys } } } },
    select: { unitId: true, version: { select: { model: { select: { key: true } } } } },
  });
  const out = new Map<string, number>();
  for (const s of scopes) {
    const target = sameDayTargets[s.version.model.key]!.percent;
    for (const g of groups.filter((x) => x.unitId === s.unitId)) out.set(g.groupId, target);
  }
  return out;
}

const NO_COUNTS: RateCounts = { received: 0, onTime: 0, dueBase: 0, sameDay: 0, sameDayDone: 0, online: 0 };

export async function reviewerDashboard(db: Db, reviewerUnitId: string, now: Date): Promise<ReviewerDashboard> {
  const today = toLocalDate(now);
  const load = () =>
    db.reportingObligation.findMany({
      where: { reviewerUnitId },
      orderBy: [{ plan: { validFrom: "asc" } }, { title: "asc" }],
      select: {
        id: true,
        title: true,
        planId: true,
        plan: { select: { title: true } },
        reporters: { select: { unit: { select: { id: true, name: true, slug: true } } } },
        reports: {
          select: {
            id: true,
            unitId: true,
            status: true,
            version: true,
            periodStart: true,
            periodEnd: true,
            periodLabel: true,
            dueOn: true,
            number: true,
            narrativeResults: true,
            narrativeDifficulties: true,
            narrativeProposals: true,
            submissions: { select: { submittedAt: true }, orderBy: { version: "asc" }, take: 1 },
            reviews: { where: { decision: "RETURNED" }, select: { decision: true, at: true }, orderBy: { at: "desc" }, take: 1 },
          },
        },
      },
    });
  type Rated = Promise<[DashboardRates, Map<string, number>]>;
  const rates = (reporters: Pick<Reporter, "unitId" | "planId">[], range: { start: LocalDate; end: LocalDate }): Rated =>
    reporterGroups(db, reporters).then((groups) => Promise.all([dashboardRates(db, groups, range.start, range.end, now), targetsByReporter(db, groups)]));
  const signature = (reporters: Pick<Reporter, "unitId" | "planId">[], range: { start: LocalDate; end: LocalDate } | null) =>
    JSON.stringify([range, reporters.map((r) => `${r.planId}|${r.unitId}`).sort()]);
  // The rates take longest: start them from a light read of the reporters and the range while
  // the instances are checked and the status matrix is read. Used only if the full read agrees.
  const early = (async () => {
    const [reporting, span] = await Promise.all([
      db.reportingObligationUnit.findMany({ where: { obligation: { reviewerUnitId } }, select: { unitId: true, obligation: { select: { planId: true } } } }),
      db.report.aggregate({ where: { obligation: { reviewerUnitId } }, _min: { periodStart: true }, _max: { periodEnd: true } }),
    ]);
    const reporters = reporting.map((r) => ({ unitId: r.unitId, planId: r.obligation.planId }));
    const range = span._min.periodStart && span._max.periodEnd ? { start: localDateOf(span._min.periodStart), end: minLocalDate(localDateOf(span._max.periodEnd), today) } : null;
    return { key: signature(reporters, range), rated: range && reporters.length ? rates(reporters, range) : null };
  })();
  early.then((e) => e.rated?.catch(() => undefined)).catch(() => undefined); // a discarded early count must not fail the page

  // Instances are nearly always all there: read while checking, and read again only when some were added.
  const [created, loaded] = await Promise.all([ensureReportInstances(db, { reviewerUnitId }, today), load()]);
  const obligations = created > 0 ? await load() : loaded;
  let start: LocalDate | null = null;
  let end: LocalDate | null = null;
  const periodsOf = obligations.map((o) => {
    const periods = new Map<string, { start: LocalDate; end: LocalDate; label: string }>();
    const byCell = new Map<string, (typeof o.reports)[number]>();
    for (const r of o.reports) {
      const s = localDateOf(r.periodStart);
      if (!periods.has(s)) periods.set(s, { start: s, end: localDateOf(r.periodEnd), label: r.periodLabel });
      byCell.set(`${r.unitId}|${s}`, r);
      start = start ? minLocalDate(start, s) : s;
      end = end ? maxLocalDate(end, localDateOf(r.periodEnd)) : localDateOf(r.periodEnd);
    }
    return { ordered: [...periods.values()].sort((a, b) => a.start.localeCompare(b.start)), byCell };
  });
  const reporters: Reporter[] = obligations.flatMap((o) => o.reporters.map(({ unit }) => ({ unitId: unit.id, name: unit.name, slug: unit.slug, planId: o.planId })));
  const range = start && end ? { start: start as LocalDate, end: minLocalDate(end, today) } : null;
  const head = await early.catch(() => null);
  const rated: Rated | null = !range || reporters.length === 0 ? null : head?.rated && head.key === signature(reporters, range) ? head.rated : rates(reporters, range);

  const counts: Record<ReportState, number> = { NOT_STARTED: 0, DRAFT: 0, SUBMITTED: 0, OVERDUE: 0, RETURNED: 0, ACCEPTED: 0 };
  const overdueByUnit = new Map<string, number>();
  const out: DashboardObligation[] = obligations.map((o, index) => {
    const { ordered, byCell } = periodsOf[index]!;
    const units = o.reporters
      .map(({ unit }) => unit)
      .sort((a, b) => a.name.localeCompare(b.name, "vi"))
      .map((u) => ({
        ...u,
        cells: ordered.map((p) => {
          const r = byCell.get(`${u.id}|${p.start}`);
          if (!r) return null;
          const started = Boolean(r.narrativeResults || r.narrativeDifficulties || r.narrativeProposals || r.number);
          const first = r.submissions[0]?.submittedAt;
          const view = reportState(
            { status: r.status, version: r.version, started, dueOn: localDateOf(r.dueOn), firstSubmittedOn: first ? toLocalDate(first) : null, returnedOn: lastReturnedOn(r.reviews) },
            today,
          );
          counts[view.state] += 1;
          if (view.overdue) overdueByUnit.set(u.id, (overdueByUnit.get(u.id) ?? 0) + 1);
          return { reportId: r.id, state: view.state, overdue: view.overdue, submittedLate: view.submittedLate, dueOn: localDateOf(r.dueOn) };
        }),
      }));
    return { id: o.id, title: o.title, planTitle: o.plan.title, periods: ordered, units };
  });

  if (!range || !rated) return { obligations: out, counts, range, ranking: [], trend: [] };

  const [{ byGroup, byMonth }, targets] = await rated;
  const unique = [...new Map(reporters.map((r) => [r.unitId, r])).values()];
  const ranking: UnitRates[] = unique
    .map((r) => {
      const c = byGroup.get(r.unitId) ?? NO_COUNTS;
      return {
        unitId: r.unitId,
        name: r.name,
        slug: r.slug,
        received: c.received,
        onTimeRate: rate(c.onTime, c.dueBase),
        sameDayRate: rate(c.sameDayDone, c.sameDay),
        sameDayTarget: targets.get(r.unitId) ?? null,
        onlineRate: rate(c.online, c.received),
        overdueReports: overdueByUnit.get(r.unitId) ?? 0,
      };
    })
    .sort((a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1) || a.overdueReports - b.overdueReports || a.name.localeCompare(b.name, "vi"));
  const months = monthsBetween(range.start.slice(0, 7), range.end.slice(0, 7));
  const trend = months.map((month) => {
    const c = byMonth.get(month) ?? NO_COUNTS;
    return { month, onTime: rate(c.onTime, c.dueBase), sameDay: rate(c.sameDayDone, c.sameDay), online: rate(c.online, c.received) };
  });
  return { obligations: out, counts, range, ranking, trend };
}

/** One reporter's monthly rates over the reviewer's range, for the drill-down page. */
export async function unitTrend(db: Db, reviewerUnitId: string, unitId: string, now: Date) {
  const obligations = await db.reportingObligation.findMany({
    where: { reviewerUnitId, reporters: { some: { unitId } } },
    select: { planId: true, reports: { where: { unitId }, select: { periodStart: true, periodEnd: true } } },
  });
  const starts = obligations.flatMap((o) => o.reports.map((r) => localDateOf(r.periodStart))).sort();
  const ends = obligations.flatMap((o) => o.reports.map((r) => localDateOf(r.periodEnd))).sort();
  if (!starts.length) return { months: [], target: null };
  const range = { start: starts[0]!, end: minLocalDate(ends.at(-1)!, toLocalDate(now)) };
  const groups = await reporterGroups(
    db,
    [...new Set(obligations.map((o) => o.planId))].map((planId) => ({ unitId, name: "", slug: "", planId })),
  );
  const [{ byMonth }, targets] = await Promise.all([dashboardRates(db, groups, range.start, range.end, now), targetsByReporter(db, groups)]);
  return {
    target: targets.get(unitId) ?? null,
    months: monthsBetween(range.start.slice(0, 7), range.end.slice(0, 7)).map((month) => {
      const m = byMonth.get(month);
      return {
        month,
        received: m?.received ?? 0,
        onTime: m ? rate(m.onTime, m.dueBase) : null,
        sameDay: m ? rate(m.sameDayDone, m.sameDay) : null,
        online: m ? rate(m.online, m.received) : null,
      };
    }),
  };
}
