/**
 * The model builder's state and its transitions, without React: what the inputs hold (dates
 * as typed, numbers as text), how each edit changes it, and the JSON payload the save and
 * the live preview send. The components only render this state and dispatch actions.
 */
import { formatDateVi, isLocalDate, parseVnDate, WEEKDAYS } from "@/domain/schedule/local-time";
import type { EligibleGroup, ModelKind, Place, Weekday } from "@/domain/schedule/types";
import { matchesQuery, searchKey } from "@/domain/text/normalize";
import type { ModelFormInput, ModelFormValues } from "@/server/admin/models/input";

export type ScheduleKind = "WEEKLY" | "MONTHLY_NTH_WEEKDAY" | "DAILY" | "DATES" | "NONE" | "RRULE";
export type Nth = 1 | 2 | 3 | 4 | -1;
export type TurnaroundKind = "STATUTORY" | "MINUTES" | "SAME_DAY" | "WORKING_DAYS";

export interface ScopeState {
  unitId: string;
  allProcedures: boolean;
  procedureIds: string[];
  capacityPerDay: string;
  localName: string;
}

export interface BuilderState {
  name: string;
  kind: ModelKind;
  description: string;
  sourceQuotes: string;
  attendeeRoles: string;
  assumptions: string;
  scheduleKind: ScheduleKind;
  weekdays: Weekday[];
  interval: string;
  monthlyWeekday: Weekday;
  nth: Nth;
  months: number[];
  dates: string;
  rrule: string;
  extraDates: string;
  exdates: string;
  hoursKind: "OFFICE_HOURS" | "WINDOWS";
  windows: { start: string; end: string }[];
  intakeCutoff: string;
  turnaroundKind: TurnaroundKind;
  turnaroundValue: string;
  workingDaysOnly: boolean;
  noDeferralPastWeekend: boolean;
  validFrom: string;
  validTo: string;
  effectiveFrom: string;
  place: Place;
  placeNote: string;
  eligibleGroups: EligibleGroup[];
  note: string;
  scopes: ScopeState[];
}

export type BuilderAction =
  /** A plain field changed. */
  | { type: "set"; patch: Partial<BuilderState> }
  | { type: "toggleWeekday"; day: Weekday; on: boolean }
  | { type: "toggleMonth"; month: number; on: boolean }
  | { type: "quarterEnds" }
  | { type: "toggleEligibleGroup"; group: EligibleGroup; on: boolean }
  | { type: "hoursKind"; kind: BuilderState["hoursKind"] }
  | { type: "addWindow" }
  | { type: "updateWindow"; index: number; patch: Partial<BuilderState["windows"][number]> }
  | { type: "removeWindow"; index: number }
  | { type: "addScope"; unitId: string }
  | { type: "updateScope"; index: number; patch: Partial<ScopeState> }
  | { type: "toggleProcedure"; index: number; procedureId: string; on: boolean }
  | { type: "removeScope"; index: number };

const EMPTY_WINDOW = { start: "", end: "" };
const QUARTER_ENDS = [3, 6, 9, 12];

const toggle = <T>(list: readonly T[], item: T, on: boolean): T[] => (on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((x) => x !== item));
const replaceAt = <T>(list: readonly T[], index: number, patch: Partial<T>): T[] => list.map((x, i) => (i === index ? { ...x, ...patch } : x));

/** Where a model of this kind usually takes place: the default of the builder's «Nơi thực hiện». */
export function usualPlace(kind: ModelKind): Place {
  return kind === "HOME_VISIT" ? "HOME" : kind === "LISTENING_SESSION" ? "VILLAGE_HALL" : "OFFICE_DESK";
}

export function builderReducer(s: BuilderState, action: BuilderAction): BuilderState {
  switch (action.type) {
    case "set": {
      // A new kind brings its usual place (a home visit happens at home), unless one was chosen.
      const kind = action.patch.kind;
      if (kind && kind !== s.kind && action.patch.place === undefined && s.place === usualPlace(s.kind)) {
        return { ...s, ...action.patch, place: usualPlace(kind) };
      }
      return { ...s, ...action.patch };
    }
    case "toggleWeekday":
      return { ...s, weekdays: toggle(s.weekdays, action.day, action.on) };
    case "toggleMonth":
      return { ...s, months: toggle(s.months, action.month, action.on).sort((a, b) => a - b) };
    case "quarterEnds":
      return { ...s, months: [...QUARTER_ENDS] };
    case "toggleEligibleGroup":
      return { ...s, eligibleGroups: toggle(s.eligibleGroups, action.group, action.on) };
    case "hoursKind":
      // Choosing own windows starts with one empty row to fill in.
      return { ...s, hoursKind: action.kind, windows: action.kind === "WINDOWS" && s.windows.length === 0 ? [{ ...EMPTY_WINDOW }] : s.windows };
    case "addWindow":
      return { ...s, windows: [...s.windows, { ...EMPTY_WINDOW }] };
    case "updateWindow":
      return { ...s, windows: replaceAt(s.windows, action.index, action.patch) };
    case "removeWindow":
      return { ...s, windows: s.windows.filter((_, i) => i !== action.index) };
    case "addScope":
      if (!action.unitId || s.scopes.some((x) => x.unitId === action.unitId)) return s;
      return { ...s, scopes: [...s.scopes, { unitId: action.unitId, allProcedures: false, procedureIds: [], capacityPerDay: "", localName: "" }] };
    case "updateScope":
      return { ...s, scopes: replaceAt(s.scopes, action.index, action.patch) };
    case "toggleProcedure":
      return { ...s, scopes: s.scopes.map((x, i) => (i === action.index ? { ...x, procedureIds: toggle(x.procedureIds, action.procedureId, action.on) } : x)) };
    case "removeScope":
      return { ...s, scopes: s.scopes.filter((_, i) => i !== action.index) };
  }
}

const text = (v: unknown) => (Array.isArray(v) ? v.join("\n") : typeof v === "string" ? v : "");
const viDates = (list: readonly string[] | undefined) => (list ?? []).map((d) => (isLocalDate(d) ? formatDateVi(d) : d)).join("\n");
const numberText = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

/** A stored (or new) model's form values → what the builder's inputs show. */
export function builderStateOf(v: ModelFormInput): BuilderState {
  const s = v.schedule;
  return {
    name: v.name,
    kind: v.kind,
    description: v.description,
    sourceQuotes: text(v.sourceQuotes),
    attendeeRoles: text(v.attendeeRoles),
    assumptions: text(v.assumptions),
    scheduleKind: s.kind,
    weekdays: s.kind === "WEEKLY" ? [...s.weekdays] : [],
    interval: s.kind === "WEEKLY" ? String(s.interval ?? 1) : "1",
    monthlyWeekday: s.kind === "MONTHLY_NTH_WEEKDAY" ? s.weekday : WEEKDAYS[0]!,
    nth: s.kind === "MONTHLY_NTH_WEEKDAY" ? s.nth : -1,
    months: s.kind === "MONTHLY_NTH_WEEKDAY" ? [...s.months] : [],
    dates: s.kind === "DATES" ? viDates(s.dates) : "",
    rrule: s.kind === "RRULE" ? s.rrule : "",
    extraDates: viDates(v.extraDates),
    exdates: viDates(v.exdates),
    hoursKind: v.hoursKind,
    windows: v.windows?.length ? v.windows.map((w) => ({ ...w })) : [],
    intakeCutoff: v.intakeCutoff ?? "",
    turnaroundKind: v.turnaroundKind,
    turnaroundValue: numberText(v.turnaroundValue),
    workingDaysOnly: v.workingDaysOnly ?? true,
    noDeferralPastWeekend: v.noDeferralPastWeekend ?? false,
    validFrom: v.validFrom ?? "",
    validTo: v.validTo ?? "",
    effectiveFrom: v.effectiveFrom ?? "",
    place: v.place,
    placeNote: v.placeNote ?? "",
    eligibleGroups: [...(v.eligibleGroups ?? [])],
    note: v.note ?? "",
    scopes: (v.scopes ?? []).map((x) => ({
      unitId: x.unitId,
      allProcedures: x.allProcedures ?? false,
      procedureIds: [...(x.procedureIds ?? [])],
      capacityPerDay: numberText(x.capacityPerDay),
      localName: x.localName ?? "",
    })),
  };
}

/** Dates typed one per line as dd/mm/yyyy (or yyyy-mm-dd); a bad line is sent as typed so the server names it. */
export function dateList(value: string): string[] {
  return value
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => parseVnDate(s) ?? s);
}

/** Whether the schedule repeats (so extra dates can be added to it) and whether it has any dates at all. */
export const repeats = (kind: ScheduleKind) => kind !== "DATES" && kind !== "NONE";
export const hasDates = (kind: ScheduleKind) => kind !== "NONE";
export const turnaroundTakesValue = (kind: TurnaroundKind) => kind === "MINUTES" || kind === "WORKING_DAYS";

/** The state → the form the server parses (the fields the chosen options do not use are left out). */
export function builderPayload(s: BuilderState, ids: { planId: string; modelId?: string }): ModelFormValues {
  const schedule: ModelFormValues["schedule"] =
    s.scheduleKind === "WEEKLY"
      ? { kind: "WEEKLY", weekdays: s.weekdays, interval: Number(s.interval) || 1 }
      : s.scheduleKind === "MONTHLY_NTH_WEEKDAY"
        ? { kind: "MONTHLY_NTH_WEEKDAY", weekday: s.monthlyWeekday, nth: s.nth, months: s.months }
        : s.scheduleKind === "DATES"
          ? { kind: "DATES", dates: dateList(s.dates) }
          : s.scheduleKind === "RRULE"
            ? { kind: "RRULE", rrule: s.rrule }
            : { kind: s.scheduleKind };
  return {
    planId: ids.planId,
    modelId: ids.modelId,
    name: s.name,
    kind: s.kind,
    description: s.description,
    sourceQuotes: s.sourceQuotes,
    attendeeRoles: s.attendeeRoles,
    assumptions: s.assumptions,
    schedule,
    extraDates: repeats(s.scheduleKind) ? dateList(s.extraDates) : [],
    exdates: dateList(s.exdates),
    hoursKind: s.hoursKind,
    windows: s.hoursKind === "WINDOWS" ? s.windows : [],
    validFrom: s.validFrom,
    validTo: s.validTo || undefined,
    effectiveFrom: s.effectiveFrom || undefined,
    intakeCutoff: s.intakeCutoff || null,
    turnaroundKind: s.turnaroundKind,
    turnaroundValue: turnaroundTakesValue(s.turnaroundKind) ? (s.turnaroundValue === "" ? null : Number(s.turnaroundValue)) : null,
    workingDaysOnly: s.workingDaysOnly,
    noDeferralPastWeekend: s.noDeferralPastWeekend,
    place: s.place,
    placeNote: s.placeNote || null,
    eligibleGroups: s.eligibleGroups,
    note: s.note || null,
    scopes: s.scopes.map((x) => ({
      unitId: x.unitId,
      allProcedures: x.allProcedures,
      procedureIds: x.allProcedures ? [] : x.procedureIds,
      capacityPerDay: x.capacityPerDay === "" ? null : Number(x.capacityPerDay),
      localName: x.localName || null,
    })),
  };
}

/** The distinct messages of the issues under any of these paths ("scopes" covers "scopes[0].unitId"). */
export function issuesAt(issues: readonly { path: string; message: string }[], ...prefixes: string[]): string[] {
  return [...new Set(issues.filter((i) => prefixes.some((p) => i.path === p || i.path.startsWith(`${p}.`) || i.path.startsWith(`${p}[`))).map((i) => i.message))];
}

const SAVED_TEXT: Record<string, (effectiveFrom: string) => string> = {
  DRAFT_EDITED: () => "Đã lưu quy tắc của mô hình.",
  NEW_VERSION: (d) => `Đã lưu: phiên bản mới áp dụng từ ngày ${formatDateVi(d)}; hồ sơ nhận trước ngày đó giữ quy tắc cũ.`,
  SCHEDULED_VERSION_REPLACED: (d) => `Đã sửa phiên bản sẽ áp dụng từ ngày ${formatDateVi(d)}.`,
  TEXT_ONLY: () => "Đã lưu tên và mô tả; quy tắc không đổi nên không tạo phiên bản mới.",
};

/** What a successful save says, from the server's outcome. */
export function savedMessage(data: { outcome?: string; effectiveFrom?: string }): string {
  return (SAVED_TEXT[data.outcome ?? ""] ?? (() => "Đã lưu."))(data.effectiveFrom ?? "");
}

/**
 * The procedures of one field a scope's list shows: those whose name matches the filter
 * ignoring case and diacritics ("trich luc" finds «Trích lục»), and the chosen ones whatever it says.
 */
export function proceduresShown<P extends { id: string; name: string; code: string | null; fieldCode: string }>(procedures: readonly P[], fieldCode: string, filter: string, chosen: ReadonlySet<string>): P[] {
  const query = filter.trim();
  return procedures.filter((p) => p.fieldCode === fieldCode && (!query || chosen.has(p.id) || matchesQuery(searchKey(p.name), query) || (p.code ?? "").includes(query)));
}
