import "server-only";
import { paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";
import { requirePlanEditor } from "../access";
import { planSnapshotSelect } from "./input";

export const deletePlanInput = z.object({ id: fields.id });

/** Only a draft can be deleted: an issued plan is part of the record (end it instead). */
export const deletePlan = defineAction({
  name: "plan.delete",
  input: deletePlanInput,
  permission: "plan.edit",
  async run({ actor, input, tx }) {
    const before = await tx.plan.findUnique({ where: { id: input.id }, select: planSnapshotSelect });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy kế hoạch.");
    requirePlanEditor(actor, before.issuingUnitId);
    if (before.status !== "DRAFT") throw new AppError("RULE_VIOLATION", "Kế hoạch đã ban hành không xóa được; hãy kết thúc kế hoạch.");
    await tx.plan.delete({ where: { id: before.id } });
    return {
      data: { id: before.id },
      audit: { action: "plan.delete", entity: "Plan", entityId: before.id, unitId: before.issuingUnitId, before },
      revalidate: { paths: [paths.admin.plans()] },
    };
  },
});
