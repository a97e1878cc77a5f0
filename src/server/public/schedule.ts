import "server-only";
import {
  beforeIntakeCutoff,
  deemedReceipt,
  nextOpenings,
  openWindowAt,
  promiseResult,
  ruleAt,
  scopeFor,
  startOfIsoWeek,
  toLocalDate,
  toLocalTime,
  weekdayNameVi,
  weeklyTable,
  type DayInfo,
  type LocalDate,
  type LocalTime,
  type ModelKind,
  type ModelRule,
  type ScheduleContext,
  type ServiceModelDef,
  type ServiceTag,
  type TimeWindow,
} from "@/domain/schedule";
import { unitLifetimeOn, type UnitLifetimeStatus } from "@/domain/unit/lifetime";
import { db } from "../db";
import type { PublicUnitContext } from "./context";

interface OpenModelDto {
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

interface ProcedureRowDto {
  id: string;
  code: string | null;
  name: string;
  fieldCode: string;
  fieldName: string;
  statutoryWorkingDays: number;
  cells: { date: LocalDate; tags: ServiceTag[]; models: { name: string; kind: ModelKind; tags: ServiceTag[]; windows: TimeWindow[]; intakeCutoff: string | null }[] }[];
}

export interface UnitScheduleDto {
  unitId: string;
  weekStart: LocalDate;
  /** `active`: the unit exists that day; other days have no cells (never "Thường"). */
  days: { date: LocalDate; weekdayName: string; working: boolean; active: boolean; dayName: string | null; officeWindows: TimeWindow[] }[];
  procedures: ProcedureRowDto[];
  fields: { code: string; name: string }[];
  banner: BannerDto;
}

export function isSameDayRule(rule: ModelRule): boolean {
  return rule.turnaround.kind === "MINUTES" || rule.turnaround.kind === "SAME_DAY";
}

/** The rule in force on `date` when it has a scope for one of the units, else null. */
function scopedRule(model: ServiceModelDef, date: LocalDate, unitIds: readonly string[]): ModelRule | null {
  const rule = ruleAt(model, date);
  if (!rule) return null;
  return unitIds.some((id) => scopeFor(rule, id)) ? rule : null;
}

/** The engine's context for a question asked at `at` (the official calendar as known then). */
export function scheduleContextAt(ctx: PublicUnitContext, at: Date): ScheduleContext {
  return { officeHours: ctx.officeHours, calendar: ctx.calendar, asOf: at };
}

interface UnitProcedureTiming {
  id: string;
  key: string;
  code: string | null;
  name: string;
  fieldCode: string;
  fieldName: string;
  statutoryWorkingDays: number;
  sameDayCutoff: string | null;
}

/** The unit's published catalogue, sorted by field then name. */
export async function unitProcedures(unitId: string): Promise<UnitProcedureTiming[]> {
  const rows = await db.unitProcedure.findMany({
    where: { unitId, procedure: { active: true } },
    select: { procedure: { select: { id: true, key: true, code: true, name: true, fieldCode: true, statutoryWorkingDays: true, sameDayCutoff: true, field: { select: { name: true, position: true } } } } },
  });
  return rows
    .map((r) => r.procedure)
    .sort((a, b) => a.field.position - b.field.position || a.name.localeCompare(b.name, "vi"))
    .map((p) => ({ id: p.id, key: p.key, code: p.code, name: p.name, fieldCode: p.fieldCode, fieldName: p.field.name, statutoryWorkingDays: p.statutoryWorkingDays, sameDayCutoff: p.sameDayCutoff }));
}

/**
 * The next opening of each model scoped to the units, after `at` (a window already open
 * at `at` is not "next"), soonest first.
 */
function upcomingOpenings(ctx: PublicUnitContext, at: Date, unitIds: readonly string[], perModel = 1): OpeningDto[] {
  const out: OpeningDto[] = [];
  for (const model of ctx.models) {
    const found = nextOpenings(model, scheduleContextAt(ctx, at), at, 8 + perModel)
      .filter((o) => o.start.getTime() > at.getTime())
      .map((o) => ({ o, rule: scopedRule(model, o.date, unitIds) }))
      .filter((x): x is { o: (typeof x)["o"]; rule: ModelRule } => x.rule !== null)
      .slice(0, perModel);
    for (const { o, rule } of found) {
      out.push({
        modelId: model.modelId,
        name: model.name,
        kind: model.kind,
        sameDay: isSameDayRule(rule),
        date: o.date,
        weekdayName: weekdayNameVi(o.date),
        start: toLocalTime(o.start),
        end: toLocalTime(o.end),
        intakeUntil: o.intakeCutoffAt ? toLocalTime(o.intakeCutoffAt) : null,
      });
    }
  }
  return out.sort((a, b) => (a.date === b.date ? a.start.localeCompare(b.start) : a.date.localeCompare(b.date)));
}

function computeBanner(ctx: PublicUnitContext, at: Date, procedures: UnitProcedureTiming[], officeWindows: TimeWindow[]): BannerDto {
  const unitId = ctx.unit.id;
  const date = toLocalDate(at);
  const time = toLocalTime(at);
  const info = ctx.calendar.dayInfo(date, at);
  const lifetime = unitLifetimeOn(ctx.unit, date);
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
  const officeOpen = officeWindows.some((w) => w.start <= time && time < w.end);

  // Same-day now: the procedures whose promise at this instant comes from a same-day model.
  const sameDayModels = new Map<string, { name: string; until: LocalTime }>();
  let sameDayCount = 0;
  for (const p of procedures) {
    const r = promiseResult({
      procedure: { procedureId: p.id, statutoryWorkingDays: p.statutoryWorkingDays, sameDayCutoff: p.sameDayCutoff },
      unitId,
      receivedAt: at,
      channel: "DESK",
      models: ctx.models,
      officeHours: ctx.officeHours,
      calendar: ctx.calendar,
    });
    if (r.basis.kind !== "MODEL") continue;
    const { modelId } = r.basis;
    const model = ctx.models.find((m) => m.modelId === modelId);
    const rule = model ? ruleAt(model, date) : null;
    if (!model || !rule || !isSameDayRule(rule)) continue;
    sameDayCount += 1;
    if (!sameDayModels.has(modelId)) {
      const w = openWindowAt(model, scheduleContextAt(ctx, at), at);
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
    const w = openWindowAt(model, scheduleContextAt(ctx, at), at);
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

/**
 * What a citizen sees for a unit at an instant: the banner for that moment and the week
 * around it, procedure by procedure. Every schedule decision comes from the engine; days
 * outside the unit's lifetime carry no cell at all.
 */
export async function unitSchedule(ctx: PublicUnitContext, at: Date): Promise<UnitScheduleDto> {
  const unitId = ctx.unit.id;
  const [procedures, fields] = await Promise.all([unitProcedures(unitId), db.procedureField.findMany({ orderBy: { position: "asc" }, select: { code: true, name: true } })]);
  const date = toLocalDate(at);
  const table = weeklyTable({
    unitId,
    weekStart: startOfIsoWeek(date),
    procedureIds: procedures.map((p) => p.id),
    models: ctx.models,
    officeHours: ctx.officeHours,
    calendar: ctx.calendar,
    asOf: at,
  });
  const active = table.days.map((d) => unitLifetimeOn(ctx.unit, d.date) === "ACTIVE");
  const byId = new Map(procedures.map((p) => [p.id, p]));
  const rows: ProcedureRowDto[] = table.rows.map((row) => {
    const p = byId.get(row.procedureId)!;
    return {
      id: p.id,
      code: p.code,
      name: p.name,
      fieldCode: p.fieldCode,
      fieldName: p.fieldName,
      statutoryWorkingDays: p.statutoryWorkingDays,
      cells: row.cells.map((c, i) =>
        active[i]
          ? { date: c.date, tags: c.tags, models: c.models.map((m) => ({ name: m.name, kind: m.kind, tags: m.tags, windows: m.windows, intakeCutoff: m.intakeCutoff })) }
          : { date: c.date, tags: [], models: [] },
      ),
    };
  });
  const officeWindows = table.days.find((d) => d.date === date)?.officeWindows ?? [];
  return {
    unitId,
    weekStart: table.weekStart,
    days: table.days.map((d, i) => ({
      date: d.date,
      weekdayName: weekdayNameVi(d.date),
      working: d.working,
      active: active[i]!,
      dayName: d.dayName,
      officeWindows: active[i] ? d.officeWindows : [],
    })),
    procedures: rows,
    fields: fields.filter((f) => procedures.some((p) => p.fieldCode === f.code)),
    banner: computeBanner(ctx, at, procedures, officeWindows),
  };
}
