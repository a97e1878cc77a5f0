import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { UserActor } from "../auth/actor";
import { can } from "../auth/permissions";
import type { Db, Tx } from "../db";
import { AppError } from "../errors";

/**
 * Who may change a plan and its models: administrators (any plan), and the leader of the
 * issuing unit (a UNIT_LEADER whose scope contains the plan's issuing unit). Both hold
 * "plan.edit"; the unit half is checked here, on ids loaded from the database.
 */
export function mayEditPlansOf(actor: UserActor, unitId: string): boolean {
  if (!can(actor.role, "plan.edit")) return false;
  return actor.role === "ADMIN" || actor.scopeUnitIds.includes(unitId);
}

export function requirePlanEditor(actor: UserActor, issuingUnitId: string): void {
  if (!mayEditPlansOf(actor, issuingUnitId)) {
    throw new AppError("FORBIDDEN", "Chỉ quản trị hệ thống và lãnh đạo đơn vị ban hành được sửa kế hoạch này.");
  }
}

/** A unit named in a plan (issuer, task, model scope, reporter) must be one the editor reaches. */
export async function requireUnitReach(tx: Db | Tx, actor: UserActor, unitIds: readonly string[]): Promise<void> {
  const unique = [...new Set(unitIds)];
  if (unique.length === 0) return;
  const found = await tx.unit.count({ where: { id: { in: unique } } });
  if (found !== unique.length) throw new AppError("VALIDATION", "Có đơn vị không tồn tại.");
  if (actor.role === "ADMIN") return;
  if (unique.some((id) => !actor.scopeUnitIds.includes(id))) {
    throw new AppError("FORBIDDEN", "Đơn vị được chọn nằm ngoài phạm vi đơn vị của bạn.");
  }
}

/** The plans an editor sees in the plan screens. */
export function planScopeWhere(actor: UserActor): Prisma.PlanWhereInput {
  return actor.role === "ADMIN" ? {} : { issuingUnitId: { in: actor.scopeUnitIds } };
}

