import "server-only";
import { forbidden, notFound } from "next/navigation";
import type { UserActor } from "../auth/actor";
import { db } from "../db";
import { mayEditPlansOf } from "./access";

/** For a plan page: 404 when unknown, 403 when the user may not edit it. */
export async function requirePlanPage(user: UserActor, planId: string): Promise<{ id: string; issuingUnitId: string }> {
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { id: true, issuingUnitId: true } });
  if (!plan) notFound();
  if (!mayEditPlansOf(user, plan.issuingUnitId)) forbidden();
  return plan;
}
