import "server-only";
import { addDays, startOfLocalDay, toLocalDate } from "@/domain/schedule";
import type { Db, Tx } from "../db";

/** Dossiers still being worked on; a supplement request stops the clock (docs/rules.md). */
const OPEN_STATUSES = ["RECEIVED", "IN_PROGRESS"] as const;

export interface BoardItemDto {
  id: string;
  code: string;
  procedureName: string;
  citizenName: string;
  channel: string;
  status: string;
  receivedAt: string;
  promisedAt: string;
  originalPromisedAt: string;
  minutesLeft: number;
  sameDay: boolean;
  modelName: string | null;
  handlerName: string | null;
  hasApology: boolean;
}

interface DayBoardDto {
  now: string;
  date: string;
  counts: { receivedToday: number; dueToday: number; sameDayOpen: number; late: number; resultReady: number; supplement: number };
  dueToday: BoardItemDto[];
  sameDayOpen: BoardItemDto[];
  late: BoardItemDto[];
  byHandler: { handlerName: string; open: number; dueToday: number; late: number }[];
}

const select = {
  id: true,
  code: true,
  citizenName: true,
  channel: true,
  status: true,
  receivedAt: true,
  promisedAt: true,
  originalPromisedAt: true,
  procedure: { select: { name: true } },
  model: { select: { name: true } },
  handler: { select: { fullName: true } },
  _count: { select: { apologySlips: true } },
} as const;

/**
 * The officer's board for one unit at `now`: what is due today, same-day dossiers still
 * open with the time left, and late ones — for the whole desk and per officer.
 */
export async function dayBoard(db: Db | Tx, unitId: string, now: Date): Promise<DayBoardDto> {
  const today = toLocalDate(now);
  const dayStart = startOfLocalDay(today);
  const dayEnd = startOfLocalDay(addDays(today, 1));
  const [rows, receivedToday, resultReady, supplement] = await Promise.all([
    db.dossier.findMany({
      where: { unitId, status: { in: [...OPEN_STATUSES] }, OR: [{ promisedAt: { lt: dayEnd } }, { receivedAt: { gte: dayStart } }] },
      select,
      orderBy: { promisedAt: "asc" },
      take: 500,
    }),
    db.dossier.count({ where: { unitId, receivedAt: { gte: dayStart, lt: dayEnd } } }),
    db.dossier.count({ where: { unitId, status: "RESULT_READY" } }),
    db.dossier.count({ where: { unitId, status: "SUPPLEMENT_REQUESTED" } }),
  ]);
  const items = rows.map((r): BoardItemDto => {
    const sameDay = toLocalDate(r.originalPromisedAt) === toLocalDate(r.receivedAt);
    return {
      id: r.id,
      code: r.code,
      procedureName: r.procedure.name,
      citizenName: r.citizenName,
      channel: r.channel,
      status: r.status,
      receivedAt: r.receivedAt.toISOString(),
      promisedAt: r.promisedAt.toISOString(),
      originalPromisedAt: r.originalPromisedAt.toISOString(),
      minutesLeft: Math.floor((r.promisedAt.getTime() - now.getTime()) / 60_000),
      sameDay,
      modelName: r.model?.name ?? null,
      handlerName: r.handler?.fullName ?? null,
      hasApology: r._count.apologySlips > 0,
    };
  });
  const late = items.filter((i) => i.minutesLeft < 0);
  const dueToday = items.filter((i) => i.minutesLeft >= 0 && new Date(i.promisedAt) < dayEnd);
  const sameDayOpen = items.filter((i) => i.sameDay && i.minutesLeft >= 0 && new Date(i.receivedAt) >= dayStart);
  const handlers = new Map<string, { handlerName: string; open: number; dueToday: number; late: number }>();
  for (const i of items) {
    const name = i.handlerName ?? "Chưa phân công";
    const h = handlers.get(name) ?? { handlerName: name, open: 0, dueToday: 0, late: 0 };
    h.open += 1;
    if (i.minutesLeft < 0) h.late += 1;
    else if (new Date(i.promisedAt) < dayEnd) h.dueToday += 1;
    handlers.set(name, h);
  }
  return {
    now: now.toISOString(),
    date: today,
    counts: { receivedToday, dueToday: dueToday.length, sameDayOpen: sameDayOpen.length, late: late.length, resultReady, supplement },
    dueToday,
    sameDayOpen,
    late,
    byHandler: [...handlers.values()].sort((a, b) => b.late - a.late || b.open - a.open),
  };
}
