import "server-only";
import { addDays, allowedHomeVisitDates, hasEnded, toLocalDate, versionInForce } from "@/domain/schedule";
import type { UserActor } from "../auth/actor";
import { requireUnitScope } from "../auth/scope";
import { dbDate, localDateOf } from "../dates";
import { db } from "../db";
import { HOME_VISIT_VERSION, loadVisitRules } from "./load";

const listSelect = {
  id: true,
  trackingCode: true,
  status: true,
  requestedDate: true,
  confirmedDate: true,
  eligibleGroup: true,
  citizenName: true,
  citizenPhone: true,
  address: true,
  createdAt: true,
  procedure: { select: { name: true } },
  assignments: { select: { user: { select: { fullName: true } } } },
} as const;

/** The unit's requests: waiting, confirmed, and the last ones done or declined. */
export async function homeVisitLists(user: UserActor, unitId: string) {
  requireUnitScope(user, unitId);
  const [pending, confirmed, recent, days] = await Promise.all([
    db.homeVisitRequest.findMany({ where: { unitId, status: "PENDING" }, select: listSelect, orderBy: { requestedDate: "asc" }, take: 200 }),
    db.homeVisitRequest.findMany({ where: { unitId, status: "CONFIRMED" }, select: listSelect, orderBy: { confirmedDate: "asc" }, take: 200 }),
    db.homeVisitRequest.findMany({ where: { unitId, status: { in: ["DONE", "DECLINED", "CANCELLED"] } }, select: listSelect, orderBy: { updatedAt: "desc" }, take: 20 }),
    db.homeVisitRequest.groupBy({ by: ["confirmedDate"], where: { unitId, status: { in: ["CONFIRMED", "DONE"] }, confirmedDate: { not: null } }, _count: true, orderBy: { confirmedDate: "desc" }, take: 12 }),
  ]);
  return { pending, confirmed, recent, days: days.filter((d) => d.confirmedDate).map((d) => ({ date: localDateOf(d.confirmedDate!), count: d._count })) };
}

/** One request with what an officer needs to decide: allowed dates (engine + capacity), staff, dossiers. */
export async function homeVisitDetail(user: UserActor, unitId: string, id: string, now: Date) {
  requireUnitScope(user, unitId);
  const r = await db.homeVisitRequest.findFirst({
    where: { id, unitId },
    select: {
      ...listSelect,
      note: true,
      declineReason: true,
      outcome: true,
      completedAt: true,
      modelId: true,
      unitId: true,
      procedureId: true,
      model: { select: { name: true } },
      unit: { select: { validFrom: true, validTo: true } },
      decidedBy: { select: { fullName: true } },
      assignments: { select: { userId: true, user: { select: { fullName: true } } } },
      dossiers: { select: { id: true, code: true, status: true, procedure: { select: { name: true } } } },
    },
  });
  if (!r) return null;
  const today = toLocalDate(now);
  const horizon = addDays(today, 56);
  const [rules, days, staff, procedures] = await Promise.all([
    loadVisitRules(db, r.modelId, r.unit, r.unitId),
    db.homeVisitDay.findMany({ where: { modelId: r.modelId, unitId, date: { gte: dbDate(today), lte: dbDate(horizon) } }, select: { date: true, booked: true } }),
    db.user.findMany({ where: { unitId: { in: user.scopeUnitIds }, active: true, role: { in: ["OFFICER", "UNIT_LEADER"] } }, select: { id: true, fullName: true, position: true }, orderBy: { fullName: "asc" } }),
    db.unitProcedure.findMany({ where: { unitId, procedure: { active: true } }, select: { procedure: { select: { id: true, name: true } } }, orderBy: { procedure: { name: "asc" } } }),
  ]);
  const bookedCounts = Object.fromEntries(days.map((d) => [localDateOf(d.date), d.booked]));
  const allowed =
    r.status === "PENDING"
      ? allowedHomeVisitDates(rules.model, unitId, today, horizon, { calendar: rules.calendar, officeHours: rules.officeHours, asOf: now, bookedCounts })
      : [];
  return { r, allowed, bookedCounts, staff, procedures: procedures.map((p) => p.procedure) };
}

/** The route sheet of a visit day: every confirmed (or done) visit with address and officers. */
export async function routeSheet(user: UserActor, unitId: string, date: string) {
  requireUnitScope(user, unitId);
  return db.homeVisitRequest.findMany({
    where: { unitId, confirmedDate: dbDate(date), status: { in: ["CONFIRMED", "DONE"] } },
    select: { ...listSelect, note: true, outcome: true, model: { select: { name: true } } },
    orderBy: [{ address: "asc" }],
  });
}

interface HomeVisitCapacityDto {
  modelId: string;
  modelName: string;
  capacityPerDay: number | null;
  /** The last day of the version in force (or next), if it ends. */
  validTo: string | null;
  ended: boolean;
}

/** The unit's home-visit models of issued plans, with its number of visits a day now. */
export async function homeVisitCapacities(user: UserActor, unitId: string, today: string): Promise<HomeVisitCapacityDto[]> {
  requireUnitScope(user, unitId);
  const scopes = await db.modelScope.findMany({
    where: {
      unitId,
      version: { ...HOME_VISIT_VERSION, model: { plan: { status: { not: "DRAFT" } } } },
    },
    select: { capacityPerDay: true, version: { select: { modelId: true, effectiveFrom: true, validTo: true, model: { select: { name: true } } } } },
    orderBy: { version: { effectiveFrom: "asc" } },
  });
  const byModel = new Map<string, { effectiveFrom: string; dto: HomeVisitCapacityDto }[]>();
  for (const s of scopes) {
    const validTo = s.version.validTo ? localDateOf(s.version.validTo) : null;
    const dto = { modelId: s.version.modelId, modelName: s.version.model.name, capacityPerDay: s.capacityPerDay, validTo, ended: hasEnded({ validTo }, today) };
    byModel.set(s.version.modelId, [...(byModel.get(s.version.modelId) ?? []), { effectiveFrom: localDateOf(s.version.effectiveFrom), dto }]);
  }
  // The version in force today; before the model starts, its first version.
  return [...byModel.values()].map((versions) => versionInForce(versions, today)!.dto);
}
