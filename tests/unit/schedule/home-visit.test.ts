import { describe, expect, it } from "vitest";
import {
  allowedHomeVisitDates,
  buildCalendar,
  homeVisitDateAllowed,
  type HomeVisitContext,
} from "../../../src/domain/schedule";
import { CALENDAR, CALENDAR_ENTRIES, LONG_XUYEN_HOME, OFFICE_HOURS, PHO_NHON, UNITS, at } from "./fixtures";

const ctx = (asOf: Date | string, bookedCount = 0): HomeVisitContext => ({
  calendar: CALENDAR,
  officeHours: OFFICE_HOURS,
  asOf,
  bookedCount,
});

describe("000 Long Xuyên home visits (Thursdays until 31/12/2024)", () => {
  it.each([
    // date, now, booked, expected code (null = ok), message fragment
    ["2024-06-06", "2024-06-01", 0, null, ""],
    ["2024-06-06", "2024-06-01", 4, null, ""],
    ["2024-06-06", "2024-06-01", 5, "FULL", "đã đủ 5 lượt"],
    ["2024-06-07", "2024-06-01", 0, "NOT_VISIT_DAY", "là thứ Sáu; mô hình chỉ đến nhà vào: Thứ Năm hằng tuần"],
    ["2024-12-26", "2024-12-01", 0, null, ""],
    ["2025-01-02", "2024-12-01", 0, "AFTER_VALIDITY", "Mô hình chỉ áp dụng đến hết ngày 31/12/2024."],
    ["2024-04-25", "2024-04-01", 0, "NOT_IN_FORCE", "Mô hình áp dụng từ ngày 02/05/2024."],
    ["2024-06-06", "2024-06-10", 0, "IN_PAST", "Ngày 06/06/2024 đã qua."],
  ] as const)("%s (now %s, %i booked) → %s", (date, now, booked, code, fragment) => {
    const r = homeVisitDateAllowed(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, date, ctx(now, booked));
    if (code === null) expect(r).toEqual({ ok: true });
    else {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe(code);
        expect(r.message).toContain(fragment);
      }
    }
  });

  it("uses each unit's own capacity", () => {
    expect(homeVisitDateAllowed(LONG_XUYEN_HOME, UNITS.LX_MY_LONG, "2024-06-06", ctx("2024-06-01", 3))).toMatchObject({ ok: false, code: "FULL" });
    expect(homeVisitDateAllowed(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-06-06", ctx("2024-06-01", 3))).toEqual({ ok: true });
  });

  it("refuses a unit outside the scope", () => {
    expect(homeVisitDateAllowed(LONG_XUYEN_HOME, UNITS.PHO_NHON, "2024-06-06", ctx("2024-06-01"))).toMatchObject({
      ok: false,
      code: "UNIT_NOT_IN_SCOPE",
    });
  });

  it("same day: only before the day starts (no intake cut-off in the rule)", () => {
    expect(homeVisitDateAllowed(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-06-06", ctx(at("2024-06-06", "06:30")))).toEqual({ ok: true });
    expect(homeVisitDateAllowed(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-06-06", ctx(at("2024-06-06", "07:00")))).toEqual({ ok: true });
    const late = homeVisitDateAllowed(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-06-06", ctx(at("2024-06-06", "07:01")));
    expect(late).toMatchObject({ ok: false, code: "TOO_LATE_TODAY" });
  });

  it("same day with an intake cut-off: allowed until it", () => {
    const withCutoff = { ...LONG_XUYEN_HOME, versions: [{ ...LONG_XUYEN_HOME.versions[0]!, intakeCutoff: "10:00" }] };
    expect(homeVisitDateAllowed(withCutoff, UNITS.LX_MY_BINH, "2024-06-06", ctx(at("2024-06-06", "10:00")))).toEqual({ ok: true });
    expect(homeVisitDateAllowed(withCutoff, UNITS.LX_MY_BINH, "2024-06-06", ctx(at("2024-06-06", "10:01")))).toMatchObject({ ok: false, code: "TOO_LATE_TODAY" });
  });

  it("a visit Thursday that is a day off does not occur", () => {
    // Hypothetical local decision closing offices on Thursday 05/09/2024.
    const calendar = buildCalendar([
      ...CALENDAR_ENTRIES,
      { date: "2024-09-05", kind: "OFF", name: "Nghỉ theo quyết định của tỉnh", effectiveFrom: "2024-08-01" },
    ]);
    const r = homeVisitDateAllowed(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-09-05", { ...ctx("2024-08-20"), calendar });
    expect(r).toMatchObject({ ok: false, code: "DAY_OFF" });
    if (!r.ok) expect(r.message).toContain("là ngày nghỉ (Nghỉ theo quyết định của tỉnh)");
    // …but only once the decision is known
    expect(homeVisitDateAllowed(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-09-05", { ...ctx("2024-07-20"), calendar })).toEqual({ ok: true });
  });

  it("refuses a model that is not a home-visit model", () => {
    expect(homeVisitDateAllowed(PHO_NHON, UNITS.PHO_NHON, "2024-03-06", ctx("2024-03-01"))).toMatchObject({ ok: false, code: "NOT_HOME_VISIT" });
  });

  it("lists the bookable dates of a range", () => {
    expect(
      allowedHomeVisitDates(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-06-01", "2024-06-30", {
        calendar: CALENDAR,
        officeHours: OFFICE_HOURS,
        asOf: "2024-06-01",
        bookedCounts: { "2024-06-13": 5 },
      }),
    ).toEqual(["2024-06-06", "2024-06-20", "2024-06-27"]);
    expect(
      allowedHomeVisitDates(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-12-20", "2025-01-31", {
        calendar: CALENDAR,
        officeHours: OFFICE_HOURS,
        asOf: "2024-12-01",
      }),
    ).toEqual(["2024-12-26"]);
  });
});
