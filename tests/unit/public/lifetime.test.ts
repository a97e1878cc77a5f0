import { describe, expect, it } from "vitest";
import { cutToLifetime, unitLifetimeOn } from "../../../src/domain/unit/lifetime";
import { LONG_XUYEN_HOME, PHO_NHON } from "../schedule/fixtures";

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

describe("a unit runs its models only within its lifetime", () => {
  const validity = (models: ReturnType<typeof cutToLifetime>) => models.map((m) => m.versions.map((v) => [v.validFrom, v.validTo]));

  it("cuts the versions' validity to the unit's lifetime, and nothing else", () => {
    // Phổ Nhơn's model is open-ended (from 01/03/2024); the commune was merged on 01/07/2025.
    const [cut] = cutToLifetime([PHO_NHON], { validFrom: null, validTo: "2025-06-30" });
    expect(validity([cut!])).toEqual([[["2024-03-01", "2025-06-30"]]]);
    expect({ ...cut!, versions: [] }).toEqual({ ...PHO_NHON, versions: [] });
    // Long Xuyên's visits end on 31/12/2024, earlier than the unit: their own end stays.
    expect(validity(cutToLifetime([LONG_XUYEN_HOME], { validFrom: "2024-06-01", validTo: "2025-06-30" }))).toEqual([[["2024-06-01", "2024-12-31"]]]);
  });

  it("leaves the models as they are for a unit without a lifetime", () => {
    const models = [PHO_NHON, LONG_XUYEN_HOME];
    expect(cutToLifetime(models, { validFrom: null, validTo: null })).toBe(models);
  });
});
