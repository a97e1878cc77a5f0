import "server-only";
import {
  buildCalendar,
  nextOpenings,
  openWindowAt,
  beforeIntakeCutoff,
  ruleAt,
  scopeFor,
  startOfIsoWeek,
  toLocalDate,
  toLocalTime,
  weekdayNameVi,
  weeklyTable,
  type DayInfo,
  type ModelKind,
  type ServiceTag,
  type TimeWindow,
  type LocalDate,
} from "@/domain/schedule";
import { db } from "../db";
import { unitSubtreeIds } from "../auth/scope";
import { clampToUnitLifetime, loadCalendar, loadModelsForUnits, loadOfficeHours } from "../schedule/context";

export interface OpenModelDto {
  modelId: string;
  name: string;
  kind: ModelKind;
  /** How many of the unit's procedures it covers. */
  procedureCount: number;
  windowEnd: string;
  intakeUntil: string | null;
  sameDay: boolean;
}

export interface BannerDto {
  at: string;
  date: LocalDate;
  weekdayName: string;
  day: Pick<DayInfo, "working" | "name">;
  officeOpen: boolean;
  officeWindows: TimeWindow[];
  open: OpenModelDto[];
  next: { modelId: string; name: string; kind: ModelKind; date: LocalDate; start: string; weekdayName: string } | null;
}

export interface ProcedureRowDto {
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
  days: { date: LocalDate; weekdayName: string; working: boolean; dayName: string | null; officeWindows: TimeWindow[] }[];
  procedures: ProcedureRowDto[];
  fields: { code: string; name: string }[];
  banner: BannerDto;
}

/** Units whose schedule a citizen sees on a unit's page: the unit and the places under it. */
async function scheduleUnits(unitId: string) {
  return unitSubtreeIds(db, unitId);
}

/**
 * What a citizen sees for a unit at an instant: the banner for that moment and the week
 * around it, procedure by procedure. Every schedule decision comes from the engine.
 */
export async function unitSchedule(unitId: string, at: Date): Promise<UnitScheduleDto> {
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, validFrom: true, validTo: true } });
  const [officeHours, calendarEntries, rawModels, unitProcedures, fields] = await Promise.all([
    loadOfficeHours(db, unitId),
    loadCalendar(db),
    loadModelsForUnits(db, await scheduleUnits(unitId)),
    db.unitProcedure.findMany({
      where: { unitId, procedure: { active: true } },
      select: { procedure: { select: { id: true, code: true, name: true, fieldCode: true, statutoryWorkingDays: true, field: { select: { name: true } } } } },
    }),
    db.procedureField.findMany({ orderBy: { position: "asc" } }),
  ]);
  const calendar = buildCalendar(calendarEntries);
  const models = clampToUnitLifetime(rawModels, unit);
  const date = toLocalDate(at);
  const ctx = { officeHours, calendar, asOf: at };
  const procedures = unitProcedures.map((u) => u.procedure).sort((a, b) => a.fieldCode.localeCompare(b.fieldCode) || a.name.localeCompare(b.name, "vi"));
  const table = weeklyTable({ unitId, weekStart: startOfIsoWeek(date), procedureIds: procedures.map((p) => p.id), models, officeHours, calendar, asOf: at });

  const byId = new Map(procedures.map((p) => [p.id, p]));
  const rows: ProcedureRowDto[] = table.rows.map((row) => {
    const p = byId.get(row.procedureId)!;
    return {
      id: p.id,
      code: p.code,
      name: p.name,
      fieldCode: p.fieldCode,
      fieldName: p.field.name,
      statutoryWorkingDays: p.statutoryWorkingDays,
      cells: row.cells.map((c) => ({ date: c.date, tags: c.tags, models: c.models.map((m) => ({ name: m.name, kind: m.kind, tags: m.tags, windows: m.windows, intakeCutoff: m.intakeCutoff })) })),
    };
  });

  // The banner: models taking dossiers right now, else the next opening.
  const open: OpenModelDto[] = [];
  for (const model of models) {
    const rule = ruleAt(model, date);
    if (!rule) continue;
    const scope = scopeFor(rule, unitId);
    if (!scope) continue;
    const w = openWindowAt(model, ctx, at);
    if (!w || !beforeIntakeCutoff(w.occurrence, at)) continue;
    open.push({
      modelId: model.modelId,
      name: model.name,
      kind: model.kind,
      procedureCount: scope.allProcedures ? procedures.length : scope.procedureIds.filter((id) => byId.has(id)).length,
      windowEnd: toLocalTime(w.window.end),
      intakeUntil: w.occurrence.intakeCutoffAt ? toLocalTime(w.occurrence.intakeCutoffAt) : null,
      sameDay: rule.turnaround.kind === "MINUTES" || rule.turnaround.kind === "SAME_DAY",
    });
  }
  let next: BannerDto["next"] = null;
  let nextStart = Infinity;
  if (open.length === 0) {
    for (const model of models) {
      const first = nextOpenings(model, ctx, at, 8).find((o) => {
        const rule = ruleAt(model, o.date);
        return rule !== null && scopeFor(rule, unitId) !== null && o.start.getTime() > at.getTime();
      });
      if (!first || first.start.getTime() >= nextStart) continue;
      nextStart = first.start.getTime();
      next = { modelId: model.modelId, name: model.name, kind: model.kind, date: first.date, start: toLocalTime(first.start), weekdayName: weekdayNameVi(first.date) };
    }
  }
  const info = calendar.dayInfo(date, at);
  const officeWindows = table.days.find((d) => d.date === date)?.officeWindows ?? [];
  const minutes = toLocalTime(at);
  return {
    unitId,
    weekStart: table.weekStart,
    days: table.days.map((d) => ({ date: d.date, weekdayName: weekdayNameVi(d.date), working: d.working, dayName: d.dayName, officeWindows: d.officeWindows })),
    procedures: rows,
    fields: fields.filter((f) => procedures.some((p) => p.fieldCode === f.code)).map((f) => ({ code: f.code, name: f.name })),
    banner: {
      at: at.toISOString(),
      date,
      weekdayName: weekdayNameVi(date),
      day: { working: info.working, name: info.name },
      officeOpen: officeWindows.some((w) => w.start <= minutes && minutes < w.end),
      officeWindows,
      open,
      next,
    },
  };
}

