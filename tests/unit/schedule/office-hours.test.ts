/**
 * Office hours and window arithmetic: the version in force, windows of a day, merging,
 * containment (half-open) and working minutes.
 */
import { describe, expect, it } from "vitest";
import {
  DEFAULT_OFFICE_HOURS,
  addWorkingMinutes,
  buildCalendar,
  instantAt,
  mergeWindows,
  officeHoursAt,
  officeWindowsOn,
  windowContaining,
  windowsToInstants,
  type InstantWindow,
  type OfficeHours,
} from "../../../src/domain/schedule";

const at = (time: string, date = "2024-03-06") => instantAt(date, time);
const w = (start: string, end: string): InstantWindow => ({ start: at(start), end: at(end) });
const iso = (ws: InstantWindow[]) => ws.map((x) => [x.start.toISOString(), x.end.toISOString()]);

const versions: OfficeHours[] = [
  { effectiveFrom: "2024-01-01", windows: [{ start: "13:30", end: "17:00" }, { start: "07:00", end: "11:30" }] },
  { effectiveFrom: "2024-06-01", windows: [{ start: "07:30", end: "11:30" }, { start: "13:00", end: "16:30" }] },
];

describe("office hours", () => {
  it("the common 8-hour day when no unit sets its own", () => {
    expect(DEFAULT_OFFICE_HOURS).toEqual([{ effectiveFrom: "2000-01-01", windows: [{ start: "07:00", end: "11:30" }, { start: "13:30", end: "17:00" }] }]);
  });

  it("the version in force: the latest that has started, a later row winning a tie", () => {
    expect(officeHoursAt(versions, "2023-12-31")).toBeNull();
    expect(officeHoursAt(versions, "2024-01-01")).toBe(versions[0]);
    expect(officeHoursAt(versions, "2024-05-31")).toBe(versions[0]);
    expect(officeHoursAt(versions, "2024-06-01")).toBe(versions[1]);
    expect(officeHoursAt([...versions].reverse(), "2024-07-01")).toBe(versions[1]);
    const tie = [versions[0]!, { ...versions[1]!, effectiveFrom: "2024-01-01" }];
    expect(officeHoursAt(tie, "2024-03-01")).toBe(tie[1]);
    expect(officeHoursAt([], "2024-03-01")).toBeNull();
  });

  it("the windows of a day, sorted; none on a day off", () => {
    const calendar = buildCalendar([]);
    expect(officeWindowsOn(versions, "2024-03-06", calendar)).toEqual([{ start: "07:00", end: "11:30" }, { start: "13:30", end: "17:00" }]);
    expect(officeWindowsOn(versions, "2024-06-05", calendar)).toEqual(versions[1]!.windows);
    expect(officeWindowsOn(versions, "2024-03-09", calendar)).toEqual([]);
    expect(officeWindowsOn(versions, "2023-03-06", calendar)).toEqual([]);
  });

  it("local windows as instants, sorted", () => {
    expect(iso(windowsToInstants("2024-03-06", [{ start: "13:30", end: "17:00" }, { start: "07:00", end: "11:30" }]))).toEqual([
      ["2024-03-06T00:00:00.000Z", "2024-03-06T04:30:00.000Z"],
      ["2024-03-06T06:30:00.000Z", "2024-03-06T10:00:00.000Z"],
    ]);
  });
});

describe("window arithmetic", () => {
  it("merges overlapping and touching windows, drops empty ones, in time order", () => {
    expect(iso(mergeWindows([w("13:30", "17:00"), w("07:00", "11:30"), w("11:30", "12:00"), w("16:30", "17:30"), w("14:00", "15:00"), w("09:00", "09:00")]))).toEqual(
      iso([w("07:00", "12:00"), w("13:30", "17:30")]),
    );
    expect(iso(mergeWindows([w("07:00", "08:00"), w("08:01", "09:00")]))).toEqual(iso([w("07:00", "08:00"), w("08:01", "09:00")]));
    expect(mergeWindows([])).toEqual([]);
    expect(mergeWindows([w("10:00", "09:00")])).toEqual([]);
    const input = [w("07:00", "08:00"), w("07:30", "09:00")];
    mergeWindows(input);
    expect(iso(input)).toEqual(iso([w("07:00", "08:00"), w("07:30", "09:00")]));
  });

  it("a window contains its start, not its end", () => {
    const ws = [w("07:00", "11:30"), w("13:30", "17:00")];
    expect(windowContaining(ws, at("07:00"))).toBe(ws[0]);
    expect(windowContaining(ws, new Date(at("11:30").getTime() - 1))).toBe(ws[0]);
    expect(windowContaining(ws, at("11:30"))).toBeNull();
    expect(windowContaining(ws, at("13:30"))).toBe(ws[1]);
    expect(windowContaining(ws, at("06:59"))).toBeNull();
    expect(windowContaining(ws, at("17:00"))).toBeNull();
  });

  it.each<[string, number, string | null]>([
    ["07:00", 60, "08:00"],
    ["06:00", 60, "08:00"],
    ["11:00", 30, "11:30"],
    ["11:00", 31, "13:31"],
    ["11:00", 60, "14:00"],
    ["12:00", 60, "14:30"],
    ["16:00", 60, "17:00"],
    ["16:00", 61, null],
    ["17:00", 1, null],
    ["10:00", 0, "10:00"],
    ["07:00", 480, "17:00"],
  ])("from %s, %i working minutes end at %s", (from, minutes, end) => {
    const r = addWorkingMinutes([w("07:00", "11:30"), w("13:30", "17:00")], at(from), minutes);
    expect(r?.toISOString() ?? null).toBe(end === null ? null : at(end).toISOString());
  });
});
