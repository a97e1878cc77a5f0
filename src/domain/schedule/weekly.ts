/**
 * The weekly table citizens see: for a unit and a week, per procedure × weekday, which kinds
 * of service are in effect. Data only; the page renders it.
 */
import type { AsOf, OfficialCalendar } from "./calendar";
import { addDays, isoWeekday, timeToMinutes, weekdayOf } from "./local-time";
import { officeWindowsOn } from "./office-hours";
import { occurrenceOn, type Occurrence, type ScheduleContext } from "./occurrences";
import { isHomeVisitRule, isSameDayRule, ruleAt, scopeFor, scopeCovers } from "./rules";
import type { LocalDate, ModelKind, ModelRule, OfficeHours, ServiceModelDef, TimeWindow, Weekday } from "./types";

/** SAME_DAY: result the same day (minutes / same-day turnaround); EXTENDED_HOURS: open outside office hours. */
export type ServiceTag = "SAME_DAY" | "HOME_VISIT" | "EXTENDED_HOURS" | "ORDINARY" | "CLOSED";

export interface WeeklyModelEntry {
  modelId: string;
  versionId: string;
  name: string;
  kind: ModelKind;
  tags: ServiceTag[];
  windows: TimeWindow[];
  intakeCutoff: string | null;
}

export interface WeeklyCell {
  date: LocalDate;
  /** Sorted, without duplicates; ORDINARY when the office is open and no model applies; CLOSED on a day off without a model. */
  tags: ServiceTag[];
  models: WeeklyModelEntry[];
}

export interface WeeklyDay {
  date: LocalDate;
  weekday: Weekday;
  working: boolean;
  /** Name of the holiday / decision when the day is off or specially worked. */
  dayName: string | null;
  officeWindows: TimeWindow[];
}

export interface WeeklyTable {
  unitId: string;
  weekStart: LocalDate;
  days: WeeklyDay[];
  rows: { procedureId: string; cells: WeeklyCell[] }[];
}

export interface WeeklyTableInput {
  unitId: string;
  /** Monday of the week (any date is moved back to its Monday). */
  weekStart: LocalDate;
  procedureIds: readonly string[];
  models: readonly ServiceModelDef[];
  officeHours: readonly OfficeHours[];
  calendar: OfficialCalendar;
  asOf?: AsOf;
}

const TAG_ORDER: readonly ServiceTag[] = ["SAME_DAY", "HOME_VISIT", "EXTENDED_HOURS", "ORDINARY", "CLOSED"];

function tagsOf(rule: ModelRule, occ: Occurrence, office: readonly TimeWindow[]): ServiceTag[] {
  const tags: ServiceTag[] = [];
  if (isSameDayRule(rule)) tags.push("SAME_DAY");
  if (isHomeVisitRule(rule)) tags.push("HOME_VISIT");
  const outside = occ.localWindows.some((w) => {
    const s = timeToMinutes(w.start);
    const e = timeToMinutes(w.end);
    // any minute of the model window not covered by an office window
    const covered = office.some((o) => timeToMinutes(o.start) <= s && e <= timeToMinutes(o.end));
    return !covered;
  });
  if (rule.kind === "EXTENDED_HOURS" || outside) tags.push("EXTENDED_HOURS");
  return tags;
}

export function weeklyTable(input: WeeklyTableInput): WeeklyTable {
  const { unitId, procedureIds, models, officeHours, calendar, asOf } = input;
  const weekStart = addDays(input.weekStart, 1 - isoWeekday(input.weekStart));
  const ctx: ScheduleContext = { officeHours, calendar, asOf };
  const days: WeeklyDay[] = [];
  // Per day: the occurrences of every model with a scope for this unit (computed once, not per procedure).
  const perDay: { rule: ModelRule; model: ServiceModelDef; entry: WeeklyModelEntry }[][] = [];
  for (let i = 0; i < 7; i++) {
    const date = addDays(weekStart, i);
    const info = calendar.dayInfo(date, asOf);
    const office = officeWindowsOn(officeHours, date, calendar, asOf);
    days.push({
      date,
      weekday: weekdayOf(date),
      working: info.working,
      dayName: info.reason === "WEEKDAY" || info.reason === "WEEKEND" ? null : info.name,
      officeWindows: office,
    });
    const list: { rule: ModelRule; model: ServiceModelDef; entry: WeeklyModelEntry }[] = [];
    for (const model of models) {
      const rule = ruleAt(model, date);
      if (!rule || !scopeFor(rule, unitId)) continue;
      const occ = occurrenceOn(model, ctx, date);
      if (!occ) continue;
      list.push({
        rule,
        model,
        entry: {
          modelId: model.modelId,
          versionId: rule.versionId,
          name: model.name,
          kind: rule.kind,
          tags: tagsOf(rule, occ, office),
          windows: occ.localWindows,
          intakeCutoff: rule.intakeCutoff,
        },
      });
    }
    perDay.push(list);
  }
  const rows = procedureIds.map((procedureId) => ({
    procedureId,
    cells: days.map((day, i): WeeklyCell => {
      const models = (perDay[i] ?? [])
        .filter(({ rule }) => {
          const scope = scopeFor(rule, unitId);
          return scope !== null && scopeCovers(scope, procedureId);
        })
        .map(({ entry }) => entry);
      const tags = new Set<ServiceTag>(models.flatMap((m) => m.tags));
      if (tags.size === 0) tags.add(day.working && day.officeWindows.length > 0 ? "ORDINARY" : "CLOSED");
      return { date: day.date, tags: TAG_ORDER.filter((t) => tags.has(t)), models };
    }),
  }));
  return { unitId, weekStart, days, rows };
}
