import "server-only";
import { reportPeriods } from "@/domain/report";
import type { LocalDate } from "@/domain/schedule";
import type { Db, Tx } from "../db";
import { dbDate, localDateOrNull } from "../dates";

/**
 * Creates the report instances the obligations ask for up to `asOf` (one per unit and
 * period, src/domain/report/periods.ts) that do not exist yet. Idempotent: safe to call on
 * every read of a report list.
 */
export async function ensureReportInstances(db: Db | Tx, filter: { reviewerUnitId?: string; reporterUnitIds?: string[]; obligationIds?: string[] }, asOf: LocalDate): Promise<number> {
  const obligations = await db.reportingObligation.findMany({
    where: {
      ...(filter.reviewerUnitId ? { reviewerUnitId: filter.reviewerUnitId } : {}),
      ...(filter.obligationIds ? { id: { in: filter.obligationIds } } : {}),
      ...(filter.reporterUnitIds ? { reporters: { some: { unitId: { in: filter.reporterUnitIds } } } } : {}),
    },
    select: {
      id: true,
      frequency: true,
      dueOn: true,
      dueDaysAfterPeriod: true,
      plan: { select: { validFrom: true, validTo: true } },
      reporters: {
        where: filter.reporterUnitIds ? { unitId: { in: filter.reporterUnitIds } } : undefined,
        select: { unit: { select: { id: true, validFrom: true, validTo: true } } },
      },
    },
  });
  const rows = obligations.flatMap((o) =>
    o.reporters.flatMap(({ unit }) =>
      reportPeriods(
        { frequency: o.frequency, dueOn: localDateOrNull(o.dueOn), dueDaysAfterPeriod: o.dueDaysAfterPeriod },
        { from: localDateOrNull(o.plan.validFrom), to: localDateOrNull(o.plan.validTo) },
        { from: localDateOrNull(unit.validFrom), to: localDateOrNull(unit.validTo) },
        asOf,
      ).map((p) => ({
        obligationId: o.id,
        unitId: unit.id,
        periodStart: dbDate(p.start),
        periodEnd: dbDate(p.end),
        periodLabel: p.label,
        dueOn: dbDate(p.dueOn),
        start: p.start,
      })),
    ),
  );
  if (rows.length === 0) return 0;
  // Most calls find every instance there already: count them in the database first (one number
  // back, not thousands of rows), and read the keys only when some are missing.
  const present = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n
    FROM unnest(${rows.map((r) => r.obligationId)}::text[], ${rows.map((r) => r.unitId)}::text[], ${rows.map((r) => r.start)}::date[]) AS k(obligation_id, unit_id, period_start)
    JOIN "Report" r ON r."obligationId" = k.obligation_id AND r."unitId" = k.unit_id AND r."periodStart" = k.period_start`;
  if (present[0]?.n === rows.length) return 0;
  // Most calls find every instance there already: read the keys, insert only what is missing.
  const existing = await db.report.findMany({
    where: { obligationId: { in: obligations.map((o) => o.id) }, unitId: { in: [...new Set(rows.map((r) => r.unitId))] } },
    select: { obligationId: true, unitId: true, periodStart: true },
  });
  const have = new Set(existing.map((e) => `${e.obligationId}|${e.unitId}|${e.periodStart.toISOString()}`));
  const missing = rows.filter((r) => !have.has(`${r.obligationId}|${r.unitId}|${r.periodStart.toISOString()}`));
  if (missing.length === 0) return 0;
  const created = await db.report.createMany({ data: missing.map(({ start: _start, ...row }) => row), skipDuplicates: true });
  return created.count;
}
