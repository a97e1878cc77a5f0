import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type {
  CalendarEntry,
  EligibleGroup,
  Hours,
  ModelRule,
  OfficeHours,
  ServiceModelDef,
  TimeWindow,
  Turnaround,
} from "@/domain/schedule/types";
import { DEFAULT_OFFICE_HOURS } from "@/domain/schedule/office-hours";
import { cutToLifetime } from "@/domain/unit/lifetime";
import type { Db, Tx } from "../db";
import { localDateOf, localDateOrNull } from "../dates";
import { unitAncestorIds } from "../auth/scope";

/**
 * Loads what the schedule engine needs from the database and turns rows into the
 * engine's plain data. The engine makes every schedule decision; this only reads.
 */


export async function loadCalendar(db: Db | Tx): Promise<CalendarEntry[]> {
  const rows = await db.calendarEntry.findMany({ orderBy: [{ date: "asc" }, { effectiveFrom: "asc" }] });
  return rows.map((r) => ({ date: localDateOf(r.date), kind: r.kind, name: r.name, effectiveFrom: localDateOf(r.effectiveFrom) }));
}

/** Office hours of the unit or of its nearest ancestor that sets them. */
export async function loadOfficeHours(db: Db | Tx, unitId: string): Promise<OfficeHours[]> {
  return (await loadOfficeHoursSource(db, unitId)).hours;
}

/** The same, with the unit the hours come from (null: nobody up the tree sets them, the default day). */
export async function loadOfficeHoursSource(db: Db | Tx, unitId: string): Promise<{ from: { id: string; name: string } | null; hours: OfficeHours[] }> {
  const chain = await unitAncestorIds(db, unitId);
  const units = await db.unit.findMany({ where: { id: { in: chain } }, select: { id: true, name: true, officeHours: true } });
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const id of chain) {
    const u = byId.get(id);
    if (u && Array.isArray(u.officeHours) && u.officeHours.length > 0) return { from: { id: u.id, name: u.name }, hours: u.officeHours as unknown as OfficeHours[] };
  }
  return { from: null, hours: [...DEFAULT_OFFICE_HOURS] };
}

export const modelVersionInclude = {
  scopes: { include: { procedures: { select: { procedureId: true } } } },
} satisfies Prisma.ServiceModelVersionInclude;

type VersionRow = Prisma.ServiceModelVersionGetPayload<{ include: typeof modelVersionInclude }>;
type ModelRow = Prisma.ServiceModelGetPayload<{ include: { versions: { include: typeof modelVersionInclude } } }>;

function toTurnaround(kind: VersionRow["turnaroundKind"], value: number | null): Turnaround {
  switch (kind) {
    case "MINUTES":
      return { kind, minutes: value ?? 60 };
    case "WORKING_DAYS":
      return { kind, days: value ?? 1 };
    default:
      return { kind };
  }
}

function toHours(kind: VersionRow["hoursKind"], windows: Prisma.JsonValue): Hours {
  return kind === "OFFICE_HOURS" ? { kind } : { kind, windows: (windows ?? []) as unknown as TimeWindow[] };
}

export function toModelRule(model: Pick<ModelRow, "id" | "kind">, v: VersionRow): ModelRule {
  return {
    versionId: v.id,
    modelId: model.id,
    kind: model.kind,
    effectiveFrom: localDateOf(v.effectiveFrom),
    validFrom: localDateOf(v.validFrom),
    validTo: localDateOrNull(v.validTo),
    recurrence: { rrule: v.rrule, dates: v.rdates, exdates: v.exdates },
    hours: toHours(v.hoursKind, v.windows),
    intakeCutoff: v.intakeCutoff,
    turnaround: toTurnaround(v.turnaroundKind, v.turnaroundValue),
    workingDaysOnly: v.workingDaysOnly,
    noDeferralPastWeekend: v.noDeferralPastWeekend,
    place: v.place,
    eligibleGroups: v.eligibleGroups as EligibleGroup[],
    scopes: v.scopes.map((s) => ({
      unitId: s.unitId,
      allProcedures: s.allProcedures,
      procedureIds: s.procedures.map((p) => p.procedureId),
      capacityPerDay: s.capacityPerDay,
    })),
  };
}

export function toModelDef(m: ModelRow): ServiceModelDef {
  return {
    modelId: m.id,
    planId: m.planId,
    kind: m.kind,
    name: m.name,
    versions: m.versions.map((v) => toModelRule(m, v)).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)),
  };
}

/**
 * Every model with a version scoped to one of the units (all versions, so the engine can
 * pick the one in force at the instant asked about). Only models of issued plans.
 */
export async function loadModelsForUnits(db: Db | Tx, unitIds: string[], options: { includeDrafts?: boolean } = {}): Promise<ServiceModelDef[]> {
  const rows = await db.serviceModel.findMany({
    where: {
      versions: { some: { scopes: { some: { unitId: { in: unitIds } } } } },
      ...(options.includeDrafts ? {} : { plan: { status: { in: ["ISSUED", "IN_FORCE", "ENDED"] } } }),
    },
    include: { versions: { include: modelVersionInclude, orderBy: { effectiveFrom: "asc" } } },
    orderBy: { name: "asc" },
  });
  return rows.map(toModelDef);
}

export async function loadModel(db: Db | Tx, modelId: string): Promise<ServiceModelDef | null> {
  const row = await db.serviceModel.findUnique({
    where: { id: modelId },
    include: { versions: { include: modelVersionInclude, orderBy: { effectiveFrom: "asc" } } },
  });
  return row ? toModelDef(row) : null;
}

interface UnitScheduleContext {
  unitId: string;
  officeHours: OfficeHours[];
  calendar: CalendarEntry[];
  models: ServiceModelDef[];
}

/**
 * A unit cannot run a model outside its own lifetime (the July 2025 reform ended districts
 * and merged communes): the versions' validity is cut to the unit's.
 */
export function clampToUnitLifetime(models: ServiceModelDef[], unit: { validFrom: Date | null; validTo: Date | null }): ServiceModelDef[] {
  return cutToLifetime(models, { validFrom: localDateOrNull(unit.validFrom), validTo: localDateOrNull(unit.validTo) });
}

/** All the engine needs to answer questions about one unit. */
export async function loadUnitScheduleContext(db: Db | Tx, unitId: string): Promise<UnitScheduleContext> {
  const [officeHours, calendar, models, unit] = await Promise.all([
    loadOfficeHours(db, unitId),
    loadCalendar(db),
    loadModelsForUnits(db, [unitId]),
    db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { validFrom: true, validTo: true } }),
  ]);
  return { unitId, officeHours, calendar, models: clampToUnitLifetime(models, unit) };
}
