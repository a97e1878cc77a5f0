import "server-only";
import { now as serverNow } from "../clock";
import { AppError } from "../errors";
import type { Db } from "../db";
import { env } from "../env";
import { recordAttempt, rateLimitStatus, resetRateLimit } from "../rate-limit";
import { dummyVerify, verifyPassword } from "./password";
import type { Role } from "@/generated/prisma/enums";

interface SignedInUser {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string | null;
}

function minutesText(seconds: number): string {
  return `${Math.max(1, Math.ceil(seconds / 60))} phút`;
}

/**
 * Checks a username and password. Failures are counted in the database per username and
 * per IP address, so that several app instances share the counters; a blocked key is
 * refused before the password is even checked.
 */
export async function verifyCredentials(db: Db, input: { username: string; password: string; ip?: string }, now = serverNow()): Promise<SignedInUser> {
  const username = input.username.trim().toLowerCase();
  if (!username || !input.password) throw new AppError("VALIDATION", "Vui lòng nhập tên đăng nhập và mật khẩu.");
  const policy = { max: env().SIGNIN_MAX_FAILURES, windowMinutes: env().SIGNIN_WINDOW_MINUTES };
  const ipPolicy = { max: policy.max * 3, windowMinutes: policy.windowMinutes };
  const userKey = `signin:user:${username}`;
  const ipKey = input.ip ? `signin:ip:${input.ip}` : null;

  for (const key of [userKey, ipKey]) {
    if (!key) continue;
    const state = await rateLimitStatus(db, key, now);
    if (state.blocked) {
      throw new AppError("RATE_LIMITED", `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutesText(state.retryAfterSeconds)}.`, {
        retryAfterSeconds: state.retryAfterSeconds,
      });
    }
  }

  const user = await db.user.findUnique({ where: { username } });
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : await dummyVerify(input.password);

  if (!user || !ok || !user.active) {
    const state = await recordAttempt(db, userKey, policy, now);
    if (ipKey) await recordAttempt(db, ipKey, ipPolicy, now);
    await db.auditLog.create({
      data: { action: "auth.signin_failed", entity: "User", entityId: user?.id ?? null, actorName: username, actorRole: "ANONYMOUS", ip: input.ip ?? null },
    });
    if (state.blocked) {
      throw new AppError("RATE_LIMITED", `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutesText(state.retryAfterSeconds)}.`, {
        retryAfterSeconds: state.retryAfterSeconds,
      });
    }
    if (user && ok && !user.active) throw new AppError("FORBIDDEN", "Tài khoản đã bị khóa. Vui lòng liên hệ quản trị.");
    throw new AppError("UNAUTHENTICATED", "Tên đăng nhập hoặc mật khẩu không đúng.");
  }

  await resetRateLimit(db, userKey);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await db.auditLog.create({
    data: { action: "auth.signin", entity: "User", entityId: user.id, actorId: user.id, actorName: user.username, actorRole: user.role, unitId: user.unitId, ip: input.ip ?? null },
  });
  return { id: user.id, username: user.username, fullName: user.fullName, role: user.role, unitId: user.unitId };
}
