import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Route } from "next";
import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { paths } from "@/lib/paths";
import type { Db, Tx } from "../db";
import { isDatabaseUnavailable } from "../errors";
import type { UserActor } from "./actor";
import { can, type Permission } from "./permissions";
import { unitSubtreeIds } from "./scope";
import type { SignedInUser } from "./sign-in";

/** A session not used for this long ends (next-auth renews the token while it is used). */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
/** However often it is renewed, a session ends this long after its sign-in. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

/** Thrown by the jwt callback for a token that no longer opens a session; next-auth then clears the cookie. */
export class SessionEnded extends Error {
  constructor() {
    super("SessionEnded");
    this.name = "SessionEnded";
  }
}

/** The claims of a new session for a user who has just proved their password. */
export function claimsForSignIn(user: SignedInUser, now: Date): Partial<JWT> {
  return {
    uid: user.id,
    username: user.username,
    name: user.fullName,
    role: user.role,
    unitId: user.unitId,
    sv: user.sessionVersion,
    signedInAt: Math.floor(now.getTime() / 1000),
    mustChangePassword: user.mustChangePassword,
  };
}

/**
 * Every time a session is read: the token, checked against the user's row, with the row's
 * current name, role, unit and must-change flag; or null when it no longer opens a session —
 * the user is gone or disabled, the session version has been raised since it was issued
 * (sign-out, password change or reset, disabling), or it was signed in more than
 * SESSION_ABSOLUTE_SECONDS ago. A token from before this check existed (no `signedInAt`)
 * starts its absolute lifetime now.
 */
export async function refreshSessionToken(db: Db | Tx, token: JWT, now: Date): Promise<JWT | null> {
  if (!token.uid) return null;
  const signedInAt = token.signedInAt ?? Math.floor(now.getTime() / 1000);
  if (now.getTime() / 1000 - signedInAt > SESSION_ABSOLUTE_SECONDS) return null;
  const user = await db.user.findUnique({
    where: { id: token.uid },
    select: { username: true, fullName: true, role: true, unitId: true, active: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!user || !user.active || user.sessionVersion !== (token.sv ?? 0)) return null;
  return {
    ...token,
    username: user.username,
    name: user.fullName,
    role: user.role,
    unitId: user.unitId,
    sv: user.sessionVersion,
    signedInAt,
    mustChangePassword: user.mustChangePassword,
  };
}

/** The database outage met by the session read under way, if any (see readSession). */
const sessionReads = new AsyncLocalStorage<{ outage?: unknown }>();

/**
 * Runs a read of the session (getServerSession) and throws the database's error when its
 * check of the token met the database away. next-auth catches whatever the jwt callback
 * throws and answers "no session": without this, an officer's action sent during a restart
 * was refused as signed out (not retryable) and a page sent them to sign in again.
 */
export async function readSession<T>(read: () => Promise<T>): Promise<T> {
  const probe: { outage?: unknown } = {};
  const session = await sessionReads.run(probe, read);
  if (probe.outage !== undefined) throw probe.outage;
  return session;
}

/** Called by the jwt callback with what refreshing the token threw: an outage is kept for readSession. */
export function noteSessionError(error: unknown): void {
  const probe = sessionReads.getStore();
  if (probe && isDatabaseUnavailable(error)) probe.outage = error;
}

/** Ends every session of the user (on every device): tokens carrying the old version are refused. */
export async function revokeSessions(tx: Db | Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * The actor of a session as the jwt callback has just refreshed it from the database
 * (refreshSessionToken): a disabled account, a changed role or a revoked session takes
 * effect at once.
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
