import "server-only";
import { formatDateVi, toLocalDate } from "@/domain/schedule";
import { searchKey } from "@/domain/text/normalize";
import { everyPage, paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { dbDate } from "../../dates";
import { AppError } from "../../errors";
import { requirePlanEditor } from "../access";
import { uniqueSlug } from "../keys";
import { issuesToFieldErrors, modelData, modelFormInput, ruleFromForm, versionData } from "./input";
import { checkScopes, officeHoursFor, writeScopes } from "./scopes";

/**
 * A new model of a plan, with its first rule version. On a draft the version applies from
 * the model's first day; on an issued plan (an amendment) from a day not in the past.
 */
export const createModel = defineAction({
  name: "model.create",
  input: modelFormInput,
  permission: "plan.edit",
  async run({ actor, input, tx, now }) {
    const plan = await tx.plan.findUnique({ where: { id: input.planId }, select: { id: true, key: true, status: true, issuingUnitId: true } });
    if (!plan) throw new AppError("NOT_FOUND", "Không tìm thấy kế hoạch.");
    requirePlanEditor(actor, plan.issuingUnitId);
    if (plan.status === "ENDED") throw new AppError("RULE_VIOLATION", "Kế hoạch đã kết thúc, không thêm mô hình được.");
    await checkScopes(tx, actor, input);
    const today = toLocalDate(now);
    const effectiveFrom = plan.status === "DRAFT" ? input.validFrom : (input.effectiveFrom ?? input.validFrom);
    if (plan.status !== "DRAFT" && effectiveFrom < today) {
      const message = `Kế hoạch đã ban hành: mô hình mới chỉ áp dụng từ hôm nay (${formatDateVi(today)}) trở đi.`;
      throw new AppError("VALIDATION", message, { fieldErrors: { effectiveFrom: [message] } });
    }
    const { rule, issues } = ruleFromForm(input, { modelId: "moi", versionId: "moi", effectiveFrom }, await officeHoursFor(tx, input, plan.issuingUnitId));
    if (issues.length) throw new AppError("RULE_VIOLATION", `Quy tắc chưa hợp lệ: ${issues[0]!.message}`, { fieldErrors: issuesToFieldErrors(issues) });
    const key = await uniqueSlug(`${plan.key}-${input.name}`, async (k) => (await tx.serviceModel.count({ where: { key: k } })) > 0, 100);
    const model = await tx.serviceModel.create({
      data: { key, planId: plan.id, kind: input.kind, searchName: searchKey(input.name), ...modelData(input) },
      select: { id: true, key: true, name: true, kind: true },
    });
    const version = await tx.serviceModelVersion.create({
      data: { modelId: model.id, effectiveFrom: dbDate(effectiveFrom), ...versionData(rule, input), createdById: actor.id },
      select: { id: true },
    });
    await writeScopes(tx, version.id, input);
    return {
      data: { id: model.id, versionId: version.id },
      audit: { action: "model.create", entity: "ServiceModel", entityId: model.id, unitId: plan.issuingUnitId, after: { ...model, versionId: version.id, effectiveFrom, rule } },
      revalidate: { paths: [paths.admin.plan(plan.id), paths.plan(plan.key)], layouts: [everyPage.ofUnits] },
    };
  },
});
