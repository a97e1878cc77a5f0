import "server-only";
import { citationBlanks, issueProblems, planStatusOn } from "@/domain/plan/status";
import { toLocalDate } from "@/domain/schedule";
import { everyPage, paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { localDateOrNull } from "../../dates";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";
import { requirePlanEditor } from "../access";
import { planSnapshotSelect } from "./input";

export const issuePlanInput = z.object({
  id: fields.id,
  /** Copies of real plans often leave the number or the day blank; issuing them as printed needs a yes. */
  acceptBlanks: fields.checkbox,
});

/** Draft → issued (or in force, when its first day has come): from now on citizens see it. */
export const issuePlan = defineAction({
  name: "plan.issue",
  input: issuePlanInput,
  permission: "plan.edit",
  async run({ actor, input, tx, now }) {
    const before = await tx.plan.findUnique({ where: { id: input.id }, select: { ...planSnapshotSelect, _count: { select: { models: true } } } });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy kế hoạch.");
    requirePlanEditor(actor, before.issuingUnitId);
    if (before.status !== "DRAFT") throw new AppError("RULE_VIOLATION", "Kế hoạch đã được ban hành.");
    const lifecycle = { validFrom: localDateOrNull(before.validFrom), validTo: localDateOrNull(before.validTo) };
    const problems = issueProblems({ ...before, ...lifecycle, modelCount: before._count.models });
    if (problems.length) throw new AppError("RULE_VIOLATION", `Chưa ban hành được: ${problems.join(" ")}`);
    const blanks = citationBlanks(before);
    if (blanks.length && !input.acceptBlanks) {
      const message = `Kế hoạch còn để trống ${blanks.join(", ")}. Đánh dấu xác nhận nếu văn bản gốc để trống như vậy.`;
      throw new AppError("VALIDATION", message, { fieldErrors: { acceptBlanks: [message] } });
    }
    // Stored: issued, or in force once its first day has come. "Ended" is stored only when ended
    // by hand; a plan past its dates reads as ended without being stored so.
    const status = planStatusOn({ status: "ISSUED", ...lifecycle }, toLocalDate(now)) === "IN_FORCE" ? "IN_FORCE" : "ISSUED";
    const after = await tx.plan.update({ where: { id: before.id }, data: { status }, select: planSnapshotSelect });
    const { _count: _omit, ...snapshot } = before;
    return {
      data: { id: after.id, key: after.key, status: after.status },
      audit: { action: "plan.issue", entity: "Plan", entityId: after.id, unitId: after.issuingUnitId, before: snapshot, after },
      revalidate: { paths: [paths.admin.plans(), paths.plan(after.key), paths.home()], layouts: [everyPage.ofUnits] },
    };
  },
});
