import "server-only";
import { buildFigures, sameDayTargets, type FigureSet } from "@/domain/report";
import type { LocalDate } from "@/domain/schedule";
import type { Db, Tx } from "../db";
import { reportCoverage } from "./coverage";
import { computeRawFigures, type FigureScope } from "./figures-sql";

/** What is stored in Report.figures and ReportSubmission.figures when a report is submitted. */
interface FrozenFigures {
  set: FigureSet;
  /** The exact scope counted, so the drill-down lists the same dossiers. */
  scope: { unitIds: string[]; start: LocalDate; end: LocalDate; recordedBefore: string };
  computedAt: string;
}

export function isFrozenFigures(value: unknown): value is FrozenFigures {
  return Boolean(value && typeof value === "object" && "set" in value && "scope" in value);
}

/** Counts a report's figures now, over the units it covers. */
export async function computeReportFigures(db: Db | Tx, r: { unitId: string; planId: string; start: LocalDate; end: LocalDate }, at: Date): Promise<FrozenFigures> {
  const unitIds = await reportCoverage(db, r.unitId, r.planId);
  const scope: FigureScope = { unitIds, start: r.start, end: r.end, recordedBefore: at };
  const raw = await computeRawFigures(db, scope);
  return { set: buildFigures(raw, sameDayTargets), scope: { unitIds, start: r.start, end: r.end, recordedBefore: at.toISOString() }, computedAt: at.toISOString() };
}

/** The figures to show: frozen ones once submitted, otherwise counted live. */
export async function figuresOf(db: Db | Tx, r: { unitId: string; planId: string; start: LocalDate; end: LocalDate; frozen: unknown }, at: Date): Promise<{ figures: FrozenFigures; frozen: boolean }> {
  if (isFrozenFigures(r.frozen)) return { figures: r.frozen, frozen: true };
  return { figures: await computeReportFigures(db, r, at), frozen: false };
}

export function scopeOf(f: FrozenFigures): FigureScope {
  return { unitIds: f.scope.unitIds, start: f.scope.start, end: f.scope.end, recordedBefore: new Date(f.scope.recordedBefore) };
}
