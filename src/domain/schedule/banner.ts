/**
 * The banner of a unit's public page at one instant: is the office open, which same-day
 * service takes dossiers now and until when, which other models are open, and what opens
 * next. Data only; the page renders it.
 */
import type { DayInfo, OfficialCalendar } from "./calendar";
import { windowContaining } from "./interval";
import { toLocalDate, toLocalTime, weekdayNameVi } from "./local-time";
import { officeWindowsOn, windowsToInstants } from "./office-hours";
import { beforeIntakeCutoff, nextOpenings, openWindowAt, type Opening, type ScheduleContext } from "./occurrences";
import { deemedReceipt, promiseFor } from "./promise";
import { isSameDayRule, ruleAt, scopeFor } from "./rules";
import type { LocalDate, LocalTime, ModelKind, ModelRule, OfficeHours, ServiceModelDef, TimeWindow } from "./types";
import { unitLifetimeOn, type UnitLifetime, type UnitLifetimeStatus } from "../unit/lifetime";

export interface OpenModelDto {
  modelId: string;
  name: string;
  kind: ModelKind;
  /** How many of the unit's procedures it covers (0 for sessions without procedures). */
  procedureCount: number;
  windowEnd: LocalTime;
  intakeUntil: LocalTime | null;
}

export interface OpeningDto {
  modelId: string;
  name: string;
  kind: ModelKind;
  sameDay: boolean;
  date: LocalDate;
  weekdayName: string;
  start: LocalTime;
  end: LocalTime;
  intakeUntil: LocalTime | null;
}

export interface BannerDto {
  at: string;
  date: LocalDate;
  time: LocalTime;
  weekdayName: string;
  lifetime: UnitLifetimeStatus;
  day: Pick<DayInfo, "working" | "name">;
  officeOpen: boolean;
  officeWindows: TimeWindow[];
  /** Same-day service taking dossiers at this instant: "N thủ tục trả kết quả trong ngày — nhận hồ sơ đến <cut-off>". */
  sameDay: { procedureCount: number; until: LocalTime; models: string[] } | null;
  /** Other models taking dossiers (or meeting) at this instant: online day, 9th hour, sessions. */
  open: OpenModelDto[];
  /** The next same-day opening after this instant, when there is one within two years. */
  nextSameDay: OpeningDto | null;
  /** The next opening of each other model, soonest first. */
  upcoming: OpeningDto[];
  /** The next office opening when the office is closed at this instant (the engine's deemed receipt). */
  nextOffice: { date: LocalDate; weekdayName: string; start: LocalTime } | null;
}

/** What the banner needs to know about a unit (the public pages' unit context carries it). */
export interface BannerContext {
  unit: UnitLifetime & { id: string };
  officeHours: readonly OfficeHours[];
  calendar: OfficialCalendar;
  /** The unit and the places under it (villages host listening sessions). */
  subtreeIds: readonly string[];
  /** Models scoped to the unit or a place under it. */
  models: readonly ServiceModelDef[];
}

/** A procedure of the unit's catalogue, with what its promise depends on. */
export interface BannerProcedure {
  id: string;
  statutoryWorkingDays: number;
  sameDayCutoff: LocalTime | null;
}

/** The rule in force on `date` when it has a scope for one of the units, else null. */
function scopedRule(model: ServiceModelDef, date: LocalDate, unitIds: readonly string[]): ModelRule | null {
  const rule = ruleAt(model, date);
  if (!rule) return null;
  return unitIds.some((id) => scopeFor(rule, id)) ? rule : null;
}

/** An opening of a model as the pages show it, under the rule in force that day. */
export function openingDto(model: ServiceModelDef, rule: ModelRule, o: Opening): OpeningDto {
  return {
    modelId: model.modelId,
    name: model.name,
    kind: model.kind,
    sameDay: isSameDayRule(rule),
    date: o.date,
    weekdayName: weekdayNameVi(o.date),
    start: toLocalTime(o.start),
    end: toLocalTime(o.end),
    intakeUntil: o.intakeCutoffAt ? toLocalTime(o.intakeCutoffAt) : null,
  };
}

/** Soonest first. */
export function compareOpenings(a: OpeningDto, b: OpeningDto): number {
  return a.date === b.date ? a.start.localeCompare(b.start) : a.date.localeCompare(b.date);
}

/**
 * The next opening of each model scoped to the units, after `at` (a window already open
 * at `at` is not "next"), soonest first.
 */
export function upcomingOpenings(
  ctx: Pick<BannerContext, "models" | "officeHours" | "calendar">,
  at: Date,
  unitIds: readonly string[],
  perModel = 1,
): OpeningDto[] {
  const sctx: ScheduleContext = { officeHours: ctx.officeHours, calendar: ctx.calendar, asOf: at };
  const out: OpeningDto[] = [];
  for (const model of ctx.models) {
    const found = nextOpenings(model, sctx, at, 8 + perModel)
      .filter((o) => o.start.getTime() > at.getTime())
      .map((o) => ({ o, rule: scopedRule(model, o.date, unitIds) }))
      .filter((x): x is { o: Opening; rule: ModelRule } => x.rule !== null)
      .slice(0, perModel);
    for (const { o, rule } of found) out.push(openingDto(model, rule, o));
  }
  return out.sort(compareOpenings);
}

/** The banner at `at` for a unit with these catalogue procedures. */
export function unitBanner(ctx: BannerContext, at: Date, procedures: readonly BannerProcedure[]): BannerDto {
  const unitId = ctx.unit.id;
  const date = toLocalDate(at);
  const time = toLocalTime(at);
  const sctx: ScheduleContext = { officeHours: ctx.officeHours, calendar: ctx.calendar, asOf: at };
  const info = ctx.calendar.dayInfo(date, at);
  const lifetime = unitLifetimeOn(ctx.unit, date);
  const officeWindows = officeWindowsOn(ctx.officeHours, date, ctx.calendar, at);
  const base = {
    at: at.toISOString(),
    date,
    time,
    weekdayName: weekdayNameVi(date),
    lifetime,
    day: { working: info.working, name: info.name },
    officeWindows: lifetime === "ACTIVE" ? officeWindows : [],
  };
  if (lifetime !== "ACTIVE") {
    return { ...base, officeOpen: false, sameDay: null, open: [], nextSameDay: null, upcoming: [], nextOffice: null };
  }
  const officeOpen = windowContaining(windowsToInstants(date, officeWindows), at) !== null;

  // Same-day now: the procedures whose promise at this instant comes from a same-day model.
  const sameDayModels = new Map<string, { name: string; until: LocalTime }>();
  let sameDayCount = 0;
  for (const p of procedures) {
    const r = promiseFor(ctx, unitId, p, at, "DESK");
    if (r.basis.kind !== "MODEL") continue;
    const { modelId } = r.basis;
    const model = ctx.models.find((m) => m.modelId === modelId);
    const rule = model ? ruleAt(model, date) : null;
    if (!model || !rule || !isSameDayRule(rule)) continue;
    sameDayCount += 1;
    if (!sameDayModels.has(modelId)) {
      const w = openWindowAt(model, sctx, at);
      const lastWindow = w?.occurrence.localWindows[w.occurrence.localWindows.length - 1];
      const until = w?.occurrence.intakeCutoffAt ? toLocalTime(w.occurrence.intakeCutoffAt) : (lastWindow?.end ?? time);
      sameDayModels.set(modelId, { name: model.name, until });
    }
  }
  const sameDay =
    sameDayCount > 0
      ? {
          procedureCount: sameDayCount,
          until: [...sameDayModels.values()].map((m) => m.until).sort().at(-1)!,
          models: [...sameDayModels.values()].map((m) => m.name),
        }
      : null;

  // Other models open now (for the unit and the places under it).
  const open: OpenModelDto[] = [];
  for (const model of ctx.models) {
    if (sameDayModels.has(model.modelId)) continue;
    const rule = scopedRule(model, date, ctx.subtreeIds);
    if (!rule) continue;
    const w = openWindowAt(model, sctx, at);
    if (!w || !beforeIntakeCutoff(w.occurrence, at)) continue;
    const scope = scopeFor(rule, unitId);
    open.push({
      modelId: model.modelId,
      name: model.name,
      kind: model.kind,
      procedureCount: !scope ? 0 : scope.allProcedures ? procedures.length : scope.procedureIds.filter((id) => procedures.some((p) => p.id === id)).length,
      windowEnd: toLocalTime(w.window.end),
      intakeUntil: w.occurrence.intakeCutoffAt ? toLocalTime(w.occurrence.intakeCutoffAt) : null,
    });
  }

  // Models open right now are in the lines above; "upcoming" is about the others.
  const openNow = new Set([...sameDayModels.keys(), ...open.map((m) => m.modelId)]);
  const upcoming = upcomingOpenings(ctx, at, ctx.subtreeIds).filter((o) => !openNow.has(o.modelId));
  const nextSameDay = sameDay ? null : (upcoming.find((o) => o.sameDay) ?? null);
  let nextOffice: BannerDto["nextOffice"] = null;
  if (!officeOpen) {
    try {
      const next = deemedReceipt(at, ctx.officeHours, ctx.calendar, at);
      nextOffice = { date: next.date, weekdayName: weekdayNameVi(next.date), start: toLocalTime(next.at) };
    } catch {
      nextOffice = null; // no office hours within a year: nothing to announce
    }
  }
  return {
    ...base,
    officeOpen,
    sameDay,
    open,
    nextSameDay,
    upcoming: upcoming.filter((o) => o !== nextSameDay).slice(0, 4),
    nextOffice,
  };
}
