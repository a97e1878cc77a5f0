/**
 * A unit's lifetime: the July 2025 reform ended the districts and merged most communes, and
 * new communes began that day. A unit answers for the dates inside [validFrom, validTo]
 * (both inclusive, null: open-ended) only.
 */
import { hasEnded, notYetStarted, type DateSpan } from "../schedule/interval";
import { addDays, formatDateVi, maxLocalDate, minLocalDate, toLocalDate } from "../schedule/local-time";
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

/**
 * What a promise falling after the unit's last day says (Phổ Nhơn, 30/06/2025 16:00 → 02/07/2025).
 * The unit keeps receiving until its last day rather than refusing: the 2025 arrangement made
 * the commune-level unit that took it over inherit its tasks (docs/decisions/004), so the
 * dossier is resolved and returned by that successor, named when known.
 */
export function handoverNotice(unit: UnitLifetime & { name: string; successorName: string | null }, promisedAt: Date): string | null {
  if (!unit.validTo || toLocalDate(promisedAt) <= unit.validTo) return null;
  const from = formatDateVi(addDays(unit.validTo, 1));
  const who = unit.successorName ?? `đơn vị hành chính kế thừa ${unit.name} (chưa xác định được tên)`;
  return `${unit.name} hoạt động đến hết ngày ${formatDateVi(unit.validTo)}; từ ngày ${from}, ${who} tiếp tục giải quyết và trả kết quả hồ sơ này.`;
}
