/**
 * A unit's lifetime: the July 2025 reform ended the districts and merged most communes, and
 * new communes began that day. A unit answers for the dates inside [validFrom, validTo]
 * (both inclusive, null: open-ended) only.
 */
import type { LocalDate } from "../schedule/types";

export type UnitLifetimeStatus = "ACTIVE" | "NOT_YET" | "ENDED";

interface UnitLifetime {
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
}

export function unitLifetimeOn(unit: UnitLifetime, date: LocalDate): UnitLifetimeStatus {
  if (unit.validFrom !== null && date < unit.validFrom) return "NOT_YET";
  if (unit.validTo !== null && date > unit.validTo) return "ENDED";
  return "ACTIVE";
}
