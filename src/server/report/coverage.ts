import "server-only";
import { coverageRoots, type CoverageUnit } from "@/domain/report";
import type { Db, Tx } from "../db";
import { unitSubtreeIds } from "../auth/scope";

const unitSelect = { id: true, kind: true, parentId: true, parent: { select: { kind: true } } } as const;

function toCoverageUnit(u: { id: string; kind: CoverageUnit["kind"]; parentId: string | null; parent: { kind: CoverageUnit["kind"] } | null }): CoverageUnit {
  return { id: u.id, kind: u.kind, parentId: u.parentId, parentKind: u.parent?.kind ?? null };
}

/**
 * The unit ids a report of `unitId` under `planId` covers (src/domain/report/coverage.ts
 * says which roots; here they are expanded to their subtrees).
 */
export async function reportCoverage(db: Db | Tx, unitId: string, planId: string): Promise<string[]> {
  const [unit, summarised] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: unitId }, select: unitSelect }),
    db.reportingObligationUnit.findMany({
      where: { obligation: { planId, reviewerUnitId: unitId } },
      select: { unit: { select: unitSelect } },
    }),
  ]);
  const roots = coverageRoots(
    toCoverageUnit(unit),
    summarised.map((s) => toCoverageUnit(s.unit)),
  );
  const ids = new Set<string>();
  for (const root of roots) for (const id of await unitSubtreeIds(db, root)) ids.add(id);
  return [...ids].sort();
}
