import "server-only";
import { paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { dbDate } from "../../dates";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";
import { requirePlanEditor, requireUnitReach } from "../access";
import { optionalDate } from "../input";

export const addPlanTaskInput = z.object({
  planId: fields.id,
  unitId: fields.id,
  description: fields.requiredText("nội dung nhiệm vụ", 2000),
  dueOn: optionalDate,
  sourceQuote: fields.optionalText(4000),
});

/** A task the plan assigns to a unit ("Tổ chức thực hiện"), with its due date when it has one. */
export const addPlanTask = defineAction({
  name: "plan.task_add",
  input: addPlanTaskInput,
  permission: "plan.edit",
  async run({ actor, input, tx }) {
    const plan = await tx.plan.findUnique({ where: { id: input.planId }, select: { id: true, issuingUnitId: true, _count: { select: { tasks: true } } } });
    if (!plan) throw new AppError("NOT_FOUND", "Không tìm thấy kế hoạch.");
    requirePlanEditor(actor, plan.issuingUnitId);
    await requireUnitReach(tx, actor, [input.unitId]);
    const task = await tx.planTask.create({
      data: {
        planId: plan.id,
        unitId: input.unitId,
        description: input.description,
        dueOn: input.dueOn ? dbDate(input.dueOn) : null,
        sourceQuote: input.sourceQuote ?? null,
        position: plan._count.tasks,
      },
      select: { id: true, planId: true, unitId: true, description: true, dueOn: true },
    });
    return {
      data: { id: task.id },
      audit: { action: "plan.task_add", entity: "PlanTask", entityId: task.id, unitId: plan.issuingUnitId, after: task },
      revalidate: { paths: [paths.admin.plan(plan.id)] },
    };
  },
});
