import "server-only";
import type { UserActor } from "../auth/actor";
import { db } from "../db";
import { localDateOrNull } from "../dates";

interface UnitHeaderDto {
  id: string;
  slug: string;
  name: string;
  kind: string;
  validFrom: string | null;
  validTo: string | null;
}

export async function unitBySlug(slug: string): Promise<UnitHeaderDto | null> {
  const u = await db.unit.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, kind: true, validFrom: true, validTo: true } });
  return u ? { ...u, validFrom: localDateOrNull(u.validFrom), validTo: localDateOrNull(u.validTo) } : null;
}

/** The units an officer can work for: their own unit and the service units under it. */
export async function workUnitsOf(user: UserActor): Promise<UnitHeaderDto[]> {
  const units = await db.unit.findMany({
    where: { id: { in: user.scopeUnitIds }, kind: { in: ["PROVINCE", "DISTRICT", "COMMUNE", "WARD", "TOWNSHIP", "DEPARTMENT", "ONE_STOP_CENTRE"] } },
    select: { id: true, slug: true, name: true, kind: true, validFrom: true, validTo: true },
    orderBy: { name: "asc" },
  });
  const own = units.filter((u) => u.id === user.unitId);
  const rest = units.filter((u) => u.id !== user.unitId);
  return [...own, ...rest].map((u) => ({ ...u, validFrom: localDateOrNull(u.validFrom), validTo: localDateOrNull(u.validTo) }));
}
