import "server-only";
import { canReviewReport } from "@/domain/report";
import { paths } from "@/lib/paths";
import { defineAction } from "../action";
import { AppError } from "../errors";
import { fields, z } from "../validation";

export const reviewReportInput = z
  .object({
    reportId: fields.id,
    decision: z.enum(["ACCEPTED", "RETURNED"], { error: "Vui lòng chọn chấp nhận hoặc trả lại." }),
    comment: fields.text(5_000),
  })
  .refine((v) => v.decision === "ACCEPTED" || v.comment.length > 0, { path: ["comment"], message: "Vui lòng ghi ý kiến khi trả lại báo cáo." });

/**
 * The reviewing unit named by the obligation accepts the submitted version, or returns it
 * with comments for the unit to revise and resubmit. Reviewers never change the report.
 */
export const reviewReport = defineAction({
  name: "report.review",
  input: reviewReportInput,
  permission: "report.review",
  async run({ actor, input, tx, now }) {
    const report = await tx.report.findUnique({
      where: { id: input.reportId },
      select: { id: true, unitId: true, status: true, version: true, obligation: { select: { reviewerUnitId: true } }, unit: { select: { slug: true } } },
    });
    if (!report) throw new AppError("NOT_FOUND", "Không tìm thấy báo cáo.");
    // Only the unit the obligation names as reviewer (loaded from the database).
    if (!actor.unitId || actor.unitId !== report.obligation.reviewerUnitId) throw new AppError("FORBIDDEN", "Đơn vị của bạn không phải nơi thẩm định báo cáo này.");
    if (!canReviewReport(report.status)) throw new AppError("RULE_VIOLATION", "Chỉ thẩm định được báo cáo đã nộp và đang chờ thẩm định.");
    const status = input.decision === "ACCEPTED" ? "ACCEPTED" : "RETURNED";
    const updated = await tx.report.updateMany({
      where: { id: report.id, status: "SUBMITTED", version: report.version },
      data: { status, acceptedAt: status === "ACCEPTED" ? now : null },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await tx.reportReview.create({ data: { reportId: report.id, version: report.version, decision: input.decision, comment: input.comment, reviewerId: actor.id, at: now } });
    return {
      data: { id: report.id, status },
      audit: {
        action: input.decision === "ACCEPTED" ? "report.accept" : "report.return",
        entity: "Report",
        entityId: report.id,
        unitId: report.unitId,
        before: { status: report.status, version: report.version },
        after: { status, version: report.version, comment: input.comment },
      },
      revalidate: { paths: [paths.review.home(), paths.review.report(report.id), paths.officer.report(report.unit.slug, report.id)] },
    };
  },
});
