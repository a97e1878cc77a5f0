import "server-only";
import { searchKey } from "@/domain/text/normalize";
import { paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { dbDate } from "../../dates";
import { AppError } from "../../errors";
import { fields } from "../../validation";
import { requirePlanEditor, requireUnitReach } from "../access";
import { keyTaken } from "./create-plan";
import { checkPlanFields, planData, planFieldsShape, planSnapshotSelect } from "./input";

export const updatePlanInput = planFieldsShape.extend({ id: fields.id }).superRefine(checkPlanFields);

/**
 * Corrections to a plan's text. The issuing unit and the key (the public address) are fixed
 * once the plan is issued; the models' rules change through versions, not here.
 */
export const updatePlan = defineAction({
  name: "plan.update",
  input: updatePlanInput,
  permission: "plan.edit",
  async run({ actor, input, tx }) {
    const before = await tx.plan.findUnique({ where: { id: input.id }, select: planSnapshotSelect });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy kế hoạch.");
    requirePlanEditor(actor, before.issuingUnitId);
    const draft = before.status === "DRAFT";
    if (input.issuingUnitId !== before.issuingUnitId) {
      if (!draft) throw new AppError("RULE_VIOLATION", "Kế hoạch đã ban hành không đổi được đơn vị ban hành.", { fieldErrors: { issuingUnitId: ["Kế hoạch đã ban hành không đổi được đơn vị ban hành."] } });
      requirePlanEditor(actor, input.issuingUnitId);
      await requireUnitReach(tx, actor, [input.issuingUnitId]);
    }
    const key = input.key && input.key !== before.key ? input.key : before.key;
    if (key !== before.key) {
      if (!draft) throw new AppError("RULE_VIOLATION", "Kế hoạch đã ban hành không đổi được mã (địa chỉ trang công khai).", { fieldErrors: { key: ["Không đổi được mã của kế hoạch đã ban hành."] } });
      if ((await tx.plan.count({ where: { key } })) > 0) throw keyTaken();
    }
    const after = await tx.plan.update({
      where: { id: before.id },
      data: {
        key,
        issuingUnitId: input.issuingUnitId,
        ...planData(input),
        searchTitle: searchKey(input.title),
        validFrom: input.validFrom ? dbDate(input.validFrom) : null,
        validTo: input.validTo ? dbDate(input.validTo) : null,
      },
      select: planSnapshotSelect,
    });
    return {
      data: { id: after.id, key: after.key },
      audit: { action: "plan.update", entity: "Plan", entityId: after.id, unitId: after.issuingUnitId, before, after },
      revalidate: { paths: [paths.admin.plans(), paths.plan(after.key)] },
    };
  },
});
