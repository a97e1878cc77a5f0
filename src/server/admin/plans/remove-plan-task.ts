import "server-only";
import { paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";
import { requirePlanEditor } from "../access";

export const removePlanTaskInput = z.object({ id: fields.id });

export const removePlanTask = defineAction({
  name: "plan.task_remove",
  input: removePlanTaskInput,
  permission: "plan.edit",
  async run({ actor, input, tx }) {
    const task = await tx.planTask.findUnique({
      where: { id: input.id },
      select: { id: true, planId: true, unitId: true, description: true, dueOn: true, plan: { select: { issuingUnitId: true } } },
    });
    if (!task) throw new AppError("NOT_FOUND", "Không tìm thấy nhiệm vụ.");
    requirePlanEditor(actor, task.plan.issuingUnitId);
    await tx.planTask.delete({ where: { id: task.id } });
    const { plan, ...before } = task;
    return {
      data: { id: task.id },
      audit: { action: "plan.task_remove", entity: "PlanTask", entityId: task.id, unitId: plan.issuingUnitId, before },
      revalidate: { paths: [paths.admin.plan(task.planId)] },
    };
  },
});
