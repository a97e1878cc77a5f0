import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { eligibleGroupLabel, modelKindLabel, placeLabel } from "@/domain/labels";
import { recurrenceFromFields } from "@/domain/model/recurrence-form";
import {
  WEEKDAYS,
  validateRule,
  type EligibleGroup,
  type ModelKind,
  type ModelRule,
  type OfficeHours,
  type Place,
  type RuleIssue,
  type Turnaround,
  type Weekday,
} from "@/domain/schedule";
import { fields, z } from "../../validation";
import { dbDate } from "../../dates";
import { lines, localDate, optionalDate } from "../input";

const keysOf = <T extends string>(record: Record<T, string>) => Object.keys(record) as [T, ...T[]];

const MODEL_KINDS = keysOf<ModelKind>(modelKindLabel);
const PLACES = keysOf<Place>(placeLabel);
const ELIGIBLE_GROUPS = keysOf<EligibleGroup>(eligibleGroupLabel);
const TURNAROUND_KINDS = ["STATUTORY", "MINUTES", "SAME_DAY", "WORKING_DAYS"] as const;
const HOURS_KINDS = ["OFFICE_HOURS", "WINDOWS"] as const;

const weekday = z.enum(WEEKDAYS as [Weekday, ...Weekday[]], { error: "Ngày trong tuần không hợp lệ." });
const nullableText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(max, `Tối đa ${max} ký tự.`).nullable().default(null));
const nullableInt = (label: string, min: number, max: number) =>
  z.preprocess(
    (v) => (v === "" || v === undefined ? null : typeof v === "string" ? Number(v) : v),
    z.number({ error: `${label} phải là số.` }).int(`${label} phải là số nguyên.`).min(min, `${label} từ ${min} đến ${max}.`).max(max, `${label} từ ${min} đến ${max}.`).nullable(),
  );

/** The schedule part of the builder: the engine's friendly forms, or none, or a raw RRULE. */
const scheduleInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("NONE") }),
  z.object({ kind: z.literal("DAILY") }),
  z.object({ kind: z.literal("WEEKLY"), weekdays: z.array(weekday).max(7), interval: z.number().int().min(1, "Chu kỳ từ 1 tuần.").max(52).default(1) }),
  z.object({
    kind: z.literal("MONTHLY_NTH_WEEKDAY"),
    weekday,
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], { error: "Thứ tự tuần không hợp lệ." }),
    months: z.array(z.number().int().min(1).max(12)).max(12),
  }),
  z.object({ kind: z.literal("DATES"), dates: z.array(localDate).max(400) }),
  z.object({ kind: z.literal("RRULE"), rrule: z.string().trim().max(500) }),
]);

const scopeInput = z.object({
  unitId: fields.id,
  allProcedures: z.boolean().default(false),
  procedureIds: z.array(fields.id).max(2000).default([]),
  capacityPerDay: nullableInt("Số lượt mỗi ngày", 1, 1000).default(null),
  localName: nullableText(300),
});

/** The model builder's whole form, posted as JSON (the builder is interactive). */
export const modelFormInput = z.object({
  planId: fields.id,
  modelId: fields.id.optional(),
  name: fields.requiredText("tên mô hình", 300),
  kind: z.enum(MODEL_KINDS, { error: "Vui lòng chọn loại mô hình." }),
  description: fields.requiredText("mô tả ngắn cho người dân", 4000),
  sourceQuotes: lines(),
  attendeeRoles: lines(300),
  assumptions: lines(),
  schedule: scheduleInput,
  extraDates: z.array(localDate).max(400).default([]),
  exdates: z.array(localDate).max(400).default([]),
  hoursKind: z.enum(HOURS_KINDS),
  windows: z.array(z.object({ start: z.string().trim().max(5), end: z.string().trim().max(5) })).max(12).default([]),
  validFrom: localDate,
  validTo: optionalDate,
  /** For a model of an issued plan: the day the changed rule applies from. */
  effectiveFrom: optionalDate,
  intakeCutoff: nullableText(5),
  turnaroundKind: z.enum(TURNAROUND_KINDS),
  turnaroundValue: nullableInt("Thời hạn", 1, 10_000).default(null),
  workingDaysOnly: z.boolean().default(true),
  noDeferralPastWeekend: z.boolean().default(false),
  place: z.enum(PLACES, { error: "Vui lòng chọn nơi thực hiện." }),
  placeNote: nullableText(500),
  eligibleGroups: z.array(z.enum(ELIGIBLE_GROUPS)).min(1, "Chọn ít nhất một nhóm người dân được phục vụ.").max(20),
  note: nullableText(1000),
  scopes: z.array(scopeInput).max(500).default([]),
});

export type ModelFormInput = z.infer<typeof modelFormInput>;
export type ModelFormValues = z.input<typeof modelFormInput>;

function turnaroundOf(input: Pick<ModelFormInput, "turnaroundKind" | "turnaroundValue">): Turnaround {
  switch (input.turnaroundKind) {
    case "MINUTES":
      return { kind: "MINUTES", minutes: input.turnaroundValue ?? Number.NaN };
    case "WORKING_DAYS":
      return { kind: "WORKING_DAYS", days: input.turnaroundValue ?? Number.NaN };
    default:
      return { kind: input.turnaroundKind };
  }
}

/**
 * The builder's form → the engine's rule, and every problem with it: the engine's own
 * validation (validateRule, in Vietnamese) plus the form's (an incomplete schedule).
 */
export function ruleFromForm(
  input: ModelFormInput,
  ids: { modelId: string; versionId: string; effectiveFrom: string },
  officeHours: readonly OfficeHours[],
): { rule: ModelRule; issues: RuleIssue[] } {
  const issues: RuleIssue[] = [];
  let recurrence: ModelRule["recurrence"] = { rrule: null, dates: [], exdates: [] };
  try {
    recurrence = recurrenceFromFields({ schedule: input.schedule, extraDates: input.extraDates, exdates: input.exdates });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    issues.push({ path: "recurrence", message: `${error.message}.`.replace(/\.\.$/, ".") });
  }
  const windows = input.windows.filter((w) => w.start || w.end);
  const rule: ModelRule = {
    versionId: ids.versionId,
    modelId: ids.modelId,
    kind: input.kind,
    effectiveFrom: ids.effectiveFrom,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    recurrence,
    hours: input.hoursKind === "WINDOWS" ? { kind: "WINDOWS", windows } : { kind: "OFFICE_HOURS" },
    intakeCutoff: input.intakeCutoff,
    turnaround: turnaroundOf(input),
    workingDaysOnly: input.workingDaysOnly,
    noDeferralPastWeekend: input.noDeferralPastWeekend,
    place: input.place,
    eligibleGroups: input.eligibleGroups,
    scopes: input.scopes.map((s) => ({ unitId: s.unitId, allProcedures: s.allProcedures, procedureIds: s.allProcedures ? [] : [...new Set(s.procedureIds)], capacityPerDay: s.capacityPerDay })),
  };
  const engineIssues = validateRule(rule, { officeHours });
  // An incomplete weekly form already says what is missing; the engine's "needs a calendar" repeats it.
  const hasRecurrenceIssue = issues.some((i) => i.path === "recurrence");
  issues.push(...engineIssues.filter((i) => !(hasRecurrenceIssue && i.path === "recurrence")));
  return { rule, issues };
}

/** Rule issues as the action pipeline's field errors (path → messages). */
export function issuesToFieldErrors(issues: readonly RuleIssue[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const i of issues) (out[i.path] ??= []).push(i.message);
  return out;
}

/** What a version row stores for a rule (scopes are written separately). */
export function versionData(rule: ModelRule, input: ModelFormInput): Omit<Prisma.ServiceModelVersionUncheckedCreateInput, "modelId" | "effectiveFrom"> {
  const t = rule.turnaround;
  return {
    validFrom: dbDate(rule.validFrom),
    validTo: rule.validTo ? dbDate(rule.validTo) : null,
    rrule: rule.recurrence.rrule,
    rdates: rule.recurrence.dates,
    exdates: rule.recurrence.exdates,
    hoursKind: rule.hours.kind,
    windows: (rule.hours.kind === "WINDOWS" ? rule.hours.windows : []) as unknown as Prisma.InputJsonValue,
    intakeCutoff: rule.intakeCutoff,
    turnaroundKind: t.kind,
    turnaroundValue: t.kind === "MINUTES" ? t.minutes : t.kind === "WORKING_DAYS" ? t.days : null,
    workingDaysOnly: rule.workingDaysOnly,
    noDeferralPastWeekend: rule.noDeferralPastWeekend,
    place: rule.place,
    placeNote: input.placeNote,
    eligibleGroups: rule.eligibleGroups,
    note: input.note,
  };
}

/** A comparable fingerprint of what a version decides (not its id or start). */
export function ruleFingerprint(rule: ModelRule, extra: { placeNote: string | null; localNames: Record<string, string | null> }): string {
  const { versionId: _v, effectiveFrom: _e, modelId: _m, scopes, ...rest } = rule;
  const sortedScopes = [...scopes]
    .map((s) => ({ ...s, procedureIds: [...s.procedureIds].sort(), localName: extra.localNames[s.unitId] ?? null }))
    .sort((a, b) => a.unitId.localeCompare(b.unitId));
  return JSON.stringify({ ...rest, placeNote: extra.placeNote, scopes: sortedScopes });
}

/** Model-level fields (not versioned: names and texts shown to people). */
export function modelData(input: ModelFormInput) {
  return {
    name: input.name,
    description: input.description,
    sourceQuotes: input.sourceQuotes,
    attendeeRoles: input.attendeeRoles,
    assumptions: input.assumptions,
  };
}
