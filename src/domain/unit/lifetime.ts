/**
 * A unit's lifetime: the July 2025 reform ended the districts and merged most communes, and
 * new communes began that day. A unit answers for the dates inside [validFrom, validTo]
 * (both inclusive, null: open-ended) only.
 */
import { hasEnded, notYetStarted, type DateSpan } from "../schedule/interval";
import { maxLocalDate, minLocalDate } from "../schedule/local-time";
import type { LocalDate, ServiceModelDef } from "../schedule/types";

export type UnitLifetimeStatus = "ACTIVE" | "NOT_YET" | "ENDED";

export type UnitLifetime = DateSpan;

export function unitLifetimeOn(unit: UnitLifetime, date: LocalDate): UnitLifetimeStatus {
  if (notYetStarted(unit, date)) return "NOT_YET";
  if (hasEnded(unit, date)) return "ENDED";
  return "ACTIVE";
}

/** A unit cannot run a model outside its own lifetime: the versions' validity is cut to it. */
export function cutToLifetime(models: ServiceModelDef[], unit: UnitLifetime): ServiceModelDef[] {
  const { validFrom: from, validTo: to } = unit;
  if (!from && !to) return models;
  return models.map((m) => ({
    ...m,
    versions: m.versions.map((v) => ({
      ...v,
      validFrom: from ? maxLocalDate(from, v.validFrom) : v.validFrom,
      validTo: to ? (v.validTo === null ? to : minLocalDate(to, v.validTo)) : v.validTo,
    })),
  }));
}
