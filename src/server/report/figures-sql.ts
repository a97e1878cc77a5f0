import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { LetterEvent, LetterType } from "@/domain/dossier/letters";
import type { DrillKey, RawFigures, RawModelFigures } from "@/domain/report";
import { TIME_ZONE, addDays, startOfLocalDay, type Channel, type LocalDate } from "@/domain/schedule";
import type { Db, Tx } from "../db";

/**
 * The report figures, counted in SQL over one period for one set of units. The one module
 * that says how a dossier counts (docs/reports.md): the figures, their drill-down lists and
 * the dashboard's open dossiers all use `classifiedDossiers` below, so they cannot disagree
 * (the dashboard's resolved dossiers come from the database's roll-up, which counts them the
 * same way: tests/integration/report-rollup.test.ts holds the two equal).
 */
export interface FigureScope {
  unitIds: string[];
  /** First and last local day of the period, inclusive. */
  start: LocalDate;
  end: LocalDate;
  /** Only rows logged up to this instant: frozen figures can be recomputed exactly. */
  recordedBefore: Date;
}

/** The period as instants: [from, cutoff), the cut-off being the end of its last day. */
export function periodInstants(scope: Pick<FigureScope, "start" | "end">): { from: Date; cutoff: Date } {
  return { from: startOfLocalDay(scope.start), cutoff: startOfLocalDay(addDays(scope.end, 1)) };
}

const localDate = (column: Prisma.Sql) => Prisma.sql`(${column} AT TIME ZONE ${TIME_ZONE})::date`;

/**
 * One row per dossier received in [from, cutoff) by the units: its deadline (the promise at
 * receipt moved by the time stopped for supplements), when it was resolved by `asOf`
 * (result or refusal), and its class at `asOf`: onTime, lateResolved, waiting (for a
 * supplement), openLate, openInTime. `asOf` is the cut-off for report figures; the
 * dashboard classifies its open dossiers at "now" (`openOnly`: neither result nor refusal
 * logged, read through the partial index "Dossier_open_unitId_receivedAt_idx"). The
 * database's roll-up "DossierDayStat" counts resolved dossiers the same way (its migration).
 */
export function classifiedDossiers(scope: { unitIds: string[]; from: Date; cutoff: Date; recordedBefore: Date | null; asOf?: Date; openOnly?: boolean }): Prisma.Sql {
  const { unitIds, from, cutoff, recordedBefore } = scope;
  const asOf = scope.asOf ?? cutoff;
  // Open rows have neither column set: saying so lets the planner answer from the partial
  // index alone (it includes every other column the open rows' class needs).
  const resolvedAt = scope.openOnly
    ? Prisma.sql`NULL::timestamptz`
    : Prisma.sql`LEAST(CASE WHEN d."resultReadyAt" <= ${asOf} THEN d."resultReadyAt" END, CASE WHEN d."refusedAt" <= ${asOf} THEN d."refusedAt" END)`;
  const resolvedByAsOf = scope.openOnly ? Prisma.sql`false` : Prisma.sql`COALESCE(d."resultReadyAt" <= ${asOf}, false) OR COALESCE(d."refusedAt" <= ${asOf}, false)`;
  return Prisma.sql`
    SELECT b.*,
      CASE
        WHEN b.resolved_at IS NOT NULL AND b.resolved_at <= b.deadline THEN 'onTime'
        WHEN b.resolved_at IS NOT NULL THEN 'lateResolved'
        WHEN b.waiting THEN 'waiting'
        WHEN b.deadline < ${asOf} THEN 'openLate'
        ELSE 'openInTime'
      END AS cls
    FROM (
      SELECT d.id, d.code, d."unitId" AS unit_id, d.channel::text AS channel, d."modelId" AS model_id, d."procedureId" AS procedure_id,
        d.status::text AS status, d."receivedAt" AS received_at, d."onlineHelp" AS online_help, d."writtenOnBehalf" AS written_on_behalf,
        d."homeVisitRequestId" AS home_visit_id,
        d."originalPromisedAt" + make_interval(mins => d."pausedMinutes") AS deadline,
        ${resolvedAt} AS resolved_at,
        COALESCE(v."turnaroundKind"::text IN ('SAME_DAY', 'MINUTES'), false) AS same_day,
        (SELECT count(*) FROM "ApologySlip" a WHERE a."dossierId" = d.id AND a."issuedAt" <= ${asOf})::int AS apology_slips,
        -- Only a dossier still open at asOf can be waiting: resolved ones skip the look-up.
        CASE WHEN ${resolvedByAsOf} THEN false
             ELSE COALESCE((SELECT e.type::text FROM "DossierEvent" e
                  WHERE e."dossierId" = d.id AND e.type IN ('SUPPLEMENT_REQUESTED', 'SUPPLEMENT_RECEIVED') AND e.at <= ${asOf}
                  ORDER BY e.at DESC LIMIT 1) = 'SUPPLEMENT_REQUESTED', false) END AS waiting
      FROM "Dossier" d
      LEFT JOIN "ServiceModelVersion" v ON v.id = d."modelVersionId"
      WHERE d."unitId" = ANY(${unitIds}::text[]) AND d."receivedAt" >= ${from} AND d."receivedAt" < ${cutoff}
        ${recordedBefore ? Prisma.sql`AND d."recordedAt" <= ${recordedBefore}` : Prisma.empty}
        ${scope.openOnly ? Prisma.sql`AND d."resultReadyAt" IS NULL AND d."refusedAt" IS NULL` : Prisma.empty}
    ) b`;
}

interface DossierGroupRow {
  channel: Channel;
  model_id: string | null;
  received: number;
  resolved: number;
  on_time: number;
  late_resolved: number;
  open_late: number;
  open_in_time: number;
  waiting: number;
  same_day: number;
  same_day_done: number;
  apology_slips: number;
  late_with_apology: number;
  online_help: number;
  written_on_behalf: number;
  hours_sum: number | null;
}

/** Counts everything a report needs for one period; the domain builds the table. */
export async function computeRawFigures(db: Db | Tx, scope: FigureScope): Promise<RawFigures> {
  const { from, cutoff } = periodInstants(scope);
  const { unitIds, recordedBefore } = scope;
  const dossiers = classifiedDossiers({ unitIds, from, cutoff, recordedBefore });
  const [groups, visits, sessions, questions, letters, ratings, catalogue] = await Promise.all([
    db.$queryRaw<DossierGroupRow[]>`
      SELECT channel, model_id,
        count(*)::int AS received,
        count(*) FILTER (WHERE resolved_at IS NOT NULL)::int AS resolved,
        count(*) FILTER (WHERE cls = 'onTime')::int AS on_time,
        count(*) FILTER (WHERE cls = 'lateResolved')::int AS late_resolved,
        count(*) FILTER (WHERE cls = 'openLate')::int AS open_late,
        count(*) FILTER (WHERE cls = 'openInTime')::int AS open_in_time,
        count(*) FILTER (WHERE cls = 'waiting')::int AS waiting,
        count(*) FILTER (WHERE same_day)::int AS same_day,
        count(*) FILTER (WHERE same_day AND resolved_at IS NOT NULL AND ${localDate(Prisma.sql`resolved_at`)} = ${localDate(Prisma.sql`received_at`)})::int AS same_day_done,
        COALESCE(sum(apology_slips), 0)::int AS apology_slips,
        count(*) FILTER (WHERE cls IN ('lateResolved', 'openLate') AND apology_slips > 0)::int AS late_with_apology,
        count(*) FILTER (WHERE online_help)::int AS online_help,
        count(*) FILTER (WHERE written_on_behalf)::int AS written_on_behalf,
        sum(EXTRACT(EPOCH FROM (resolved_at - received_at)) / 3600.0)::float8 AS hours_sum
      FROM (${dossiers}) c
      GROUP BY channel, model_id`,
    db.$queryRaw<{ status: string; n: number }[]>`
      SELECT status::text AS status, count(*)::int AS n FROM "HomeVisitRequest"
      WHERE "unitId" = ANY(${unitIds}::text[]) AND "requestedDate" BETWEEN ${scope.start}::date AND ${scope.end}::date AND "createdAt" <= ${recordedBefore}
      GROUP BY status`,
    db.$queryRaw<{ held: number; not_held: number }[]>`
      SELECT count(*) FILTER (WHERE status = 'HELD')::int AS held, count(*) FILTER (WHERE status <> 'HELD')::int AS not_held
      FROM "ListeningSession"
      WHERE ("hostUnitId" = ANY(${unitIds}::text[]) OR "unitId" = ANY(${unitIds}::text[])) AND date BETWEEN ${scope.start}::date AND ${scope.end}::date`,
    db.$queryRaw<{ total: number; on_time: number; late: number; open_overdue: number; open_not_due: number }[]>`
      SELECT count(*)::int AS total,
        count(*) FILTER (WHERE q."answeredAt" <= ${cutoff} AND ${localDate(Prisma.sql`q."answeredAt"`)} <= q."dueOn")::int AS on_time,
        count(*) FILTER (WHERE q."answeredAt" <= ${cutoff} AND ${localDate(Prisma.sql`q."answeredAt"`)} > q."dueOn")::int AS late,
        count(*) FILTER (WHERE (q."answeredAt" IS NULL OR q."answeredAt" > ${cutoff}) AND q."dueOn" <= ${scope.end}::date)::int AS open_overdue,
        count(*) FILTER (WHERE (q."answeredAt" IS NULL OR q."answeredAt" > ${cutoff}) AND q."dueOn" > ${scope.end}::date)::int AS open_not_due
      FROM "CitizenQuestion" q JOIN "ListeningSession" s ON s.id = q."sessionId"
      WHERE ("hostUnitId" = ANY(${unitIds}::text[]) OR s."unitId" = ANY(${unitIds}::text[])) AND s.date BETWEEN ${scope.start}::date AND ${scope.end}::date
        AND q."createdAt" <= ${recordedBefore}`,
    db.$queryRaw<{ type: LetterType; event: LetterEvent; n: number }[]>`
      SELECT type::text AS type, event::text AS event, count(*)::int AS n FROM "Letter"
      WHERE "unitId" = ANY(${unitIds}::text[]) AND "sentAt" >= ${from} AND "sentAt" < ${cutoff}
      GROUP BY type, event`,
    db.$queryRaw<{ rating: string; n: number }[]>`
      SELECT rating::text AS rating, count(*)::int AS n FROM "SatisfactionResponse"
      WHERE "unitId" = ANY(${unitIds}::text[]) AND "respondedAt" >= ${from} AND "respondedAt" < ${cutoff} AND "respondedAt" <= ${recordedBefore}
      GROUP BY rating`,
    db.$queryRaw<{ procedures: number; full_online: number }[]>`
      SELECT count(DISTINCT p.id)::int AS procedures, count(DISTINCT p.id) FILTER (WHERE p."onlineLevel" = 'FULL')::int AS full_online
      FROM "UnitProcedure" up JOIN "Procedure" p ON p.id = up."procedureId"
      WHERE up."unitId" = ANY(${unitIds}::text[]) AND p.active`,
  ]);

  const modelIds = [...new Set(groups.map((g) => g.model_id).filter((x): x is string => Boolean(x)))];
  const models = modelIds.length ? await db.serviceModel.findMany({ where: { id: { in: modelIds } }, select: { id: true, key: true, name: true } }) : [];
  const sum = (pick: (g: DossierGroupRow) => number) => groups.reduce((s, g) => s + pick(g), 0);
  const byChannel = new Map<Channel, number>();
  const byModel = new Map<string, RawModelFigures>();
  for (const g of groups) {
    byChannel.set(g.channel, (byChannel.get(g.channel) ?? 0) + g.received);
    const key = g.model_id ?? "";
    const model = models.find((m) => m.id === g.model_id);
    const m = byModel.get(key) ?? { modelId: g.model_id, modelKey: model?.key ?? null, modelName: model?.name ?? null, received: 0, sameDayEligible: 0, sameDayDone: 0 };
    m.received += g.received;
    m.sameDayEligible += g.same_day;
    m.sameDayDone += g.same_day_done;
    byModel.set(key, m);
  }
  const resolved = sum((g) => g.resolved);
  const hours = groups.reduce((s, g) => s + (g.hours_sum ?? 0), 0);
  const visit = (s: string) => visits.filter((v) => s.split(",").includes(v.status)).reduce((a, v) => a + v.n, 0);
  const rating = (r: string) => ratings.find((x) => x.rating === r)?.n ?? 0;
  const q = questions[0]!;
  return {
    dossiers: {
      received: sum((g) => g.received),
      byChannel: [...byChannel.entries()].map(([channel, count]) => ({ channel, count })),
      byModel: [...byModel.values()].sort((a, b) => (a.modelName ?? "~").localeCompare(b.modelName ?? "~", "vi")),
      resolved,
      resolvedOnTime: sum((g) => g.on_time),
      resolvedLate: sum((g) => g.late_resolved),
      openLate: sum((g) => g.open_late),
      openInTime: sum((g) => g.open_in_time),
      waitingSupplement: sum((g) => g.waiting),
      apologySlips: sum((g) => g.apology_slips),
      lateWithApology: sum((g) => g.late_with_apology),
      onlineHelp: sum((g) => g.online_help),
      writtenOnBehalf: sum((g) => g.written_on_behalf),
      meanResolutionHours: resolved ? hours / resolved : null,
    },
    homeVisits: {
      requested: visit("PENDING,CONFIRMED,DECLINED,DONE,CANCELLED"),
      done: visit("DONE"),
      declined: visit("DECLINED"),
      cancelled: visit("CANCELLED"),
      pending: visit("PENDING,CONFIRMED"),
    },
    sessions: {
      held: sessions[0]?.held ?? 0,
      notHeld: sessions[0]?.not_held ?? 0,
      questions: q.total,
      answeredOnTime: q.on_time,
      answeredLate: q.late,
      openOverdue: q.open_overdue,
      openNotDue: q.open_not_due,
    },
    letters: letters.map((l) => ({ type: l.type, event: l.event, count: l.n })),
    satisfaction: { satisfied: rating("SATISFIED"), neutral: rating("NEUTRAL"), unsatisfied: rating("UNSATISFIED") },
    catalogue: { procedures: catalogue[0]?.procedures ?? 0, fullOnline: catalogue[0]?.full_online ?? 0 },
  };
}

/** A dossier behind a figure: no citizen's personal data, whoever reads it. */
export interface FigureDossierDto {
  id: string;
  code: string;
  procedureName: string;
  channel: Channel;
  modelName: string | null;
  status: string;
  cls: "onTime" | "lateResolved" | "waiting" | "openLate" | "openInTime";
  receivedAt: string;
  deadline: string;
  resolvedAt: string | null;
  apologySlips: number;
}

const DRILL_KEYS: ReadonlySet<string> = new Set(["received", "resolved", "onTime", "late", "openInTime", "waitingSupplement", "sameDay", "sameDayMissed", "apology", "onlineHelp", "writtenOnBehalf", "homeVisit", "rated", "unsatisfied", "letter"]);

export function isDrillKey(value: string): value is DrillKey {
  return DRILL_KEYS.has(value) || /^channel:(DESK|ONLINE|POSTAL|HOME)$/.test(value) || /^model:[A-Za-z0-9_-]{1,64}$/.test(value);
}

/** The WHERE clause over `classifiedDossiers` rows (alias c) that a drill key names. */
function drillPredicate(key: DrillKey, scope: { unitIds: string[]; from: Date; cutoff: Date }): Prisma.Sql {
  if (key.startsWith("channel:")) return Prisma.sql`c.channel = ${key.slice(8)}`;
  if (key.startsWith("model:")) {
    const id = key.slice(6);
    return id === "none" ? Prisma.sql`c.model_id IS NULL` : Prisma.sql`c.model_id = ${id}`;
  }
  switch (key) {
    case "received":
      return Prisma.sql`true`;
    case "resolved":
      return Prisma.sql`c.resolved_at IS NOT NULL`;
    case "onTime":
      return Prisma.sql`c.cls = 'onTime'`;
    case "late":
      return Prisma.sql`c.cls IN ('lateResolved', 'openLate')`;
    case "openInTime":
      return Prisma.sql`c.cls = 'openInTime'`;
    case "waitingSupplement":
      return Prisma.sql`c.cls = 'waiting'`;
    case "sameDay":
      return Prisma.sql`c.same_day`;
    case "sameDayMissed":
      return Prisma.sql`c.same_day AND (c.resolved_at IS NULL OR ${localDate(Prisma.sql`c.resolved_at`)} <> ${localDate(Prisma.sql`c.received_at`)})`;
    case "apology":
      return Prisma.sql`c.apology_slips > 0`;
    case "onlineHelp":
      return Prisma.sql`c.online_help`;
    case "writtenOnBehalf":
      return Prisma.sql`c.written_on_behalf`;
    case "homeVisit":
      return Prisma.sql`c.home_visit_id IS NOT NULL`;
    case "rated":
    case "unsatisfied":
      return Prisma.sql`EXISTS (SELECT 1 FROM "SatisfactionResponse" r WHERE r."dossierId" = c.id AND r."respondedAt" < ${scope.cutoff}${key === "unsatisfied" ? Prisma.sql` AND r.rating = 'UNSATISFIED'` : Prisma.empty})`;
    case "letter":
      return Prisma.sql`EXISTS (SELECT 1 FROM "Letter" l WHERE l."dossierId" = c.id AND l."sentAt" < ${scope.cutoff})`;
    default:
      return Prisma.sql`false`;
  }
}

/** The dossiers behind one figure, newest first, a page at a time. */
export async function dossiersForFigure(
  db: Db | Tx,
  scope: FigureScope,
  key: DrillKey,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: FigureDossierDto[] }> {
  const { from, cutoff } = periodInstants(scope);
  const base = classifiedDossiers({ unitIds: scope.unitIds, from, cutoff, recordedBefore: scope.recordedBefore });
  const where = drillPredicate(key, { unitIds: scope.unitIds, from, cutoff });
  type Row = { id: string; code: string; procedure_name: string; channel: Channel; model_name: string | null; status: string; cls: FigureDossierDto["cls"]; received_at: Date; deadline: Date; resolved_at: Date | null; apology_slips: number };
  const [rows, counted] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT c.id, c.code, p.name AS procedure_name, c.channel, m.name AS model_name, c.status, c.cls, c.received_at, c.deadline, c.resolved_at, c.apology_slips
      FROM (${base}) c
      JOIN "Procedure" p ON p.id = c.procedure_id
      LEFT JOIN "ServiceModel" m ON m.id = c.model_id
      WHERE ${where}
      ORDER BY c.received_at DESC, c.code
      LIMIT ${page.limit} OFFSET ${page.offset}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM (${base}) c WHERE ${where}`,
  ]);
  const total = counted[0]?.total ?? 0;
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      code: r.code,
      procedureName: r.procedure_name,
      channel: r.channel,
      modelName: r.model_name,
      status: r.status,
      cls: r.cls,
      receivedAt: r.received_at.toISOString(),
      deadline: r.deadline.toISOString(),
      resolvedAt: r.resolved_at ? r.resolved_at.toISOString() : null,
      apologySlips: r.apology_slips,
    })),
  };
}
