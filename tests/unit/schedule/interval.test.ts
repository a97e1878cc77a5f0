import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, contains, hasEnded, notYetStarted, spanIncludes, windowContaining, type DateSpan, type InstantWindow } from "../../../src/domain/schedule";
import { at } from "./fixtures";

const morning: InstantWindow = { start: at("2024-03-06", "07:00"), end: at("2024-03-06", "11:30") };
const afternoon: InstantWindow = { start: at("2024-03-06", "13:30"), end: at("2024-03-06", "17:00") };

describe("[start, end) windows", () => {
  it.each([
    ["06:59", false],
    ["07:00", true], // the start is inside
    ["11:29", true],
    ["11:30", false], // the end is not
    ["12:00", false],
  ] as const)("07:00–11:30 contains %s: %s", (time, expected) => {
    expect(contains(morning, at("2024-03-06", time))).toBe(expected);
  });

  it("the last millisecond before the end is inside", () => {
    expect(contains(morning, new Date(morning.end.getTime() - 1))).toBe(true);
  });

  it("an empty window contains nothing", () => {
    expect(contains({ start: morning.start, end: morning.start }, morning.start)).toBe(false);
  });

  it("windowContaining picks the window that holds the instant", () => {
    expect(windowContaining([morning, afternoon], at("2024-03-06", "14:00"))).toBe(afternoon);
    expect(windowContaining([morning, afternoon], at("2024-03-06", "12:00"))).toBeNull();
    expect(windowContaining([], at("2024-03-06", "12:00"))).toBeNull();
  });

  it("touching windows never both hold an instant, and together hold their union", () => {
    const ms = fc.integer({ min: 0, max: 10_000 });
    fc.assert(
      fc.property(ms, ms, ms, ms, (a, b, c, t) => {
        const [s, m, e] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
        const first = { start: new Date(s), end: new Date(m) };
        const second = { start: new Date(m), end: new Date(e) };
        const instant = new Date(t);
        const inFirst = contains(first, instant);
        const inSecond = contains(second, instant);
        expect(inFirst && inSecond).toBe(false);
        expect(inFirst || inSecond).toBe(s <= t && t < e);
      }),
    );
  });
});

describe("[validFrom, validTo] spans of local dates", () => {
  const year2024: DateSpan = { validFrom: "2024-01-01", validTo: "2024-12-31" };
  it.each([
    [year2024, "2023-12-31", true, false, false],
    [year2024, "2024-01-01", false, true, false], // both days are included
    [year2024, "2024-12-31", false, true, false],
    [year2024, "2025-01-01", false, false, true],
    [{ validFrom: null, validTo: "2025-06-30" }, "1990-01-01", false, true, false],
    [{ validFrom: "2025-07-01", validTo: null }, "2099-12-31", false, true, false],
    [{ validFrom: null, validTo: null }, "2024-06-06", false, true, false],
  ] as const)("%o on %s: not yet %s, inside %s, ended %s", (span, date, notYet, inside, ended) => {
    expect(notYetStarted(span, date)).toBe(notYet);
    expect(spanIncludes(span, date)).toBe(inside);
    expect(hasEnded(span, date)).toBe(ended);
  });

  it("a date of a well-formed span is in exactly one of: not yet, inside, ended", () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays("2022-01-01", n));
    const bound = fc.option(day, { nil: null });
    fc.assert(
      fc.property(bound, bound, day, (a, b, date) => {
        const [validFrom, validTo] = a !== null && b !== null && a > b ? [b, a] : [a, b];
        const span = { validFrom, validTo };
        const states = [notYetStarted(span, date), spanIncludes(span, date), hasEnded(span, date)];
        expect(states.filter(Boolean)).toHaveLength(1);
        expect(spanIncludes(span, date)).toBe((validFrom === null || validFrom <= date) && (validTo === null || date <= validTo));
      }),
    );
  });
});
