import "server-only";
import { formatDateVi, toLocalDate } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { defineAction } from "../action";
import { requireUnitScope } from "../auth/scope";
import { localDateOf, localDateOrNull } from "../dates";
import { AppError } from "../errors";
import { fields, z } from "../validation";
import { HOME_VISIT_VERSION } from "./load";

export const setHomeVisitCapacityInput = z.object({
  unitId: fields.id,
  modelId: fields.id,
  capacityPerDay: z.coerce
    .number({ error: "Vui lòng nhập số lượt đến nhà mỗi ngày." })
    .int("Số lượt mỗi ngày phải là số nguyên.")
    .min(1, "Số lượt mỗi ngày phải từ 1 đến 100.")
    .max(100, "Số lượt mỗi ngày phải từ 1 đến 100."),
});

/**
 * The unit's own number of home visits a day, a per-day capacity the unit sets for itself.
 * It is the unit's operational choice, not the plan's rule, so it changes the version in force
 * and any later one in place (audited), without a new version: visits already confirmed stay
 * confirmed even if the number goes below them; only new confirmations see the new number.
 */
export const setHomeVisitCapacity = defineAction({
  name: "homeVisit.capacity",
  input: setHomeVisitCapacityInput,
  permission: "capacity.set",
  async run({ actor, input, tx, now }) {
    requireUnitScope(actor, input.unitId);
    const today = toLocalDate(now);
    const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true, slug: true } });
    if (!unit) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
    const versions = await tx.serviceModelVersion.findMany({
      where: { modelId: input.modelId, ...HOME_VISIT_VERSION, scopes: { some: { unitId: unit.id } } },
      select: { effectiveFrom: true, validTo: true, scopes: { where: { unitId: unit.id }, select: { id: true, capacityPerDay: true } }, model: { select: { name: true } } },
      orderBy: { effectiveFrom: "asc" },
    });
    if (versions.length === 0) throw new AppError("NOT_FOUND", "Đơn vị không có mô hình giải quyết thủ tục tại nhà này.");
    // The version in force today and the later ones (all of them before the model starts).
    const current = versions.findLastIndex((v) => localDateOf(v.effectiveFrom) <= today);
    const targets = versions.slice(Math.max(current, 0));
    const ends = targets.map((v) => localDateOrNull(v.validTo));
    if (ends.every((end) => end !== null && end < today)) {
      throw new AppError("RULE_VIOLATION", `Mô hình «${versions[0]!.model.name}» đã kết thúc ngày ${formatDateVi(ends.at(-1)!)}; không đổi số lượt được nữa.`);
    }
    const scopeIds = targets.flatMap((v) => v.scopes.map((s) => s.id));
    const before = targets[0]!.scopes[0]!.capacityPerDay;
    await tx.modelScope.updateMany({ where: { id: { in: scopeIds } }, data: { capacityPerDay: input.capacityPerDay } });
    return {
      data: { capacityPerDay: input.capacityPerDay },
      audit: { action: "homeVisit.capacity", entity: "ServiceModel", entityId: input.modelId, unitId: unit.id, before: { capacityPerDay: before }, after: { capacityPerDay: input.capacityPerDay } },
      revalidate: { paths: [paths.officer.homeVisits(unit.slug), paths.unit.homeVisit(unit.slug)] },
    };
  },
});
