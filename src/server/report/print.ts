import "server-only";
import { reportDocument, sectionHasData, type CoverageUnitKind, type FigureSet, type ReportDocument } from "@/domain/report";
import { toLocalDate } from "@/domain/schedule";
import type { Db, Tx } from "../db";
import { unitAncestorIds } from "../auth/scope";
import { figuresOf } from "./figures";
import type { ReportDetailDto } from "./queries";

/** Everything the printed report shows: the Decree 30 parts, the narrative, the figures. */
export interface PrintModel {
  doc: ReportDocument;
  unitName: string;
  periodLabel: string;
  statusNote: string | null;
  narrative: { results: string; difficulties: string; proposals: string };
  figures: FigureSet;
  frozen: boolean;
  computedAt: string;
}

const GOVERNMENT: ReadonlySet<string> = new Set(["PROVINCE", "DISTRICT", "COMMUNE", "WARD", "TOWNSHIP"]);

export async function printModel(db: Db | Tx, r: ReportDetailDto, now: Date): Promise<PrintModel> {
  const chain = await unitAncestorIds(db, r.unitId);
  const units = await db.unit.findMany({ where: { id: { in: chain } }, select: { id: true, name: true, kind: true } });
  const byId = new Map(units.map((u) => [u.id, { name: u.name, kind: u.kind as CoverageUnitKind }]));
  const unit = byId.get(r.unitId)!;
  const parent = chain[1] ? (byId.get(chain[1]) ?? null) : null;
  const placeUnit = chain.map((id) => byId.get(id)!).find((u) => GOVERNMENT.has(u.kind)) ?? unit;
  const last = r.submissions.at(-1);
  const signer = last
    ? await db.reportSubmission.findFirst({ where: { reportId: r.id, version: last.version }, select: { submittedBy: { select: { fullName: true, position: true } } } })
    : null;
  const { figures, frozen } = await figuresOf(db, { unitId: r.unitId, planId: r.planId, start: r.periodStart, end: r.periodEnd, frozen: r.frozenFigures }, now);
  const submittedOn = r.submittedAt && r.status !== "DRAFT" && r.status !== "RETURNED" ? toLocalDate(new Date(r.submittedAt)) : null;
  return {
    doc: reportDocument({
      unit,
      parent,
      placeUnit,
      number: r.number,
      date: submittedOn,
      obligationTitle: r.obligationTitle,
      periodLabel: r.periodLabel,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      reviewerName: r.reviewerName,
      signerPosition: submittedOn ? (signer?.submittedBy?.position ?? null) : null,
      signerName: submittedOn ? (signer?.submittedBy?.fullName ?? null) : null,
    }),
    unitName: r.unitName,
    periodLabel: r.periodLabel,
    statusNote: submittedOn ? null : "DỰ THẢO — chưa nộp, số liệu tính đến thời điểm in",
    narrative: { results: r.narrativeResults, difficulties: r.narrativeDifficulties, proposals: r.narrativeProposals },
    figures: { ...figures.set, sections: figures.set.sections.filter(sectionHasData) },
    frozen,
    computedAt: figures.computedAt,
  };
}

/** "bao-cao-xa-an-dung-quy-i-nam-2024" for file names. */
export function reportFileName(unitSlug: string, periodLabel: string, ext: string): string {
  const slug = `${unitSlug}-${periodLabel}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  return `bao-cao-${slug}.${ext}`;
}
