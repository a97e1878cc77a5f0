import { describe, expect, it } from "vitest";
import { DEFAULT_RESTART_POLICY, failuresAfterExit, restartDelay } from "../../../src/cli/supervise.mjs";

const policy = { initialMs: 500, factor: 2, maxMs: 30_000, stableMs: 60_000 };

describe("the supervisor's back-off: a crashed child waits longer after each failure in a row, up to a cap", () => {
  it.each([
    [1, 500],
    [2, 1_000],
    [3, 2_000],
    [4, 4_000],
    [6, 16_000],
    [7, 30_000],
    [8, 30_000],
    [1000, 30_000],
  ])("after %i failure(s) in a row it waits %i ms", (failures, ms) => {
    expect(restartDelay(failures, policy)).toBe(ms);
  });

  it("no failure, no pause; nonsense counts are no failure", () => {
    for (const n of [0, -1, 1.5, Number.NaN]) expect(restartDelay(n, policy)).toBe(0);
  });

  it("the pause never decreases with more failures and never passes the cap", () => {
    let previous = 0;
    for (let n = 1; n <= 64; n++) {
      const d = restartDelay(n);
      expect(d).toBeGreaterThanOrEqual(previous);
      expect(d).toBeLessThanOrEqual(DEFAULT_RESTART_POLICY.maxMs);
      previous = d;
    }
  });

  it("a child that stayed up for the stable period starts the count over; one that fell at once adds to it", () => {
    expect(failuresAfterExit(5, 60_000, policy)).toBe(1);
    expect(failuresAfterExit(5, 3_600_000, policy)).toBe(1);
    expect(failuresAfterExit(5, 59_999, policy)).toBe(6);
    expect(failuresAfterExit(0, 10, policy)).toBe(1);
  });
});
