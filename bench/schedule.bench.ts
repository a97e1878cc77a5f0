/**
 * Schedule engine benchmark. Run: npx tsx bench/schedule.bench.ts
 *
 * 1. Availability of 300 procedures of one unit for each of 7 days: for each procedure × day,
 *    the models in effect (`modelsFor`) and the promised result time (`promiseResult`).
 * 2. Occurrences of all models of a province for a year: 100 communes × 3 models.
 *
 * Each is timed with the engine's caches (memoised calendar days, shared RRULE expansions)
 * and, in the same process, as a baseline answering every query from scratch: a calendar
 * without memoisation and the recurrence cache cleared before each query. Both must give
 * the same answers; the ratio is baseline / cached.
 */
import { cpus } from "node:os";
import {
  addDays,
  buildCalendar,
  clearRecurrenceCache,
  instantAt,
  modelsFor,
  occurrences,
  promiseResult,
  type CalendarEntry,
  type ModelRule,
  type OfficeHours,
  type ProcedureTiming,
  type ServiceModelDef,
} from "../src/domain/schedule";
import { CALENDAR_ENTRIES, OFFICE_HOURS } from "../tests/unit/schedule/fixtures";

// ---------------------------------------------------------------------------------------
// Synthetic data

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const rand = rng(20240306);
const PROCEDURES: ProcedureTiming[] = Array.from({ length: 300 }, (_, i) => ({
  procedureId: `tthc-${String(i).padStart(3, "0")}`,
  statutoryWorkingDays: i % 10 === 0 ? 0 : Math.floor(rand() * 20) + 1,
  sameDayCutoff: i % 10 === 0 ? "15:00" : null,
}));

const baseRule = (over: Partial<ModelRule> & Pick<ModelRule, "versionId" | "modelId">): ModelRule => ({
  kind: "NO_APPOINTMENT_DAY",
  effectiveFrom: "2024-01-01",
  validFrom: "2024-01-01",
  validTo: null,
  recurrence: { rrule: "FREQ=WEEKLY;BYDAY=WE", dates: [], exdates: [] },
  hours: { kind: "OFFICE_HOURS" },
  intakeCutoff: null,
  turnaround: { kind: "STATUTORY" },
  workingDaysOnly: true,
  noDeferralPastWeekend: false,
  place: "OFFICE_DESK",
  eligibleGroups: ["EVERYONE"],
  scopes: [],
  ...over,
});

function unitModels(unitId: string, procedureIds: string[]): ServiceModelDef[] {
  const m = (modelId: string, name: string, rule: Omit<Partial<ModelRule>, "modelId" | "versionId">): ServiceModelDef => ({
    modelId,
    planId: "bench",
    kind: rule.kind ?? "NO_APPOINTMENT_DAY",
    name,
    versions: [baseRule({ ...rule, modelId, versionId: `${modelId}-v1` })],
  });
  return [
    m(`${unitId}-thu-tu`, "Ngày thứ Tư không hẹn", {
      intakeCutoff: "15:30",
      turnaround: { kind: "MINUTES", minutes: 60 },
      scopes: [{ unitId, allProcedures: false, procedureIds: procedureIds.slice(0, 100), capacityPerDay: null }],
    }),
    m(`${unitId}-trong-ngay`, "Giải quyết trong ngày", {
      recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", dates: [], exdates: [] },
      turnaround: { kind: "SAME_DAY" },
      noDeferralPastWeekend: true,
      scopes: [{ unitId, allProcedures: false, procedureIds: procedureIds.slice(50, 150), capacityPerDay: null }],
    }),
    m(`${unitId}-gio-thu-9`, "Giờ thứ 9", {
      kind: "EXTENDED_HOURS",
      recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", dates: [], exdates: [] },
      hours: { kind: "WINDOWS", windows: [{ start: "17:00", end: "18:00" }] },
      scopes: [{ unitId, allProcedures: true, procedureIds: [], capacityPerDay: null }],
    }),
    m(`${unitId}-lang-nghe`, "Lắng nghe dân nói", {
      kind: "LISTENING_SESSION",
      recurrence: { rrule: "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=SA;BYSETPOS=-1", dates: [], exdates: [] },
      hours: { kind: "WINDOWS", windows: [{ start: "19:00", end: "21:00" }] },
      workingDaysOnly: false,
      place: "VILLAGE_HALL",
      scopes: [{ unitId, allProcedures: false, procedureIds: [], capacityPerDay: null }],
    }),
  ];
}

// ---------------------------------------------------------------------------------------
// Timing helpers

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

// ---------------------------------------------------------------------------------------
// 1. 300 procedures × 7 days

const UNIT = "xa-bench";
const MODELS = unitModels(UNIT, PROCEDURES.map((p) => p.procedureId));
const WEEK = Array.from({ length: 7 }, (_, i) => addDays("2025-01-20", i)); // includes Tết 2025 (25/01) and a weekend

function availability(calendarEntries: CalendarEntry[], officeHours: OfficeHours[], cached: boolean): string[] {
  let calendar = buildCalendar(calendarEntries);
  const out: string[] = [];
  for (const day of WEEK) {
    for (const procedure of PROCEDURES) {
      if (!cached) {
        clearRecurrenceCache();
        calendar = buildCalendar(calendarEntries, { memoize: false });
      }
      const t = instantAt(day, "09:00");
      const ctx = { officeHours, calendar };
      const inEffect = modelsFor(MODELS, UNIT, procedure.procedureId, t, ctx).map((m) => m.model.modelId);
      const p = promiseResult({ procedure, unitId: UNIT, receivedAt: t, channel: "DESK", models: MODELS, officeHours, calendar });
      out.push(`${day}|${procedure.procedureId}|${inEffect.join(",")}|${p.promisedAt.toISOString()}|${p.basis.kind}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// 2. a province: 100 communes × 3 scheduled models, one year

// 3 models per commune: Wednesday same-day, 9th hour (Mon–Fri), quarterly listening session
const PROVINCE_MODELS = Array.from({ length: 100 }, (_, i) => {
  const all = unitModels(`xa-${i}`, [`p-${i}`]);
  return [all[0]!, all[2]!, all[3]!];
}).flat();

function provinceYear(cached: boolean): number {
  let calendar = buildCalendar(CALENDAR_ENTRIES);
  let count = 0;
  for (const model of PROVINCE_MODELS) {
    if (!cached) {
      clearRecurrenceCache();
      calendar = buildCalendar(CALENDAR_ENTRIES, { memoize: false });
    }
    count += occurrences(model, { officeHours: OFFICE_HOURS, calendar }, "2025-01-01", "2025-12-31").length;
  }
  return count;
}

// ---------------------------------------------------------------------------------------

function run(): void {
  const hostTz = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length} cores, host TZ ${hostTz}`);

  // warm-up (JIT), then measure
  availability(CALENDAR_ENTRIES, OFFICE_HOURS, true);
  clearRecurrenceCache();
  const cold = time(() => availability(CALENDAR_ENTRIES, OFFICE_HOURS, true));
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push(time(() => availability(CALENDAR_ENTRIES, OFFICE_HOURS, true)).ms);
  const base: number[] = [];
  let baseValue: string[] = [];
  for (let i = 0; i < 3; i++) {
    const r = time(() => availability(CALENDAR_ENTRIES, OFFICE_HOURS, false));
    base.push(r.ms);
    baseValue = r.value;
  }
  if (JSON.stringify(baseValue) !== JSON.stringify(cold.value)) throw new Error("cached and baseline answers differ (availability)");
  const models = cold.value.filter((l) => l.split("|")[2] !== "").length;
  console.log(`\n1. 300 procedures × 7 days (${cold.value.length} queries: modelsFor + promiseResult; ${models} with a model in effect)`);
  console.log(`   cached, cold caches : ${fmt(cold.ms)}`);
  console.log(`   cached, warm (median of 5): ${fmt(median(warm))}`);
  console.log(`   baseline, no caching (median of 3): ${fmt(median(base))}`);
  console.log(`   ratio baseline / cached cold: ${(median(base) / cold.ms).toFixed(1)}×, / cached warm: ${(median(base) / median(warm)).toFixed(1)}×`);

  clearRecurrenceCache();
  const pCold = time(() => provinceYear(true));
  const pWarm: number[] = [];
  for (let i = 0; i < 5; i++) pWarm.push(time(() => provinceYear(true)).ms);
  const pBase: number[] = [];
  let pBaseCount = 0;
  for (let i = 0; i < 3; i++) {
    const r = time(() => provinceYear(false));
    pBase.push(r.ms);
    pBaseCount = r.value;
  }
  if (pBaseCount !== pCold.value) throw new Error("cached and baseline answers differ (province)");
  console.log(`\n2. Province year: ${PROVINCE_MODELS.length} models (100 communes × 3), 2025, ${pCold.value} occurrences`);
  console.log(`   cached, cold caches : ${fmt(pCold.ms)}`);
  console.log(`   cached, warm (median of 5): ${fmt(median(pWarm))}`);
  console.log(`   baseline, no caching (median of 3): ${fmt(median(pBase))}`);
  console.log(`   ratio baseline / cached cold: ${(median(pBase) / pCold.ms).toFixed(1)}×, / cached warm: ${(median(pBase) / median(pWarm)).toFixed(1)}×`);
}

run();
