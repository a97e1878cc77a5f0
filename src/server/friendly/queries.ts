import "server-only";
import { addDays, startOfLocalDay, toLocalDate } from "@/domain/schedule";
import type { UserActor } from "../auth/actor";
import { requireUnitScope } from "../auth/scope";
import { db } from "../db";

/** Pledges, and the citizens' ratings (portal and paper) of the last 12 months for the unit. */
export async function friendlyOverview(user: UserActor, unitId: string, now: Date) {
  requireUnitScope(user, unitId);
  const since = startOfLocalDay(addDays(toLocalDate(now), -365));
  const [pledges, ratings, comments, staff] = await Promise.all([
    db.staffPledge.findMany({ where: { unitId }, select: { id: true, staffName: true, position: true, signedOn: true, recordedBy: { select: { fullName: true } } }, orderBy: { signedOn: "desc" }, take: 200 }),
    db.satisfactionResponse.groupBy({ by: ["source", "rating"], where: { unitId, respondedAt: { gte: since } }, _count: true }),
    db.satisfactionResponse.findMany({ where: { unitId, comment: { not: null } }, select: { id: true, rating: true, source: true, comment: true, respondedAt: true }, orderBy: { respondedAt: "desc" }, take: 10 }),
    db.user.findMany({ where: { unitId: { in: user.scopeUnitIds }, active: true, role: { in: ["OFFICER", "UNIT_LEADER"] } }, select: { id: true, fullName: true, position: true }, orderBy: { fullName: "asc" } }),
  ]);
  const table = { PORTAL: { SATISFIED: 0, NEUTRAL: 0, UNSATISFIED: 0 }, PAPER: { SATISFIED: 0, NEUTRAL: 0, UNSATISFIED: 0 } };
  for (const r of ratings) table[r.source][r.rating] = r._count;
  return { pledges, table, comments, staff };
}
