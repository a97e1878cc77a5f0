import "server-only";
import { paths } from "@/lib/paths";
import type { UserActor } from "../auth/actor";
import { requireUnitScope } from "../auth/scope";
import type { Tx } from "../db";
import { AppError } from "../errors";

/** A session locked for the transaction; its host commune (or its village) must be in scope. */
export async function loadSessionForUpdate(tx: Tx, actor: UserActor, sessionId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ListeningSession" WHERE "id" = ${sessionId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", "Không tìm thấy buổi lắng nghe.");
  const session = await tx.listeningSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { id: true, unitId: true, hostUnitId: true, date: true, startsAt: true, endsAt: true, status: true, minutes: true, hostUnit: { select: { slug: true } } },
  });
  requireUnitScope(actor, session.hostUnitId);
  return { session };
}

export const sessionPaths = (slug: string, id: string) => ({ paths: [paths.officer.sessions(slug), paths.officer.session(slug, id)] });
