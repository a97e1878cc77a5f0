import "server-only";
import { signInThrottle } from "@/domain/auth/throttle";
import { now as serverNow } from "../clock";
import { AppError, type ErrorCode } from "../errors";
import type { Db, Tx } from "../db";
import { claimAttempt, settleAttempt, type ThrottleKey } from "../rate-limit";
import { dummyVerify, verifyPassword } from "./password";
import type { Role } from "@/generated/prisma/enums";

export interface SignedInUser {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string | null;
  sessionVersion: number;
  mustChangePassword: boolean;
}

const WRONG_CREDENTIALS = "Tên đăng nhập hoặc mật khẩu không đúng.";

function waitText(seconds: number): string {
  return seconds < 60 ? `${Math.max(1, Math.ceil(seconds))} giây` : `${Math.ceil(seconds / 60)} phút`;
}

function throttledError(retryAfterSeconds: number): AppError {
  return new AppError("RATE_LIMITED", `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${waitText(retryAfterSeconds)}.`, { retryAfterSeconds });
}

/**
 * The keys a password guess is counted under: this account from this address, and this
 * address. The change-password form counts its current-password checks under the same keys,
 * so a stolen session does not open a second, unthrottled way to guess.
 */
export function passwordGuessKeys(username: string, ip: string | undefined): { keys: ThrottleKey[]; forget: string[]; uncount: string[] } {
  const address = ip ?? "unknown";
  const pair = `signin:account:${username.trim().toLowerCase()}:ip:${address}`;
  const perAddress = `signin:ip:${address}`;
  return {
    keys: [
      { key: pair, policy: signInThrottle.perAccountAddress },
      { key: perAddress, policy: signInThrottle.perAddress },
    ],
    forget: [pair],
    uncount: [perAddress],
  };
}

/**
 * Claims one password guess for the account at this address; a refusal (too early after the
 * last ones) is an AppError to show. Runs in the caller's transaction.
 */
export async function claimPasswordGuess(tx: Tx, username: string, ip: string | undefined, now: Date): Promise<AppError | null> {
  const claim = await claimAttempt(tx, passwordGuessKeys(username, ip).keys, now);
  return claim.allowed ? null : throttledError(claim.retryAfterSeconds);
}

/** The guess was right: the account at this address starts again, the address gets its attempt back. */
export async function passwordGuessSucceeded(client: Db | Tx, username: string, ip: string | undefined): Promise<void> {
  const { forget, uncount } = passwordGuessKeys(username, ip);
  await settleAttempt(client, { forget, uncount });
}

/** Lifts the delays of every address on this account (an administrator's password reset). */
export async function forgetPasswordGuesses(tx: Db | Tx, username: string): Promise<void> {
  await tx.rateLimit.deleteMany({ where: { key: { startsWith: `signin:account:${username.trim().toLowerCase()}:ip:` } } });
}

/**
 * Checks a username and password. The attempt is claimed before the password is checked, in
 * one transaction with the check and its audit record, so parallel guesses queue behind the
 * delay (src/domain/auth/throttle.ts); the counts live in the database, shared by every app
 * instance. An attempt refused for coming too early is audited and never checked.
 */
export async function verifyCredentials(db: Db, input: { username: string; password: string; ip?: string }, now = serverNow()): Promise<SignedInUser> {
  const username = input.username.trim().toLowerCase();
  if (!username || !input.password) throw new AppError("VALIDATION", "Vui lòng nhập tên đăng nhập và mật khẩu.");
  const ip = input.ip ?? null;
  const anonymous = { entity: "User", actorName: username, actorRole: "ANONYMOUS", ip };

  const outcome = await db.$transaction(
    async (tx): Promise<{ user: SignedInUser } | { error: AppError }> => {
      const refused = await claimPasswordGuess(tx, username, input.ip, now);
      if (refused) {
        await tx.auditLog.create({ data: { ...anonymous, action: "auth.signin_throttled" } });
        return { error: refused };
      }
      const user = await tx.user.findUnique({ where: { username } });
      const ok = user ? await verifyPassword(user.passwordHash, input.password) : await dummyVerify(input.password);
      if (!user || !ok || !user.active) {
        await tx.auditLog.create({ data: { ...anonymous, action: "auth.signin_failed", entityId: user?.id ?? null } });
        if (user && ok && !user.active) return { error: new AppError("FORBIDDEN", "Tài khoản đã bị khóa. Vui lòng liên hệ quản trị.") };
        return { error: new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS) };
      }
      await passwordGuessSucceeded(tx, username, input.ip);
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
      await tx.auditLog.create({
        data: { action: "auth.signin", entity: "User", entityId: user.id, actorId: user.id, actorName: user.username, actorRole: user.role, unitId: user.unitId, ip },
      });
      const { id, fullName, role, unitId, sessionVersion, mustChangePassword } = user;
      return { user: { id, username: user.username, fullName, role, unitId, sessionVersion, mustChangePassword } };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
  if ("error" in outcome) throw outcome.error;
  return outcome.user;
}

/**
 * The only texts the sign-in page shows for its `?error=` parameter: next-auth's codes and
 * the codes of verifyCredentials' errors. Anything else (a crafted link) gets the generic
 * text, so nobody can put their own words in the portal's alert.
 */
const signInErrorTexts: Record<string, string> = {
  CredentialsSignin: WRONG_CREDENTIALS,
  UNAUTHENTICATED: WRONG_CREDENTIALS,
  VALIDATION: "Vui lòng nhập tên đăng nhập và mật khẩu.",
  RATE_LIMITED: "Đăng nhập sai quá nhiều lần. Vui lòng chờ một lát rồi thử lại.",
  FORBIDDEN: "Tài khoản đã bị khóa. Vui lòng liên hệ quản trị.",
  SessionRequired: "Vui lòng đăng nhập để tiếp tục.",
  SessionEnded: "Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.",
  UNAVAILABLE: "Cơ sở dữ liệu đang khởi động lại… Vui lòng thử đăng nhập lại sau ít giây.",
} satisfies Partial<Record<ErrorCode, string>> & Record<string, string>;

const GENERIC_SIGN_IN_ERROR = "Đăng nhập không thành công. Vui lòng thử lại.";

/** The Vietnamese text for a sign-in error code; undefined when there is none to show. */
export function signInErrorText(code: string | undefined): string | undefined {
  if (!code) return undefined;
  return Object.hasOwn(signInErrorTexts, code) ? signInErrorTexts[code] : GENERIC_SIGN_IN_ERROR;
}
