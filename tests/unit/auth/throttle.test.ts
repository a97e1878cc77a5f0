import { describe, expect, it } from "vitest";
import { attemptsWithin, delayAfter, signInThrottle, throttleDecision, type ThrottlePolicy } from "@/domain/auth/throttle";

const pair = signInThrottle.perAccountAddress;
const address = signInThrottle.perAddress;
const t0 = new Date("2026-03-02T08:00:00+07:00");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe("delayAfter: free attempts, then doubling up to a ceiling", () => {
  const cases: [ThrottlePolicy, number, number][] = [
    [pair, 1, 0],
    [pair, 3, 0],
    [pair, 4, 5],
    [pair, 5, 10],
    [pair, 8, 80],
    [pair, 11, 640],
    [pair, 12, 900],
    [pair, 1_000_000, 900],
    [address, 20, 0],
    [address, 21, 1],
    [address, 26, 32],
    [address, 27, 60],
  ];
  for (const [policy, attempts, seconds] of cases) {
    it(`${policy === pair ? "account at an address" : "address"}: after attempt ${attempts}, wait ${seconds} s`, () => {
      expect(delayAfter(attempts, policy)).toBe(seconds);
    });
  }
});

describe("throttleDecision", () => {
  it("allows a first attempt and counts it", () => {
    expect(throttleDecision(null, t0, pair)).toEqual({ allowed: true, attempts: 1 });
  });

  it("refuses an attempt made before the delay is over, with the seconds left", () => {
    expect(throttleDecision({ attempts: 4, lastAttemptAt: t0 }, at(2), pair)).toEqual({ allowed: false, retryAfterSeconds: 3 });
    expect(throttleDecision({ attempts: 4, lastAttemptAt: t0 }, at(5), pair)).toEqual({ allowed: true, attempts: 5 });
  });

  it("forgets a key after a quiet spell, never earlier", () => {
    expect(throttleDecision({ attempts: 40, lastAttemptAt: t0 }, at(pair.forgetAfterSeconds - 1), pair)).toEqual({ allowed: true, attempts: 41 });
    expect(throttleDecision({ attempts: 40, lastAttemptAt: t0 }, at(pair.forgetAfterSeconds), pair)).toEqual({ allowed: true, attempts: 1 });
  });

  it("never blocks for longer than the ceiling, however many attempts were made", () => {
    const d = throttleDecision({ attempts: 10_000, lastAttemptAt: t0 }, t0, pair);
    expect(d).toEqual({ allowed: false, retryAfterSeconds: pair.maxDelaySeconds });
  });
});

describe("the arithmetic of docs/security.md", () => {
  const day = 24 * 60 * 60;
  it("one account from one address: at most 106 guesses a day", () => {
    expect(attemptsWithin(day, pair)).toBe(106);
  });
  it("one address over every account: at most 1 465 guesses a day", () => {
    expect(attemptsWithin(day, address)).toBe(1465);
  });
  it("a week from one address against one account stays under 750 guesses", () => {
    expect(attemptsWithin(7 * day, pair)).toBeLessThan(750);
  });
});
