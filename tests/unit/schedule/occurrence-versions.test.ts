/**
 * Occurrences across versions of a model (listed in any order, ties included), one-day ranges,
 * rules without windows, the next openings at their edges, and what modelsFor returns.
 */
import { describe, expect, it } from "vitest";
import { instantAt, modelsFor, nextOpenings, occurrences, type ModelRule, type ServiceModelDef } from "../../../src/domain/schedule";
import { CALENDAR, OFFICE_HOURS, PHO_NHON, UNITS } from "./fixtures";

const ctx = { officeHours: OFFICE_HOURS, calendar: CALENDAR };
const v1 = PHO_NHON.versions[0]!;
const v2: ModelRule = { ...v1, versionId: "v2", effectiveFrom: "2024-03-15", recurrence: { rrule: "FREQ=WEEKLY;BYDAY=FR", dates: [], exdates: [] } };
const v2b: ModelRule = { ...v2, versionId: "v2b", recurrence: { rrule: "FREQ=WEEKLY;BYDAY=TH", dates: [], exdates: [] } };
const amended = (...versions: ModelRule[]): ServiceModelDef => ({ ...PHO_NHON, versions });
const list = (m: ServiceModelDef, from: string, to: string) => occurrences(m, ctx, from, to).map((o) => [o.date, o.versionId]);

describe("occurrences across versions", () => {
  it("each version governs from its start to the next one's, whatever the order they are listed in", () => {
    const expected = [
      ["2024-03-06", v1.versionId],
      ["2024-03-13", v1.versionId],
      ["2024-03-15", "v2"],
      ["2024-03-22", "v2"],
      ["2024-03-29", "v2"],
    ];
    expect(list(amended(v1, v2), "2024-03-01", "2024-03-31")).toEqual(expected);
    expect(list(amended(v2, v1), "2024-03-01", "2024-03-31")).toEqual(expected);
    expect(list(amended(v2, v1), "2024-03-01", "2024-03-14")).toEqual(expected.slice(0, 2));
    expect(list(amended(v2, v1), "2024-03-13", "2024-03-15")).toEqual(expected.slice(1, 3));
    expect(list(amended(v2, v1), "2024-03-16", "2024-03-31")).toEqual(expected.slice(3));
  });

  it("two versions from the same day: the later row wins, no day twice", () => {
    expect(list(amended(v1, v2, v2b), "2024-03-11", "2024-03-24")).toEqual([
      ["2024-03-13", v1.versionId],
      ["2024-03-21", "v2b"],
    ]);
  });

  it("a one-day range, an inverted one, and a rule without windows", () => {
    expect(list(PHO_NHON, "2024-03-06", "2024-03-06")).toEqual([["2024-03-06", v1.versionId]]);
    expect(list(PHO_NHON, "2024-03-07", "2024-03-06")).toEqual([]);
    expect(list(amended({ ...v1, intakeCutoff: null, hours: { kind: "WINDOWS", windows: [] } }), "2024-03-01", "2024-03-31")).toEqual([]);
    expect(list(amended({ ...v1, recurrence: { rrule: null, dates: [], exdates: [] } }), "2024-03-01", "2024-03-31")).toEqual([]);
  });
});

describe("next openings at their edges", () => {
  it("a window ending exactly now is over; one ending a minute later is still open", () => {
    const atEnd = nextOpenings(PHO_NHON, ctx, instantAt("2024-03-06", "17:00"), 1);
    expect(atEnd.map((o) => [o.date, o.start.toISOString()])).toEqual([["2024-03-13", instantAt("2024-03-13", "07:00").toISOString()]]);
    const before = nextOpenings(PHO_NHON, ctx, instantAt("2024-03-06", "16:59"), 1);
    expect(before.map((o) => [o.date, o.start.toISOString(), o.end.toISOString()])).toEqual([
      ["2024-03-06", instantAt("2024-03-06", "13:30").toISOString(), instantAt("2024-03-06", "17:00").toISOString()],
    ]);
    expect(before[0]).toMatchObject({ modelId: PHO_NHON.modelId, versionId: v1.versionId, intakeCutoffAt: instantAt("2024-03-06", "15:30") });
  });

  it("as many as asked, across the 62-day chunks of the search, within the horizon", () => {
    const many = nextOpenings(PHO_NHON, ctx, instantAt("2024-03-06", "08:00"), 21);
    expect(many).toHaveLength(21);
    // Two windows a Wednesday; 01/05/2024 is a holiday: the 21st window is on 22/05/2024.
    expect(many.at(-1)!.date).toBe("2024-05-22");
    expect(many.map((o) => o.date)).not.toContain("2024-05-01");
    // Next Wednesday is 7 days on: a 6-day horizon finds nothing, a 7-day one finds it.
    expect(nextOpenings(PHO_NHON, ctx, instantAt("2024-03-06", "18:00"), 1, 6)).toEqual([]);
    expect(nextOpenings(PHO_NHON, ctx, instantAt("2024-03-06", "18:00"), 1, 7).map((o) => o.date)).toEqual(["2024-03-13"]);
    // A horizon past one chunk: a Wednesday 63 days on.
    const far = amended({ ...v1, validFrom: "2024-05-08", effectiveFrom: "2024-03-01" });
    expect(nextOpenings(far, ctx, instantAt("2024-03-06", "18:00"), 1, 63).map((o) => o.date)).toEqual(["2024-05-08"]);
    expect(nextOpenings(far, ctx, instantAt("2024-03-06", "18:00"), 1, 62)).toEqual([]);
    expect(nextOpenings(PHO_NHON, ctx, instantAt("2024-03-06", "08:00"), -1)).toEqual([]);
    expect(nextOpenings(PHO_NHON, ctx, instantAt("2024-03-06", "08:00"), 1)).toHaveLength(1);
  });

  it("modelsFor gives the model, its version, the occurrence and the window", () => {
    const [hit] = modelsFor([PHO_NHON], UNITS.PHO_NHON, v1.scopes[0]!.procedureIds[0]!, instantAt("2024-03-06", "10:00"), ctx);
    expect(hit!.model).toBe(PHO_NHON);
    expect(hit!.rule).toBe(v1);
    expect(hit!.occurrence.date).toBe("2024-03-06");
    expect([hit!.window.start.toISOString(), hit!.window.end.toISOString()]).toEqual([instantAt("2024-03-06", "07:00").toISOString(), instantAt("2024-03-06", "11:30").toISOString()]);
  });
});
