import "server-only";
import { coverageRoots, type CoverageUnit } from "@/domain/report";
import type { Db, Tx } from "../db";

const unitSelect = { id: true, kind: true, parentId: true, parent: { select: { kind: true } } } as const;

type UnitRow = { id: string; kind: CoverageUnit["kind"]; parentId: string | null; parent: { kind: CoverageUnit["kind"] } | null };

function toCoverageUnit(u: UnitRow): CoverageUnit {
  return { id: u.id, kind: u.kind, parentId: u.parentId, parentKind: u.parent?.kind ?? null };
}

const keyOf = (unitId: string, planId: string) => `${unitId}|${planId}`;

/**
 * The unit ids each (reporting unit, plan) covers, for many reporters in three queries
 * (src/domain/report/coverage.ts says which roots; one recursive query expands them).
 */
export async function reportCoverageMany(db: Db | Tx, items: { unitId: string; planId: string }[]): Promise<Map<string, string[]>> {
  const unitIds = [...new Set(items.map((i) => i.unitId))];
  const planIds = [...new Set(items.map((i) => i.planId))];
  const [units, summarised] = await Promise.all([
    db.unit.findMany({ where: { id: { in: unitIds } }, select: unitSelect }),
    db.reportingObligationUnit.findMany({
      where: { obligation: { planId: { in: planIds }, reviewerUnitId: { in: unitIds } } },
      select: { obligation: { select: { planId: true, reviewerUnitId: true } }, unit: { select: unitSelect } },
    }),
  ]);
  const byId = new Map(units.map((u) => [u.id, toCoverageUnit(u as UnitRow)]));
  const rootsOf = new Map<string, string[]>();
  for (const item of items) {
    const unit = byId.get(item.unitId);
    if (!unit) continue;
    const theirs = summarised.filter((s) => s.obligation.planId === item.planId && s.obligation.reviewerUnitId === item.unitId).map((s) => toCoverageUnit(s.unit as UnitRow));
    rootsOf.set(keyOf(item.unitId, item.planId), coverageRoots(unit, theirs));
  }
  const allRoots = [...new Set([...rootsOf.values()].flat())];
  const rows = allRoots.length
    ? await db.$queryRaw<{ root: string; id: string }[]>`
        WITH RECURSIVE t(root, id) AS (
          SELECT "id", "id" FROM "Unit" WHERE "id" = ANY(${allRoots}::text[])
          UNION ALL
          SELECT t.root, u."id" FROM "Unit" u JOIN t ON u."parentId" = t.id
        )
        SELECT root, id FROM t`
    : [];
  const subtree = new Map<string, string[]>();
  for (const r of rows) subtree.set(r.root, [...(subtree.get(r.root) ?? []), r.id]);
  const out = new Map<string, string[]>();
  for (const [key, roots] of rootsOf) out.set(key, [...new Set(roots.flatMap((root) => subtree.get(root) ?? []))].sort());
  return out;
}

/** The unit ids a report of `unitId` under `planId` covers. */
export async function reportCoverage(db: Db | Tx, unitId: string, planId: string): Promise<string[]> {
  return (await reportCoverageMany(db, [{ unitId, planId }])).get(keyOf(unitId, planId)) ?? [];
}

export const coverageKey = keyOf;
