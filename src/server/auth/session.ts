import "server-only";
import type { Route } from "next";
import { getServerSession, type Session } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cookies, headers } from "next/headers";
import { encode } from "next-auth/jwt";
import { cache } from "react";
import { paths } from "@/lib/paths";
import { clientIpFrom } from "../client-ip";
import { db, type Db } from "../db";
import type { Actor, UserActor } from "./actor";
import { authOptions, sessionCookie } from "./options";
import { SESSION_IDLE_SECONDS } from "./session-token";
import type { SignedInUser } from "./sign-in";
import { can, type Permission } from "./permissions";
import { unitSubtreeIds } from "./scope";

export async function requestIp(): Promise<string | undefined> {
  const h = await headers();
  return clientIpFrom(h.get("x-forwarded-for"));
}

/**
 * The actor of a session as the jwt callback has just refreshed it from the database
 * (src/server/auth/session-token.ts): a disabled account, a changed role or a revoked
 * session takes effect at once.
 */
export async function userActorFor(client: Db, user: Session["user"], ip: string | undefined): Promise<UserActor | null> {
  if (!user?.id) return null;
  const scopeUnitIds = user.unitId ? await unitSubtreeIds(client, user.unitId) : [];
  return {
    kind: "user",
    id: user.id,
    username: user.username,
    fullName: user.name,
    role: user.role,
    unitId: user.unitId,
    scopeUnitIds,
    mustChangePassword: user.mustChangePassword,
    ip,
  };
}

/**
 * Opens a session for a user who has just proved their password (the sign-in form's action):
 * the token next-auth would issue, built by the same jwt callback, in the same cookie.
 */
export async function startSession(user: SignedInUser): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set.");
  const token = await authOptions.callbacks!.jwt!({ token: { sub: user.id, name: user.fullName }, user: { ...user, name: user.fullName }, account: null });
  const value = await encode({ token, secret, maxAge: SESSION_IDLE_SECONDS });
  (await cookies()).set(sessionCookie.name, value, { ...sessionCookie.options, maxAge: SESSION_IDLE_SECONDS });
}

/** The signed-in user of this request, null for citizens; the one place an actor is built from the session. */
export const currentUser = cache(async (): Promise<UserActor | null> => {
  const session = await getServerSession(authOptions);
  return session ? userActorFor(db, session.user, await requestIp()) : null;
});

export async function currentActor(): Promise<Actor> {
  return (await currentUser()) ?? { kind: "public", ip: await requestIp() };
}

export type PageAccess = "allowed" | "sign-in" | "change-password" | "forbidden";

/**
 * May this user open the page at `path`? A user who must change their password reaches only
 * the change-password page until they have.
 */
export function pageAccess(user: UserActor | null, permission: Permission, path: Route): PageAccess {
  if (!user) return "sign-in";
  if (user.mustChangePassword && path !== paths.changePassword()) return "change-password";
  return can(user.role, permission) ? "allowed" : "forbidden";
}

/**
 * For pages: sign-in redirect when anonymous, the change-password page while the password
 * must be changed, 403 when the role lacks the permission.
 */
export async function requirePagePermission(permission: Permission, callbackPath: Route): Promise<UserActor> {
  const user = await currentUser();
  const access = pageAccess(user, permission, callbackPath);
  if (access === "sign-in" || !user) redirect(paths.signIn(callbackPath));
  if (access === "change-password") redirect(paths.changePassword());
  if (access === "forbidden") forbidden();
  return user;
}
