import { describe, expect, it } from "vitest";
import { unitLifetimeOn } from "../../../src/domain/unit/lifetime";

describe("unit lifetimes (the July 2025 reform)", () => {
  const phoNhon = { validFrom: null, validTo: "2025-06-30" };
  const luanThanh = { validFrom: "2025-07-01", validTo: null };
  it.each([
    [phoNhon, "2024-03-06", "ACTIVE"],
    [phoNhon, "2025-06-30", "ACTIVE"],
    [phoNhon, "2025-07-01", "ENDED"],
    [luanThanh, "2025-06-30", "NOT_YET"],
    [luanThanh, "2025-07-01", "ACTIVE"],
    [luanThanh, "2026-03-04", "ACTIVE"],
    [{ validFrom: null, validTo: null }, "1990-01-01", "ACTIVE"],
  ] as const)("%o on %s is %s", (unit, date, expected) => {
    expect(unitLifetimeOn(unit, date)).toBe(expected);
  });
});
