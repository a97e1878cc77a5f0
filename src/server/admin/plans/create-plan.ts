import "server-only";
import { searchKey, slugify } from "@/domain/text/normalize";
import { paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { AppError } from "../../errors";
import { dbDate } from "../../dates";
import { requirePlanEditor, requireUnitReach } from "../access";
import { shortTitle, uniqueSlug } from "../keys";
import { planData, planFieldsInput, planSnapshotSelect } from "./input";

export const createPlanInput = planFieldsInput;

/** A new plan, always a draft: citizens see nothing of it until it is issued. */
export const createPlan = defineAction({
  name: "plan.create",
  input: createPlanInput,
  permission: "plan.edit",
  async run({ actor, input, tx }) {
    requirePlanEditor(actor, input.issuingUnitId);
    await requireUnitReach(tx, actor, [input.issuingUnitId]);
    const unit = await tx.unit.findUniqueOrThrow({ where: { id: input.issuingUnitId }, select: { slug: true } });
    const taken = async (k: string) => (await tx.plan.count({ where: { key: k } })) > 0;
    if (input.key && (await taken(input.key))) throw keyTaken();
    const key = input.key
      ? input.key
      : await uniqueSlug(`${slugify(unit.slug).replace(/^(xa|phuong|thi-tran|thi-xa|huyen|thanh-pho|tinh)-/, "")}-${input.signedYear ?? "kh"}-${shortTitle(input.title, 6)}`, taken);
    const plan = await tx.plan.create({
      data: {
        key,
        issuingUnitId: input.issuingUnitId,
        ...planData(input),
        searchTitle: searchKey(input.title),
        validFrom: input.validFrom ? dbDate(input.validFrom) : null,
        validTo: input.validTo ? dbDate(input.validTo) : null,
        status: "DRAFT",
      },
      select: planSnapshotSelect,
    });
    return {
      data: { id: plan.id, key: plan.key },
      audit: { entity: "Plan", entityId: plan.id, unitId: plan.issuingUnitId, after: plan, action: "plan.create" },
      revalidate: { paths: [paths.admin.plans()] },
    };
  },
});

export function keyTaken(): AppError {
  const message = "Mã kế hoạch này đã được dùng cho kế hoạch khác.";
  return new AppError("VALIDATION", message, { fieldErrors: { key: [message] } });
}
