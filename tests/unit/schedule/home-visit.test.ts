import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  allowedHomeVisitDates,
  buildCalendar,
  homeVisitDateAllowed,
  homeVisitModelsFor,
  homeVisitRequestDecision,
  isHomeVisitModel,
  noHomeVisitDateReason,
  ruleAt,
  ruleCovers,
  servesGroup,
  type EligibleGroup,
  type HomeVisitContext,
  type HomeVisitRequestFacts,
  type HomeVisitRequestRefusalCode,
  type ServiceModelDef,
} from "../../../src/domain/schedule";
import { ALL_MODELS, CALENDAR, CALENDAR_ENTRIES, LONG_XUYEN_HOME, OFFICE_HOURS, P, PHO_NHON, PROCEDURES, UNITS, at } from "./fixtures";

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

describe("which models serve at home, and whom", () => {
  it("finds the unit's home-visit models only", () => {
    expect(ALL_MODELS.filter(isHomeVisitModel).map((m) => m.modelId)).toEqual([LONG_XUYEN_HOME.modelId]);
    expect(homeVisitModelsFor(ALL_MODELS, UNITS.LX_MY_LONG)).toEqual([LONG_XUYEN_HOME]);
    expect(homeVisitModelsFor(ALL_MODELS, UNITS.PHO_NHON)).toEqual([]);
  });

  it.each<[EligibleGroup[], EligibleGroup, boolean]>([
    [["WAR_INVALID", "SICK_SOLDIER"], "WAR_INVALID", true],
    [["WAR_INVALID", "SICK_SOLDIER"], "ELDERLY_FRAIL", false],
    [["WAR_INVALID"], "EVERYONE", false],
    [["EVERYONE"], "LOW_LITERACY", true],
  ])("a rule for %o serves %s: %s", (eligibleGroups, group, expected) => {
    expect(servesGroup({ eligibleGroups }, group)).toBe(expected);
  });
});

describe("a citizen's home-visit request", () => {
  const request = (over: Partial<HomeVisitRequestFacts> = {}): HomeVisitRequestFacts => ({
    unit: { id: UNITS.LX_MY_BINH, name: "Phường Mỹ Bình" },
    procedure: { id: P.CT_CHU_KY, name: "Chứng thực chữ ký" },
    eligibleGroup: "WAR_INVALID",
    date: "2024-06-13",
    models: ALL_MODELS,
    calendar: CALENDAR,
    officeHours: OFFICE_HOURS,
    asOf: at("2024-06-06", "08:00"),
    bookedByModel: {},
    ...over,
  });

  it("takes an allowed Thursday under the Long Xuyên model", () => {
    expect(homeVisitRequestDecision(request())).toMatchObject({ ok: true, model: LONG_XUYEN_HOME, rule: LONG_XUYEN_HOME.versions[0] });
  });

  it.each<[string, Partial<HomeVisitRequestFacts>, HomeVisitRequestRefusalCode, string, string | undefined]>([
    ["a unit without home visits", { unit: { id: UNITS.PHO_NHON, name: "Xã Phổ Nhơn" } }, "NO_HOME_VISIT_MODEL", "Xã Phổ Nhơn không có mô hình giải quyết thủ tục tại nhà.", undefined],
    ["a procedure the model does not cover", { procedure: { id: P.CT_SAO_Y, name: "Chứng thực bản sao" } }, "PROCEDURE_NOT_COVERED", "Thủ tục «Chứng thực bản sao» không được giải quyết tại nhà theo mô hình.", "Thủ tục này không được giải quyết tại nhà."],
    [
      "a group the plan does not name",
      { eligibleGroup: "EVERYONE" },
      "GROUP_NOT_ELIGIBLE",
      "Mô hình chỉ phục vụ tại nhà: người già yếu, người neo đơn, người khuyết tật đi lại khó khăn, người có công với cách mạng, thương binh, bệnh binh.",
      "Chỉ dành cho: người già yếu, người neo đơn, người khuyết tật đi lại khó khăn, người có công với cách mạng, thương binh, bệnh binh.",
    ],
    ["a Wednesday", { date: "2024-06-12" }, "NOT_VISIT_DAY", "mô hình chỉ đến nhà vào: Thứ Năm hằng tuần", undefined],
    ["a Wednesday for a procedure not covered: the date is the answer", { date: "2024-06-12", procedure: { id: P.CT_SAO_Y, name: "Chứng thực bản sao" } }, "NOT_VISIT_DAY", "Thứ Năm hằng tuần", undefined],
    ["a full Thursday", { bookedByModel: { [LONG_XUYEN_HOME.modelId]: 5 } }, "FULL", "đã đủ 5 lượt", undefined],
    ["today after the visits started", { date: "2024-06-06", asOf: at("2024-06-06", "09:00") }, "TOO_LATE_TODAY", "không thể đặt lịch đến nhà trong hôm nay", undefined],
  ])("refuses %s", (_what, over, code, message, fieldMessage) => {
    const r = homeVisitRequestDecision(request(over));
    expect(r).toMatchObject({ ok: false, code });
    if (!r.ok) {
      expect(r.message).toContain(message);
      expect(r.fieldMessage).toBe(fieldMessage);
    }
  });

  const wednesdays: ServiceModelDef = {
    ...LONG_XUYEN_HOME,
    modelId: "lx-thu-tu",
    versions: [{ ...LONG_XUYEN_HOME.versions[0]!, modelId: "lx-thu-tu", versionId: "lx-thu-tu-v1", recurrence: { rrule: "FREQ=WEEKLY;BYDAY=WE", dates: [], exdates: [] } }],
  };

  it("uses the first model that allows the date; without one, the first model's refusal", () => {
    const models = [LONG_XUYEN_HOME, wednesdays];
    expect(homeVisitRequestDecision(request({ models, date: "2024-06-12" }))).toMatchObject({ ok: true, model: wednesdays });
    expect(homeVisitRequestDecision(request({ models, date: "2024-06-13" }))).toMatchObject({ ok: true, model: LONG_XUYEN_HOME });
    const tuesday = homeVisitRequestDecision(request({ models, date: "2024-06-11" }));
    expect(tuesday).toMatchObject({ ok: false, code: "NOT_VISIT_DAY" });
    if (!tuesday.ok) expect(tuesday.message).toContain("Thứ Năm hằng tuần");
  });

  it("counts the visits booked under each model separately", () => {
    const models = [LONG_XUYEN_HOME, { ...wednesdays, versions: [{ ...wednesdays.versions[0]!, recurrence: LONG_XUYEN_HOME.versions[0]!.recurrence }] }];
    expect(homeVisitRequestDecision(request({ models, bookedByModel: { [LONG_XUYEN_HOME.modelId]: 5 } }))).toMatchObject({ ok: true, model: { modelId: "lx-thu-tu" } });
  });

  it("accepts only what every rule allows: the date, the procedure and the group", () => {
    const groups: EligibleGroup[] = ["ELDERLY_FRAIL", "LIVING_ALONE", "DISABLED_LIMITED_MOBILITY", "MERIT_PERSON", "WAR_INVALID", "SICK_SOLDIER", "LOW_LITERACY", "EVERYONE"];
    fc.assert(
      fc.property(
        fc.constantFrom(UNITS.LX_MY_BINH, UNITS.LX_MY_LONG, UNITS.PHO_NHON),
        fc.constantFrom(...Object.keys(PROCEDURES)),
        fc.constantFrom(...groups),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 6 }),
        (unitId, procedureId, eligibleGroup, dayOffset, ahead, booked) => {
          const date = addDays("2024-04-01", dayOffset);
          const asOf = addDays(date, -ahead);
          const r = homeVisitRequestDecision(request({ unit: { id: unitId, name: "Đơn vị" }, procedure: { id: procedureId, name: "Thủ tục" }, eligibleGroup, date, asOf, bookedByModel: { [LONG_XUYEN_HOME.modelId]: booked } }));
          if (!r.ok) return;
          const rule = ruleAt(r.model, date)!;
          expect(isHomeVisitModel(r.model)).toBe(true);
          expect(homeVisitDateAllowed(r.model, unitId, date, { calendar: CALENDAR, officeHours: OFFICE_HOURS, asOf, bookedCount: booked })).toEqual({ ok: true });
          expect(ruleCovers(rule, unitId, procedureId)).toBe(true);
          expect(servesGroup(rule, eligibleGroup)).toBe(true);
        },
      ),
    );
  });
});

describe("why no date is offered (noHomeVisitDateReason)", () => {
  const lx = LONG_XUYEN_HOME.versions[0]!;
  it.each([
    ["after the model ended", "2025-02-03", 0, "chỉ áp dụng đến hết ngày 31/12/2024; hiện không nhận đề nghị mới."],
    ["before it started", addDays(lx.validFrom, -10), 0, `áp dụng từ ngày`],
    ["a visit day that is full", "2024-06-06", 5, "Các ngày đến nhà trong thời gian tới đã kín lịch."],
    ["a day that is no visit day", "2024-06-07", 0, "Hiện chưa có ngày nào còn nhận đề nghị đến nhà."],
  ] as const)("%s", (_, today, booked, fragment) => {
    // Before 07:00: today itself could still be booked, so only the rule decides.
    expect(noHomeVisitDateReason(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, today, ctx(at(today, "06:00"), booked))).toContain(fragment);
  });
});
