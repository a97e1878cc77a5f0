import "server-only";
import { paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";
import { requirePlanEditor } from "../access";

export const removeReportingObligationInput = z.object({ id: fields.id });

/** Removing an obligation is allowed only while no report has been made under it. */
export const removeReportingObligation = defineAction({
  name: "plan.reporting_remove",
  input: removeReportingObligationInput,
  permission: "plan.edit",
  async run({ actor, input, tx }) {
    const ob = await tx.reportingObligation.findUnique({
      where: { id: input.id },
      select: { id: true, key: true, title: true, planId: true, reviewerUnitId: true, plan: { select: { issuingUnitId: true } }, _count: { select: { reports: true } } },
    });
    if (!ob) throw new AppError("NOT_FOUND", "Không tìm thấy nghĩa vụ báo cáo.");
    requirePlanEditor(actor, ob.plan.issuingUnitId);
    if (ob._count.reports > 0) throw new AppError("RULE_VIOLATION", "Đã có báo cáo theo nghĩa vụ này nên không xóa được (giữ lịch sử báo cáo).");
    await tx.reportingObligation.delete({ where: { id: ob.id } });
    const { plan, _count: _c, ...before } = ob;
    return {
      data: { id: ob.id },
      audit: { action: "plan.reporting_remove", entity: "ReportingObligation", entityId: ob.id, unitId: plan.issuingUnitId, before },
      revalidate: { paths: [paths.admin.plan(ob.planId)] },
    };
  },
});
