/**
 * Picking the rule version in force, and who / what / which channel a rule covers.
 */
import { notYetStarted, spanIncludes } from "./interval";
import type { Channel, LocalDate, ModelRule, ModelScope, Place, ServiceModelDef } from "./types";

/** The version with the greatest `effectiveFrom <= date` (a later row wins a tie), or null. */
export function ruleAt(model: ServiceModelDef, date: LocalDate): ModelRule | null {
  let best: ModelRule | null = null;
  for (const v of model.versions) {
    if (v.effectiveFrom <= date && (!best || v.effectiveFrom >= best.effectiveFrom)) best = v;
  }
  return best;
}

/** Where a model stands on a date: active, not yet started or ended. */
export type ModelStatus = "ACTIVE" | "UPCOMING" | "ENDED";

/** A model's status on a date, by the version in force then (before its first day, its first version). */
export function modelStatusOn(model: ServiceModelDef, date: LocalDate): { status: ModelStatus; rule: ModelRule } | null {
  const rule = ruleAt(model, date) ?? model.versions[0];
  if (!rule) return null;
  if (isWithinValidity(rule, date)) return { status: "ACTIVE", rule };
  return { status: notYetStarted(rule, date) ? "UPCOMING" : "ENDED", rule };
}

/**
 * Of versions sorted by `effectiveFrom`, the one in force on `date` (the last that has taken
 * effect), else the first — what a screen shows of a setting that changes from a date.
 */
export function versionInForce<T extends { effectiveFrom: LocalDate }>(sorted: readonly T[], date: LocalDate): T | null {
  let pick: T | null = sorted[0] ?? null;
  for (const v of sorted) if (v.effectiveFrom <= date) pick = v;
  return pick;
}

export function isWithinValidity(rule: Pick<ModelRule, "validFrom" | "validTo">, date: LocalDate): boolean {
  return spanIncludes(rule, date);
}

export function scopeFor(rule: ModelRule, unitId: string): ModelScope | null {
  return rule.scopes.find((s) => s.unitId === unitId) ?? null;
}

export function scopeCovers(scope: ModelScope, procedureId: string): boolean {
  return scope.allProcedures || scope.procedureIds.includes(procedureId);
}

/** Does the rule cover (unit, procedure)? */
export function ruleCovers(rule: ModelRule, unitId: string, procedureId: string): boolean {
  const scope = scopeFor(rule, unitId);
  return scope !== null && scopeCovers(scope, procedureId);
}

/** A same-day rule: its turnaround gives the result on the day of receipt. */
export function isSameDayRule(rule: Pick<ModelRule, "turnaround">): boolean {
  return rule.turnaround.kind === "MINUTES" || rule.turnaround.kind === "SAME_DAY";
}

/** A rule that serves citizens at home ("giải quyết TTHC tại nhà"). */
export function isHomeVisitRule(rule: Pick<ModelRule, "kind" | "place">): boolean {
  return rule.kind === "HOME_VISIT" || rule.place === "HOME";
}

/**
 * Which submission channels a model's place serves: a desk model takes dossiers handed in at
 * the desk (including those an officer helps submit online at the desk, recorded as DESK),
 * a home-visit model those taken at home, an online model those submitted online.
 */
export function placeServesChannel(place: Place, channel: Channel): boolean {
  switch (place) {
    case "OFFICE_DESK":
    case "VILLAGE_HALL":
      return channel === "DESK";
    case "HOME":
      return channel === "HOME";
    case "ONLINE":
      return channel === "ONLINE";
    case "OTHER":
      return true;
  }
}
