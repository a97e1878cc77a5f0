import "server-only";
import { toLocalDate } from "@/domain/schedule";
import type { UserActor } from "../auth/actor";
import { requireUnitScope } from "../auth/scope";
import { dbDate } from "../dates";
import { db } from "../db";

const sessionSelect = {
  id: true,
  date: true,
  startsAt: true,
  endsAt: true,
  status: true,
  unit: { select: { name: true } },
  model: { select: { name: true } },
  _count: { select: { questions: true } },
} as const;

/** Sessions run by a commune (or held in one of its villages): the next ones and the last ones. */
export async function sessionLists(user: UserActor, unitId: string, now: Date) {
  requireUnitScope(user, unitId);
  const where = { OR: [{ hostUnitId: unitId }, { unitId }] };
  const today = dbDate(toLocalDate(now));
  const [upcoming, past, openQuestions, models] = await Promise.all([
    db.listeningSession.findMany({ where: { ...where, status: "PLANNED" }, select: sessionSelect, orderBy: [{ date: "asc" }, { unit: { name: "asc" } }], take: 40 }),
    db.listeningSession.findMany({ where: { ...where, status: { not: "PLANNED" } }, select: sessionSelect, orderBy: [{ date: "desc" }, { unit: { name: "asc" } }], take: 24 }),
    db.citizenQuestion.findMany({
      where: { session: where, status: { in: ["OPEN", "FOLLOW_UP"] } },
      select: { id: true, content: true, dueOn: true, status: true, assignedUnit: { select: { name: true } }, session: { select: { id: true, date: true, unit: { select: { name: true } } } } },
      orderBy: { dueOn: "asc" },
      take: 100,
    }),
    db.serviceModel.count({ where: { kind: "LISTENING_SESSION", versions: { some: { scopes: { some: { unitId: { in: user.scopeUnitIds } } } } } } }),
  ]);
  return { upcoming, past, openQuestions: openQuestions.map((q) => ({ ...q, overdue: q.dueOn < today })), hasModel: models > 0 };
}

export async function sessionDetail(user: UserActor, unitId: string, id: string) {
  requireUnitScope(user, unitId);
  const s = await db.listeningSession.findFirst({
    where: { id, OR: [{ hostUnitId: unitId }, { unitId }] },
    select: {
      ...sessionSelect,
      minutes: true,
      heldAt: true,
      hostUnitId: true,
      hostUnit: { select: { name: true } },
      model: { select: { name: true, attendeeRoles: true, plan: { select: { number: true, symbol: true } } } },
      attendance: { select: { id: true, roleTitle: true, personName: true, present: true }, orderBy: { id: "asc" } },
      questions: {
        select: { id: true, askerName: true, content: true, dueOn: true, answer: true, answeredAt: true, status: true, followUpNote: true, assignedUnit: { select: { name: true } }, answeredBy: { select: { fullName: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!s) return null;
  const units = await db.unit.findMany({ where: { id: { in: user.scopeUnitIds }, kind: { notIn: ["VILLAGE", "RESIDENTIAL_GROUP"] } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return { s, units };
}
