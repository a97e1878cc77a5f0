import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { splitByWholeMonths } from "@/domain/report";
import { TIME_ZONE, type LocalDate } from "@/domain/schedule";
import type { Db, Tx } from "../db";
import { classifiedDossiers, periodInstants } from "./figures-sql";

/** The counts behind the dashboard's rates: on time / due base, same day done / eligible, online / received. */
export interface RateCounts {
  received: number;
  onTime: number;
  dueBase: number;
  sameDay: number;
  sameDayDone: number;
  online: number;
}

export interface DashboardRates {
  /** Per reporting unit, over the whole range. */
  byGroup: Map<string, RateCounts>;
  /** Per month ("YYYY-MM"), all reporting units together. */
  byMonth: Map<string, RateCounts>;
}

/**
 * The reviewer's rates for several reporting units at once (`groups` maps each covered unit id
 * to the reporting unit it counts for), over the dossiers received from `start` to `end` (local
 * days), **as of now** (docs/reports.md §6): a resolved dossier counts with its resolution,
 * whenever it came; an open one is classified at `now`. Totals come back per reporting unit and
 * per month (one GROUPING SETS query: a few hundred rows, not units × months).
 *
 * Received, online, same-day and resolved dossiers are read from the roll-ups that database
 * triggers keep per unit (migration 20261126000900_dossier_roll_up): whole months from
 * "DossierMonthStat", the partial months at the range's ends from "DossierDayStat". Only the
 * open dossiers are classified live, with the same query as the report figures. The report
 * figures themselves keep their exact cut-off and stay on `computeRawFigures`.
 */
export async function dashboardRates(db: Db | Tx, groups: { unitId: string; groupId: string }[], start: LocalDate, end: LocalDate, now: Date): Promise<DashboardRates> {
  const out: DashboardRates = { byGroup: new Map(), byMonth: new Map() };
  if (groups.length === 0) return out;
  const unitIds = [...new Set(groups.map((g) => g.unitId))];
  const { from, cutoff } = periodInstants({ start, end });
  const open = classifiedDossiers({ unitIds, from, cutoff, recordedBefore: null, asOf: now, openOnly: true });
  const split = splitByWholeMonths(start, end);
  const parts: Prisma.Sql[] = [
    // Open dossiers add to the due base when past their deadline now (not waiting for a supplement).
    Prisma.sql`
      SELECT c.unit_id, (date_trunc('month', c.received_at, ${TIME_ZONE}) AT TIME ZONE ${TIME_ZONE})::date AS month,
        0 AS received, 0 AS online, 0 AS same_day, 0 AS same_day_done, 0 AS on_time, 1 AS due
      FROM (${open}) c
      WHERE c.cls = 'openLate'`,
  ];
  if (split.months) {
    parts.push(Prisma.sql`
      SELECT s."unitId", s.month, s.received, s.online, s."sameDay", s."sameDayDone", s."onTime", s."onTime" + s."lateResolved"
      FROM "DossierMonthStat" s
      WHERE s."unitId" = ANY(${unitIds}::text[]) AND s.month BETWEEN ${split.months.first}::date AND ${split.months.last}::date`);
  }
  if (split.days.length) {
    const days = Prisma.join(
      split.days.map((d) => Prisma.sql`s.day BETWEEN ${d.start}::date AND ${d.end}::date`),
      " OR ",
    );
    parts.push(Prisma.sql`
      SELECT s."unitId", date_trunc('month', s.day::timestamp)::date, s.received, s.online, s."sameDay", s."sameDayDone", s."onTime", s."onTime" + s."lateResolved"
      FROM "DossierDayStat" s
      WHERE s."unitId" = ANY(${unitIds}::text[]) AND (${days})`);
  }
  const rows = await db.$queryRaw<({ group_id: string | null; month: string | null } & Record<"received" | "online" | "same_day" | "same_day_done" | "on_time" | "due", number>)[]>`
    WITH map AS (SELECT * FROM unnest(${groups.map((g) => g.unitId)}::text[], ${groups.map((g) => g.groupId)}::text[]) AS m(unit_id, group_id)),
    counted AS (${Prisma.join(parts, " UNION ALL ")})
    SELECT map.group_id, to_char(c.month::timestamp, 'YYYY-MM') AS month,
      sum(c.received)::int AS received, sum(c.online)::int AS online, sum(c.same_day)::int AS same_day, sum(c.same_day_done)::int AS same_day_done,
      sum(c.on_time)::int AS on_time, sum(c.due)::int AS due
    FROM counted c JOIN map ON map.unit_id = c.unit_id
    GROUP BY GROUPING SETS ((map.group_id), (c.month))`;
  for (const r of rows) {
    const counts: RateCounts = { received: r.received, onTime: r.on_time, dueBase: r.due, sameDay: r.same_day, sameDayDone: r.same_day_done, online: r.online };
    if (r.group_id !== null) out.byGroup.set(r.group_id, counts);
    else if (r.month !== null) out.byMonth.set(r.month, counts);
  }
  return out;
}
