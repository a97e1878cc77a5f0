import "server-only";
import type { Route } from "next";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cookies, headers } from "next/headers";
import { encode } from "next-auth/jwt";
import { cache } from "react";
import { paths } from "@/lib/paths";
import { clientIpFrom } from "../client-ip";
import { db } from "../db";
import type { Actor, UserActor } from "./actor";
import { authOptions, sessionCookie } from "./options";
import { SESSION_IDLE_SECONDS, pageAccess, readSession, userActorFor } from "./session-token";
import type { SignedInUser } from "./sign-in";
import type { Permission } from "./permissions";

export async function requestIp(): Promise<string | undefined> {
  const h = await headers();
  return clientIpFrom(h.get("x-forwarded-for"));
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
  // The database away while the token is checked is an outage (503), not a signed-out user.
  const session = await readSession(() => getServerSession(authOptions));
  return session ? userActorFor(db, session.user, await requestIp()) : null;
});

export async function currentActor(): Promise<Actor> {
  return (await currentUser()) ?? { kind: "public", ip: await requestIp() };
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
