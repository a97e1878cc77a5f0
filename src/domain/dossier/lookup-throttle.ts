/**
 * How often a citizen's look-up (a dossier's receipt code or a home-visit tracking code, with
 * the phone given at submission) may be tried: the progressive delays of sign-in
 * (src/domain/auth/throttle.ts), never a lock that a stranger can set off. The arithmetic —
 * guesses a week against one code, from one address and from many — is in docs/security.md
 * and checked by tests/unit/dossier/lookup-throttle.test.ts.
 *
 * A code is printed on paper and read out at the desk, so an attacker may know it; what they
 * must guess is the proof. Four digits are only 10 000 values: against a code, from every
 * address together, they may be tried 4 times in 8 days. After that the 4-digit check of that
 * code is refused (for everyone) and the whole phone number is asked for instead, which the
 * citizen knows and an attacker faces 10 million values for. So a stranger can make the
 * owner type their whole number, and wait at most a few minutes, never lock them out.
 */
import type { ThrottlePolicy } from "../auth/throttle";

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How the citizen proves a record is theirs. */
export type LookupProofKind = "digits" | "phone";

export const lookupThrottle = {
  /**
   * One code from one address, whatever the proof: one person guessing one code waits for
   * their own mistakes only; the owner at another address is never slowed by them.
   */
  perCodeAddress: { freeAttempts: 3, firstDelaySeconds: 5, maxDelaySeconds: 15 * MINUTE, forgetAfterSeconds: DAY },
  /**
   * One address over every code: guessing many codes (or many digits for many codes) is
   * slowed to a minute between attempts, no more, because many citizens share an address
   * (a carrier's NAT, the commune's public computer).
   */
  perAddress: { freeAttempts: 20, firstDelaySeconds: 1, maxDelaySeconds: MINUTE, forgetAfterSeconds: HOUR },
  /**
   * One code's 4-digit checks from every address: a budget, not a wait, since nobody waits on
   * it — once it is spent the whole number is asked for. 4 checks, then none for 8 days.
   */
  perCodeDigits: { freeAttempts: 3, firstDelaySeconds: 8 * DAY, maxDelaySeconds: 8 * DAY, forgetAfterSeconds: 8 * DAY },
  /**
   * One code's whole-number checks from every address: what bounds an attacker with many
   * addresses, at a cost to the owner of at most three minutes' wait.
   */
  perCodePhone: { freeAttempts: 3, firstDelaySeconds: 5, maxDelaySeconds: 3 * MINUTE, forgetAfterSeconds: HOUR },
} as const satisfies Record<string, ThrottlePolicy>;

/**
 * The values a guess is drawn from. Phone numbers on record are 10 digits starting with 0
 * (src/server/validation.ts); counted as if the attacker knew the 3-digit network prefix,
 * 7 digits remain.
 */
export const proofSpace: Record<LookupProofKind, number> = { digits: 10_000, phone: 10_000_000 };

/** The most a week of guessing one code may succeed, by every proof together (docs/security.md). */
export const WEEKLY_SUCCESS_BOUND = 0.001;

/** One key a look-up is counted under, and its policy. */
export interface LookupKey {
  key: string;
  policy: ThrottlePolicy;
}

/**
 * The keys one look-up of `code` (normalised) from `address` with this proof is counted
 * under: the code from the address, the address, and the code's checks of this proof. On a
 * right proof the code-from-address key starts again; the address and the code only get this
 * attempt back, so the owner's look-ups never wipe out a stranger's wrong guesses.
 */
export function lookupKeys(code: string, address: string, proof: LookupProofKind): { keys: LookupKey[]; forget: string[]; uncount: string[]; perCode: string } {
  const pair = `lookup:code:${code}:ip:${address}`;
  const perAddress = `lookup:ip:${address}`;
  const perCode = `lookup:code:${code}:${proof}`;
  return {
    keys: [
      { key: pair, policy: lookupThrottle.perCodeAddress },
      { key: perAddress, policy: lookupThrottle.perAddress },
      { key: perCode, policy: proof === "digits" ? lookupThrottle.perCodeDigits : lookupThrottle.perCodePhone },
    ],
    forget: [pair],
    uncount: [perAddress, perCode],
    perCode,
  };
}
