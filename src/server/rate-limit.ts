import "server-only";
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
 * Counts one attempt (a failed sign-in, a wrong look-up guess, a stored home-visit request)
 * atomically (one statement, so concurrent failures from several app
 * instances all count) and blocks the key for a window once `max` is reached.
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
