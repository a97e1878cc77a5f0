import "server-only";
import type { Route } from "next";
import type { Role } from "@/generated/prisma/enums";
import { paths } from "@/lib/paths";

/**
 * What each role may do. Every action names one permission; the unit scope is checked
 * separately, in the action and in every query's where-clause.
 */
export type Permission =
  | "dossier.read"
  | "dossier.receive"
  | "dossier.process"
  | "homeVisit.manage"
  | "session.manage"
  | "letter.manage"
  | "pledge.manage"
  | "survey.enter"
  | "capacity.set"
  | "report.read"
  | "report.edit"
  | "report.submit"
  | "report.review"
  | "plan.edit"
  | "catalogue.edit"
  | "unit.edit"
  | "user.manage"
  | "calendar.edit"
  | "audit.read"
  | "account.self"
  | "privacy.export";

const officer: Permission[] = [
  "dossier.read",
  "dossier.receive",
  "dossier.process",
  "homeVisit.manage",
  "session.manage",
  "letter.manage",
  "pledge.manage",
  "survey.enter",
  "report.read",
  "report.edit",
  "account.self",
  // A citizen's copy of their data is given at the desk that handles their dossiers.
  "privacy.export",
];

const rolePermissions: Record<Role, ReadonlySet<Permission>> = {
  OFFICER: new Set(officer),
  UNIT_LEADER: new Set<Permission>([...officer, "report.submit", "capacity.set", "plan.edit"]),
  REVIEWER: new Set<Permission>(["report.review", "report.read", "account.self"]),
  // Administrators run the catalogue, units, users and calendar; they do not handle
  // citizens' dossiers, so they never see citizens' personal data.
  ADMIN: new Set<Permission>([
    "plan.edit",
    "catalogue.edit",
    "unit.edit",
    "user.manage",
    "calendar.edit",
    "audit.read",
    "report.read",
    "account.self",
  ]),
};

export function can(role: Role, permission: Permission): boolean {
  return rolePermissions[role].has(permission);
}

/** Where each role lands after signing in. */
export const roleHome: Record<Role, Route> = {
  OFFICER: paths.officer.home(),
  UNIT_LEADER: paths.officer.home(),
  REVIEWER: paths.review.home(),
  ADMIN: paths.admin.home(),
};
