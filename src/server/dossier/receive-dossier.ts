import "server-only";
import { randomInt } from "node:crypto";
import { dossierCode } from "@/domain/dossier/code";
import {
  buildCalendar,
  deemedReceipt,
  describeRecurrence,
  formatDateVi,
  formatDayVi,
  formatInstantVi,
  instantAt,
  occurrenceOn,
  placeServesChannel,
  promiseResult,
  ruleAt,
  ruleCovers,
  toLocalDate,
  toLocalParts,
  timeToMinutes,
  type Channel,
  type PromiseResult,
} from "@/domain/schedule";
import { defineAction, requireScope } from "../action";
import type { Actor } from "../auth/actor";
import { localDateOrNull } from "../dates";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { loadUnitScheduleContext } from "../schedule/context";
import { fields, z } from "../validation";

export const receiveDossierInput = z.object({
  unitId: fields.id,
  procedureId: fields.id.describe("thủ tục"),
  citizenName: fields.requiredText("họ tên người nộp", 120),
  citizenPhone: fields.phone,
  citizenAddress: fields.optionalText(300),
  channel: z.enum(["DESK", "ONLINE", "POSTAL", "HOME"], { error: "Vui lòng chọn hình thức nộp." }),
  /** Empty: now. Otherwise an earlier time of today (back-dating within the day, audited). */
  receivedTime: z.preprocess((v) => (v === "" ? undefined : v), fields.localTime.optional()),
  /** The model the officer says the dossier is received under ("" = none claimed). */
  claimedModelId: z.preprocess((v) => (v === "" ? undefined : v), fields.id.optional()),
  writtenOnBehalf: fields.checkbox,
  onlineHelp: fields.checkbox,
  /** A random value rendered into the form: a second submit of the same form is the same dossier. */
  nonce: z.string().trim().min(8, "Biểu mẫu không hợp lệ, vui lòng tải lại trang.").max(64, "Biểu mẫu không hợp lệ, vui lòng tải lại trang."),
});

interface NewDossierParams {
  unitId: string;
  procedureId: string;
  citizenName: string;
  citizenPhone: string;
  citizenAddress?: string | null;
  channel: Channel;
  receivedAt: Date;
  /** When the officer typed it in (the action's now). */
  recordedAt: Date;
  claimedModelId?: string | null;
  writtenOnBehalf: boolean;
  onlineHelp: boolean;
  idempotencyKey: string;
  homeVisitRequestId?: string | null;
  /** Home visits happen away from the desk: the desk's own hours are not checked. */
  skipDeskHours?: boolean;
}

interface NewDossierResult {
  id: string;
  code: string;
  promisedAt: Date;
  repeated: boolean;
  steps: string[];
  backdated?: boolean;
}

/**
 * The intake rules, decided by the engine at the receipt instant: the unit is alive, the
 * procedure is in its catalogue, the desk is open (or a model's window is), a home-visit
 * dossier is on a visit day, and a model the officer claims really takes the dossier.
 * Shared by the desk intake and the home-visit outcome.
 */
export async function createDossier(tx: Tx, actor: Actor, p: NewDossierParams): Promise<NewDossierResult> {
  const user = requireScope(actor, p.unitId);
  const existing = await tx.dossier.findUnique({ where: { idempotencyKey: p.idempotencyKey }, select: { id: true, code: true, promisedAt: true } });
  if (existing) return { ...existing, repeated: true, steps: [] };

  const unit = await tx.unit.findUniqueOrThrow({ where: { id: p.unitId }, select: { name: true, validFrom: true, validTo: true, mergedInto: { select: { name: true } } } });
  const day = toLocalDate(p.receivedAt);
  const validFrom = localDateOrNull(unit.validFrom);
  const validTo = localDateOrNull(unit.validTo);
  if (validTo && day > validTo) {
    throw new AppError(
      "RULE_VIOLATION",
      `${unit.name} đã kết thúc hoạt động ngày ${formatDateVi(validTo)}${unit.mergedInto ? ` (sáp nhập vào ${unit.mergedInto.name})` : ""}; không tiếp nhận hồ sơ mới.`,
    );
  }
  if (validFrom && day < validFrom) throw new AppError("RULE_VIOLATION", `${unit.name} bắt đầu hoạt động từ ngày ${formatDateVi(validFrom)}.`);

  const up = await tx.unitProcedure.findUnique({
    where: { unitId_procedureId: { unitId: p.unitId, procedureId: p.procedureId } },
    select: { procedure: { select: { id: true, name: true, active: true, statutoryWorkingDays: true, sameDayCutoff: true } } },
  });
  if (!up || !up.procedure.active) throw new AppError("RULE_VIOLATION", "Thủ tục này không có trong danh mục thủ tục của đơn vị.", { fieldErrors: { procedureId: ["Thủ tục không thuộc danh mục của đơn vị."] } });
  const procedure = up.procedure;

  const ctx = await loadUnitScheduleContext(tx, p.unitId);
  const calendar = buildCalendar(ctx.calendar);
  const promise: PromiseResult = promiseResult({
    procedure: { procedureId: procedure.id, statutoryWorkingDays: procedure.statutoryWorkingDays, sameDayCutoff: procedure.sameDayCutoff },
    unitId: p.unitId,
    receivedAt: p.receivedAt,
    channel: p.channel,
    models: ctx.models,
    officeHours: ctx.officeHours,
    calendar,
  });
  const sctx = { officeHours: ctx.officeHours, calendar, asOf: p.receivedAt };

  if (p.channel === "HOME") {
    const visitModels = ctx.models.filter((m) => {
      const rule = ruleAt(m, day);
      return rule && placeServesChannel(rule.place, "HOME") && ruleCovers(rule, p.unitId, procedure.id);
    });
    if (!visitModels.some((m) => occurrenceOn(m, sctx, day))) {
      const rule = visitModels[0] ? ruleAt(visitModels[0], day) : null;
      throw new AppError(
        "RULE_VIOLATION",
        rule
          ? `${formatDayVi(day)} không phải ngày giải quyết thủ tục tại nhà (mô hình đến nhà vào: ${describeRecurrence(rule.recurrence)}).`
          : `Đơn vị không có mô hình giải quyết thủ tục «${procedure.name}» tại nhà vào ${formatDayVi(day)}.`,
      );
    }
  } else if (p.channel === "DESK" && !p.skipDeskHours) {
    const law = deemedReceipt(p.receivedAt, ctx.officeHours, calendar, p.receivedAt);
    if (law.deemed && !promise.receivedUnder) {
      throw new AppError(
        "RULE_VIOLATION",
        `Ngoài giờ tiếp nhận: lúc ${formatInstantVi(p.receivedAt)} Bộ phận Một cửa không làm việc. Hồ sơ gửi trực tuyến hoặc qua bưu chính thì chọn đúng hình thức nộp; hồ sơ nộp trực tiếp được tiếp nhận từ ${formatInstantVi(law.at)}.`,
      );
    }
  }

  if (p.claimedModelId) refuseUnlessModelTakes(p.claimedModelId, promise, ctx.models, { unitId: p.unitId, procedure, day, receivedAt: p.receivedAt, channel: p.channel, sctx });

  const modelRef = promise.basis.kind === "MODEL" ? promise.basis : promise.receivedUnder;
  for (let attempt = 0; attempt < 6; attempt++) {
    const code = dossierCode(unit.name, day, () => randomInt(0, 1 << 30));
    // ON CONFLICT DO NOTHING: a concurrent submit of the same form waits for the first and
    // then inserts nothing; a clash on the random code inserts nothing either and retries.
    await tx.dossier.createMany({
      data: [
        {
          code,
          unitId: p.unitId,
          procedureId: procedure.id,
          modelId: modelRef?.modelId ?? null,
          modelVersionId: modelRef?.versionId ?? null,
          channel: p.channel,
          status: "RECEIVED",
          receivedAt: p.receivedAt,
          recordedAt: p.recordedAt,
          receivedById: user.id,
          handlerId: user.id,
          promisedAt: promise.promisedAt,
          originalPromisedAt: promise.promisedAt,
          statutoryBoundAt: promise.statutoryBound,
          regime: promise.regime,
          citizenName: p.citizenName,
          citizenPhone: p.citizenPhone,
          citizenAddress: p.citizenAddress ?? null,
          writtenOnBehalf: p.writtenOnBehalf,
          onlineHelp: p.onlineHelp,
          homeVisitRequestId: p.homeVisitRequestId ?? null,
          idempotencyKey: p.idempotencyKey,
        },
      ],
      skipDuplicates: true,
    });
    const row = await tx.dossier.findUnique({ where: { idempotencyKey: p.idempotencyKey }, select: { id: true, code: true, promisedAt: true } });
    if (!row) continue; // the random code was taken: draw another
    if (row.code !== code) return { ...row, repeated: true, steps: [] };
    await tx.dossierEvent.create({
      data: { dossierId: row.id, type: "RECEIVED", at: p.receivedAt, actorId: user.id, data: { steps: promise.steps, channel: p.channel } },
    });
    return { ...row, repeated: false, steps: promise.steps };
  }
  throw new AppError("CONFLICT", "Không tạo được mã hồ sơ, vui lòng thử lại.");
}

function refuseUnlessModelTakes(
  modelId: string,
  promise: PromiseResult,
  models: Awaited<ReturnType<typeof loadUnitScheduleContext>>["models"],
  a: { unitId: string; procedure: { id: string; name: string }; day: string; receivedAt: Date; channel: Channel; sctx: Parameters<typeof occurrenceOn>[1] },
): void {
  if (promise.basis.kind === "MODEL" && promise.basis.modelId === modelId) return;
  const model = models.find((m) => m.modelId === modelId);
  if (!model) throw new AppError("RULE_VIOLATION", "Mô hình đã chọn không áp dụng tại đơn vị này.");
  const rule = ruleAt(model, a.day);
  const name = `«${model.name}»`;
  if (!rule) throw new AppError("RULE_VIOLATION", `Mô hình ${name} chưa hoặc không còn áp dụng vào ngày ${formatDateVi(a.day)}.`);
  if (!ruleCovers(rule, a.unitId, a.procedure.id)) {
    throw new AppError("RULE_VIOLATION", `Thủ tục «${a.procedure.name}» không thuộc danh mục của mô hình ${name}; hồ sơ được giải quyết theo thời hạn quy định.`);
  }
  if (!placeServesChannel(rule.place, a.channel)) throw new AppError("RULE_VIOLATION", `Mô hình ${name} không tiếp nhận hồ sơ theo hình thức nộp đã chọn.`);
  const occ = occurrenceOn(model, a.sctx, a.day);
  if (!occ) {
    throw new AppError("RULE_VIOLATION", `${formatDayVi(a.day)} không phải ngày thực hiện mô hình ${name} (${describeRecurrence(rule.recurrence)}).`);
  }
  const minutes = toLocalParts(a.receivedAt).minutes;
  if (rule.intakeCutoff && minutes > timeToMinutes(rule.intakeCutoff)) {
    throw new AppError("RULE_VIOLATION", `Đã quá ${rule.intakeCutoff}, giờ nhận hồ sơ cuối của mô hình ${name}; hồ sơ được giải quyết theo thời hạn quy định.`);
  }
  const inWindow = occ.windows.some((w) => w.start.getTime() <= a.receivedAt.getTime() && a.receivedAt.getTime() < w.end.getTime());
  if (!inWindow) {
    throw new AppError("RULE_VIOLATION", `Lúc ${formatInstantVi(a.receivedAt)} ngoài khung giờ của mô hình ${name} (${occ.localWindows.map((w) => `${w.start}–${w.end}`).join(", ")}).`);
  }
  throw new AppError("RULE_VIOLATION", `Mô hình ${name} không rút ngắn thời hạn của hồ sơ này; hồ sơ được giải quyết theo thời hạn quy định.`);
}

/** Desk intake (one screen): the engine decides at the receipt instant; a repeated submit is the same dossier. */
export const receiveDossier = defineAction({
  name: "dossier.receive",
  input: receiveDossierInput,
  permission: "dossier.receive",
  async run({ actor, input, tx, now }) {
    requireScope(actor, input.unitId);
    let receivedAt = now;
    let backdated = false;
    if (input.receivedTime) {
      const t = instantAt(toLocalDate(now), input.receivedTime);
      if (t.getTime() > now.getTime() + 60_000) {
        throw new AppError("VALIDATION", "Giờ tiếp nhận không được sau thời điểm hiện tại.", { fieldErrors: { receivedTime: ["Giờ tiếp nhận không được sau thời điểm hiện tại."] } });
      }
      if (t.getTime() < now.getTime() - 60_000) {
        receivedAt = t;
        backdated = true;
      }
    }
    const actorId = actor.kind === "user" ? actor.id : "public";
    const result = await createDossier(tx, actor, {
      ...input,
      receivedAt,
      recordedAt: now,
      idempotencyKey: `desk:${actorId}:${input.nonce}`,
    });
    const unit = await tx.unit.findUniqueOrThrow({ where: { id: input.unitId }, select: { slug: true } });
    return {
      data: { id: result.id, code: result.code, promisedAt: result.promisedAt.toISOString(), repeated: result.repeated, unitSlug: unit.slug },
      audit: {
        action: result.repeated ? "dossier.receive_repeated" : "dossier.receive",
        entity: "Dossier",
        entityId: result.id,
        unitId: input.unitId,
        after: {
          code: result.code,
          procedureId: input.procedureId,
          channel: input.channel,
          receivedAt: receivedAt.toISOString(),
          recordedAt: now.toISOString(),
          backdated,
          claimedModelId: input.claimedModelId ?? null,
          promisedAt: result.promisedAt.toISOString(),
          writtenOnBehalf: input.writtenOnBehalf,
          onlineHelp: input.onlineHelp,
          citizenName: input.citizenName,
        },
      },
      revalidate: { paths: [`/can-bo/${unit.slug}`] },
    };
  },
});
