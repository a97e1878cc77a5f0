import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { splitByWholeMonths } from "@/domain/report";
import { TIME_ZONE, type LocalDate } from "@/domain/schedule";
import type { Db, Tx } from "../db";
import { classifiedDossiers, periodInstants } from "./figures-sql";

export interface MonthlyRateRow {
  groupId: string;
  month: string;
  received: number;
  onTime: number;
  dueBase: number;
  sameDay: number;
  sameDayDone: number;
  online: number;
}

type Counts = Omit<MonthlyRateRow, "groupId" | "month">;

/**
 * The reviewer's monthly rates for several reporting units at once (`groups` maps each
 * covered unit id to the reporting unit it counts for), over the dossiers received from
 * `start` to `end` (local days), **as of now** (docs/reports.md §6): a resolved dossier counts
 * with its resolution, whenever it came; an open one is classified at `now`.
 *
 * Received, online, same-day and resolved dossiers are read from the roll-ups that database
 * triggers keep per unit (migration 20261126000900_dossier_roll_up): whole months from
 * "DossierMonthStat", the partial months at the range's ends from "DossierDayStat". Only the
 * open dossiers are classified live, with the same query as the report figures. The report
 * figures themselves keep their exact cut-off and stay on `computeRawFigures`.
 */
export async function monthlyRates(db: Db | Tx, groups: { unitId: string; groupId: string }[], start: LocalDate, end: LocalDate, now: Date): Promise<MonthlyRateRow[]> {
  if (groups.length === 0) return [];
  const unitIds = [...new Set(groups.map((g) => g.unitId))];
  const { from, cutoff } = periodInstants({ start, end });
  const open = classifiedDossiers({ unitIds, from, cutoff, recordedBefore: null, asOf: now, openOnly: true });
  type Row = { unit_id: string; month: string } & Record<"received" | "online" | "same_day" | "same_day_done" | "on_time" | "due", number>;
  const split = splitByWholeMonths(start, end);
  const parts: Prisma.Sql[] = [];
  if (split.months) {
    parts.push(Prisma.sql`
      SELECT s."unitId" AS unit_id, to_char(s.month::timestamp, 'YYYY-MM') AS month, s.received, s.online, s."sameDay" AS same_day, s."sameDayDone" AS same_day_done,
        s."onTime" AS on_time, s."onTime" + s."lateResolved" AS due
      FROM "DossierMonthStat" s
      WHERE s."unitId" = ANY(${unitIds}::text[]) AND s.month BETWEEN ${split.months.first}::date AND ${split.months.last}::date`);
  }
  if (split.days.length) {
    parts.push(Prisma.sql`
      SELECT s."unitId" AS unit_id, to_char(s.day::timestamp, 'YYYY-MM') AS month,
        sum(s.received)::int AS received, sum(s.online)::int AS online, sum(s."sameDay")::int AS same_day, sum(s."sameDayDone")::int AS same_day_done,
        sum(s."onTime")::int AS on_time, sum(s."onTime" + s."lateResolved")::int AS due
      FROM "DossierDayStat" s
      WHERE s."unitId" = ANY(${unitIds}::text[]) AND (${Prisma.join(
        split.days.map((d) => Prisma.sql`s.day BETWEEN ${d.start}::date AND ${d.end}::date`),
        " OR ",
      )})
      GROUP BY 1, 2`);
  }
  const [rolled, late] = await Promise.all([
    parts.length ? db.$queryRaw<Row[]>`${Prisma.join(parts, " UNION ALL ")}` : Promise.resolve([]),
    // Open dossiers add to the due base when past their deadline now (not waiting for a supplement).
    db.$queryRaw<{ unit_id: string; month: string; due: number }[]>`
      SELECT c.unit_id, to_char(c.received_at AT TIME ZONE ${TIME_ZONE}, 'YYYY-MM') AS month, count(*)::int AS due
      FROM (${open}) c
      WHERE c.cls = 'openLate'
      GROUP BY 1, 2`,
  ]);
  const live: Row[] = late.map((r) => ({ ...r, received: 0, online: 0, same_day: 0, same_day_done: 0, on_time: 0 }));

  const groupsOf = new Map<string, string[]>();
  for (const g of groups) groupsOf.set(g.unitId, [...(groupsOf.get(g.unitId) ?? []), g.groupId]);
  const out = new Map<string, MonthlyRateRow>();
  for (const r of [...rolled, ...live]) {
    for (const groupId of groupsOf.get(r.unit_id) ?? []) {
      const key = `${groupId}|${r.month}`;
      const row = out.get(key) ?? { groupId, month: r.month, received: 0, onTime: 0, dueBase: 0, sameDay: 0, sameDayDone: 0, online: 0 };
      const add: Counts = { received: r.received, onTime: r.on_time, dueBase: r.due, sameDay: r.same_day, sameDayDone: r.same_day_done, online: r.online };
      for (const k of Object.keys(add) as (keyof Counts)[]) row[k] += add[k];
      out.set(key, row);
    }
  }
  return [...out.values()].sort((a, b) => a.groupId.localeCompare(b.groupId) || a.month.localeCompare(b.month));
}
