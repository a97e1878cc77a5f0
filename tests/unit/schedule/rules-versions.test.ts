/**
 * Which version is in force, validity (both ends inclusive), scopes, and which channels a
 * model's place serves.
 */
import { describe, expect, it } from "vitest";
import { isWithinValidity, placeServesChannel, ruleAt, ruleCovers, scopeCovers, scopeFor, type Channel, type Place } from "../../../src/domain/schedule";
import { PHO_NHON } from "./fixtures";

const v1 = PHO_NHON.versions[0]!;
const v2 = { ...v1, versionId: "v2", effectiveFrom: "2025-01-01" };
const v2b = { ...v1, versionId: "v2b", effectiveFrom: "2025-01-01" };

describe("rules", () => {
  it("the version in force is the latest started; a later row wins a tie; none before the first", () => {
    const model = { ...PHO_NHON, versions: [v2, v1, v2b] };
    expect(ruleAt(model, "2024-02-29")).toBeNull();
    expect(ruleAt(model, "2024-03-01")?.versionId).toBe(v1.versionId);
    expect(ruleAt(model, "2024-12-31")?.versionId).toBe(v1.versionId);
    expect(ruleAt(model, "2025-01-01")?.versionId).toBe("v2b");
    expect(ruleAt({ ...PHO_NHON, versions: [] }, "2025-01-01")).toBeNull();
  });

  it.each([
    ["2024-02-29", null, false],
    ["2024-03-01", null, true],
    ["2030-01-01", null, true],
    ["2024-12-31", "2024-12-31", true],
    ["2025-01-01", "2024-12-31", false],
  ])("%s within [01/03/2024, %s]: %s", (date, validTo, inside) => {
    expect(isWithinValidity({ validFrom: "2024-03-01", validTo }, date)).toBe(inside);
  });

  it("scopes: the unit's own, and the procedures it lists or all", () => {
    const scope = v1.scopes[0]!;
    expect(scopeFor(v1, scope.unitId)).toBe(scope);
    expect(scopeFor(v1, "khac")).toBeNull();
    expect(scopeCovers(scope, scope.procedureIds[0]!)).toBe(true);
    expect(scopeCovers(scope, "khac")).toBe(false);
    expect(scopeCovers({ ...scope, allProcedures: true }, "khac")).toBe(true);
    expect(ruleCovers(v1, scope.unitId, scope.procedureIds[0]!)).toBe(true);
    expect(ruleCovers(v1, scope.unitId, "khac")).toBe(false);
    expect(ruleCovers(v1, "khac", scope.procedureIds[0]!)).toBe(false);
  });

  it.each<[Place, Channel[]]>([
    ["OFFICE_DESK", ["DESK"]],
    ["VILLAGE_HALL", ["DESK"]],
    ["HOME", ["HOME"]],
    ["ONLINE", ["ONLINE"]],
    ["OTHER", ["DESK", "ONLINE", "POSTAL", "HOME"]],
  ])("a %s model takes dossiers handed in %j", (place, channels) => {
    const all: Channel[] = ["DESK", "ONLINE", "POSTAL", "HOME"];
    expect(all.filter((c) => placeServesChannel(place, c))).toEqual(channels);
  });
});
