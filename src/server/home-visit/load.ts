import "server-only";
import { buildCalendar, type ServiceModelDef } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import type { UserActor } from "../auth/actor";
import { requireUnitScope } from "../auth/scope";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { clampToUnitLifetime, loadCalendar, loadModel, loadOfficeHours } from "../schedule/context";

const requestSelect = {
  id: true,
  trackingCode: true,
  unitId: true,
  modelId: true,
  procedureId: true,
  status: true,
  requestedDate: true,
  confirmedDate: true,
  eligibleGroup: true,
  citizenName: true,
  citizenPhone: true,
  address: true,
  unit: { select: { slug: true, validFrom: true, validTo: true } },
} as const;

/** A home-visit request, locked for the transaction and in the actor's scope. */
export async function loadRequestForUpdate(tx: Tx, actor: UserActor, requestId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "HomeVisitRequest" WHERE "id" = ${requestId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", "Không tìm thấy yêu cầu đến nhà.");
  const request = await tx.homeVisitRequest.findUniqueOrThrow({ where: { id: requestId }, select: requestSelect });
  requireUnitScope(actor, request.unitId);
  return { request };
}

/** The engine's view of the request's model for its unit (validity cut to the unit's lifetime). */
export async function loadVisitRules(tx: Tx, modelId: string, unit: { validFrom: Date | null; validTo: Date | null }, unitId: string) {
  const [model, officeHours, entries] = await Promise.all([loadModel(tx, modelId), loadOfficeHours(tx, unitId), loadCalendar(tx)]);
  if (!model) throw new AppError("NOT_FOUND", "Không tìm thấy mô hình.");
  const [clamped] = clampToUnitLifetime([model], unit) as [ServiceModelDef];
  return { model: clamped, officeHours, calendar: buildCalendar(entries) };
}

/** A model version that serves at home, as a Prisma filter (the same rule as the domain's isHomeVisitModel). */
export const HOME_VISIT_VERSION = { OR: [{ model: { kind: "HOME_VISIT" as const } }, { place: "HOME" as const }] };

export const homeVisitPaths = (slug: string) => ({ paths: [paths.officer.homeVisits(slug), paths.officer.board(slug)] });
