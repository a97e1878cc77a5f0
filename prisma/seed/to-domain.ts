/**
 * The demo data as the engine sees it, without a database: seed models → ServiceModelDef
 * (ids are the seed keys), seed units → office hours by inheritance. Used by the tests that
 * check every plan sentence against the rule as stored.
 */
import type { CalendarEntry, OfficeHours, ProcedureTiming, ServiceModelDef } from "../../src/domain/schedule/types";
import { calendarEntries, plans, procedures, units } from "./data";
import type { SeedModel, SeedPlan } from "./types";

export function seedModelDef(plan: SeedPlan, m: SeedModel): ServiceModelDef {
  return {
    modelId: m.key,
    planId: plan.key,
    kind: m.kind,
    name: m.name,
    versions: [
      {
        versionId: `${m.key}@${m.effectiveFrom}`,
        modelId: m.key,
        kind: m.kind,
        effectiveFrom: m.effectiveFrom,
        validFrom: m.validFrom,
        validTo: m.validTo,
        recurrence: m.recurrence,
        hours: m.hours,
        intakeCutoff: m.intakeCutoff,
        turnaround: m.turnaround,
        workingDaysOnly: m.workingDaysOnly,
        noDeferralPastWeekend: m.noDeferralPastWeekend,
        place: m.place,
        eligibleGroups: m.eligibleGroups,
        scopes: m.scopes.map((s) => ({ unitId: s.unitKey, allProcedures: s.allProcedures, procedureIds: s.procedureKeys, capacityPerDay: s.capacityPerDay })),
      },
    ],
  };
}

export function seedModel(key: string): ServiceModelDef {
  for (const plan of plans) for (const m of plan.models) if (m.key === key) return seedModelDef(plan, m);
  throw new Error(`No seed model ${key}`);
}

export function seedPlan(key: string): SeedPlan {
  const plan = plans.find((p) => p.key === key);
  if (!plan) throw new Error(`No seed plan ${key}`);
  return plan;
}

export const seedCalendar: CalendarEntry[] = calendarEntries.map(({ date, kind, name, effectiveFrom }) => ({ date, kind, name, effectiveFrom }));

/** Office hours of a unit or of its nearest ancestor that sets them. */
export function seedOfficeHours(unitKey: string): OfficeHours[] {
  const byKey = new Map(units.map((u) => [u.key, u]));
  for (let u = byKey.get(unitKey); u; u = u.parentKey ? byKey.get(u.parentKey) : undefined) {
    if (u.officeHours?.length) return u.officeHours;
  }
  throw new Error(`No office hours above ${unitKey}`);
}

export function seedProcedure(key: string): ProcedureTiming {
  const p = procedures.find((x) => x.key === key);
  if (!p) throw new Error(`No seed procedure ${key}`);
  return { procedureId: p.key, statutoryWorkingDays: p.statutoryWorkingDays, sameDayCutoff: p.sameDayCutoff };
}

export function seedUnit(key: string) {
  const u = units.find((x) => x.key === key);
  if (!u) throw new Error(`No seed unit ${key}`);
  return u;
}
