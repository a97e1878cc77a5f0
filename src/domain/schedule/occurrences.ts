/**
 * When a model runs: its occurrences (days × windows), "is it open now?", the next
 * openings, and which models are in effect for a (unit, procedure) at an instant.
 *
 * A model occurs on local date d iff
 *   - a version is in force on d (`ruleAt`), and d is within [validFrom, validTo] (inclusive),
 *   - d is in the recurrence (RRULE from validFrom, + dates − exdates),
 *   - if `workingDaysOnly`, d is a working day of the official calendar (a model day that
 *     falls on a holiday or in Tết simply does not occur),
 *   - it has at least one window that day: the office hours of the day (none on a day off),
 *     or the rule's explicit windows.
 * `isOpenAt` is defined through `occurrenceOn`, so the two always agree.
 */
import { type AsOf, type OfficialCalendar } from "./calendar";
import { windowContaining, type InstantWindow } from "./interval";
import { addDays, instantAt, toLocalDate } from "./local-time";
import { officeWindowsOn, sortWindows, windowsToInstants } from "./office-hours";
import { hasSchedule, recurrenceDates, recurrenceIncludes } from "./recurrence";
import { isWithinValidity, ruleAt, ruleCovers } from "./rules";
import type { LocalDate, ModelRule, OfficeHours, ServiceModelDef, TimeWindow } from "./types";

export interface ScheduleContext {
  /** The office hours of the unit the question is about. */
  officeHours: readonly OfficeHours[];
  calendar: OfficialCalendar;
  /** Which official calendar decisions are known (default: all). */
  asOf?: AsOf;
}

export interface Occurrence {
  modelId: string;
  versionId: string;
  date: LocalDate;
  /** Local windows of the day, sorted. */
  localWindows: TimeWindow[];
  /** The same windows as instants, half-open [start, end). */
  windows: InstantWindow[];
  /** Dossiers are taken under the model only up to this instant (inclusive); null: until the window closes. */
  intakeCutoffAt: Date | null;
}

/** The windows of a rule on a date (office hours or explicit windows), ignoring the recurrence. */
export function ruleWindowsOn(rule: ModelRule, date: LocalDate, ctx: ScheduleContext): TimeWindow[] {
  if (rule.hours.kind === "OFFICE_HOURS") return officeWindowsOn(ctx.officeHours, date, ctx.calendar, ctx.asOf);
  return sortWindows(rule.hours.windows);
}

/** Does `rule` (already known to be the version in force) occur on `date`? */
function ruleOccurrenceOn(model: ServiceModelDef, rule: ModelRule, ctx: ScheduleContext, date: LocalDate): Occurrence | null {
  if (!isWithinValidity(rule, date)) return null;
  if (!hasSchedule(rule.recurrence)) return null;
  if (!recurrenceIncludes(rule.recurrence, rule.validFrom, date)) return null;
  if (rule.workingDaysOnly && !ctx.calendar.isWorkingDay(date, ctx.asOf)) return null;
  const localWindows = ruleWindowsOn(rule, date, ctx);
  if (localWindows.length === 0) return null;
  return {
    modelId: model.modelId,
    versionId: rule.versionId,
    date,
    localWindows,
    windows: windowsToInstants(date, localWindows),
    intakeCutoffAt: rule.intakeCutoff ? instantAt(date, rule.intakeCutoff) : null,
  };
}

/** The occurrence of the model on one local date, or null. */
export function occurrenceOn(model: ServiceModelDef, ctx: ScheduleContext, date: LocalDate): Occurrence | null {
  const rule = ruleAt(model, date);
  return rule ? ruleOccurrenceOn(model, rule, ctx, date) : null;
}

/** Every occurrence from `fromDate` to `toDate` inclusive, in date order. */
export function occurrences(
  model: ServiceModelDef,
  ctx: ScheduleContext,
  fromDate: LocalDate,
  toDate: LocalDate,
): Occurrence[] {
  if (fromDate > toDate) return [];
  // Each version governs the dates from its effectiveFrom to the next version's.
  const versions = [...model.versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  const out: Occurrence[] = [];
  versions.forEach((rule, i) => {
    const next = versions[i + 1];
    const lo = rule.effectiveFrom > fromDate ? rule.effectiveFrom : fromDate;
    const hiExclusive = next ? next.effectiveFrom : null;
    const hi = hiExclusive && addDays(hiExclusive, -1) < toDate ? addDays(hiExclusive, -1) : toDate;
    if (lo > hi) return;
    for (const d of recurrenceDates(rule, lo, hi)) {
      // A tie on effectiveFrom: ruleAt picks the later row; stay consistent with it.
      if (ruleAt(model, d) !== rule) continue;
      const occ = ruleOccurrenceOn(model, rule, ctx, d);
      if (occ) out.push(occ);
    }
  });
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface OpenWindow {
  occurrence: Occurrence;
  window: InstantWindow;
}

/** The occurrence window containing `t`, or null. */
export function openWindowAt(model: ServiceModelDef, ctx: ScheduleContext, t: Date): OpenWindow | null {
  const occ = occurrenceOn(model, ctx, toLocalDate(t));
  const window = occ ? windowContaining(occ.windows, t) : null;
  return occ && window ? { occurrence: occ, window } : null;
}

/** True iff `t` falls inside a window [start, end) of an occurrence of the model. */
export function isOpenAt(model: ServiceModelDef, ctx: ScheduleContext, t: Date): boolean {
  return openWindowAt(model, ctx, t) !== null;
}

/** Is `t` on or before the occurrence's intake cut-off ("đến 15h30" includes 15:30 itself)? */
export function beforeIntakeCutoff(occurrence: Occurrence, t: Date): boolean {
  return occurrence.intakeCutoffAt === null || t.getTime() <= occurrence.intakeCutoffAt.getTime();
}

export interface Opening {
  modelId: string;
  versionId: string;
  date: LocalDate;
  start: Date;
  end: Date;
  intakeCutoffAt: Date | null;
}

/** Default search horizon of `nextOpenings`: two years. */
export const OPENINGS_HORIZON_DAYS = 731;

/**
 * The next occurrence windows that end after `t` (a window already open at `t` included),
 * at most `n`, searched up to `horizonDays` days ahead.
 */
export function nextOpenings(
  model: ServiceModelDef,
  ctx: ScheduleContext,
  t: Date,
  n: number,
  horizonDays: number = OPENINGS_HORIZON_DAYS,
): Opening[] {
  const out: Opening[] = [];
  if (n <= 0) return out;
  const start = toLocalDate(t);
  const last = addDays(start, horizonDays);
  const CHUNK = 62;
  for (let from = start; from <= last && out.length < n; from = addDays(from, CHUNK)) {
    const to = addDays(from, CHUNK - 1) < last ? addDays(from, CHUNK - 1) : last;
    for (const occ of occurrences(model, ctx, from, to)) {
      for (const w of occ.windows) {
        if (w.end.getTime() <= t.getTime()) continue;
        out.push({
          modelId: occ.modelId,
          versionId: occ.versionId,
          date: occ.date,
          start: w.start,
          end: w.end,
          intakeCutoffAt: occ.intakeCutoffAt,
        });
        if (out.length >= n) return out;
      }
    }
  }
  return out;
}

export interface ModelInEffect {
  model: ServiceModelDef;
  rule: ModelRule;
  occurrence: Occurrence;
  window: InstantWindow;
}

/**
 * The models whose scope covers (unit, procedure) and that are open at `t` and still taking
 * dossiers (on or before their intake cut-off).
 */
export function modelsFor(
  models: readonly ServiceModelDef[],
  unitId: string,
  procedureId: string,
  t: Date,
  ctx: ScheduleContext,
): ModelInEffect[] {
  const date = toLocalDate(t);
  const out: ModelInEffect[] = [];
  for (const model of models) {
    const rule = ruleAt(model, date);
    if (!rule || !ruleCovers(rule, unitId, procedureId)) continue;
    const open = openWindowAt(model, ctx, t);
    if (!open || !beforeIntakeCutoff(open.occurrence, t)) continue;
    out.push({ model, rule, occurrence: open.occurrence, window: open.window });
  }
  return out;
}
