import "server-only";
import { canEditReport } from "@/domain/report";
import { paths } from "@/lib/paths";
import { defineAction } from "../action";
import { requireUnitScope } from "../auth/scope";
import { AppError } from "../errors";
import { fields, z } from "../validation";

export const saveReportDraftInput = z.object({
  reportId: fields.id,
  number: fields.optionalText(20),
  narrativeResults: fields.text(20_000),
  narrativeDifficulties: fields.text(20_000),
  narrativeProposals: fields.text(20_000),
});

/** Officers and the leader write the narrative while the report is with the unit. */
export const saveReportDraft = defineAction({
  name: "report.draft",
  input: saveReportDraftInput,
  permission: "report.edit",
  async run({ actor, input, tx }) {
    const report = await tx.report.findUnique({
      where: { id: input.reportId },
      select: { id: true, unitId: true, status: true, number: true, narrativeResults: true, narrativeDifficulties: true, narrativeProposals: true, unit: { select: { slug: true } } },
    });
    if (!report) throw new AppError("NOT_FOUND", "Không tìm thấy báo cáo.");
    requireUnitScope(actor, report.unitId);
    if (!canEditReport(report.status)) throw new AppError("RULE_VIOLATION", "Báo cáo đã nộp hoặc đã được chấp nhận: không sửa được nữa.");
    const data = {
      number: input.number ?? null,
      narrativeResults: input.narrativeResults,
      narrativeDifficulties: input.narrativeDifficulties,
      narrativeProposals: input.narrativeProposals,
    };
    // Conditional on the status read above: a concurrent submission wins.
    const updated = await tx.report.updateMany({ where: { id: report.id, status: report.status }, data });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    const { id: _id, unitId: _u, status: _s, unit: _unit, ...before } = report;
    return {
      data: { id: report.id },
      audit: { action: "report.draft", entity: "Report", entityId: report.id, unitId: report.unitId, before, after: data },
      revalidate: { paths: [paths.officer.reports(report.unit.slug), paths.officer.report(report.unit.slug, report.id)] },
    };
  },
});
