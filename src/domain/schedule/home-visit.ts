/**
 * Home visits ("giải quyết TTHC tại nhà"): may a citizen book a visit on a given date, and
 * may this citizen ask for one for this procedure?
 */
import { eligibleGroupLabel } from "../labels";
import { normalizeAsOf, type AsOf, type OfficialCalendar } from "./calendar";
import { addDays, formatDateVi, toLocalParts, timeToMinutes, weekdayNameVi } from "./local-time";
import { hasEnded, notYetStarted } from "./interval";
import { occurrenceOn } from "./occurrences";
import { describeRecurrence, recurrenceIncludes } from "./recurrence";
import { isHomeVisitRule, ruleAt, ruleCovers, scopeFor } from "./rules";
import type { EligibleGroup, LocalDate, ModelRule, OfficeHours, ServiceModelDef } from "./types";

export type HomeVisitErrorCode =
  | "NOT_HOME_VISIT"
  | "NOT_IN_FORCE"
  | "UNIT_NOT_IN_SCOPE"
  | "BEFORE_VALIDITY"
  | "AFTER_VALIDITY"
  | "IN_PAST"
  | "NOT_VISIT_DAY"
  | "DAY_OFF"
  | "TOO_LATE_TODAY"
  | "FULL";

export type HomeVisitCheck = { ok: true } | { ok: false; code: HomeVisitErrorCode; message: string };

export interface HomeVisitContext {
  calendar: OfficialCalendar;
  /** Office hours of the unit (home visits on OFFICE_HOURS rules run in them). */
  officeHours: readonly OfficeHours[];
  /**
   * Now. Also decides which calendar decisions are known. A bare local date means the start
   * of that day.
   */
  asOf: AsOf;
  /** Visits already booked for that unit on that date. */
  bookedCount: number;
}

function fail(code: HomeVisitErrorCode, message: string): HomeVisitCheck {
  return { ok: false, code, message };
}

function nowParts(asOf: AsOf): { date: LocalDate; minutes: number } {
  if (asOf instanceof Date) return toLocalParts(asOf);
  return { date: normalizeAsOf(asOf), minutes: 0 };
}

/**
 * Checks, in order: the rule in force that day is a home-visit rule; the unit is in scope;
 * the date is within validity; not in the past; a visit day of the recurrence; not a day off
 * (a visit day on a holiday does not occur); same-day booking only until the rule's intake
 * cut-off (or, without one, until the first window of the day opens); capacity.
 */
export function homeVisitDateAllowed(
  model: ServiceModelDef,
  unitId: string,
  date: LocalDate,
  ctx: HomeVisitContext,
): HomeVisitCheck {
  const rule = ruleAt(model, date);
  if (!rule) {
    const first = [...model.versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))[0];
    return fail(
      "NOT_IN_FORCE",
      first ? `Mô hình áp dụng từ ngày ${formatDateVi(first.effectiveFrom)}.` : "Mô hình chưa có quy định về lịch.",
    );
  }
  if (!isHomeVisitRule(rule)) return fail("NOT_HOME_VISIT", `«${model.name}» không phải mô hình giải quyết thủ tục tại nhà.`);
  const scope = scopeFor(rule, unitId);
  if (!scope) return fail("UNIT_NOT_IN_SCOPE", "Đơn vị này không thuộc phạm vi áp dụng của mô hình.");
  if (date < rule.validFrom) return fail("BEFORE_VALIDITY", `Mô hình áp dụng từ ngày ${formatDateVi(rule.validFrom)}.`);
  if (rule.validTo !== null && date > rule.validTo) {
    return fail("AFTER_VALIDITY", `Mô hình chỉ áp dụng đến hết ngày ${formatDateVi(rule.validTo)}.`);
  }
  const now = nowParts(ctx.asOf);
  if (date < now.date) return fail("IN_PAST", `Ngày ${formatDateVi(date)} đã qua.`);
  if (!recurrenceIncludes(rule.recurrence, rule.validFrom, date)) {
    return fail(
      "NOT_VISIT_DAY",
      `Ngày ${formatDateVi(date)} là ${weekdayNameVi(date)}; mô hình chỉ đến nhà vào: ${describeRecurrence(rule.recurrence)}.`,
    );
  }
  const calCtx = { officeHours: ctx.officeHours, calendar: ctx.calendar, asOf: ctx.asOf };
  const occ = occurrenceOn(model, calCtx, date);
  if (!occ) {
    const info = ctx.calendar.dayInfo(date, ctx.asOf);
    const why = !info.working ? `là ngày nghỉ${info.name ? ` (${info.name})` : ""}` : "không có giờ làm việc";
    return fail("DAY_OFF", `Ngày ${formatDateVi(date)} ${why}, không tổ chức đến nhà.`);
  }
  if (date === now.date) {
    const limit = rule.intakeCutoff ?? occ.localWindows[0]?.start ?? "00:00";
    if (now.minutes > timeToMinutes(limit)) {
      return fail("TOO_LATE_TODAY", `Đã quá ${limit}, không thể đặt lịch đến nhà trong hôm nay; vui lòng chọn ngày khác.`);
    }
  }
  if (scope.capacityPerDay !== null && ctx.bookedCount >= scope.capacityPerDay) {
    return fail("FULL", `Ngày ${formatDateVi(date)} đã đủ ${scope.capacityPerDay} lượt đến nhà; vui lòng chọn ngày khác.`);
  }
  return { ok: true };
}

export interface HomeVisitRangeContext extends Omit<HomeVisitContext, "bookedCount"> {
  /** Visits already booked per date (missing dates: 0). */
  bookedCounts?: Readonly<Record<LocalDate, number>>;
}

/** The dates in [from, to] on which a visit can be booked. */
export function allowedHomeVisitDates(
  model: ServiceModelDef,
  unitId: string,
  from: LocalDate,
  to: LocalDate,
  ctx: HomeVisitRangeContext,
): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const check = homeVisitDateAllowed(model, unitId, d, { ...ctx, bookedCount: ctx.bookedCounts?.[d] ?? 0 });
    if (check.ok) out.push(d);
  }
  return out;
}

/**
 * A model that serves at home in some version (src/server/home-visit/load.ts writes the same
 * rule as a Prisma filter).
 */
/**
 * Why a citizen is offered no date for a home-visit model on `today` (the dates ahead are all
 * refused): the model has ended, has not started, its days are full, or no day is open yet.
 */
export function noHomeVisitDateReason(model: ServiceModelDef, unitId: string, today: LocalDate, ctx: HomeVisitContext): string {
  const check = homeVisitDateAllowed(model, unitId, today, ctx);
  const rule = ruleAt(model, today) ?? model.versions[model.versions.length - 1]!;
  if (hasEnded(rule, today)) return `Mô hình «${model.name}» chỉ áp dụng đến hết ngày ${formatDateVi(rule.validTo!)}; hiện không nhận đề nghị mới.`;
  if (notYetStarted(rule, today)) return `Mô hình «${model.name}» áp dụng từ ngày ${formatDateVi(rule.validFrom)}.`;
  const full = check.ok || check.code === "FULL";
  return full ? "Các ngày đến nhà trong thời gian tới đã kín lịch." : "Hiện chưa có ngày nào còn nhận đề nghị đến nhà.";
}

export function isHomeVisitModel(model: ServiceModelDef): boolean {
  return model.kind === "HOME_VISIT" || model.versions.some((v) => v.place === "HOME");
}

/** The home-visit models that concern a unit (any version scoped to it). */
export function homeVisitModelsFor(models: readonly ServiceModelDef[], unitId: string): ServiceModelDef[] {
  return models.filter((m) => isHomeVisitModel(m) && m.versions.some((v) => scopeFor(v, unitId)));
}

/** Does the rule serve this group at home? A rule for everyone serves every group. */
export function servesGroup(rule: Pick<ModelRule, "eligibleGroups">, group: EligibleGroup): boolean {
  return rule.eligibleGroups.includes(group) || rule.eligibleGroups.includes("EVERYONE");
}

export type HomeVisitRequestRefusalCode = HomeVisitErrorCode | "NO_HOME_VISIT_MODEL" | "PROCEDURE_NOT_COVERED" | "GROUP_NOT_ELIGIBLE";

export interface HomeVisitRequestRefusal {
  ok: false;
  code: HomeVisitRequestRefusalCode;
  message: string;
  /** A shorter text for the form field the refusal is about, when it differs from `message`. */
  fieldMessage?: string;
}

export type HomeVisitRequestDecision = { ok: true; model: ServiceModelDef; rule: ModelRule } | HomeVisitRequestRefusal;

export interface HomeVisitRequestFacts extends Omit<HomeVisitContext, "bookedCount"> {
  unit: { id: string; name: string };
  procedure: { id: string; name: string };
  eligibleGroup: EligibleGroup;
  date: LocalDate;
  /** The unit's models (cut to its lifetime); only its home-visit models count. */
  models: readonly ServiceModelDef[];
  /** Visits already booked on `date`, by model id (missing: 0). */
  bookedByModel: Readonly<Record<string, number>>;
}

/**
 * A citizen's request for a home visit: the model is the first home-visit model of the unit
 * that allows the date (`homeVisitDateAllowed`); that model must cover the procedure and
 * serve the citizen's group. When no model allows the date, the first model's refusal is
 * the answer.
 */
export function homeVisitRequestDecision(f: HomeVisitRequestFacts): HomeVisitRequestDecision {
  const models = homeVisitModelsFor(f.models, f.unit.id);
  if (models.length === 0) return { ok: false, code: "NO_HOME_VISIT_MODEL", message: `${f.unit.name} không có mô hình giải quyết thủ tục tại nhà.` };
  let refusal: HomeVisitRequestRefusal | null = null;
  for (const model of models) {
    const check = homeVisitDateAllowed(model, f.unit.id, f.date, { calendar: f.calendar, officeHours: f.officeHours, asOf: f.asOf, bookedCount: f.bookedByModel[model.modelId] ?? 0 });
    if (!check.ok) {
      refusal ??= check;
      continue;
    }
    const rule = ruleAt(model, f.date)!;
    if (!ruleCovers(rule, f.unit.id, f.procedure.id)) {
      return {
        ok: false,
        code: "PROCEDURE_NOT_COVERED",
        message: `Thủ tục «${f.procedure.name}» không được giải quyết tại nhà theo mô hình.`,
        fieldMessage: "Thủ tục này không được giải quyết tại nhà.",
      };
    }
    if (!servesGroup(rule, f.eligibleGroup)) {
      const allowed = rule.eligibleGroups.map((g) => eligibleGroupLabel[g].toLowerCase()).join(", ");
      return { ok: false, code: "GROUP_NOT_ELIGIBLE", message: `Mô hình chỉ phục vụ tại nhà: ${allowed}.`, fieldMessage: `Chỉ dành cho: ${allowed}.` };
    }
    return { ok: true, model, rule };
  }
  return refusal!;
}
