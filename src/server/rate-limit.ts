import "server-only";
import { claimDecision, type ThrottlePolicy } from "@/domain/auth/throttle";
import type { Db, Tx } from "./db";

interface RateLimitPolicy {
  /** Attempts allowed in the window; reaching it blocks the key for the window. */
  max: number;
  windowMinutes: number;
}

interface RateLimitState {
  blocked: boolean;
  retryAfterSeconds: number;
  count: number;
}

/** Is the key blocked now? Read before doing the costly or sensitive work. */
export async function rateLimitStatus(db: Db | Tx, key: string, now: Date): Promise<RateLimitState> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row?.blockedUntil || row.blockedUntil <= now) return { blocked: false, retryAfterSeconds: 0, count: row?.count ?? 0 };
  return { blocked: true, retryAfterSeconds: Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000), count: row.count };
}

/**
 * Counts one attempt (a stored home-visit request: sign-ins and look-ups use the progressive
 * delays of claimAttempt instead) atomically (one statement, so concurrent attempts from
 * several app instances all count) and blocks the key for a window once `max` is reached.
 */
export async function recordAttempt(db: Db | Tx, key: string, policy: RateLimitPolicy, now: Date): Promise<RateLimitState> {
  const windowStartCutoff = new Date(now.getTime() - policy.windowMinutes * 60_000);
  const blockUntil = new Date(now.getTime() + policy.windowMinutes * 60_000);
  const rows = await db.$queryRaw<{ count: number; blockedUntil: Date | null }[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowStart")
    VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" < ${windowStartCutoff} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < ${windowStartCutoff} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count", "blockedUntil"`;
  const row = rows[0]!;
  if (row.count >= policy.max) {
    await db.rateLimit.update({ where: { key }, data: { blockedUntil: blockUntil } });
    return { blocked: true, retryAfterSeconds: policy.windowMinutes * 60, count: row.count };
  }
  return { blocked: false, retryAfterSeconds: 0, count: row.count };
}

export async function resetRateLimit(db: Db | Tx, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** One key of a throttle and the policy it follows (src/domain/auth/throttle.ts). */
export interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
}

export type ThrottleClaim = { allowed: true } | { allowed: false; retryAfterSeconds: number; refusals: { key: string; retryAfterSeconds: number }[] };

/**
 * Claims one attempt under every key, or under none (claimDecision in the domain): the rows
 * are locked for the caller's transaction, so concurrent attempts are counted one after the
 * other and none slips past the delay while another is being checked. The attempt counts (as
 * a failure) until `settleAttempt` says it succeeded. For throttled keys `windowStart` is the
 * last attempt and `blockedUntil` the earliest next one. A refusal says which keys refused.
 */
export async function claimAttempt(tx: Tx, keys: ThrottleKey[], now: Date): Promise<ThrottleClaim> {
  const names = keys.map((k) => k.key);
  for (const key of names) {
    await tx.$executeRaw`INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES (${key}, 0, ${now}) ON CONFLICT ("key") DO NOTHING`;
  }
  const rows = await tx.$queryRaw<{ key: string; count: number; windowStart: Date }[]>`
    SELECT "key", "count", "windowStart" FROM "RateLimit" WHERE "key" = ANY(${names}) ORDER BY "key" FOR UPDATE`;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const decision = claimDecision(
    keys.map(({ key, policy }) => {
      const row = byKey.get(key);
      return { key, policy, record: row ? { attempts: row.count, lastAttemptAt: row.windowStart } : null };
    }),
    now,
  );
  if (!decision.allowed) return decision;
  for (const r of decision.records) {
    await tx.rateLimit.update({ where: { key: r.key }, data: { count: r.attempts, windowStart: r.lastAttemptAt, blockedUntil: r.nextAllowedAt } });
  }
  return { allowed: true };
}

/**
 * A claimed attempt succeeded: `forget` keys start again from zero (the account at this
 * address), `uncount` keys give the attempt back (the address, which colleagues share).
 */
export async function settleAttempt(db: Db | Tx, keys: { forget: string[]; uncount: string[] }): Promise<void> {
  if (keys.forget.length) await db.rateLimit.deleteMany({ where: { key: { in: keys.forget } } });
  for (const key of keys.uncount) {
    await db.$executeRaw`UPDATE "RateLimit" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
  }
}
