/**
 * The look-up's throttle and the arithmetic of docs/security.md: attackers guessing one code's
 * proof as fast as they are allowed, for a week, on a simulated clock (claimDecision, the
 * function the server stores the outcome of, over an in-memory store).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attemptsWithin, claimDecision, delayAfter, type AttemptRecord } from "@/domain/auth/throttle";
import { lookupKeys, lookupThrottle, proofSpace, WEEKLY_SUCCESS_BOUND, type LookupProofKind } from "@/domain/dossier/lookup-throttle";

const t0 = new Date("2026-12-07T09:00:00+07:00");
const DAY = 24 * 60 * 60;
const WEEK = 7 * DAY;
const CODE = "PN-261207-K7M3";

/** The RateLimit table of one simulation. */
class Store {
  private rows = new Map<string, AttemptRecord>();
  /** One look-up claimed at `now`: allowed (and counted under every key) or the seconds to wait. */
  claim(address: string, proof: LookupProofKind, now: Date): { allowed: true } | { allowed: false; retryAfterSeconds: number; refusedBy: string[] } {
    const { keys } = lookupKeys(CODE, address, proof);
    const d = claimDecision(
      keys.map((k) => ({ ...k, record: this.rows.get(k.key) ?? null })),
      now,
    );
    if (!d.allowed) return { allowed: false, retryAfterSeconds: d.retryAfterSeconds, refusedBy: d.refusals.map((r) => r.key) };
    for (const r of d.records) this.rows.set(r.key, { attempts: r.attempts, lastAttemptAt: r.lastAttemptAt });
    return { allowed: true };
  }
}

/**
 * An attacker guessing as fast as allowed for `seconds`: each attempt at once, or as soon as
 * the refusal says; `address(i)` is where the i-th attempt comes from. Returns the guesses
 * that were checked.
 */
function greedyAttack(proof: LookupProofKind, address: (i: number) => string, seconds = WEEK): number {
  const store = new Store();
  const end = t0.getTime() + seconds * 1000;
  let now = t0.getTime();
  let checked = 0;
  // Capped, so that a policy which never refuses fails quickly instead of running on.
  for (let i = 0; now <= end && checked <= 100_000; i++) {
    const r = store.claim(address(i), proof, new Date(now));
    if (r.allowed) checked += 1;
    else now += r.retryAfterSeconds * 1000;
  }
  return checked;
}

const oneAddress = () => "203.0.113.7";
/** A fresh address for every guess: the most a botnet (or a forged X-Forwarded-For) can do. */
const everyGuessANewAddress = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

describe("the look-up's policies", () => {
  const cases: [keyof typeof lookupThrottle, number, number][] = [
    ["perCodeAddress", 4, 5],
    ["perCodeAddress", 12, 15 * 60],
    ["perAddress", 21, 1],
    ["perAddress", 27, 60],
    ["perCodeDigits", 3, 0],
    ["perCodeDigits", 4, 8 * DAY],
    ["perCodeDigits", 1_000, 8 * DAY],
    ["perCodePhone", 4, 5],
    ["perCodePhone", 9, 160],
    ["perCodePhone", 10, 180],
    ["perCodePhone", 1_000_000, 180],
  ];
  for (const [name, attempts, seconds] of cases) {
    it(`${name}: after attempt ${attempts}, wait ${seconds} s`, () => {
      expect(delayAfter(attempts, lookupThrottle[name])).toBe(seconds);
    });
  }

  it("every wait a stranger can make the owner sit out is at most three minutes (the 4-digit budget is never waited on)", () => {
    expect(lookupThrottle.perAddress.maxDelaySeconds).toBeLessThanOrEqual(3 * 60);
    expect(lookupThrottle.perCodePhone.maxDelaySeconds).toBeLessThanOrEqual(3 * 60);
  });
});

describe("the arithmetic of docs/security.md: a week of guessing one code", () => {
  it("from one address: 4 checks of the 4 digits, 682 of the whole number", () => {
    expect(greedyAttack("digits", oneAddress)).toBe(4);
    expect(greedyAttack("phone", oneAddress)).toBe(682);
    expect(attemptsWithin(WEEK, lookupThrottle.perCodeAddress)).toBe(682);
  });

  it("from a new address for every guess: still 4 checks of the 4 digits (≤ 10, 0.1 % of 10 000), 3 368 of the whole number", () => {
    const digits = greedyAttack("digits", everyGuessANewAddress);
    const phone = greedyAttack("phone", everyGuessANewAddress);
    expect(digits).toBe(4);
    expect(digits).toBeLessThanOrEqual(0.001 * proofSpace.digits);
    expect(phone).toBe(3368);
    expect(attemptsWithin(WEEK, lookupThrottle.perCodeDigits)).toBe(digits);
    expect(attemptsWithin(WEEK, lookupThrottle.perCodePhone)).toBe(phone);
  });

  it("both proofs together succeed with less than 0.1 % in a week, however many addresses", () => {
    const chance = greedyAttack("digits", everyGuessANewAddress) / proofSpace.digits + greedyAttack("phone", everyGuessANewAddress) / proofSpace.phone;
    expect(chance).toBeCloseTo(0.000737, 6);
    expect(chance).toBeLessThan(WEEKLY_SUCCESS_BOUND);
  });

  it("no schedule and no spread over addresses gets more checks into a window than guessing as fast as allowed", () => {
    // The 4-digit checks over a week; the whole-number checks over an hour (a week would need thousands of attempts per run).
    const windows = { digits: WEEK, phone: 60 * 60 } as const satisfies Record<LookupProofKind, number>;
    const gap = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 * 60 }), fc.integer({ min: 0, max: 2 * DAY }));
    fc.assert(
      fc.property(
        fc.constantFrom<LookupProofKind>("digits", "phone"),
        // Gaps between attempts (seconds) and which of 50 addresses sends each.
        fc.array(fc.tuple(gap, fc.integer({ min: 0, max: 49 })), { minLength: 1, maxLength: 300 }),
        (proof, attempts) => {
          const store = new Store();
          const allowedAt: number[] = [];
          let now = t0.getTime();
          for (const [wait, who] of attempts) {
            now += wait * 1000;
            if (store.claim(`192.0.2.${who}`, proof, new Date(now)).allowed) allowedAt.push(now);
          }
          const window = windows[proof] * 1000;
          // In any window (closed), counted from each allowed guess.
          const most = Math.max(...allowedAt.map((start) => allowedAt.filter((t) => t >= start && t <= start + window).length), 0);
          expect(most).toBeLessThanOrEqual(attemptsWithin(windows[proof], proof === "digits" ? lookupThrottle.perCodeDigits : lookupThrottle.perCodePhone));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("a stranger's guesses never lock the owner out", () => {
  it("after a botnet has spent the code's 4-digit checks, the owner is asked for the whole number, not made to wait", () => {
    const store = new Store();
    for (let i = 0; i < 4; i++) expect(store.claim(everyGuessANewAddress(i), "digits", t0).allowed).toBe(true);
    const owner = "198.51.100.20";
    const digits = store.claim(owner, "digits", t0);
    expect(digits).toMatchObject({ allowed: false, refusedBy: [lookupKeys(CODE, owner, "digits").perCode] });
    expect(store.claim(owner, "phone", t0).allowed).toBe(true);
  });

  it("however fast a botnet guesses the whole number, the owner's next try is at most three minutes away", () => {
    const store = new Store();
    let now = t0.getTime();
    for (let i = 0; i < 2_000; i++) {
      const r = store.claim(everyGuessANewAddress(i), "phone", new Date(now));
      if (!r.allowed) now += r.retryAfterSeconds * 1000;
    }
    const r = store.claim("198.51.100.20", "phone", new Date(now));
    expect(r.allowed || r.retryAfterSeconds <= 180).toBe(true);
  });
});
