import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, modelStatusOn, versionInForce, type ServiceModelDef } from "../../../src/domain/schedule";
import { earliestPlanEnd } from "../../../src/domain/plan/status";
import { AN_DUNG_FRIDAY, LONG_XUYEN_HOME, PHO_NHON } from "./fixtures";

/** Long Xuyên's home visits with a second version from 01/09/2024 (a later rule, same model). */
const TWO_VERSIONS: ServiceModelDef = {
  ...LONG_XUYEN_HOME,
  versions: [LONG_XUYEN_HOME.versions[0]!, { ...LONG_XUYEN_HOME.versions[0]!, versionId: "lx-v2", effectiveFrom: "2024-09-01" }],
};

describe("modelStatusOn", () => {
  const lx = LONG_XUYEN_HOME.versions[0]!;
  it.each([
    ["the day before it starts", addDays(lx.validFrom, -1), "UPCOMING"],
    ["its first day", lx.validFrom, "ACTIVE"],
    ["its last day", lx.validTo!, "ACTIVE"],
    ["the day after its last day", addDays(lx.validTo!, 1), "ENDED"],
  ])("Long Xuyên's home visits, %s: %s", (_, date, status) => {
    expect(modelStatusOn(LONG_XUYEN_HOME, date)?.status).toBe(status);
  });

  it("a model without an end stays active (Phổ Nhơn's Wednesdays); An Dũng's Fridays end with 2025", () => {
    expect(modelStatusOn(PHO_NHON, "2030-01-01")?.status).toBe("ACTIVE");
    expect(modelStatusOn(AN_DUNG_FRIDAY, "2026-01-01")?.status).toBe("ENDED");
  });

  it("answers with the version in force on the day, and the first one before the model starts", () => {
    expect(modelStatusOn(TWO_VERSIONS, "2024-08-31")?.rule.versionId).toBe(LONG_XUYEN_HOME.versions[0]!.versionId);
    expect(modelStatusOn(TWO_VERSIONS, "2024-09-01")?.rule.versionId).toBe("lx-v2");
    expect(modelStatusOn(TWO_VERSIONS, "2020-01-01")?.rule.versionId).toBe(LONG_XUYEN_HOME.versions[0]!.versionId);
  });

  it("a model with no version has no status", () => {
    expect(modelStatusOn({ ...PHO_NHON, versions: [] }, "2024-03-06")).toBeNull();
  });
});

describe("versionInForce", () => {
  const v = (effectiveFrom: string, n: number) => ({ effectiveFrom, n });
  it.each([
    ["before the first", "2024-01-01", 1],
    ["on the first", "2024-03-01", 1],
    ["between", "2024-08-31", 1],
    ["on the second", "2024-09-01", 2],
    ["after the last", "2025-06-01", 3],
  ])("%s (%s) → version %i", (_, date, n) => {
    expect(versionInForce([v("2024-03-01", 1), v("2024-09-01", 2), v("2025-01-01", 3)], date)?.n).toBe(n);
  });

  it("is null for no versions", () => {
    expect(versionInForce([], "2024-01-01")).toBeNull();
  });

  it("property: the pick took effect by the date unless none had, and no later-effective version did", () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays("2023-01-01", n));
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 6 }), day, (dates, date) => {
        const sorted = [...dates].sort().map((d, i) => v(d, i));
        const pick = versionInForce(sorted, date)!;
        const taken = sorted.filter((x) => x.effectiveFrom <= date);
        if (taken.length === 0) expect(pick).toBe(sorted[0]);
        else expect(pick).toBe(taken.at(-1));
      }),
    );
  });
});

describe("earliestPlanEnd", () => {
  it("is yesterday: the days already past keep their published schedule", () => {
    expect(earliestPlanEnd("2024-03-01")).toBe("2024-02-29");
    expect(earliestPlanEnd("2025-01-01")).toBe("2024-12-31");
  });
});
