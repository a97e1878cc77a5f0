import "server-only";
import { checkStep, type DossierStep } from "@/domain/dossier/lifecycle";
import { paths } from "@/lib/paths";
import type { UserActor } from "../auth/actor";
import { requireUnitScope } from "../auth/scope";
import type { Tx } from "../db";
import { AppError } from "../errors";

const stepSelect = {
  id: true,
  code: true,
  unitId: true,
  status: true,
  receivedAt: true,
  promisedAt: true,
  originalPromisedAt: true,
  pausedMinutes: true,
  handlerId: true,
  procedure: { select: { name: true } },
  unit: { select: { slug: true } },
} as const;

/**
 * Loads a dossier for a lifecycle step: locked for the rest of the transaction (two officers
 * acting at once are serialised), in the actor's scope (never the client's unit id), and the
 * step checked against the state machine at `now`.
 */
export async function loadForStep(tx: Tx, actor: UserActor, dossierId: string, step: DossierStep, now: Date) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Dossier" WHERE "id" = ${dossierId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
  const dossier = await tx.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: stepSelect });
  requireUnitScope(actor, dossier.unitId);
  const check = checkStep(step, dossier, now);
  if (!check.ok) throw new AppError("RULE_VIOLATION", check.message);
  return { dossier, to: check.to };
}

/** The pages that show a dossier: the board, its page, the public look-up. */
export function dossierRevalidation(unitSlug: string, code: string) {
  return { paths: [paths.officer.board(unitSlug), paths.officer.dossier(unitSlug, code), paths.lookup()] };
}
