import "server-only";
import {
  startOfIsoWeek,
  toLocalDate,
  unitBanner,
  weekdayNameVi,
  weeklyTable,
  type BannerDto,
  type LocalDate,
  type ModelKind,
  type ScheduleContext,
  type ServiceTag,
  type TimeWindow,
} from "@/domain/schedule";
import { unitLifetimeOn } from "@/domain/unit/lifetime";
import { db } from "../db";
import type { PublicUnitContext } from "./context";

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
  /** `active`: the unit exists that day; other days have no cells (never "Thường"). */
  days: { date: LocalDate; weekdayName: string; working: boolean; active: boolean; dayName: string | null; officeWindows: TimeWindow[] }[];
  procedures: ProcedureRowDto[];
  fields: { code: string; name: string }[];
  banner: BannerDto;
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
    banner: unitBanner(ctx, at, procedures),
  };
}
