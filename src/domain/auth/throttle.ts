/**
 * How often a password may be tried: progressive delays instead of a lock. Every attempt is
 * counted against a key (one account from one address, or one address); the first few are
 * free, then each one must wait twice as long as the one before, up to a ceiling. Nothing is
 * ever locked for good, and a key is forgotten after a quiet spell. The arithmetic (guesses a
 * day per account and per address) is in docs/security.md.
 */
export interface ThrottlePolicy {
  /** Attempts allowed without waiting. */
  freeAttempts: number;
  /** The wait after the first attempt beyond the free ones; it doubles with each attempt after. */
  firstDelaySeconds: number;
  /** The longest wait between two attempts. */
  maxDelaySeconds: number;
  /** A key without attempts for this long starts again from zero. */
  forgetAfterSeconds: number;
}

/** What is stored for one key: attempts counted so far and when the last one was made. */
export interface AttemptRecord {
  attempts: number;
  lastAttemptAt: Date;
}

export type ThrottleDecision = { allowed: true; attempts: number } | { allowed: false; retryAfterSeconds: number };

/**
 * The sign-in policies, shared by the change-password form (a wrong current password is a
 * guess like any other). Per account and address: an attacker at one address slows only
 * themselves; the people elsewhere who use the account are never made to wait by them. Per
 * address: spraying one password over many accounts is slowed too, but only to a minute
 * between attempts, because colleagues behind one office address share it.
 */
export const signInThrottle = {
  perAccountAddress: { freeAttempts: 3, firstDelaySeconds: 5, maxDelaySeconds: 15 * 60, forgetAfterSeconds: 24 * 60 * 60 },
  perAddress: { freeAttempts: 20, firstDelaySeconds: 1, maxDelaySeconds: 60, forgetAfterSeconds: 60 * 60 },
} as const satisfies Record<string, ThrottlePolicy>;

/** The wait required after the `attempts`-th attempt before the next one. */
export function delayAfter(attempts: number, policy: ThrottlePolicy): number {
  if (attempts <= policy.freeAttempts) return 0;
  const doublings = attempts - policy.freeAttempts - 1;
  // 2^doublings overflows to Infinity for huge counts; the ceiling bounds it either way.
  return Math.min(policy.firstDelaySeconds * 2 ** Math.min(doublings, 60), policy.maxDelaySeconds);
}

/** The attempts that still count at `now` (zero once the key has been quiet long enough). */
export function attemptsCounted(record: AttemptRecord | null, now: Date, policy: ThrottlePolicy): number {
  if (!record || record.attempts <= 0) return 0;
  const quietSeconds = (now.getTime() - record.lastAttemptAt.getTime()) / 1000;
  return quietSeconds >= policy.forgetAfterSeconds ? 0 : record.attempts;
}

/**
 * May one more attempt be made at `now`? If so, `attempts` is the count including it (what
 * to store); if not, how many seconds remain (for the message and Retry-After).
 */
export function throttleDecision(record: AttemptRecord | null, now: Date, policy: ThrottlePolicy): ThrottleDecision {
  const attempts = attemptsCounted(record, now, policy);
  if (attempts > 0 && record) {
    const readyAt = record.lastAttemptAt.getTime() + delayAfter(attempts, policy) * 1000;
    if (readyAt > now.getTime()) return { allowed: false, retryAfterSeconds: Math.ceil((readyAt - now.getTime()) / 1000) };
  }
  return { allowed: true, attempts: attempts + 1 };
}

/** Attempts a key allows over `seconds` when every one is made as soon as it may be. */
export function attemptsWithin(seconds: number, policy: ThrottlePolicy): number {
  let attempts = 0;
  let t = 0;
  while (t <= seconds) {
    attempts += 1;
    const wait = delayAfter(attempts, policy);
    if (wait >= policy.forgetAfterSeconds) break;
    t += wait;
  }
  return attempts;
}

/** One key of a claim: its policy and what is stored for it (null: never seen). */
export interface KeyState {
  key: string;
  policy: ThrottlePolicy;
  record: AttemptRecord | null;
}

export type ClaimDecision =
  | { allowed: true; records: { key: string; attempts: number; lastAttemptAt: Date; nextAllowedAt: Date | null }[] }
  | { allowed: false; retryAfterSeconds: number; refusals: { key: string; retryAfterSeconds: number }[] };

/**
 * One attempt claimed under several keys at once, or under none: refused when any key is
 * still waiting (with the longest wait, and which keys refused), else every key counts it.
 * The server stores what this returns (src/server/rate-limit.ts); the simulations of
 * docs/security.md run it on an in-memory store.
 */
export function claimDecision(keys: KeyState[], now: Date): ClaimDecision {
  const decided = keys.map((k) => ({ ...k, decision: throttleDecision(k.record, now, k.policy) }));
  const refusals = decided.flatMap((d) => (d.decision.allowed ? [] : [{ key: d.key, retryAfterSeconds: d.decision.retryAfterSeconds }]));
  if (refusals.length) return { allowed: false, retryAfterSeconds: Math.max(...refusals.map((r) => r.retryAfterSeconds)), refusals };
  return {
    allowed: true,
    records: decided.map(({ key, policy, decision }) => {
      const attempts = decision.allowed ? decision.attempts : 0;
      const wait = delayAfter(attempts, policy);
      return { key, attempts, lastAttemptAt: now, nextAllowedAt: wait > 0 ? new Date(now.getTime() + wait * 1000) : null };
    }),
  };
}
