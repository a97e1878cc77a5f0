import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  compareOpenings,
  deemedReceipt,
  instantAt,
  minutesToTime,
  unitBanner,
  type BannerContext,
  type BannerProcedure,
  type LocalDate,
} from "../../../src/domain/schedule";
import type { UnitLifetime } from "../../../src/domain/unit/lifetime";
import { ALL_MODELS, CALENDAR, OFFICE_HOURS, OFFICE_HOURS_LUAN_THANH, P, PHO_NHON_PROCEDURES, PROCEDURES, UNITS, at } from "./fixtures";

const ALL_PROCEDURES: BannerProcedure[] = Object.values(PROCEDURES).map((p) => ({ id: p.procedureId, statutoryWorkingDays: p.statutoryWorkingDays, sameDayCutoff: p.sameDayCutoff }));

function unit(id: string, lifetime: UnitLifetime = { validFrom: null, validTo: null }): BannerContext {
  return {
    unit: { id, ...lifetime },
    officeHours: id === UNITS.LUAN_THANH ? OFFICE_HOURS_LUAN_THANH : OFFICE_HOURS,
    calendar: CALENDAR,
    subtreeIds: [id],
    models: ALL_MODELS,
  };
}

const phoNhon = unit(UNITS.PHO_NHON);
const banner = (ctx: BannerContext, date: LocalDate, time: string) => unitBanner(ctx, at(date, time), ALL_PROCEDURES);

describe("the unit banner", () => {
  it("Phổ Nhơn, Wednesday 06/03/2024 10:00: the plan's 12 procedures same-day, intake until 15:30", () => {
    const b = banner(phoNhon, "2024-03-06", "10:00");
    expect(b).toMatchObject({ date: "2024-03-06", time: "10:00", weekdayName: "thứ Tư", lifetime: "ACTIVE", officeOpen: true, nextOffice: null, nextSameDay: null });
    expect(b.sameDay).toEqual({ procedureCount: PHO_NHON_PROCEDURES.length, until: "15:30", models: ["Ngày thứ Tư không hẹn"] });
    expect(b.officeWindows).toEqual([
      { start: "07:00", end: "11:30" },
      { start: "13:30", end: "17:00" },
    ]);
  });

  it("Phổ Nhơn, the same Wednesday at 16:00: no same-day service, the next is Wednesday 13/03/2024 at 07:00", () => {
    const b = banner(phoNhon, "2024-03-06", "16:00");
    expect(b.sameDay).toBeNull();
    expect(b.officeOpen).toBe(true);
    expect(b.nextSameDay).toMatchObject({ name: "Ngày thứ Tư không hẹn", sameDay: true, date: "2024-03-13", weekdayName: "thứ Tư", start: "07:00", intakeUntil: "15:30" });
    expect(b.upcoming).not.toContain(b.nextSameDay);
  });

  it("Phổ Nhơn on Labour Day (Wednesday 01/05/2024): a day off, the office reopens on Thursday", () => {
    const b = banner(phoNhon, "2024-05-01", "09:00");
    expect(b.day.working).toBe(false);
    expect(b.officeWindows).toEqual([]);
    expect(b).toMatchObject({ officeOpen: false, sameDay: null, nextOffice: { date: "2024-05-02", weekdayName: "thứ Năm", start: "07:00" } });
    expect(b.nextSameDay?.date).toBe("2024-05-08");
  });

  it("An Dũng, Friday 15/03/2024 09:00: the 'ba không' Friday, same-day until the close", () => {
    expect(banner(unit(UNITS.AN_DUNG), "2024-03-15", "09:00").sameDay).toMatchObject({ procedureCount: 5, until: "17:00", models: ["Ngày thứ Sáu không viết – không nộp – không hẹn"] });
  });

  it("Phước Long, Friday 08/03/2024 15:30: its 5 registered procedures same-day (no deferral past the weekend)", () => {
    expect(banner(unit(UNITS.PL_LONG_PHUOC), "2024-03-08", "15:30").sameDay).toMatchObject({ procedureCount: 5, until: "17:00" });
  });

  it("Luận Thành, 16:45 inside the period: the office is closed, the 9th hour is open until 17:30 for every procedure", () => {
    const b = banner(unit(UNITS.LUAN_THANH), "2026-03-04", "16:45");
    expect(b.officeOpen).toBe(false);
    expect(b.open).toEqual([
      { modelId: "luan-thanh-gio-thu-9", name: "Giải quyết thủ tục hành chính giờ thứ 9", kind: "EXTENDED_HOURS", procedureCount: ALL_PROCEDURES.length, windowEnd: "17:30", intakeUntil: null },
    ]);
    expect(b.upcoming.map((o) => o.modelId)).not.toContain("luan-thanh-gio-thu-9");
  });

  it("Luận Thành, 16:45 after the period: closed, the office reopens at 07:00 the next day", () => {
    const b = banner(unit(UNITS.LUAN_THANH), "2026-03-25", "16:45");
    expect(b).toMatchObject({ open: [], officeOpen: false, nextOffice: { date: "2026-03-26", start: "07:00" } });
  });

  it("counts only the unit's own procedures a model covers", () => {
    const b = unitBanner(phoNhon, at("2024-03-06", "10:00"), ALL_PROCEDURES.filter((p) => p.id === P.CT_SAO_Y || p.id === P.XAY_DUNG));
    expect(b.sameDay).toMatchObject({ procedureCount: 1 });
  });

  it.each([
    ["06:59", false],
    ["07:00", true],
    ["11:29", true],
    ["11:30", false],
    ["13:30", true],
    ["17:00", false],
  ])("office open at %s on a working Wednesday: %s", (time, open) => {
    const b = banner(phoNhon, "2024-03-06", time);
    expect(b.officeOpen).toBe(open);
    expect(b.nextOffice === null).toBe(open);
  });

  it.each([
    ["after the unit ended", { validFrom: null, validTo: "2025-06-30" }, "2025-07-02", "ENDED"],
    ["before the unit existed", { validFrom: "2025-07-01", validTo: null }, "2025-03-03", "NOT_YET"],
  ] as const)("%s: nothing is announced", (_what, lifetime, date, status) => {
    const b = banner(unit(UNITS.PHO_NHON, lifetime), date, "10:00");
    expect(b).toMatchObject({ lifetime: status, officeOpen: false, officeWindows: [], sameDay: null, open: [], nextSameDay: null, upcoming: [], nextOffice: null });
  });
});

describe("banner properties", () => {
  const T0 = Date.UTC(2023, 0, 1);
  const days = 4 * 365;
  const instant = fc.oneof(
    fc.integer({ min: T0, max: T0 + days * 86_400_000 }).map((ms) => new Date(ms)),
    // near the edges of office hours and model windows
    fc
      .tuple(fc.integer({ min: 0, max: days }), fc.constantFrom(420, 690, 810, 930, 990, 1020, 1050), fc.integer({ min: -1, max: 1 }))
      .map(([d, m, s]) => new Date(instantAt(addDays("2023-01-01", d), minutesToTime(m)).getTime() + s)),
  );

  it("agrees with the engine on the office, and never announces what is open now as upcoming", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(UNITS)), instant, (unitId, t) => {
        const ctx = unit(unitId);
        const b = unitBanner(ctx, t, ALL_PROCEDURES);
        expect(b.officeOpen).toBe(!deemedReceipt(t, ctx.officeHours, ctx.calendar, t).deemed);
        if (b.officeOpen) expect(b.nextOffice).toBeNull();
        else expect(instantAt(b.nextOffice!.date, b.nextOffice!.start).getTime()).toBeGreaterThan(t.getTime());
        if (b.sameDay) expect(b.nextSameDay).toBeNull();
        const openNow = new Set(b.open.map((m) => m.modelId));
        const all = b.nextSameDay ? [b.nextSameDay, ...b.upcoming] : b.upcoming;
        for (const o of all) {
          expect(openNow.has(o.modelId)).toBe(false);
          expect(instantAt(o.date, o.start).getTime()).toBeGreaterThan(t.getTime());
        }
        expect(b.upcoming.length).toBeLessThanOrEqual(4);
        expect([...b.upcoming].sort(compareOpenings)).toEqual(b.upcoming);
      }),
      { numRuns: 100 },
    );
  });
});
