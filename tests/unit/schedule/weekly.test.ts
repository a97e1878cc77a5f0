import { describe, expect, it } from "vitest";
import { ONE_STOP_REGIMES, regimeAt, weeklyTable, type ServiceTag } from "../../../src/domain/schedule";
import { ALL_MODELS, CALENDAR, OFFICE_HOURS, OFFICE_HOURS_LUAN_THANH, P, UNITS } from "./fixtures";

const tagsRow = (t: ReturnType<typeof weeklyTable>, procedureId: string): ServiceTag[][] =>
  t.rows.find((r) => r.procedureId === procedureId)!.cells.map((c) => c.tags);

describe("weekly table citizens see", () => {
  it("Phổ Nhơn, week of 04/03/2024: same-day on Wednesday for the 12 procedures", () => {
    const t = weeklyTable({
      unitId: UNITS.PHO_NHON,
      weekStart: "2024-03-06", // any day of the week: moved back to Monday
      procedureIds: [P.CT_SAO_Y, P.XAY_DUNG],
      models: ALL_MODELS,
      officeHours: OFFICE_HOURS,
      calendar: CALENDAR,
    });
    expect(t.weekStart).toBe("2024-03-04");
    expect(t.days.map((d) => d.weekday)).toEqual(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
    expect(tagsRow(t, P.CT_SAO_Y)).toEqual([["ORDINARY"], ["ORDINARY"], ["SAME_DAY"], ["ORDINARY"], ["ORDINARY"], ["CLOSED"], ["CLOSED"]]);
    expect(tagsRow(t, P.XAY_DUNG)[2]).toEqual(["ORDINARY"]);
    const wed = t.rows[0]!.cells[2]!;
    expect(wed.models).toEqual([
      expect.objectContaining({ modelId: "pho-nhon-thu-tu-khong-hen", intakeCutoff: "15:30", windows: OFFICE_HOURS[0]!.windows }),
    ]);
  });

  it("Tết week 2024: closed, with the holiday's name", () => {
    const t = weeklyTable({
      unitId: UNITS.PHO_NHON,
      weekStart: "2024-02-12",
      procedureIds: [P.CT_SAO_Y],
      models: ALL_MODELS,
      officeHours: OFFICE_HOURS,
      calendar: CALENDAR,
    });
    expect(tagsRow(t, P.CT_SAO_Y)).toEqual([["CLOSED"], ["CLOSED"], ["CLOSED"], ["ORDINARY"], ["ORDINARY"], ["CLOSED"], ["CLOSED"]]);
    expect(t.days[0]!.dayName).toBe("Tết Nguyên đán Giáp Thìn");
  });

  it("Long Xuyên: home visit on Thursday; Luận Thành: extended hours Mon–Fri", () => {
    const lx = weeklyTable({
      unitId: UNITS.LX_MY_BINH,
      weekStart: "2024-06-03",
      procedureIds: [P.CT_CHU_KY, P.CT_SAO_Y],
      models: ALL_MODELS,
      officeHours: OFFICE_HOURS,
      calendar: CALENDAR,
    });
    expect(tagsRow(lx, P.CT_CHU_KY)[3]).toEqual(["HOME_VISIT"]);
    expect(tagsRow(lx, P.CT_SAO_Y)[3]).toEqual(["ORDINARY"]);
    const lt = weeklyTable({
      unitId: UNITS.LUAN_THANH,
      weekStart: "2026-02-23",
      procedureIds: [P.XAY_DUNG],
      models: ALL_MODELS,
      officeHours: OFFICE_HOURS_LUAN_THANH,
      calendar: CALENDAR,
    });
    expect(tagsRow(lt, P.XAY_DUNG)).toEqual([
      ["EXTENDED_HOURS"],
      ["EXTENDED_HOURS"],
      ["EXTENDED_HOURS"],
      ["EXTENDED_HOURS"],
      ["EXTENDED_HOURS"],
      ["CLOSED"],
      ["CLOSED"],
    ]);
  });

  it("compensatory working Saturday is an ordinary working day", () => {
    const t = weeklyTable({
      unitId: UNITS.OTHER,
      weekStart: "2024-04-29",
      procedureIds: [P.CT_SAO_Y],
      models: ALL_MODELS,
      officeHours: OFFICE_HOURS,
      calendar: CALENDAR,
    });
    expect(tagsRow(t, P.CT_SAO_Y)).toEqual([["CLOSED"], ["CLOSED"], ["CLOSED"], ["ORDINARY"], ["ORDINARY"], ["ORDINARY"], ["CLOSED"]]);
    expect(t.days[5]).toMatchObject({ working: true, dayName: "Làm bù cho thứ Hai 29/4/2024" });
  });
});

describe("one-stop regimes", () => {
  it.each([
    ["2018-06-20", "QD09_2015"],
    ["2018-06-21", "ND61_2018"],
    ["2023-03-13", "ND61_2018"],
    ["2025-06-30", "ND61_2018"],
    ["2025-07-01", "ND118_2025"],
    ["2026-02-23", "ND118_2025"],
    ["2010-01-01", "QD09_2015"],
  ])("%s → %s", (date, id) => {
    expect(regimeAt(date).id).toBe(id);
  });

  it("are contiguous and every regime cites its instruments", () => {
    for (let i = 1; i < ONE_STOP_REGIMES.length; i++) {
      const prev = ONE_STOP_REGIMES[i - 1]!;
      const cur = ONE_STOP_REGIMES[i]!;
      expect(prev.effectiveTo).not.toBeNull();
      const next = new Date(`${prev.effectiveTo}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(next.toISOString().slice(0, 10)).toBe(cur.effectiveFrom);
    }
    for (const r of ONE_STOP_REGIMES) {
      expect(r.citations.length).toBeGreaterThan(0);
      expect(r.countingCutoff).toBeNull();
    }
  });
});
