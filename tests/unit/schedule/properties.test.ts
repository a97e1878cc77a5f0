/**
 * Property tests (fast-check). Run them under several host time zones:
 *   TZ=UTC npx vitest run --project unit
 *   TZ=America/New_York npx vitest run --project unit
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  instantAt,
  isOpenAt,
  minLocalDate,
  minutesToTime,
  occurrences,
  promiseResult,
  toLocalDate,
  toLocalTime,
  type Channel,
  type ServiceModelDef,
} from "../../../src/domain/schedule";
import { ALL_MODELS, ALL_UNITS, CALENDAR, OFFICE_HOURS, OFFICE_HOURS_LUAN_THANH, PROCEDURES, UNITS, ctxFor } from "./fixtures";

const T0 = Date.UTC(2022, 11, 25); // a little before the plans
const T1 = Date.UTC(2027, 0, 5);
const instant = fc.integer({ min: T0, max: T1 }).map((ms) => new Date(ms));
const dateArb = fc.integer({ min: 0, max: Math.floor((T1 - T0) / 86_400_000) }).map((n) => addDays("2022-12-25", n));
const unitArb = fc.constantFrom(...ALL_UNITS);
const channelArb = fc.constantFrom<Channel>("DESK", "ONLINE", "POSTAL", "HOME");
const procedureArb = fc.oneof(
  fc.constantFrom(...Object.keys(PROCEDURES)).map((id) => PROCEDURES[id]!),
  fc.record({
    procedureId: fc.constantFrom(...Object.keys(PROCEDURES), "khac"),
    statutoryWorkingDays: fc.integer({ min: 0, max: 40 }),
    sameDayCutoff: fc.constantFrom(null, "15:00", "11:00", "16:59"),
  }),
);
const officeFor = (unit: string) => (unit === UNITS.LUAN_THANH ? OFFICE_HOURS_LUAN_THANH : OFFICE_HOURS);
// Receipts near the interesting instants (edges of windows) as well as anywhere.
const edgeInstant = fc
  .tuple(dateArb, fc.constantFrom(0, 419, 420, 421, 689, 690, 810, 899, 900, 901, 929, 930, 931, 989, 990, 1019, 1020, 1021, 1050, 1140, 1260, 1439), fc.integer({ min: 0, max: 59_999 }))
  .map(([d, m, ms]) => new Date(instantAt(d, minutesToTime(m)).getTime() + ms));
const receiptArb = fc.oneof(instant, edgeInstant);
const anyCase = fc.tuple(unitArb, procedureArb, receiptArb);
// Receipts during a model's own openings, by a unit and for a procedure it covers: arbitrary
// receipts hardly ever fall under a model (about 1 in 400).
const modelCase = fc.oneof(
  ...ALL_MODELS.flatMap((model) => {
    const rule = model.versions[0]!;
    const scope = rule.scopes.find((s) => s.allProcedures || s.procedureIds.length > 0);
    if (!scope) return [];
    const windows = occurrences(model, ctxFor(scope.unitId), rule.validFrom, minLocalDate(rule.validTo ?? "2026-12-31", "2026-12-31")).flatMap((o) => o.windows);
    return [
      fc.tuple(
        fc.constant(scope.unitId),
        fc.constantFrom(...(scope.allProcedures ? Object.keys(PROCEDURES) : scope.procedureIds)).map((id) => PROCEDURES[id]!),
        fc.constantFrom(...windows).chain((w) => fc.integer({ min: w.start.getTime(), max: w.end.getTime() - 1 }).map((ms) => new Date(ms))),
      ),
    ];
  }),
);

describe("promise invariants", () => {
  it("never before receipt, never on a day off, never later than the statutory bound", () => {
    const bases = new Map<string, number>();
    fc.assert(
      fc.property(fc.oneof(anyCase, modelCase), channelArb, ([unitId, procedure, receivedAt], channel) => {
        const r = promiseResult({
          procedure,
          unitId,
          receivedAt,
          channel,
          models: ALL_MODELS,
          officeHours: officeFor(unitId),
          calendar: CALENDAR,
        });
        expect(r.promisedAt.getTime()).toBeGreaterThan(receivedAt.getTime());
        expect(CALENDAR.isWorkingDay(toLocalDate(r.promisedAt), receivedAt)).toBe(true);
        expect(r.promisedAt.getTime()).toBeLessThanOrEqual(r.statutoryBound.getTime());
        expect(r.effectiveReceivedAt.getTime()).toBeGreaterThanOrEqual(receivedAt.getTime());
        expect(CALENDAR.isWorkingDay(r.countedFromDate, receivedAt)).toBe(true);
        expect(r.steps.length).toBeGreaterThanOrEqual(3);
        if (r.basis.kind === "MODEL") expect(ALL_MODELS.some((m) => m.modelId === (r.basis as { modelId: string }).modelId)).toBe(true);
        bases.set(r.basis.kind, (bases.get(r.basis.kind) ?? 0) + 1);
      }),
      { numRuns: 4000 },
    );
    // Promises under a model and under the law were both checked.
    expect([...bases.keys()].sort()).toEqual(["MODEL", "STATUTORY"]);
  });

  it("the statutory bound grows with the statutory time", () => {
    fc.assert(
      fc.property(receiptArb, fc.integer({ min: 0, max: 30 }), (receivedAt, n) => {
        const p = (days: number) =>
          promiseResult({
            procedure: { procedureId: "x", statutoryWorkingDays: days, sameDayCutoff: null },
            unitId: UNITS.OTHER,
            receivedAt,
            channel: "ONLINE",
            models: [],
            officeHours: OFFICE_HOURS,
            calendar: CALENDAR,
          }).statutoryBound.getTime();
        expect(p(n + 1)).toBeGreaterThan(p(n));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("occurrences and isOpenAt agree", () => {
  const modelArb = fc.constantFrom(...ALL_MODELS);
  const unitOf = (modelId: string) => ALL_MODELS.find((m) => m.modelId === modelId)!.versions[0]!.scopes[0]!.unitId;

  const validity = (model: ServiceModelDef) => model.versions[0]!;
  // A range inside the model's validity this long always holds an occurrence: three weeks for
  // a weekly rule (a Tết closure takes at most one of its days), 100 days for the quarterly
  // listening session (consecutive last Saturdays of a quarter are at most 98 days apart).
  const mustOccurDays = (model: ServiceModelDef) => (validity(model).recurrence.rrule?.startsWith("FREQ=MONTHLY") ? 100 : 21);
  const LAST = toLocalDate(new Date(T1));
  const insideValidity = (model: ServiceModelDef) => {
    const span = mustOccurDays(model);
    const from = validity(model).validFrom;
    const lastFrom = addDays(minLocalDate(validity(model).validTo ?? LAST, LAST), -span);
    return fc.integer({ min: 0, max: daysBetween(from, lastFrom) }).map((n) => ({ from: addDays(from, n), len: span, mustOccur: true }));
  };
  const anywhere = fc.record({ from: dateArb, len: fc.integer({ min: 0, max: 120 }), mustOccur: fc.constant(false) });

  // One property per model, so that every model's windows are checked.
  it.each(ALL_MODELS.map((m) => [m.modelId, m] as const))(
    "every generated window of %s is open from its start to just before its end, and closed at its end unless another window starts there",
    (_, model) => {
      const ctx = ctxFor(unitOf(model.modelId));
      let windows = 0;
      fc.assert(
        fc.property(fc.oneof(insideValidity(model), anywhere), fc.double({ min: 0, max: 1, noNaN: true }), ({ from, len, mustOccur }, frac) => {
          const occ = occurrences(model, ctx, from, addDays(from, len));
          if (mustOccur) expect(occ.length).toBeGreaterThan(0);
          for (const o of occ) {
            expect(o.date >= from && o.date <= addDays(from, len)).toBe(true);
            expect(o.windows.length).toBeGreaterThan(0);
            for (const w of o.windows) {
              const s = w.start.getTime();
              const e = w.end.getTime();
              expect(isOpenAt(model, ctx, w.start)).toBe(true);
              expect(isOpenAt(model, ctx, new Date(e - 1))).toBe(true);
              expect(isOpenAt(model, ctx, new Date(s + Math.floor((e - s - 1) * frac)))).toBe(true);
              const adjacent = o.windows.some((x) => x.start.getTime() <= e && e < x.end.getTime());
              expect(isOpenAt(model, ctx, w.end)).toBe(adjacent);
              expect(toLocalDate(w.start)).toBe(o.date);
              windows++;
            }
          }
        }),
        { numRuns: 100 },
      );
      expect(windows).toBeGreaterThan(0);
    },
  );

  it("a random instant is open iff it falls in a window of an occurrence of its day", () => {
    const seen = { open: 0, closed: 0 };
    fc.assert(
      fc.property(modelArb, receiptArb, (model, t) => {
        const ctx = ctxFor(unitOf(model.modelId));
        const d = toLocalDate(t);
        const around = occurrences(model, ctx, addDays(d, -1), addDays(d, 1));
        const inside = around.some((o) => o.windows.some((w) => w.start.getTime() <= t.getTime() && t.getTime() < w.end.getTime()));
        expect(isOpenAt(model, ctx, t)).toBe(inside);
        seen[inside ? "open" : "closed"]++;
      }),
      { numRuns: 5000 },
    );
    // Both sides of the "iff" were exercised.
    expect(seen.open).toBeGreaterThan(0);
    expect(seen.closed).toBeGreaterThan(0);
  });
});

describe("independent of the host time zone", () => {
  it("local date/time round-trip through instants", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 1439 }), (d, m) => {
        const t = instantAt(d, minutesToTime(m));
        expect(toLocalDate(t)).toBe(d);
        expect(toLocalTime(t)).toBe(minutesToTime(m));
        // Asia/Ho_Chi_Minh is UTC+7 without DST in the plans' years
        expect(t.getTime()).toBe(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)), 0, m) - 7 * 3_600_000);
      }),
      { numRuns: 3000 },
    );
  });

  it("working-day arithmetic is consistent", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 60 }), (d, n) => {
        const end = CALENDAR.addWorkingDays(d, n);
        expect(CALENDAR.isWorkingDay(end)).toBe(true);
        if (n > 0) expect(CALENDAR.workingDaysBetween(d, end)).toBe(n);
        const next = CALENDAR.nextWorkingDay(d);
        expect(next > d).toBe(true);
        if (CALENDAR.isWorkingDay(d)) expect(CALENDAR.previousWorkingDay(next)).toBe(d);
        else expect(CALENDAR.previousWorkingDay(next) < d).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});
