import "server-only";
import { reviewerRefusal } from "@/domain/report";
import { toLocalDate } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { unitAncestorIds } from "../../auth/scope";
import { defineAction } from "../../action";
import { dbDate, localDateOf, localDateOrNull } from "../../dates";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";
import { requirePlanEditor, requireUnitReach } from "../access";
import { idList, optionalDate, optionalInt } from "../input";
import { uniqueSlug } from "../keys";

export const REPORT_FREQUENCIES = ["ONCE", "QUARTERLY", "SEMIANNUAL", "ANNUAL", "END_OF_MODEL"] as const;

export const addReportingObligationInput = z
  .object({
    planId: fields.id,
    title: fields.requiredText("tên báo cáo", 500),
    frequency: z.enum(REPORT_FREQUENCIES, { error: "Vui lòng chọn kỳ báo cáo." }),
    /** The unit that receives and reviews (Phòng Nội vụ, Phòng Văn hóa – Xã hội, Sở Nội vụ). */
    reviewerUnitId: fields.id,
    reporterUnitIds: idList().pipe(z.array(z.string()).min(1, "Chọn ít nhất một đơn vị phải báo cáo.")),
    dueOn: optionalDate,
    dueDaysAfterPeriod: optionalInt("Số ngày sau kỳ", 0, 365),
    sourceQuote: fields.optionalText(4000),
  })
  .superRefine((v, ctx) => {
    if (v.frequency === "ONCE" && !v.dueOn) ctx.addIssue({ code: "custom", path: ["dueOn"], message: "Báo cáo một lần cần hạn nộp." });
  });

/** "Báo cáo kết quả … về Phòng Nội vụ": who reports, to whom, how often, by when. */
export const addReportingObligation = defineAction({
  name: "plan.reporting_add",
  input: addReportingObligationInput,
  permission: "plan.edit",
  async run({ actor, input, tx, now }) {
    const plan = await tx.plan.findUnique({ where: { id: input.planId }, select: { id: true, key: true, issuingUnitId: true, validFrom: true } });
    if (!plan) throw new AppError("NOT_FOUND", "Không tìm thấy kế hoạch.");
    requirePlanEditor(actor, plan.issuingUnitId);
    await requireUnitReach(tx, actor, input.reporterUnitIds);
    // The reviewer is outside the editor's scope (the district's Phòng Nội vụ, the province's
    // Sở Nội vụ) but in the issuer's line and in force when the plan starts (domain/report/reviewer.ts).
    const reviewer = await tx.unit.findUnique({ where: { id: input.reviewerUnitId }, select: { id: true, name: true, kind: true, parentId: true, validFrom: true, validTo: true } });
    if (!reviewer) throw new AppError("VALIDATION", "Đơn vị thẩm định không tồn tại.");
    const line = (await unitAncestorIds(tx, plan.issuingUnitId)).map((id) => ({ id }));
    const refusal = reviewerRefusal(
      { ...reviewer, validFrom: localDateOrNull(reviewer.validFrom), validTo: localDateOrNull(reviewer.validTo) },
      line,
      input.reporterUnitIds,
      // A draft without its first day yet: the reviewer must be in force today.
      plan.validFrom ? localDateOf(plan.validFrom) : toLocalDate(now),
    );
    if (refusal) throw new AppError("VALIDATION", refusal, { fieldErrors: { reviewerUnitId: [refusal] } });
    const key = await uniqueSlug(`${plan.key}-${input.title}`, async (k) => (await tx.reportingObligation.count({ where: { key: k } })) > 0, 100);
    const ob = await tx.reportingObligation.create({
      data: {
        key,
        planId: plan.id,
        title: input.title,
        frequency: input.frequency,
        reviewerUnitId: input.reviewerUnitId,
        dueOn: input.dueOn ? dbDate(input.dueOn) : null,
        dueDaysAfterPeriod: input.dueDaysAfterPeriod ?? null,
        sourceQuote: input.sourceQuote ?? null,
        reporters: { create: [...new Set(input.reporterUnitIds)].map((unitId) => ({ unitId })) },
      },
      select: { id: true, key: true, title: true, frequency: true, reviewerUnitId: true, dueOn: true, dueDaysAfterPeriod: true },
    });
    return {
      data: { id: ob.id },
      audit: { action: "plan.reporting_add", entity: "ReportingObligation", entityId: ob.id, unitId: plan.issuingUnitId, after: { ...ob, reporterUnitIds: input.reporterUnitIds } },
      revalidate: { paths: [paths.admin.plan(plan.id)] },
    };
  },
});
