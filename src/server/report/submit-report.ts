import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { submitRefusal, submitRefusalMessage } from "@/domain/report";
import { toLocalDate } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { defineAction } from "../action";
import { requireUnitScope } from "../auth/scope";
import { localDateOf } from "../dates";
import { AppError } from "../errors";
import { fields, z } from "../validation";
import { computeReportFigures } from "./figures";

export const submitReportInput = z.object({
  reportId: fields.id,
  number: fields.optionalText(20),
  narrativeResults: fields.requiredText("phần kết quả thực hiện", 20_000),
  narrativeDifficulties: fields.text(20_000),
  narrativeProposals: fields.text(20_000),
});

/**
 * The unit leader submits: the narrative as written now and the figures counted now are
 * frozen in a new version (ReportSubmission); later dossiers change nothing in it.
 */
export const submitReport = defineAction({
  name: "report.submit",
  input: submitReportInput,
  permission: "report.submit",
  async run({ actor, input, tx, now }) {
    const report = await tx.report.findUnique({
      where: { id: input.reportId },
      select: { id: true, unitId: true, status: true, version: true, periodStart: true, periodEnd: true, obligation: { select: { planId: true } }, unit: { select: { slug: true } } },
    });
    if (!report) throw new AppError("NOT_FOUND", "Không tìm thấy báo cáo.");
    requireUnitScope(actor, report.unitId);
    const refusal = submitRefusal({ status: report.status, periodEnd: localDateOf(report.periodEnd), narrativeResults: input.narrativeResults }, toLocalDate(now));
    if (refusal) throw new AppError("RULE_VIOLATION", submitRefusalMessage[refusal]);

    const figures = await computeReportFigures(tx, { unitId: report.unitId, planId: report.obligation.planId, start: localDateOf(report.periodStart), end: localDateOf(report.periodEnd) }, now);
    const version = report.version + 1;
    const narrative = { number: input.number ?? null, results: input.narrativeResults, difficulties: input.narrativeDifficulties, proposals: input.narrativeProposals };
    const updated = await tx.report.updateMany({
      where: { id: report.id, status: report.status, version: report.version },
      data: {
        status: "SUBMITTED",
        version,
        number: input.number ?? null,
        narrativeResults: input.narrativeResults,
        narrativeDifficulties: input.narrativeDifficulties,
        narrativeProposals: input.narrativeProposals,
        figures: figures as unknown as Prisma.InputJsonValue,
        submittedAt: now,
      },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await tx.reportSubmission.create({
      data: { reportId: report.id, version, submittedAt: now, submittedById: actor.id, figures: figures as unknown as Prisma.InputJsonValue, narrative },
    });
    return {
      data: { id: report.id, version },
      audit: {
        action: "report.submit",
        entity: "Report",
        entityId: report.id,
        unitId: report.unitId,
        before: { status: report.status, version: report.version },
        after: { status: "SUBMITTED", version, computedAt: figures.computedAt },
      },
      revalidate: { paths: [paths.officer.reports(report.unit.slug), paths.officer.report(report.unit.slug, report.id), paths.review.home()] },
    };
  },
});
