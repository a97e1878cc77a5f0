/**
 * The promised result time of a dossier ("giấy hẹn trả kết quả").
 *
 * 1. Receipt. A dossier received inside an office window of a working day is received at
 *    that instant. Otherwise (online or postal outside office hours, or on a day off) it is
 *    dated at the next office opening (`deemedReceipt`). A model that is open at the
 *    receipt instant (e.g. the 9th hour, 16:30–17:30) receives it at that instant instead.
 * 2. Statutory bound (the law alone, no model): with N = `statutoryWorkingDays`
 *    - N ≥ 1: the day of receipt is not counted (Civil Code 2015 art. 147(2)); the period is
 *      the next N working days and ends with the N-th (art. 148(1)); days off are skipped,
 *      so art. 148(5) never moves the end. The result is due at the close of office hours
 *      of that day (the last moment the desk can hand it over, before art. 148(6)'s 24:00).
 *    - N = 0 ("trong ngày"): the close of the day of receipt; with a sector cut-off
 *      (`sameDayCutoff`, e.g. certification, Decree 23/2015 art. 7: "sau 15 giờ") a dossier
 *      received after it is due at the close of the next working day.
 * 3. Models. A covering model open at the receipt instant, serving the channel, on a working
 *    day, and before its intake cut-off (its own `intakeCutoff`, or for same-day / minutes
 *    turnarounds the procedure's `sameDayCutoff`) takes the dossier and promises:
 *    MINUTES: receipt + N working minutes inside that day's windows (office ∪ model), capped
 *    at the day's close; SAME_DAY: the day's close; WORKING_DAYS: as statutory with that N.
 *    `noDeferralPastWeekend`: on a Friday the cut-off does not apply and the promise is at
 *    the latest that Friday's close.
 * 4. The promise is the earliest of these, never later than the statutory bound.
 */
import { normalizeAsOf, type AsOf, type OfficialCalendar } from "./calendar";
import { regimeAt, CERTIFICATION_RULE, CIVIL_CODE_2015 } from "./legal";
import {
  addDays,
  formatDateVi,
  formatDayVi,
  formatInstantVi,
  instantAt,
  instantAtMinutes,
  timeToMinutes,
  toLocalDate,
  toLocalParts,
  toLocalTime,
  weekdayOf,
} from "./local-time";
import { contains, type InstantWindow } from "./interval";
import { addWorkingMinutes, mergeWindows, officeWindowsOn, windowsToInstants } from "./office-hours";
import { openWindowAt, type Occurrence, type ScheduleContext } from "./occurrences";
import { isSameDayRule, placeServesChannel, ruleAt, ruleCovers } from "./rules";
import type {
  Channel,
  LocalDate,
  LocalTime,
  ModelRule,
  OfficeHours,
  ProcedureTiming,
  ServiceModelDef,
} from "./types";

export interface PromiseInput {
  procedure: ProcedureTiming;
  unitId: string;
  receivedAt: Date;
  channel: Channel;
  models: readonly ServiceModelDef[];
  officeHours: readonly OfficeHours[];
  calendar: OfficialCalendar;
  /** Which official calendar decisions are known; default: those known on the day of receipt. */
  asOf?: AsOf;
}

export type PromiseBasis = { kind: "MODEL"; modelId: string; versionId: string } | { kind: "STATUTORY" };

export interface PromiseResult {
  promisedAt: Date;
  basis: PromiseBasis;
  /** Id of the one-stop regime in force on the day of receipt (see legal.ts). */
  regime: string;
  /**
   * The day of receipt the period is counted from (itself not counted, Civil Code art. 147):
   * the receipt day, or for a dossier received outside office hours the day it is deemed received.
   */
  countedFromDate: LocalDate;
  /** What the law alone gives (no model). `promisedAt <= statutoryBound` always. */
  statutoryBound: Date;
  /** Short Vietnamese sentences explaining the computation, for citizens. */
  steps: string[];
  /** When the dossier counts as received. */
  effectiveReceivedAt: Date;
  /** The model whose window received the dossier (it may not change the turnaround). */
  receivedUnder: { modelId: string; versionId: string; name: string } | null;
}

/** Used only when a working day has no office hours configured at all. */
const FALLBACK_CLOSE: LocalTime = "17:00";
const MAX_SCAN_DAYS = 370;

const CHANNEL_VI: Record<Channel, string> = {
  DESK: "trực tiếp tại Bộ phận Một cửa",
  ONLINE: "trực tuyến",
  POSTAL: "qua bưu chính",
  HOME: "tại nhà",
};

function officeInstants(officeHours: readonly OfficeHours[], date: LocalDate, calendar: OfficialCalendar, asOf: LocalDate): InstantWindow[] {
  return windowsToInstants(date, officeWindowsOn(officeHours, date, calendar, asOf));
}

/** A window may end at 24:00; a promise stays on its own local day (its last millisecond at the latest). */
function clampToDay(date: LocalDate, t: Date): Date {
  return earlier(t, new Date(instantAtMinutes(date, 1440).getTime() - 1));
}

/** Close of office hours of a working day. */
function officeClose(officeHours: readonly OfficeHours[], date: LocalDate, calendar: OfficialCalendar, asOf: LocalDate): Date {
  const w = officeInstants(officeHours, date, calendar, asOf);
  const last = w[w.length - 1];
  return clampToDay(date, last ? last.end : instantAt(date, FALLBACK_CLOSE));
}

/**
 * When a dossier counts as received under the law alone: `t` itself when inside an office
 * window of a working day, else the next office opening.
 */
export function deemedReceipt(
  t: Date,
  officeHours: readonly OfficeHours[],
  calendar: OfficialCalendar,
  asOf?: AsOf,
): { at: Date; date: LocalDate; deemed: boolean } {
  const a = normalizeAsOf(asOf);
  const ms = t.getTime();
  let d = toLocalDate(t);
  for (let i = 0; i < MAX_SCAN_DAYS; i++, d = addDays(d, 1)) {
    if (!calendar.isWorkingDay(d, a)) continue;
    const windows = officeInstants(officeHours, d, calendar, a);
    if (windows.length === 0) {
      // A working day without configured office hours: the day itself counts from its start.
      const start = instantAt(d, "00:00");
      if (start.getTime() >= ms) return { at: start, date: d, deemed: true };
      if (i === 0) return { at: t, date: d, deemed: false };
      continue;
    }
    for (const w of windows) {
      if (contains(w, t)) return { at: t, date: d, deemed: false };
      if (w.start.getTime() > ms) return { at: w.start, date: d, deemed: true };
    }
  }
  throw new RangeError("Không tìm thấy giờ làm việc trong vòng một năm");
}

interface StatutoryCount {
  promise: Date;
  lastDay: LocalDate;
  afterCutoff: boolean;
}

function countStatutory(
  receipt: Date,
  receiptDay: LocalDate,
  days: number,
  sameDayCutoff: LocalTime | null,
  calendar: OfficialCalendar,
  asOf: LocalDate,
  closeOf: (d: LocalDate) => Date,
): StatutoryCount {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Thời hạn không hợp lệ: ${days} ngày làm việc`);
  if (days === 0) {
    const afterCutoff = sameDayCutoff !== null && toLocalParts(receipt).minutes > timeToMinutes(sameDayCutoff);
    const lastDay = afterCutoff ? calendar.nextWorkingDay(receiptDay, asOf) : receiptDay;
    return { promise: closeOf(lastDay), lastDay, afterCutoff };
  }
  const lastDay = calendar.addWorkingDays(receiptDay, days, asOf);
  return { promise: closeOf(lastDay), lastDay, afterCutoff: false };
}

function earlier(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

function dueText(receipt: Date, promise: Date): string {
  const sameDay = toLocalDate(receipt) === toLocalDate(promise);
  return sameDay ? `${toLocalTime(promise)} cùng ngày` : formatInstantVi(promise);
}

/** Names of the days off (other than weekends) skipped in (from, to]. */
function skippedHolidays(from: LocalDate, to: LocalDate, calendar: OfficialCalendar, asOf: LocalDate): string[] {
  const groups: { name: string; first: LocalDate; last: LocalDate }[] = [];
  for (let d = addDays(from, 1); d < to; d = addDays(d, 1)) {
    const info = calendar.dayInfo(d, asOf);
    if (info.working || info.reason === "WEEKEND" || !info.name) continue;
    const g = groups[groups.length - 1];
    if (g && g.name === info.name && addDays(g.last, 1) >= d) g.last = d;
    else groups.push({ name: info.name, first: d, last: d });
  }
  return groups.map((g) => (g.first === g.last ? `${g.name} (${formatDateVi(g.first)})` : `${g.name} (${formatDateVi(g.first)}–${formatDateVi(g.last)})`));
}

function turnaroundVi(rule: ModelRule): string {
  const t = rule.turnaround;
  switch (t.kind) {
    case "MINUTES":
      return `giải quyết trong ${t.minutes} phút làm việc`;
    case "SAME_DAY":
      return "trả kết quả trong ngày";
    case "WORKING_DAYS":
      return `giải quyết trong ${t.days} ngày làm việc`;
    case "STATUTORY":
      return "thời hạn theo quy định";
  }
}

interface ModelCandidate {
  model: ServiceModelDef;
  rule: ModelRule;
  occurrence: Occurrence;
  /** Promise from the model's turnaround (null for STATUTORY turnaround without Friday rule). */
  promise: Date | null;
  dayClose: Date;
  dayWindows: InstantWindow[];
  friday: boolean;
}

export function promiseResult(input: PromiseInput): PromiseResult {
  const { procedure, unitId, receivedAt, channel, models, officeHours, calendar } = input;
  if (!(receivedAt instanceof Date) || Number.isNaN(receivedAt.getTime())) throw new RangeError("Thời điểm nộp không hợp lệ");
  const asOf = normalizeAsOf(input.asOf ?? receivedAt);
  const ctx: ScheduleContext = { officeHours, calendar, asOf };
  const day0 = toLocalDate(receivedAt);
  const regime = regimeAt(day0);
  const N = procedure.statutoryWorkingDays;
  const steps: string[] = [];
  steps.push(`Nộp lúc ${formatInstantVi(receivedAt)} (${CHANNEL_VI[channel]}).`);

  // --- the law alone -------------------------------------------------------------------
  const law = deemedReceipt(receivedAt, officeHours, calendar, asOf);
  const closeOffice = (d: LocalDate) => officeClose(officeHours, d, calendar, asOf);
  const statutory = countStatutory(law.at, law.date, N, procedure.sameDayCutoff, calendar, asOf, closeOffice);
  const statutoryBound = statutory.promise;

  // --- models open at the receipt instant ------------------------------------------------
  let receivedUnder: ModelCandidate | null = null;
  let best: ModelCandidate | null = null;
  const refusals: string[] = [];
  const day0Working = calendar.isWorkingDay(day0, asOf);
  for (const model of models) {
    const rule = ruleAt(model, day0);
    if (!rule || !ruleCovers(rule, unitId, procedure.procedureId)) continue;
    if (!placeServesChannel(rule.place, channel)) continue;
    const open = openWindowAt(model, ctx, receivedAt);
    if (!open) continue;
    if (!day0Working) continue; // a model day off (e.g. an evening session on Saturday) promises nothing itself
    const friday = rule.noDeferralPastWeekend && weekdayOf(day0) === "FR";
    const cutoff = rule.intakeCutoff ?? (isSameDayRule(rule) ? procedure.sameDayCutoff : null);
    if (!friday && cutoff !== null && toLocalParts(receivedAt).minutes > timeToMinutes(cutoff)) {
      refusals.push(`Nộp sau ${cutoff}, giờ nhận hồ sơ cuối của mô hình «${model.name}», nên không áp dụng mô hình.`);
      continue;
    }
    const dayWindows = mergeWindows([...officeInstants(officeHours, day0, calendar, asOf), ...open.occurrence.windows]);
    const dayClose = clampToDay(day0, (dayWindows[dayWindows.length - 1] as InstantWindow).end);
    let promise: Date | null = null;
    const t = rule.turnaround;
    if (t.kind === "MINUTES") {
      promise = addWorkingMinutes(dayWindows, receivedAt, Math.max(1, t.minutes)) ?? dayClose;
      promise = earlier(promise, dayClose);
    } else if (t.kind === "SAME_DAY") {
      promise = dayClose;
    } else if (t.kind === "WORKING_DAYS") {
      const closeOf = (d: LocalDate) => (d === day0 ? dayClose : closeOffice(d));
      promise = countStatutory(receivedAt, day0, Math.max(0, t.days), procedure.sameDayCutoff, calendar, asOf, closeOf).promise;
    }
    if (friday) promise = promise ? earlier(promise, dayClose) : dayClose;
    const cand: ModelCandidate = { model, rule, occurrence: open.occurrence, promise, dayClose, dayWindows, friday };
    if (!receivedUnder) receivedUnder = cand;
    if (promise && (!best || (best.promise && promise.getTime() < best.promise.getTime()))) best = cand;
  }

  // --- statutory counting when a model's window received the dossier -------------------
  let countedFrom = law.date;
  let effective = law.at;
  let statutoryUsed = statutory;
  if (receivedUnder) {
    const under = receivedUnder;
    const closeOf = (d: LocalDate) => (d === day0 ? under.dayClose : closeOffice(d));
    const s = countStatutory(receivedAt, day0, N, procedure.sameDayCutoff, calendar, asOf, closeOf);
    if (s.promise.getTime() < statutoryUsed.promise.getTime() || law.deemed) {
      statutoryUsed = s;
      countedFrom = day0;
      effective = receivedAt;
    }
  }

  // --- choose ----------------------------------------------------------------------------
  let promisedAt = earlier(statutoryUsed.promise, statutoryBound);
  let basis: PromiseBasis = { kind: "STATUTORY" };
  const modelPromise = best?.promise ?? null;
  // (a) a model that takes the dossier applies its turnaround, unless the law alone is earlier.
  if (best && modelPromise && modelPromise.getTime() <= promisedAt.getTime()) {
    promisedAt = modelPromise;
    basis = { kind: "MODEL", modelId: best.model.modelId, versionId: best.rule.versionId };
    countedFrom = day0;
    effective = receivedAt;
  }

  // --- explain ---------------------------------------------------------------------------
  if (law.deemed && effective.getTime() !== receivedAt.getTime()) {
    const info = calendar.dayInfo(day0, asOf);
    const why = info.working ? "ngoài giờ làm việc" : `vào ngày nghỉ${info.name ? ` (${info.name})` : ""}`;
    steps.push(`Hồ sơ nộp ${why} được tính là tiếp nhận lúc ${formatInstantVi(law.at)}.`);
  }
  if (receivedUnder && effective.getTime() === receivedAt.getTime() && law.deemed) {
    steps.push(`Tiếp nhận trong khung giờ của mô hình «${receivedUnder.model.name}» nên tính là tiếp nhận trong ngày ${formatDateVi(day0)}.`);
  }
  steps.push(...refusals);
  if (basis.kind === "MODEL" && best) {
    steps.push(`Áp dụng mô hình «${best.model.name}»: ${turnaroundVi(best.rule)}.`);
    if (best.friday) steps.push("Mô hình không để hồ sơ ngày thứ Sáu hẹn sang tuần sau: trả kết quả ngay trong ngày thứ Sáu.");
  } else {
    steps.push(`Áp dụng ${regime.name}.`);
    const s = statutoryUsed;
    if (N === 0) {
      if (s.afterCutoff) {
        steps.push(
          `Thủ tục giải quyết trong ngày; tiếp nhận sau ${procedure.sameDayCutoff} nên trả trong ngày làm việc tiếp theo (${CERTIFICATION_RULE.instrument}, ${CERTIFICATION_RULE.article}): ${formatDayVi(s.lastDay)}.`,
        );
      } else {
        steps.push("Thủ tục giải quyết trong ngày tiếp nhận.");
      }
    } else {
      const skipped = skippedHolidays(countedFrom, s.lastDay, calendar, asOf);
      steps.push(
        `Thời hạn ${N} ngày làm việc, không tính ngày tiếp nhận ${formatDateVi(countedFrom)} (${CIVIL_CODE_2015.start.instrument.split(" (")[0]}, ${CIVIL_CODE_2015.start.article}), không tính thứ Bảy, Chủ nhật${skipped.length ? ` và ngày nghỉ ${skipped.join(", ")}` : ""}: ngày làm việc thứ ${N} là ${formatDayVi(s.lastDay)}.`,
      );
    }
  }
  steps.push(`Nộp lúc ${formatInstantVi(receivedAt)} → trả kết quả trước ${dueText(receivedAt, promisedAt)}.`);

  return {
    promisedAt,
    basis,
    regime: regime.id,
    countedFromDate: countedFrom,
    statutoryBound,
    steps,
    effectiveReceivedAt: effective,
    receivedUnder: receivedUnder
      ? { modelId: receivedUnder.model.modelId, versionId: receivedUnder.rule.versionId, name: receivedUnder.model.name }
      : null,
  };
}

/**
 * `promiseResult` for one of a unit's catalogue procedures (its `id`, statutory time and
 * cut-off) received at `receivedAt` through `channel`, under the unit's models, office
 * hours and calendar.
 */
export function promiseFor(
  rules: Pick<PromiseInput, "models" | "officeHours" | "calendar">,
  unitId: string,
  procedure: { id: string; statutoryWorkingDays: number; sameDayCutoff: LocalTime | null },
  receivedAt: Date,
  channel: Channel,
): PromiseResult {
  return promiseResult({
    procedure: { procedureId: procedure.id, statutoryWorkingDays: procedure.statutoryWorkingDays, sameDayCutoff: procedure.sameDayCutoff },
    unitId,
    receivedAt,
    channel,
    models: rules.models,
    officeHours: rules.officeHours,
    calendar: rules.calendar,
  });
}

/**
 * The calculator's answer for the desk: a dossier is handed in at the desk only while it is
 * open, so asked outside hours (06:00 on a Wednesday) the answer is for the moment it opens,
 * under the models in force then (that Wednesday's same-day model at 07:00), with
 * `opensAt` set, rather than a deemed receipt that no model window took.
 */
export function deskPromiseFor(
  rules: Pick<PromiseInput, "models" | "officeHours" | "calendar">,
  unitId: string,
  procedure: { id: string; statutoryWorkingDays: number; sameDayCutoff: LocalTime | null },
  askedAt: Date,
): PromiseResult & { opensAt: Date | null } {
  const asked = promiseFor(rules, unitId, procedure, askedAt, "DESK");
  if (asked.receivedUnder || asked.effectiveReceivedAt.getTime() <= askedAt.getTime()) return { ...asked, opensAt: null };
  return { ...promiseFor(rules, unitId, procedure, asked.effectiveReceivedAt, "DESK"), opensAt: asked.effectiveReceivedAt };
}
