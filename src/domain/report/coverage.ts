/**
 * Which units' data a report covers. Defined once here; the server expands the roots to
 * their subtrees in SQL.
 *
 * 1. A unit that itself receives other units' reports under the same plan (Phòng Nội vụ
 *    "tổng hợp báo cáo") covers what those reporters cover.
 * 2. A one-stop centre (Bộ phận Một cửa, Trung tâm PVHCC) or an office of a commune
 *    (e.g. Văn phòng – Thống kê, which "tổng hợp, báo cáo" for An Dũng) reports for its
 *    commune: it covers the commune.
 * 3. Any other unit covers itself and the units under it (a commune covers its one-stop
 *    desk and villages; a district department covers itself).
 */
export type CoverageUnitKind = "PROVINCE" | "DISTRICT" | "COMMUNE" | "WARD" | "TOWNSHIP" | "DEPARTMENT" | "ONE_STOP_CENTRE" | "VILLAGE" | "RESIDENTIAL_GROUP";

export interface CoverageUnit {
  id: string;
  kind: CoverageUnitKind;
  parentId: string | null;
  parentKind: CoverageUnitKind | null;
}

const COMMUNE_LEVEL: ReadonlySet<CoverageUnitKind> = new Set(["COMMUNE", "WARD", "TOWNSHIP"]);

/**
 * Rule 2 and 3: the root whose subtree a unit's own report covers. A commune's one-stop
 * centre or office reports for the commune, so its reports are the commune's reports too.
 */
export function ownCoverageRoot(unit: CoverageUnit): string {
  const servesCommune = (unit.kind === "ONE_STOP_CENTRE" || unit.kind === "DEPARTMENT") && unit.parentKind != null && COMMUNE_LEVEL.has(unit.parentKind) && unit.parentId;
  return servesCommune ? unit.parentId! : unit.id;
}

/**
 * The roots of a report's coverage. `summarised` holds the reporters of the obligations that
 * this unit reviews in the same plan (rule 1); empty for an ordinary reporter.
 */
export function coverageRoots(unit: CoverageUnit, summarised: CoverageUnit[]): string[] {
  const roots = summarised.length ? summarised.map(ownCoverageRoot) : [ownCoverageRoot(unit)];
  return [...new Set(roots)].sort();
}
