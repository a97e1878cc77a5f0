import "server-only";
import type { AdminLevel } from "@/domain/catalogue/procedure-row";
import { recurrenceFields, type ScheduleForm } from "@/domain/model/recurrence-form";
import { describeRule, type LocalDate, type ModelKind, type TimeWindow } from "@/domain/schedule";
import { db } from "../../db";
import { localDateOf, localDateOrNull } from "../../dates";
import { modelVersionInclude, toModelRule } from "../../schedule/context";
import type { ModelFormInput } from "./input";

export interface ProcedureOptionDto {
  id: string;
  name: string;
  code: string | null;
  fieldCode: string;
  fieldName: string;
  level: AdminLevel;
}

/** The active catalogue, grouped by field order then name, for the scope pickers. */
export async function procedureOptions(): Promise<ProcedureOptionDto[]> {
  const rows = await db.procedure.findMany({
    where: { active: true },
    select: { id: true, name: true, code: true, fieldCode: true, level: true, field: { select: { name: true, position: true } } },
  });
  return rows
    .sort((a, b) => a.field.position - b.field.position || a.name.localeCompare(b.name, "vi"))
    .map((p) => ({ id: p.id, name: p.name, code: p.code, fieldCode: p.fieldCode, fieldName: p.field.name, level: p.level }));
}

/** The builder's starting values for a new model of a plan. */
export function emptyModelForm(plan: { id: string; issuingUnitId: string; validFrom: LocalDate | null; validTo: LocalDate | null }): ModelFormInput {
  return {
    planId: plan.id,
    name: "",
    kind: "NO_APPOINTMENT_DAY",
    description: "",
    sourceQuotes: [],
    attendeeRoles: [],
    assumptions: [],
    schedule: { kind: "WEEKLY", weekdays: [], interval: 1 },
    extraDates: [],
    exdates: [],
    hoursKind: "OFFICE_HOURS",
    windows: [],
    validFrom: plan.validFrom ?? "",
    validTo: plan.validTo ?? undefined,
    effectiveFrom: undefined,
    intakeCutoff: null,
    turnaroundKind: "STATUTORY",
    turnaroundValue: null,
    workingDaysOnly: true,
    noDeferralPastWeekend: false,
    place: "OFFICE_DESK",
    placeNote: null,
    eligibleGroups: ["EVERYONE"],
    note: null,
    scopes: [{ unitId: plan.issuingUnitId, allProcedures: false, procedureIds: [], capacityPerDay: null, localName: null }],
  };
}

/** The engine's (read-only) friendly form as the builder's mutable values. */
function scheduleValues(s: ScheduleForm): ModelFormInput["schedule"] {
  switch (s.kind) {
    case "WEEKLY":
      return { kind: "WEEKLY", weekdays: [...s.weekdays], interval: s.interval ?? 1 };
    case "MONTHLY_NTH_WEEKDAY":
      return { kind: "MONTHLY_NTH_WEEKDAY", weekday: s.weekday, nth: s.nth, months: [...(s.months ?? [])] };
    case "DATES":
      return { kind: "DATES", dates: [...s.dates] };
    default:
      return s;
  }
}

interface ModelVersionDto {
  id: string;
  effectiveFrom: LocalDate;
  description: string;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
  dossierCount: number;
  scopeCount: number;
}

interface ModelEditorDto {
  id: string;
  name: string;
  kind: ModelKind;
  plan: { id: string; key: string; title: string; status: string; issuingUnitId: string };
  versions: ModelVersionDto[];
  /** The form, filled from the latest version. */
  values: ModelFormInput;
}

export async function modelEditor(modelId: string): Promise<ModelEditorDto | null> {
  const m = await db.serviceModel.findUnique({
    where: { id: modelId },
    include: {
      plan: { select: { id: true, key: true, title: true, status: true, issuingUnitId: true } },
      versions: {
        include: { ...modelVersionInclude, scopes: { include: { procedures: { select: { procedureId: true } } } }, createdBy: { select: { fullName: true } }, _count: { select: { dossiers: true } } },
        orderBy: { effectiveFrom: "asc" },
      },
    },
  });
  if (!m) return null;
  const latest = m.versions[m.versions.length - 1];
  if (!latest) return null;
  const rule = toModelRule(m, latest);
  const fields = recurrenceFields(rule.recurrence);
  const values: ModelFormInput = {
    planId: m.planId,
    modelId: m.id,
    name: m.name,
    kind: m.kind,
    description: m.description,
    sourceQuotes: m.sourceQuotes,
    attendeeRoles: m.attendeeRoles,
    assumptions: m.assumptions,
    schedule: scheduleValues(fields.schedule),
    extraDates: fields.extraDates,
    exdates: fields.exdates,
    hoursKind: latest.hoursKind,
    windows: latest.hoursKind === "WINDOWS" ? (latest.windows as unknown as TimeWindow[]) : [],
    validFrom: localDateOf(latest.validFrom),
    validTo: localDateOrNull(latest.validTo) ?? undefined,
    effectiveFrom: undefined,
    intakeCutoff: latest.intakeCutoff,
    turnaroundKind: latest.turnaroundKind,
    turnaroundValue: latest.turnaroundValue,
    workingDaysOnly: latest.workingDaysOnly,
    noDeferralPastWeekend: latest.noDeferralPastWeekend,
    place: latest.place,
    placeNote: latest.placeNote,
    eligibleGroups: rule.eligibleGroups,
    note: null,
    scopes: latest.scopes.map((s) => ({ unitId: s.unitId, allProcedures: s.allProcedures, procedureIds: s.procedures.map((p) => p.procedureId), capacityPerDay: s.capacityPerDay, localName: s.localName })),
  };
  return {
    id: m.id,
    name: m.name,
    kind: m.kind,
    plan: m.plan,
    versions: m.versions.map((v) => ({
      id: v.id,
      effectiveFrom: localDateOf(v.effectiveFrom),
      description: describeRule(toModelRule(m, v)),
      note: v.note,
      createdBy: v.createdBy?.fullName ?? null,
      createdAt: v.createdAt.toISOString(),
      dossierCount: v._count.dossiers,
      scopeCount: v.scopes.length,
    })),
    values,
  };
}
