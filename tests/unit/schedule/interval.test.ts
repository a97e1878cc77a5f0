import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contains, windowContaining, type InstantWindow } from "../../../src/domain/schedule";
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
