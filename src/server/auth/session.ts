import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { cache } from "react";
import { clientIpFrom } from "../client-ip";
import { db } from "../db";
import type { Actor, UserActor } from "./actor";
import { authOptions } from "./options";
import { can, type Permission } from "./permissions";
import { unitSubtreeIds } from "./scope";

export async function requestIp(): Promise<string | undefined> {
  const h = await headers();
  return clientIpFrom(h.get("x-forwarded-for"));
}

/**
 * The signed-in user, re-read from the database on every request so that a disabled
 * account or a changed role takes effect at once; null for citizens.
 */
export const currentUser = cache(async (): Promise<UserActor | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, username: true, fullName: true, role: true, unitId: true, active: true } });
  if (!user || !user.active) return null;
  const scopeUnitIds = user.unitId ? await unitSubtreeIds(db, user.unitId) : [];
  return { kind: "user", id: user.id, username: user.username, fullName: user.fullName, role: user.role, unitId: user.unitId, scopeUnitIds, ip: await requestIp() };
});

export async function currentActor(): Promise<Actor> {
  return (await currentUser()) ?? { kind: "public", ip: await requestIp() };
}

/** For pages: sign-in redirect when anonymous, 403 when the role lacks the permission. */
export async function requirePagePermission(permission: Permission, callbackPath: string): Promise<UserActor> {
  const user = await currentUser();
  if (!user) redirect(`/dang-nhap?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (!can(user.role, permission)) forbidden();
  return user;
}
