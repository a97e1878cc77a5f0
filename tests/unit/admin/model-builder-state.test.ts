import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  builderPayload,
  builderReducer,
  builderStateOf,
  dateList,
  issuesAt,
  proceduresShown,
  savedMessage,
  type BuilderAction,
  type BuilderState,
} from "../../../src/app/(admin)/quan-tri/ke-hoach/[id]/mo-hinh/_builder/state";
import { WEEKDAYS, type Weekday } from "../../../src/domain/schedule";
import type { ModelFormInput } from "../../../src/server/admin/models/input";

/** Phổ Nhơn's "Ngày thứ Tư không hẹn" as the server hands it to the builder. */
const wednesday: ModelFormInput = {
  planId: "plan-1",
  modelId: "model-1",
  name: "Ngày thứ Tư không hẹn",
  kind: "NO_APPOINTMENT_DAY",
  description: "Thứ Tư hằng tuần, trả kết quả trong ngày.",
  sourceQuotes: ["Thứ Tư hằng tuần"],
  attendeeRoles: [],
  assumptions: [],
  schedule: { kind: "WEEKLY", weekdays: ["WE"], interval: 1 },
  extraDates: ["2024-03-09"],
  exdates: ["2024-05-01"],
  hoursKind: "OFFICE_HOURS",
  windows: [],
  validFrom: "2024-03-01",
  validTo: undefined,
  effectiveFrom: undefined,
  intakeCutoff: "15:30",
  turnaroundKind: "SAME_DAY",
  turnaroundValue: null,
  workingDaysOnly: true,
  noDeferralPastWeekend: false,
  place: "OFFICE_DESK",
  placeNote: null,
  eligibleGroups: ["EVERYONE"],
  note: null,
  scopes: [{ unitId: "pho-nhon", allProcedures: false, procedureIds: ["p1", "p2"], capacityPerDay: null, localName: null }],
};

const ids = { planId: "plan-1", modelId: "model-1" };
const apply = (s: BuilderState, ...actions: BuilderAction[]) => actions.reduce(builderReducer, s);

describe("builderStateOf and builderPayload", () => {
  it("shows dates as typed in Vietnam and numbers as text, and sends them back as the server reads them", () => {
    const s = builderStateOf(wednesday);
    expect(s).toMatchObject({ scheduleKind: "WEEKLY", weekdays: ["WE"], interval: "1", extraDates: "09/03/2024", exdates: "01/05/2024", intakeCutoff: "15:30", turnaroundValue: "", validTo: "" });
    expect(s.scopes[0]).toEqual({ unitId: "pho-nhon", allProcedures: false, procedureIds: ["p1", "p2"], capacityPerDay: "", localName: "" });
    expect(builderPayload(s, ids)).toEqual({
      ...wednesday,
      sourceQuotes: "Thứ Tư hằng tuần",
      attendeeRoles: "",
      assumptions: "",
      scopes: [{ unitId: "pho-nhon", allProcedures: false, procedureIds: ["p1", "p2"], capacityPerDay: null, localName: null }],
    });
  });

  it("leaves out what the chosen options do not use", () => {
    const s = apply(
      builderStateOf(wednesday),
      { type: "set", patch: { scheduleKind: "DATES", dates: "06/03/2024\n2024-03-13; 32/13/2024", turnaroundValue: "30" } },
      { type: "updateScope", index: 0, patch: { allProcedures: true, capacityPerDay: "12" } },
    );
    const p = builderPayload(s, ids);
    // A bad line is sent as typed so that the server names it.
    expect(p.schedule).toEqual({ kind: "DATES", dates: ["2024-03-06", "2024-03-13", "32/13/2024"] });
    expect(p.extraDates).toEqual([]);
    expect(p.turnaroundValue).toBeNull();
    expect(p.windows).toEqual([]);
    expect(p.scopes![0]).toMatchObject({ allProcedures: true, procedureIds: [], capacityPerDay: 12 });
    const minutes = builderPayload(apply(s, { type: "set", patch: { turnaroundKind: "MINUTES" } }), ids);
    expect(minutes.turnaroundValue).toBe(30);
  });

  it("sends each schedule kind in the engine's friendly form", () => {
    const base = builderStateOf(wednesday);
    const monthly = apply(base, { type: "set", patch: { scheduleKind: "MONTHLY_NTH_WEEKDAY", monthlyWeekday: "SA", nth: -1 } }, { type: "quarterEnds" });
    expect(builderPayload(monthly, ids).schedule).toEqual({ kind: "MONTHLY_NTH_WEEKDAY", weekday: "SA", nth: -1, months: [3, 6, 9, 12] });
    expect(builderPayload(apply(base, { type: "set", patch: { scheduleKind: "DAILY" } }), ids).schedule).toEqual({ kind: "DAILY" });
    const none = builderPayload(apply(base, { type: "set", patch: { scheduleKind: "NONE" } }), ids);
    expect(none.schedule).toEqual({ kind: "NONE" });
    expect(none.extraDates).toEqual([]);
    expect(builderPayload(apply(base, { type: "set", patch: { scheduleKind: "RRULE", rrule: "FREQ=MONTHLY;BYMONTHDAY=15" } }), ids).schedule).toEqual({ kind: "RRULE", rrule: "FREQ=MONTHLY;BYMONTHDAY=15" });
    expect(builderPayload(apply(base, { type: "set", patch: { interval: "" } }), ids).schedule).toEqual({ kind: "WEEKLY", weekdays: ["WE"], interval: 1 });
  });

  it("starts a new model's schedule as stored: a raw RRULE and a monthly rule keep their fields", () => {
    const s = builderStateOf({ ...wednesday, schedule: { kind: "MONTHLY_NTH_WEEKDAY", weekday: "SA", nth: 2, months: [6] } });
    expect(s).toMatchObject({ scheduleKind: "MONTHLY_NTH_WEEKDAY", monthlyWeekday: "SA", nth: 2, months: [6], weekdays: [] });
    expect(builderStateOf({ ...wednesday, schedule: { kind: "RRULE", rrule: "FREQ=YEARLY" } }).rrule).toBe("FREQ=YEARLY");
  });
});

describe("builderReducer", () => {
  const s0 = builderStateOf(wednesday);

  it("choosing own hours starts one empty window, and office hours keep what was typed", () => {
    const windows = apply(s0, { type: "hoursKind", kind: "WINDOWS" });
    expect(windows.windows).toEqual([{ start: "", end: "" }]);
    const typed = apply(windows, { type: "updateWindow", index: 0, patch: { start: "07:00" } }, { type: "addWindow" }, { type: "updateWindow", index: 1, patch: { end: "21:00" } });
    expect(typed.windows).toEqual([
      { start: "07:00", end: "" },
      { start: "", end: "21:00" },
    ]);
    const back = apply(typed, { type: "hoursKind", kind: "OFFICE_HOURS" }, { type: "hoursKind", kind: "WINDOWS" });
    expect(back.windows).toEqual(typed.windows);
    expect(builderPayload(apply(typed, { type: "hoursKind", kind: "OFFICE_HOURS" }), ids).windows).toEqual([]);
    expect(apply(typed, { type: "removeWindow", index: 0 }).windows).toEqual([{ start: "", end: "21:00" }]);
  });

  it("months stay in calendar order; the quarter-end shortcut replaces them", () => {
    const s = apply(s0, { type: "toggleMonth", month: 9, on: true }, { type: "toggleMonth", month: 2, on: true }, { type: "toggleMonth", month: 9, on: true });
    expect(s.months).toEqual([2, 9]);
    expect(apply(s, { type: "toggleMonth", month: 2, on: false }).months).toEqual([9]);
    expect(apply(s, { type: "quarterEnds" }).months).toEqual([3, 6, 9, 12]);
  });

  it("adds a unit once, ticks and unticks its procedures, and removes it", () => {
    const s = apply(s0, { type: "addScope", unitId: "duc-pho" }, { type: "addScope", unitId: "duc-pho" }, { type: "addScope", unitId: "" });
    expect(s.scopes.map((x) => x.unitId)).toEqual(["pho-nhon", "duc-pho"]);
    expect(s.scopes[1]).toEqual({ unitId: "duc-pho", allProcedures: false, procedureIds: [], capacityPerDay: "", localName: "" });
    const ticked = apply(s, { type: "toggleProcedure", index: 1, procedureId: "p9", on: true }, { type: "toggleProcedure", index: 0, procedureId: "p1", on: false });
    expect(ticked.scopes.map((x) => x.procedureIds)).toEqual([["p2"], ["p9"]]);
    expect(apply(ticked, { type: "removeScope", index: 0 }).scopes.map((x) => x.unitId)).toEqual(["duc-pho"]);
  });

  it("a home-visit model is at home by default; a place chosen by hand stays", () => {
    expect(s0.place).toBe("OFFICE_DESK");
    const home = apply(s0, { type: "set", patch: { kind: "HOME_VISIT" } });
    expect(home.place).toBe("HOME");
    expect(apply(home, { type: "set", patch: { kind: "NO_APPOINTMENT_DAY" } }).place).toBe("OFFICE_DESK");
    const chosen = apply(s0, { type: "set", patch: { place: "OTHER" } }, { type: "set", patch: { kind: "HOME_VISIT" } });
    expect(chosen.place).toBe("OTHER");
    expect(apply(s0, { type: "set", patch: { kind: "LISTENING_SESSION" } }).place).toBe("VILLAGE_HALL");
  });

  it("never changes the state it is given", () => {
    const frozen = structuredClone(s0);
    const actions: BuilderAction[] = [
      { type: "toggleWeekday", day: "MO", on: true },
      { type: "toggleEligibleGroup", group: "EVERYONE", on: false },
      { type: "hoursKind", kind: "WINDOWS" },
      { type: "addScope", unitId: "x" },
      { type: "updateScope", index: 0, patch: { localName: "Thứ Tư" } },
      { type: "toggleProcedure", index: 0, procedureId: "p3", on: true },
      { type: "set", patch: { name: "Khác" } },
    ];
    for (const a of actions) builderReducer(s0, a);
    expect(s0).toEqual(frozen);
  });

  it("a weekday ticked then unticked is gone, whatever was ticked before (property)", () => {
    const days = fc.subarray([...WEEKDAYS] as Weekday[]);
    fc.assert(
      fc.property(days, fc.constantFrom(...WEEKDAYS), (weekdays, day) => {
        const s = apply({ ...s0, weekdays }, { type: "toggleWeekday", day, on: true });
        expect(s.weekdays.filter((d) => d === day)).toHaveLength(1);
        expect(apply(s, { type: "toggleWeekday", day, on: false }).weekdays).toEqual(weekdays.filter((d) => d !== day));
      }),
    );
  });
});

describe("dateList, issuesAt, savedMessage", () => {
  it("reads dates one a line, or separated by commas and semicolons", () => {
    expect(dateList(" 1/3/2024 ,\n\n2024-03-13;29/02/2023 ")).toEqual(["2024-03-01", "2024-03-13", "29/02/2023"]);
    expect(dateList("")).toEqual([]);
  });

  it("gives each section the engine's messages under its paths, once each", () => {
    const issues = [
      { path: "scopes[0].unitId", message: "Đơn vị không tồn tại." },
      { path: "scopes.1", message: "Đơn vị không tồn tại." },
      { path: "scopesNote", message: "Không thuộc phần đơn vị." },
      { path: "schedule", message: "Chọn ít nhất một thứ." },
    ];
    expect(issuesAt(issues, "scopes")).toEqual(["Đơn vị không tồn tại."]);
    expect(issuesAt(issues, "recurrence", "schedule")).toEqual(["Chọn ít nhất một thứ."]);
    expect(issuesAt(issues, "place")).toEqual([]);
  });

  it("says what a save did", () => {
    expect(savedMessage({ outcome: "NEW_VERSION", effectiveFrom: "2024-07-01" })).toBe("Đã lưu: phiên bản mới áp dụng từ ngày 01/07/2024; hồ sơ nhận trước ngày đó giữ quy tắc cũ.");
    expect(savedMessage({ outcome: "TEXT_ONLY" })).toBe("Đã lưu tên và mô tả; quy tắc không đổi nên không tạo phiên bản mới.");
    expect(savedMessage({})).toBe("Đã lưu.");
  });
});

describe("the procedure filter of a scope", () => {
  const procedures = [
    { id: "p1", name: "Cấp bản sao Trích lục hộ tịch", code: "1.004884", fieldCode: "HT" },
    { id: "p2", name: "Đăng ký khai sinh", code: "1.001193", fieldCode: "HT" },
    { id: "p3", name: "Chứng thực chữ ký", code: "2.000884", fieldCode: "CT" },
  ];
  it("ignores case and diacritics, and «d» finds «Đ»", () => {
    expect(proceduresShown(procedures, "HT", "trich luc", new Set()).map((p) => p.id)).toEqual(["p1"]);
    expect(proceduresShown(procedures, "HT", "TRÍCH LỤC", new Set()).map((p) => p.id)).toEqual(["p1"]);
    expect(proceduresShown(procedures, "HT", "dang ky", new Set()).map((p) => p.id)).toEqual(["p2"]);
  });
  it("finds by national code, keeps the chosen ones and stays inside the field", () => {
    expect(proceduresShown(procedures, "HT", "1.001193", new Set()).map((p) => p.id)).toEqual(["p2"]);
    expect(proceduresShown(procedures, "HT", "trich luc", new Set(["p2"])).map((p) => p.id)).toEqual(["p1", "p2"]);
    expect(proceduresShown(procedures, "HT", "", new Set()).map((p) => p.id)).toEqual(["p1", "p2"]);
    expect(proceduresShown(procedures, "CT", "trich luc", new Set()).map((p) => p.id)).toEqual([]);
  });
});
