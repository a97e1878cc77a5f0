/**
 * How the weekly table tags a model's day: same-day, home visit, outside office hours, and
 * in which order; what each day and entry carries.
 */
import { describe, expect, it } from "vitest";
import { weeklyTable, type ModelRule, type ServiceModelDef } from "../../../src/domain/schedule";
import { CALENDAR, OFFICE_HOURS, PHO_NHON } from "./fixtures";

const base = PHO_NHON.versions[0]!;
const model = (over: Partial<ModelRule>, name = "Mô hình thử"): ServiceModelDef => ({
  ...PHO_NHON,
  modelId: "thu",
  name,
  kind: over.kind ?? base.kind,
  versions: [{ ...base, versionId: "thu-v1", modelId: "thu", ...over }],
});
const week = (models: ServiceModelDef[], procedureIds = ["p1", "p2"], weekStart = "2024-03-04") =>
  weeklyTable({ unitId: "u1", weekStart, procedureIds, models, officeHours: OFFICE_HOURS, calendar: CALENDAR });
const scope = { unitId: "u1", allProcedures: false, procedureIds: ["p1"], capacityPerDay: null };

describe("weekly tags", () => {
  it.each<[string, Partial<ModelRule>, string[]]>([
    ["minutes: same day", { turnaround: { kind: "MINUTES", minutes: 60 } }, ["SAME_DAY"]],
    ["same day", { turnaround: { kind: "SAME_DAY" } }, ["SAME_DAY"]],
    ["working days: nothing special", { turnaround: { kind: "WORKING_DAYS", days: 2 } }, []],
    ["statutory: nothing special", { turnaround: { kind: "STATUTORY" } }, []],
    ["a home place", { turnaround: { kind: "STATUTORY" }, place: "HOME" }, ["HOME_VISIT"]],
    ["a home-visit kind", { turnaround: { kind: "STATUTORY" }, kind: "HOME_VISIT" }, ["HOME_VISIT"]],
    ["the extended-hours kind", { turnaround: { kind: "STATUTORY" }, kind: "EXTENDED_HOURS" }, ["EXTENDED_HOURS"]],
    ["own hours inside the office's", { turnaround: { kind: "STATUTORY" }, intakeCutoff: null, hours: { kind: "WINDOWS", windows: [{ start: "07:00", end: "11:30" }] } }, []],
    ["own hours past the close", { turnaround: { kind: "STATUTORY" }, intakeCutoff: null, hours: { kind: "WINDOWS", windows: [{ start: "16:30", end: "17:30" }] } }, ["EXTENDED_HOURS"]],
    ["own hours before the opening", { turnaround: { kind: "STATUTORY" }, intakeCutoff: null, hours: { kind: "WINDOWS", windows: [{ start: "06:30", end: "07:30" }] } }, ["EXTENDED_HOURS"]],
    ["own hours over the lunch break", { turnaround: { kind: "STATUTORY" }, intakeCutoff: null, hours: { kind: "WINDOWS", windows: [{ start: "11:00", end: "14:00" }] } }, ["EXTENDED_HOURS"]],
    [
      "all three, in the table's order",
      { turnaround: { kind: "SAME_DAY" }, place: "HOME", intakeCutoff: null, hours: { kind: "WINDOWS", windows: [{ start: "17:00", end: "19:00" }] } },
      ["SAME_DAY", "HOME_VISIT", "EXTENDED_HOURS"],
    ],
  ])("%s", (_name, over, tags) => {
    const t = week([model({ ...over, scopes: [scope] })]);
    const wednesday = t.rows[0]!.cells[2]!;
    expect(wednesday.models.map((m) => m.tags)).toEqual([tags]);
    // A model that adds nothing leaves an ordinary working day.
    expect(wednesday.tags).toEqual(tags.length ? tags : ["ORDINARY"]);
  });

  it("a model day whose model adds nothing is ordinary, yet lists the model; a procedure it does not cover is ordinary", () => {
    const t = week([model({ turnaround: { kind: "STATUTORY" }, scopes: [scope] })]);
    expect(t.rows[0]!.cells[2]!).toMatchObject({ tags: ["ORDINARY"], models: [{ modelId: "thu", tags: [] }] });
    expect(t.rows[1]!.cells[2]).toEqual({ date: "2024-03-06", tags: ["ORDINARY"], models: [] });
  });

  it("each entry names its model, version, kind, windows and cut-off", () => {
    const t = week([model({ scopes: [{ ...scope, allProcedures: true }] }, "Ngày thứ Tư không hẹn")]);
    expect(t.rows[1]!.cells[2]!.models).toEqual([
      {
        modelId: "thu",
        versionId: "thu-v1",
        name: "Ngày thứ Tư không hẹn",
        kind: "NO_APPOINTMENT_DAY",
        tags: ["SAME_DAY"],
        windows: OFFICE_HOURS[0]!.windows,
        intakeCutoff: "15:30",
      },
    ]);
  });

  it("a unit outside the model's scope sees ordinary days", () => {
    const t = week([model({ scopes: [{ ...scope, unitId: "u2" }] })]);
    expect(t.rows[0]!.cells.map((c) => c.tags)).toEqual([["ORDINARY"], ["ORDINARY"], ["ORDINARY"], ["ORDINARY"], ["ORDINARY"], ["CLOSED"], ["CLOSED"]]);
    expect(t.unitId).toBe("u1");
  });

  it("the days: weekday, working or not, office windows, and the name of a decided day only", () => {
    const t = week([], ["p1"], "2024-05-04");
    expect(t.weekStart).toBe("2024-04-29");
    expect(t.days.map((d) => [d.date, d.weekday, d.working, d.dayName, d.officeWindows.length])).toEqual([
      ["2024-04-29", "MO", false, "Ngày Giải phóng miền Nam và Quốc tế Lao động", 0],
      ["2024-04-30", "TU", false, "Ngày Giải phóng miền Nam và Quốc tế Lao động", 0],
      ["2024-05-01", "WE", false, "Ngày Giải phóng miền Nam và Quốc tế Lao động", 0],
      ["2024-05-02", "TH", true, null, 2],
      ["2024-05-03", "FR", true, null, 2],
      ["2024-05-04", "SA", true, "Làm bù cho thứ Hai 29/4/2024", 2],
      ["2024-05-05", "SU", false, null, 0],
    ]);
  });
});
