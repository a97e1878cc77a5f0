/**
 * The dossier lifecycle as a state machine: which step is allowed from which status, and
 * when a dossier must first get its apology slip (Mẫu 04). Pure: time is a parameter.
 *
 *   RECEIVED ─start→ IN_PROGRESS ─resultReady→ RESULT_READY ─return→ RETURNED
 *      │  └──────────────┴─requestSupplement→ SUPPLEMENT_REQUESTED ─supplementReceived→ IN_PROGRESS
 *      └─ (RECEIVED | IN_PROGRESS | SUPPLEMENT_REQUESTED) ─refuse→ REFUSED
 *   issueApology: RECEIVED | IN_PROGRESS, moves the promise (never the original one).
 */
import { toLocalDate } from "../schedule/local-time";

export type DossierStatus = "RECEIVED" | "IN_PROGRESS" | "SUPPLEMENT_REQUESTED" | "RESULT_READY" | "RETURNED" | "REFUSED";
export type DossierStep = "start" | "requestSupplement" | "supplementReceived" | "resultReady" | "return" | "refuse" | "issueApology";
export type ReturnMethod = "AT_DESK" | "VIA_VILLAGE_HEAD" | "BY_POST" | "ONLINE";

export const TRANSITIONS: Record<DossierStep, { from: readonly DossierStatus[]; to: DossierStatus | null }> = {
  start: { from: ["RECEIVED"], to: "IN_PROGRESS" },
  requestSupplement: { from: ["RECEIVED", "IN_PROGRESS"], to: "SUPPLEMENT_REQUESTED" },
  supplementReceived: { from: ["SUPPLEMENT_REQUESTED"], to: "IN_PROGRESS" },
  resultReady: { from: ["RECEIVED", "IN_PROGRESS"], to: "RESULT_READY" },
  return: { from: ["RESULT_READY"], to: "RETURNED" },
  refuse: { from: ["RECEIVED", "IN_PROGRESS", "SUPPLEMENT_REQUESTED"], to: "REFUSED" },
  // The status does not change: the slip only moves the promise in force.
  issueApology: { from: ["RECEIVED", "IN_PROGRESS"], to: null },
};

export const STEP_LABEL: Record<DossierStep, string> = {
  start: "Bắt đầu giải quyết",
  requestSupplement: "Yêu cầu bổ sung, hoàn thiện hồ sơ",
  supplementReceived: "Nhận hồ sơ bổ sung",
  resultReady: "Đã có kết quả",
  return: "Trả kết quả",
  refuse: "Từ chối giải quyết",
  issueApology: "Lập phiếu xin lỗi và hẹn lại",
};

const STATUS_VI: Record<DossierStatus, string> = {
  RECEIVED: "mới tiếp nhận",
  IN_PROGRESS: "đang giải quyết",
  SUPPLEMENT_REQUESTED: "đang chờ bổ sung",
  RESULT_READY: "đã có kết quả",
  RETURNED: "đã trả kết quả",
  REFUSED: "đã bị từ chối",
};

/** Open = still counted against its promise (a supplement request stops the clock). */
function isOpen(status: DossierStatus): boolean {
  return status === "RECEIVED" || status === "IN_PROGRESS";
}

interface ApologyState {
  status: DossierStatus;
  receivedAt: Date;
  promisedAt: Date;
}

/**
 * "About to pass its promised time" (docs/rules.md): an open dossier whose promise has
 * passed, or whose promise falls today while it was received on an earlier day. A dossier
 * promised the same day it was received (Phổ Nhơn's 60 minutes, An Dũng's Friday) is only
 * flagged once its promise has passed: until then the desk is still within the promise.
 */
export function needsApology(d: ApologyState, now: Date): boolean {
  if (!isOpen(d.status)) return false;
  if (d.promisedAt.getTime() <= now.getTime()) return true;
  const today = toLocalDate(now);
  return toLocalDate(d.promisedAt) === today && toLocalDate(d.receivedAt) < today;
}

type StepCheck = { ok: true; to: DossierStatus | null } | { ok: false; message: string };

/** May `step` be taken now? Refusals are Vietnamese sentences shown as they are. */
export function checkStep(step: DossierStep, d: ApologyState, now: Date): StepCheck {
  const t = TRANSITIONS[step];
  if (!t.from.includes(d.status)) {
    if (d.status === "REFUSED") return { ok: false, message: `Hồ sơ đã bị từ chối giải quyết, không thể «${STEP_LABEL[step].toLowerCase()}».` };
    if (d.status === "RETURNED") return { ok: false, message: `Hồ sơ đã trả kết quả, không thể «${STEP_LABEL[step].toLowerCase()}».` };
    return { ok: false, message: `Hồ sơ ${STATUS_VI[d.status]}, không thể «${STEP_LABEL[step].toLowerCase()}».` };
  }
  if (step !== "issueApology" && needsApology(d, now)) {
    return {
      ok: false,
      message: "Hồ sơ đã đến hoặc quá hạn hẹn trả mà chưa có kết quả: phải lập Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) trước khi thao tác khác.",
    };
  }
  return { ok: true, to: t.to };
}

/** The steps offered for a dossier now (the apology first when it is due). */
export function availableSteps(d: ApologyState, now: Date): DossierStep[] {
  if (needsApology(d, now)) return ["issueApology"];
  return (Object.keys(TRANSITIONS) as DossierStep[]).filter((s) => checkStep(s, d, now).ok);
}

/** How a result may be handed over: An Dũng's "không hẹn" sends it through the village head. */
export const RETURN_METHOD_LABEL: Record<ReturnMethod, string> = {
  AT_DESK: "Tại Bộ phận Một cửa",
  VIA_VILLAGE_HEAD: "Qua Trưởng thôn",
  BY_POST: "Qua bưu chính",
  ONLINE: "Trực tuyến",
};
