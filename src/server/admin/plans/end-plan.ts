import "server-only";
import { earliestPlanEnd, endedPlanValidTo, versionOnPlanEnd } from "@/domain/plan/status";
import { formatDateVi, toLocalDate } from "@/domain/schedule";
import { everyPage, paths } from "@/lib/paths";
import { defineAction } from "../../action";
import { dbDate, localDateOf, localDateOrNull } from "../../dates";
import { AppError } from "../../errors";
import { fields, z } from "../../validation";
import { requirePlanEditor } from "../access";
import { localDate } from "../input";
import { planSnapshotSelect } from "./input";

export const endPlanInput = z.object({
  id: fields.id,
  /** The last day the plan's models run. */
  lastDay: localDate,
  reason: fields.requiredText("lý do kết thúc", 1000),
});

/**
 * Ends a plan by hand from a day on. The models' rules stop after that day: versions that
 * would run past it are cut there, and versions that would only have started later (never
 * in force, no dossier under them) are dropped. Nothing before the day changes.
 */
export const endPlan = defineAction({
  name: "plan.end",
  input: endPlanInput,
  permission: "plan.edit",
  async run({ actor, input, tx, now }) {
    const before = await tx.plan.findUnique({ where: { id: input.id }, select: planSnapshotSelect });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy kế hoạch.");
    requirePlanEditor(actor, before.issuingUnitId);
    if (before.status === "DRAFT") throw new AppError("RULE_VIOLATION", "Dự thảo chưa ban hành thì xóa, không cần kết thúc.");
    if (before.status === "ENDED") throw new AppError("RULE_VIOLATION", "Kế hoạch đã kết thúc.");
    const earliest = earliestPlanEnd(toLocalDate(now));
    if (input.lastDay < earliest) {
      const message = `Chỉ kết thúc được từ hôm qua (${formatDateVi(earliest)}) trở đi: các ngày đã qua giữ nguyên lịch đã công bố.`;
      throw new AppError("VALIDATION", message, { fieldErrors: { lastDay: [message] } });
    }
    const versions = await tx.serviceModelVersion.findMany({
      where: { model: { planId: before.id } },
      select: { id: true, effectiveFrom: true, validFrom: true, validTo: true, _count: { select: { dossiers: true } } },
    });
    const cut: string[] = [];
    const dropped: string[] = [];
    for (const v of versions) {
      const effect = versionOnPlanEnd(
        { effectiveFrom: localDateOf(v.effectiveFrom), validFrom: localDateOf(v.validFrom), validTo: localDateOrNull(v.validTo), dossierCount: v._count.dossiers },
        input.lastDay,
      );
      if (effect === "DROP") {
        await tx.serviceModelVersion.delete({ where: { id: v.id } });
        dropped.push(v.id);
      } else if (effect === "CUT") {
        await tx.serviceModelVersion.update({ where: { id: v.id }, data: { validTo: dbDate(input.lastDay) } });
        cut.push(v.id);
      }
    }
    const planEnd = dbDate(endedPlanValidTo(localDateOrNull(before.validTo), input.lastDay));
    const after = await tx.plan.update({ where: { id: before.id }, data: { status: "ENDED", endedAt: now, validTo: planEnd }, select: planSnapshotSelect });
    return {
      data: { id: after.id, cutVersions: cut.length, droppedVersions: dropped.length },
      audit: { action: "plan.end", entity: "Plan", entityId: after.id, unitId: after.issuingUnitId, before, after: { ...after, reason: input.reason, cutVersions: cut, droppedVersions: dropped } },
      revalidate: { paths: [paths.admin.plans(), paths.plan(after.key), paths.home()], layouts: [everyPage.ofUnits] },
    };
  },
});
