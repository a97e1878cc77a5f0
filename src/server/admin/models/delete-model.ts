import "server-only";
import { paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";
import { requirePlanEditor } from "../access";

export const deleteModelInput = z.object({ id: fields.id });

/** Only a draft plan's model may be deleted; an issued one is ended with its plan. */
export const deleteModel = defineAction({
  name: "model.delete",
  input: deleteModelInput,
  permission: "plan.edit",
  async run({ actor, input, tx }) {
    const model = await tx.serviceModel.findUnique({
      where: { id: input.id },
      select: { id: true, key: true, name: true, kind: true, planId: true, plan: { select: { status: true, issuingUnitId: true } } },
    });
    if (!model) throw new AppError("NOT_FOUND", "Không tìm thấy mô hình.");
    requirePlanEditor(actor, model.plan.issuingUnitId);
    if (model.plan.status !== "DRAFT") throw new AppError("RULE_VIOLATION", "Mô hình của kế hoạch đã ban hành không xóa được.");
    await tx.serviceModel.delete({ where: { id: model.id } });
    const { plan, ...before } = model;
    return {
      data: { id: model.id, planId: model.planId },
      audit: { action: "model.delete", entity: "ServiceModel", entityId: model.id, unitId: plan.issuingUnitId, before },
      revalidate: { paths: [paths.admin.plan(model.planId)] },
    };
  },
});
