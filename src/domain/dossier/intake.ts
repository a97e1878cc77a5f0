/**
 * May a dossier be received at this instant, and with what promise? The intake rules, checked
 * in this order (the first that fails is the answer):
 *   1. the unit exists that day (its lifetime);
 *   2. the procedure is in the unit's catalogue and active;
 *   3. a dossier taken at home is on a visit day of a home-visit model covering it; one handed
 *      in at the desk arrives in office hours or in the window of a model that takes it;
 *   4. a model the officer claims really takes the dossier — otherwise the refusal says why
 *      (not at the unit, not in force, not covering, wrong channel, not its day, past its
 *      cut-off, outside its window, or not shortening the time).
 * Accepted: the engine's promise. Refused: a code and the Vietnamese message shown as is.
 */
import type { OfficialCalendar } from "../schedule/calendar";
import { windowContaining } from "../schedule/interval";
import { formatDateVi, formatDayVi, formatInstantVi, toLocalDate } from "../schedule/local-time";
import { beforeIntakeCutoff, occurrenceOn, type ScheduleContext } from "../schedule/occurrences";
import { deemedReceipt, promiseFor, type PromiseResult } from "../schedule/promise";
import { describeRecurrence } from "../schedule/recurrence";
import { placeServesChannel, ruleAt, ruleCovers } from "../schedule/rules";
import type { Channel, LocalDate, LocalTime, OfficeHours, ServiceModelDef } from "../schedule/types";
import { unitLifetimeOn, type UnitLifetime } from "../unit/lifetime";

export interface IntakeFacts {
  unit: UnitLifetime & { id: string; name: string; mergedInto: { name: string } | null };
  /** The procedure as the unit's catalogue lists it; null when the catalogue does not list it. */
  procedure: { id: string; name: string; active: boolean; statutoryWorkingDays: number; sameDayCutoff: LocalTime | null } | null;
  channel: Channel;
  receivedAt: Date;
  /** The model the officer says the dossier is received under (null: none claimed). */
  claimedModelId: string | null;
  /** Home visits happen away from the desk: the desk's own hours are not checked. */
  skipDeskHours: boolean;
  /** The unit's models, office hours and official calendar. */
  models: readonly ServiceModelDef[];
  officeHours: readonly OfficeHours[];
  calendar: OfficialCalendar;
}

export type IntakeRefusalCode =
  | "UNIT_ENDED"
  | "UNIT_NOT_YET"
  | "NOT_IN_CATALOGUE"
  | "NOT_HOME_VISIT_DAY"
  | "NO_HOME_VISIT_MODEL"
  | "OUTSIDE_OFFICE_HOURS"
  | "MODEL_NOT_AT_UNIT"
  | "MODEL_NOT_IN_FORCE"
  | "PROCEDURE_NOT_IN_MODEL"
  | "CHANNEL_NOT_SERVED"
  | "NOT_MODEL_DAY"
  | "PAST_MODEL_CUTOFF"
  | "OUTSIDE_MODEL_WINDOW"
  | "MODEL_NOT_SHORTER";

export interface IntakeRefusal {
  ok: false;
  code: IntakeRefusalCode;
  message: string;
  /** A shorter text for the form field the refusal is about, when it differs from `message`. */
  fieldMessage?: string;
}

export type IntakeDecision = { ok: true; promise: PromiseResult } | IntakeRefusal;

function refuse(code: IntakeRefusalCode, message: string, fieldMessage?: string): IntakeRefusal {
  return fieldMessage === undefined ? { ok: false, code, message } : { ok: false, code, message, fieldMessage };
}

export function intakeDecision(f: IntakeFacts): IntakeDecision {
  const { unit, receivedAt, channel } = f;
  const day = toLocalDate(receivedAt);
  const lifetime = unitLifetimeOn(unit, day);
  if (lifetime === "ENDED") {
    return refuse(
      "UNIT_ENDED",
      `${unit.name} đã kết thúc hoạt động ngày ${formatDateVi(unit.validTo!)}${unit.mergedInto ? ` (sáp nhập vào ${unit.mergedInto.name})` : ""}; không tiếp nhận hồ sơ mới.`,
    );
  }
  if (lifetime === "NOT_YET") return refuse("UNIT_NOT_YET", `${unit.name} bắt đầu hoạt động từ ngày ${formatDateVi(unit.validFrom!)}.`);

  const procedure = f.procedure;
  if (!procedure || !procedure.active) {
    return refuse("NOT_IN_CATALOGUE", "Thủ tục này không có trong danh mục thủ tục của đơn vị.", "Thủ tục không thuộc danh mục của đơn vị.");
  }

  const promise = promiseFor(f, unit.id, procedure, receivedAt, channel);
  const sctx: ScheduleContext = { officeHours: f.officeHours, calendar: f.calendar, asOf: receivedAt };

  if (channel === "HOME") {
    const visitModels = f.models.filter((m) => {
      const rule = ruleAt(m, day);
      return rule && placeServesChannel(rule.place, "HOME") && ruleCovers(rule, unit.id, procedure.id);
    });
    if (!visitModels.some((m) => occurrenceOn(m, sctx, day))) {
      const rule = visitModels[0] ? ruleAt(visitModels[0], day) : null;
      return rule
        ? refuse("NOT_HOME_VISIT_DAY", `${formatDayVi(day)} không phải ngày giải quyết thủ tục tại nhà (mô hình đến nhà vào: ${describeRecurrence(rule.recurrence)}).`)
        : refuse("NO_HOME_VISIT_MODEL", `Đơn vị không có mô hình giải quyết thủ tục «${procedure.name}» tại nhà vào ${formatDayVi(day)}.`);
    }
  } else if (channel === "DESK" && !f.skipDeskHours) {
    const law = deemedReceipt(receivedAt, f.officeHours, f.calendar, receivedAt);
    if (law.deemed && !promise.receivedUnder) {
      return refuse(
        "OUTSIDE_OFFICE_HOURS",
        `Ngoài giờ tiếp nhận: lúc ${formatInstantVi(receivedAt)} Bộ phận Một cửa không làm việc. Hồ sơ gửi trực tuyến hoặc qua bưu chính thì chọn đúng hình thức nộp; hồ sơ nộp trực tiếp được tiếp nhận từ ${formatInstantVi(law.at)}.`,
      );
    }
  }

  if (f.claimedModelId) {
    const refusal = claimedModelRefusal(f.claimedModelId, promise, f.models, { unitId: unit.id, procedure, day, receivedAt, channel, sctx });
    if (refusal) return refusal;
  }
  return { ok: true, promise };
}

/** Null when the claimed model is the one the promise comes from; else why it does not take the dossier. */
function claimedModelRefusal(
  modelId: string,
  promise: PromiseResult,
  models: readonly ServiceModelDef[],
  a: { unitId: string; procedure: { id: string; name: string }; day: LocalDate; receivedAt: Date; channel: Channel; sctx: ScheduleContext },
): IntakeRefusal | null {
  if (promise.basis.kind === "MODEL" && promise.basis.modelId === modelId) return null;
  const model = models.find((m) => m.modelId === modelId);
  if (!model) return refuse("MODEL_NOT_AT_UNIT", "Mô hình đã chọn không áp dụng tại đơn vị này.");
  const rule = ruleAt(model, a.day);
  const name = `«${model.name}»`;
  if (!rule) return refuse("MODEL_NOT_IN_FORCE", `Mô hình ${name} chưa hoặc không còn áp dụng vào ngày ${formatDateVi(a.day)}.`);
  if (!ruleCovers(rule, a.unitId, a.procedure.id)) {
    return refuse("PROCEDURE_NOT_IN_MODEL", `Thủ tục «${a.procedure.name}» không thuộc danh mục của mô hình ${name}; hồ sơ được giải quyết theo thời hạn quy định.`);
  }
  if (!placeServesChannel(rule.place, a.channel)) return refuse("CHANNEL_NOT_SERVED", `Mô hình ${name} không tiếp nhận hồ sơ theo hình thức nộp đã chọn.`);
  const occ = occurrenceOn(model, a.sctx, a.day);
  if (!occ) return refuse("NOT_MODEL_DAY", `${formatDayVi(a.day)} không phải ngày thực hiện mô hình ${name} (${describeRecurrence(rule.recurrence)}).`);
  if (!beforeIntakeCutoff(occ, a.receivedAt)) {
    return refuse("PAST_MODEL_CUTOFF", `Đã quá ${rule.intakeCutoff}, giờ nhận hồ sơ cuối của mô hình ${name}; hồ sơ được giải quyết theo thời hạn quy định.`);
  }
  if (!windowContaining(occ.windows, a.receivedAt)) {
    return refuse("OUTSIDE_MODEL_WINDOW", `Lúc ${formatInstantVi(a.receivedAt)} ngoài khung giờ của mô hình ${name} (${occ.localWindows.map((w) => `${w.start}–${w.end}`).join(", ")}).`);
  }
  return refuse("MODEL_NOT_SHORTER", `Mô hình ${name} không rút ngắn thời hạn của hồ sơ này; hồ sơ được giải quyết theo thời hạn quy định.`);
}
