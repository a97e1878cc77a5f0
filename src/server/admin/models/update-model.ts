import "server-only";
import { formatDateVi, ruleAt, toLocalDate } from "@/domain/schedule";
import { searchKey } from "@/domain/text/normalize";
import { everyPage, paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { dbDate, localDateOf } from "../../dates";
import { AppError } from "../../errors";
import { fields } from "../../validation";
import { modelVersionInclude, toModelDef } from "../../schedule/context";
import { requirePlanEditor } from "../access";
import { issuesToFieldErrors, modelData, modelFormInput, ruleFingerprint, ruleFromForm, versionData } from "./input";
import { checkScopes, officeHoursFor, writeScopes } from "./scopes";

export const updateModelInput = modelFormInput.extend({ modelId: fields.id });

type UpdateModelOutcome = "DRAFT_EDITED" | "NEW_VERSION" | "SCHEDULED_VERSION_REPLACED" | "TEXT_ONLY";

/**
 * Changes a model. While its plan is a draft the one version is edited in place. Once the
 * plan is issued, a change of rule becomes a new version effective from a chosen day (today
 * or later): dossiers received before keep the version, and the promise, they were received
 * under. A version scheduled for a later day that no dossier uses yet may be rewritten.
 */
export const updateModel = defineAction({
  name: "model.update",
  input: updateModelInput,
  permission: "plan.edit",
  async run({ actor, input, tx, now }) {
    const model = await tx.serviceModel.findUnique({
      where: { id: input.modelId },
      include: {
        plan: { select: { id: true, key: true, status: true, issuingUnitId: true } },
        versions: { include: { ...modelVersionInclude, scopes: { include: { procedures: { select: { procedureId: true } } } }, _count: { select: { dossiers: true } } }, orderBy: { effectiveFrom: "asc" } },
      },
    });
    if (!model || model.planId !== input.planId) throw new AppError("NOT_FOUND", "Không tìm thấy mô hình.");
    const plan = model.plan;
    requirePlanEditor(actor, plan.issuingUnitId);
    if (plan.status === "ENDED") throw new AppError("RULE_VIOLATION", "Kế hoạch đã kết thúc, không sửa mô hình được.");
    const draft = plan.status === "DRAFT";
    if (!draft && input.kind !== model.kind) {
      throw new AppError("RULE_VIOLATION", "Không đổi được loại của mô hình đã ban hành; hãy tạo mô hình mới.", { fieldErrors: { kind: ["Không đổi được loại của mô hình đã ban hành."] } });
    }
    await checkScopes(tx, actor, input);
    const today = toLocalDate(now);
    const officeHours = await officeHoursFor(tx, input, plan.issuingUnitId);
    const def = toModelDef(model);
    const snapshot = (v: (typeof model.versions)[number] | undefined) => (v ? { versionId: v.id, effectiveFrom: localDateOf(v.effectiveFrom), rule: def.versions.find((r) => r.versionId === v.id) } : null);

    let outcome: UpdateModelOutcome;
    let versionId: string;
    let effectiveFrom: string;
    let before: unknown;
    if (draft) {
      const target = model.versions[model.versions.length - 1]!;
      effectiveFrom = input.validFrom;
      const { rule, issues } = ruleFromForm(input, { modelId: model.id, versionId: target.id, effectiveFrom }, officeHours);
      if (issues.length) throw invalid(issues);
      before = snapshot(target);
      await tx.serviceModelVersion.update({ where: { id: target.id }, data: { effectiveFrom: dbDate(effectiveFrom), ...versionData(rule, input), createdById: actor.id } });
      await writeScopes(tx, target.id, input);
      versionId = target.id;
      outcome = "DRAFT_EDITED";
    } else {
      if (!input.effectiveFrom) {
        const message = "Chọn ngày áp dụng quy tắc mới.";
        throw new AppError("VALIDATION", message, { fieldErrors: { effectiveFrom: [message] } });
      }
      effectiveFrom = input.effectiveFrom;
      if (effectiveFrom < today) {
        const message = `Quy tắc mới chỉ áp dụng từ hôm nay (${formatDateVi(today)}) trở đi; hồ sơ đã nhận giữ quy tắc cũ.`;
        throw new AppError("VALIDATION", message, { fieldErrors: { effectiveFrom: [message] } });
      }
      const sameDay = model.versions.find((v) => localDateOf(v.effectiveFrom) === effectiveFrom);
      const { rule, issues } = ruleFromForm(input, { modelId: model.id, versionId: sameDay?.id ?? "moi", effectiveFrom }, officeHours);
      if (issues.length) throw invalid(issues);
      const inForce = ruleAt(def, effectiveFrom);
      const inForceRow = inForce ? model.versions.find((v) => v.id === inForce.versionId) : undefined;
      const localNames = Object.fromEntries(input.scopes.map((s) => [s.unitId, s.localName]));
      const unchanged =
        inForce &&
        inForceRow &&
        ruleFingerprint(inForce, { placeNote: inForceRow.placeNote, localNames: Object.fromEntries(inForceRow.scopes.map((s) => [s.unitId, s.localName])) }) ===
          ruleFingerprint(rule, { placeNote: input.placeNote, localNames });
      before = snapshot(inForceRow);
      if (unchanged) {
        versionId = inForceRow.id;
        outcome = "TEXT_ONLY";
      } else if (sameDay) {
        if (sameDay._count.dossiers > 0) {
          throw new AppError("CONFLICT", `Đã có hồ sơ tiếp nhận theo phiên bản áp dụng từ ${formatDateVi(effectiveFrom)}; chọn một ngày khác.`, {
            fieldErrors: { effectiveFrom: ["Đã có hồ sơ theo phiên bản của ngày này."] },
          });
        }
        await tx.serviceModelVersion.update({ where: { id: sameDay.id }, data: { ...versionData(rule, input), createdById: actor.id } });
        await writeScopes(tx, sameDay.id, input);
        versionId = sameDay.id;
        outcome = "SCHEDULED_VERSION_REPLACED";
      } else {
        const created = await tx.serviceModelVersion.create({
          data: { modelId: model.id, effectiveFrom: dbDate(effectiveFrom), ...versionData(rule, input), createdById: actor.id },
          select: { id: true },
        });
        await writeScopes(tx, created.id, input);
        versionId = created.id;
        outcome = "NEW_VERSION";
      }
    }
    await tx.serviceModel.update({ where: { id: model.id }, data: { ...modelData(input), kind: input.kind, searchName: searchKey(input.name) } });
    return {
      data: { id: model.id, versionId, outcome, effectiveFrom },
      audit: {
        action: "model.update",
        entity: "ServiceModel",
        entityId: model.id,
        unitId: plan.issuingUnitId,
        before: { name: model.name, kind: model.kind, version: before },
        after: { name: input.name, kind: input.kind, outcome, versionId, effectiveFrom, note: input.note },
      },
      revalidate: { paths: [paths.admin.plan(plan.id), paths.plan(plan.key)], layouts: [everyPage.ofUnits] },
    };
  },
});

function invalid(issues: { path: string; message: string }[]): AppError {
  return new AppError("RULE_VIOLATION", `Quy tắc chưa hợp lệ: ${issues[0]!.message}`, { fieldErrors: issuesToFieldErrors(issues) });
}
