import { getServerSession, type Session } from "next-auth";
import { encode, type JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { delayAfter, signInThrottle } from "@/domain/auth/throttle";
import { paths } from "@/lib/paths";
import { changePassword } from "@/server/account/change-password";
import { createUser } from "@/server/admin/users/create-user";
import { resetPassword } from "@/server/admin/users/reset-password";
import { setUserActive } from "@/server/admin/users/set-user-active";
import type { UserActor } from "@/server/auth/actor";
import { authOptions, sessionCookie } from "@/server/auth/options";
import { SESSION_ABSOLUTE_SECONDS, claimsForSignIn, pageAccess, refreshSessionToken, userActorFor } from "@/server/auth/session-token";
import { verifyCredentials } from "@/server/auth/sign-in";
import { db } from "@/server/db";
import { recordPaperSurvey } from "@/server/friendly/record-paper-survey";
import { tag } from "./admin-fixtures";
import { actorFor, testNow, unitIdByKey } from "./helpers";

const PHO_NHON = "quang-ngai/duc-pho/pho-nhon";
const FIRST_PASSWORD = "MatKhauTam123";
const OWN_PASSWORD = "MatKhauRieng456";

let addressCounter = 0;
/** An address of its own for each use, so that no test shares a throttle key with another. */
const freshIp = () => `198.18.${Math.floor(++addressCounter / 250)}.${(addressCounter % 250) + 1}`;
const later = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);

/** A new officer of Phổ Nhơn, created by the administrator (so with mustChangePassword set). */
async function newOfficer(options: { mustChange?: boolean } = {}): Promise<{ id: string; username: string; password: string }> {
  const username = `canbo.phien.${tag()}`;
  const created = await createUser(await actorFor("quantri"), { username, fullName: "Cán bộ Thử Phiên", role: "OFFICER", unitId: await unitIdByKey(PHO_NHON), password: FIRST_PASSWORD });
  if (!created.ok) throw new Error(created.error.message);
  const { id } = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  if (!options.mustChange) await db.user.update({ where: { id }, data: { mustChangePassword: false } });
  return { id, username, password: FIRST_PASSWORD };
}

/** The token next-auth issues at sign-in (the jwt callback with the verified user). */
async function signInToken(username: string, password: string, ip = freshIp()): Promise<JWT> {
  const user = await verifyCredentials(db, { username, password, ip });
  return authOptions.callbacks!.jwt!({ token: { sub: user.id, name: user.fullName }, user: { ...user, name: user.fullName }, account: null });
}

/**
 * Presents a token in the session cookie to next-auth's own session route, as every page,
 * action and GET /api/auth/session do: the session (or null) and the cookies it sets.
 */
async function presentToken(token: JWT): Promise<{ session: Session | null; setCookies: string[] }> {
  const value = await encode({ token, secret: process.env.NEXTAUTH_SECRET! });
  const headers: Record<string, string[]> = {};
  const res = { getHeader: (name: string) => headers[name], setHeader: (name: string, v: string[]) => (headers[name] = v) };
  const session = await getServerSession<typeof authOptions, Session>({ headers: {}, cookies: { [sessionCookie.name]: value } } as never, res as never, authOptions);
  return { session, setCookies: headers["Set-Cookie"] ?? [] };
}

/** The actor the session layer builds from a token, or null. */
async function actorFromToken(token: JWT, ip?: string): Promise<UserActor | null> {
  const { session } = await presentToken(token);
  return session ? userActorFor(db, session.user, ip) : null;
}

const clearsCookie = (setCookies: string[]) => setCookies.some((c) => c.startsWith(`${sessionCookie.name}=;`) && /max-age=0/i.test(c));

describe("sessions are revoked by sign-out, password change, reset and disabling", () => {
  it("a token captured before sign-out opens nothing afterwards, and is not renewed", async () => {
    const u = await newOfficer();
    const token = await signInToken(u.username, u.password);
    const before = await presentToken(token);
    expect(before.session?.user.username).toBe(u.username);
    expect(before.setCookies.some((c) => c.startsWith(`${sessionCookie.name}=ey`))).toBe(true);

    await authOptions.events!.signOut!({ token, session: undefined as never });

    expect(await refreshSessionToken(db, token, testNow())).toBeNull();
    const after = await presentToken(token);
    expect(after.session).toBeNull();
    expect(clearsCookie(after.setCookies)).toBe(true);
    expect(await actorFromToken(token)).toBeNull();
    // Signing out with the same token again changes nothing and writes no second record.
    await authOptions.events!.signOut!({ token, session: undefined as never });
    expect(await db.auditLog.count({ where: { action: "auth.signout", entityId: u.id } })).toBe(1);
  });

  it("a token captured before a password change opens nothing; the new password opens a new session", async () => {
    const u = await newOfficer();
    const token = await signInToken(u.username, u.password);
    const actor = (await actorFromToken(token))!;
    expect(actor.username).toBe(u.username);
    const changed = await changePassword(actor, { currentPassword: u.password, newPassword: OWN_PASSWORD, confirmPassword: OWN_PASSWORD });
    expect(changed.ok).toBe(true);
    expect(await refreshSessionToken(db, token, testNow())).toBeNull();
    expect(await actorFromToken(token)).toBeNull();
    const fresh = await signInToken(u.username, OWN_PASSWORD);
    expect((await actorFromToken(fresh))?.id).toBe(u.id);
  });

  it("a token captured before an administrator's password reset opens nothing", async () => {
    const u = await newOfficer();
    const token = await signInToken(u.username, u.password);
    expect(await actorFromToken(token)).not.toBeNull();
    expect((await resetPassword(await actorFor("quantri"), { id: u.id })).ok).toBe(true);
    expect(await refreshSessionToken(db, token, testNow())).toBeNull();
    expect(await actorFromToken(token)).toBeNull();
  });

  it("a token captured before disabling stays dead when the account is enabled again", async () => {
    const u = await newOfficer();
    const token = await signInToken(u.username, u.password);
    const admin = await actorFor("quantri");
    expect((await setUserActive(admin, { id: u.id, active: "" })).ok).toBe(true);
    expect(await actorFromToken(token)).toBeNull();
    expect((await setUserActive(admin, { id: u.id, active: "on" })).ok).toBe(true);
    expect(await refreshSessionToken(db, token, testNow())).toBeNull();
    expect(await actorFromToken(token)).toBeNull();
  });

  it("a session ends 12 hours after its sign-in, however often it was renewed", async () => {
    const u = await newOfficer();
    const user = await verifyCredentials(db, { username: u.username, password: u.password, ip: freshIp() });
    const signedIn = testNow();
    let token = { sub: u.id, ...claimsForSignIn(user, signedIn) } as JWT;
    // Renewed every 2 hours, as a busy officer's pages would.
    for (let hours = 2; hours < 12; hours += 2) {
      const renewed = await refreshSessionToken(db, token, later(signedIn, hours * 3600));
      expect(renewed, `${hours} h`).not.toBeNull();
      expect(renewed!.signedInAt).toBe(token.signedInAt);
      token = renewed!;
    }
    expect(await refreshSessionToken(db, token, later(signedIn, SESSION_ABSOLUTE_SECONDS - 1))).not.toBeNull();
    expect(await refreshSessionToken(db, token, later(signedIn, SESSION_ABSOLUTE_SECONDS + 1))).toBeNull();
    // The session route applies it too: a token signed in 13 hours ago is refused and cleared.
    const old = { sub: u.id, ...claimsForSignIn(user, later(testNow(), -13 * 3600)) } as JWT;
    const presented = await presentToken(old);
    expect(presented.session).toBeNull();
    expect(clearsCookie(presented.setCookies)).toBe(true);
  });
});

describe("an account with a password given by the administrator", () => {
  it("reaches only the change-password page and can do nothing else until the password is changed", async () => {
    const u = await newOfficer({ mustChange: true });
    const token = await signInToken(u.username, u.password);
    const actor = (await actorFromToken(token, "198.51.100.200"))!;
    expect(actor.mustChangePassword).toBe(true);

    expect(pageAccess(actor, "dossier.read", paths.officer.home())).toBe("change-password");
    expect(pageAccess(actor, "dossier.read", paths.officer.board("xa-pho-nhon"))).toBe("change-password");
    expect(pageAccess(actor, "account.self", paths.changePassword())).toBe("allowed");

    const phoNhon = await unitIdByKey(PHO_NHON);
    const refused = await recordPaperSurvey(actor, { unitId: phoNhon, rating: "SATISFIED", respondedOn: "2024-05-02" });
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: "Vui lòng đổi mật khẩu được cấp trước khi làm việc tiếp." } });

    expect((await changePassword(actor, { currentPassword: u.password, newPassword: OWN_PASSWORD, confirmPassword: OWN_PASSWORD })).ok).toBe(true);
    const again = (await actorFromToken(await signInToken(u.username, OWN_PASSWORD)))!;
    expect(again.mustChangePassword).toBe(false);
    expect(pageAccess(again, "dossier.read", paths.officer.home())).toBe("allowed");
    expect((await recordPaperSurvey(again, { unitId: phoNhon, rating: "SATISFIED", respondedOn: "2024-05-02" })).ok).toBe(true);
  });

  it("is sent back to the change-password page after an administrator's reset", async () => {
    const u = await newOfficer();
    const reset = await resetPassword(await actorFor("quantri"), { id: u.id });
    if (!reset.ok) throw new Error(reset.error.message);
    const actor = (await actorFromToken(await signInToken(u.username, reset.data.temporaryPassword)))!;
    expect(actor.mustChangePassword).toBe(true);
    expect(pageAccess(actor, "dossier.read", paths.officer.dossiers("xa-pho-nhon"))).toBe("change-password");
  });
});

async function attempt(username: string, password: string, ip: string, now: Date): Promise<string> {
  try {
    await verifyCredentials(db, { username, password, ip }, now);
    return "OK";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe("password guesses: progressive delays per account and address, never a lock", () => {
  it("wrong passwords from one address do not keep the administrator out elsewhere", async () => {
    const attacker = freshIp();
    let t = testNow();
    const outcomes: string[] = [];
    // Thirty guesses at quantri, each as soon as the delay allows.
    for (let i = 1; i <= 30; i++) {
      outcomes.push(await attempt("quantri", `doan-mo-${i}`, attacker, t));
      t = later(t, delayAfter(i, signInThrottle.perAccountAddress));
    }
    expect(outcomes.every((o) => o === "UNAUTHENTICATED")).toBe(true);
    // Too early is refused without the password being checked, and audited.
    expect(await attempt("quantri", "QuanTri#2026", attacker, later(t, -1))).toBe("RATE_LIMITED");
    expect(await db.auditLog.count({ where: { action: "auth.signin_throttled", actorName: "quantri", ip: attacker } })).toBe(1);
    // The administrator at their own address signs in at once.
    expect(await attempt("quantri", "QuanTri#2026", freshIp(), later(t, -1))).toBe("OK");
  });

  it("delays double after three free attempts, and the right password waits like any other", async () => {
    const u = await newOfficer();
    const ip = freshIp();
    const t0 = testNow();
    for (let i = 0; i < 4; i++) expect(await attempt(u.username, "sai", ip, t0)).toBe("UNAUTHENTICATED");
    expect(await attempt(u.username, u.password, ip, later(t0, 4))).toBe("RATE_LIMITED");
    expect(await attempt(u.username, "sai", ip, later(t0, 5))).toBe("UNAUTHENTICATED");
    expect(await attempt(u.username, u.password, ip, later(t0, 14))).toBe("RATE_LIMITED");
    expect(await attempt(u.username, u.password, ip, later(t0, 15))).toBe("OK");
    // A success starts the account at this address again from zero.
    for (let i = 0; i < 4; i++) expect(await attempt(u.username, "sai", ip, later(t0, 16))).toBe("UNAUTHENTICATED");
  });

  it("parallel guesses queue behind the delay: of eight at once, four are checked", async () => {
    const u = await newOfficer();
    const ip = freshIp();
    const t0 = testNow();
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => attempt(u.username, `song-song-${i}`, ip, t0)));
    expect(outcomes.filter((o) => o === "UNAUTHENTICATED")).toHaveLength(4);
    expect(outcomes.filter((o) => o === "RATE_LIMITED")).toHaveLength(4);
    expect(await db.auditLog.count({ where: { action: "auth.signin_failed", entityId: u.id } })).toBe(4);
  });

  it("one address spraying many accounts is slowed after twenty attempts, and successes do not count", async () => {
    const ip = freshIp();
    const t0 = testNow();
    const u = await newOfficer();
    // Colleagues behind one office address signing in all day do not use up its attempts.
    for (let i = 0; i < 25; i++) expect(await attempt(u.username, u.password, ip, t0)).toBe("OK");
    for (let i = 1; i <= 21; i++) expect(await attempt(`khong-co-${tag()}`, "MatKhau2026", ip, t0), `${i}`).toBe("UNAUTHENTICATED");
    expect(await attempt(`khong-co-${tag()}`, "MatKhau2026", ip, t0)).toBe("RATE_LIMITED");
    expect(await attempt(`khong-co-${tag()}`, "MatKhau2026", ip, later(t0, 1))).toBe("UNAUTHENTICATED");
    // The wait never exceeds a minute for the people behind that address.
    let t = later(t0, 1);
    for (let i = 23; i <= 40; i++) {
      t = later(t, delayAfter(i - 1, signInThrottle.perAddress));
      expect(await attempt(`khong-co-${tag()}`, "MatKhau2026", ip, t), `${i}`).toBe("UNAUTHENTICATED");
    }
    expect(await attempt(u.username, u.password, ip, later(t, 60))).toBe("OK");
  });
});

describe("the current password on the change-password form is throttled like a sign-in", () => {
  const input = (current: string) => ({ currentPassword: current, newPassword: OWN_PASSWORD, confirmPassword: OWN_PASSWORD });

  it("twelve wrong current passwords at once: four are checked and audited, then even the right one waits", async () => {
    const u = await newOfficer();
    const ip = freshIp();
    const actor = (await actorFromToken(await signInToken(u.username, u.password, ip), ip))!;
    const t0 = testNow();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => changePassword(actor, input(`sai-${i}`), { now: t0 })));
    const codes = results.map((r) => (r.ok ? "OK" : r.error.code));
    expect(codes.filter((c) => c === "VALIDATION")).toHaveLength(4);
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(8);
    expect(await db.auditLog.count({ where: { action: "account.change_password_failed", entityId: u.id } })).toBe(4);
    expect(await db.auditLog.count({ where: { action: "account.change_password_throttled", entityId: u.id } })).toBe(8);

    expect(await changePassword(actor, input(u.password), { now: later(t0, 4) })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    expect((await changePassword(actor, input(u.password), { now: later(t0, 5) })).ok).toBe(true);
  });

  it("is refused while sign-in is slowed for the account at that address", async () => {
    const u = await newOfficer();
    const ip = freshIp();
    const actor = (await actorFromToken(await signInToken(u.username, u.password, ip), ip))!;
    const t0 = testNow();
    for (let i = 0; i < 4; i++) expect(await attempt(u.username, "sai", ip, t0)).toBe("UNAUTHENTICATED");
    expect(await changePassword(actor, input(u.password), { now: t0 })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    expect(await db.user.findUniqueOrThrow({ where: { id: u.id }, select: { passwordChangedAt: true } })).toEqual({ passwordChangedAt: null });
  });
});
