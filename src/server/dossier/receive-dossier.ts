import "server-only";
import { randomInt } from "node:crypto";
import { dossierCode } from "@/domain/dossier/code";
import { paths } from "@/lib/paths";
import { intakeDecision } from "@/domain/dossier/intake";
import { buildCalendar, instantAt, toLocalDate, type Channel } from "@/domain/schedule";
import { defineAction } from "../action";
import type { UserActor } from "../auth/actor";
import { requireUnitScope } from "../auth/scope";
import { localDateOrNull } from "../dates";
import type { Tx } from "../db";
import { AppError, refusalError } from "../errors";
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
 * Loads what the intake rules need, lets the domain decide at the receipt instant
 * (`intakeDecision`: unit alive, procedure in the catalogue, desk or model open, visit day,
 * claimed model) and stores the dossier with the promise it returns. Shared by the desk
 * intake and the home-visit outcome.
 */
export async function createDossier(tx: Tx, actor: UserActor, p: NewDossierParams): Promise<NewDossierResult> {
  requireUnitScope(actor, p.unitId);
  const existing = await tx.dossier.findUnique({ where: { idempotencyKey: p.idempotencyKey }, select: { id: true, code: true, promisedAt: true } });
  if (existing) return { ...existing, repeated: true, steps: [] };

  const unit = await tx.unit.findUniqueOrThrow({ where: { id: p.unitId }, select: { name: true, validFrom: true, validTo: true, mergedInto: { select: { name: true } } } });
  const up = await tx.unitProcedure.findUnique({
    where: { unitId_procedureId: { unitId: p.unitId, procedureId: p.procedureId } },
    select: { procedure: { select: { id: true, name: true, active: true, statutoryWorkingDays: true, sameDayCutoff: true } } },
  });
  const ctx = await loadUnitScheduleContext(tx, p.unitId);
  const decision = intakeDecision({
    unit: { id: p.unitId, name: unit.name, validFrom: localDateOrNull(unit.validFrom), validTo: localDateOrNull(unit.validTo), mergedInto: unit.mergedInto },
    procedure: up?.procedure ?? null,
    channel: p.channel,
    receivedAt: p.receivedAt,
    claimedModelId: p.claimedModelId ?? null,
    skipDeskHours: p.skipDeskHours ?? false,
    models: ctx.models,
    officeHours: ctx.officeHours,
    calendar: buildCalendar(ctx.calendar),
  });
  if (!decision.ok) throw refusalError(decision, decision.code === "NOT_IN_CATALOGUE" ? "procedureId" : undefined);
  const { promise } = decision;
  const day = toLocalDate(p.receivedAt);

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
          procedureId: p.procedureId,
          modelId: modelRef?.modelId ?? null,
          modelVersionId: modelRef?.versionId ?? null,
          channel: p.channel,
          status: "RECEIVED",
          receivedAt: p.receivedAt,
          recordedAt: p.recordedAt,
          receivedById: actor.id,
          handlerId: actor.id,
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
      data: { dossierId: row.id, type: "RECEIVED", at: p.receivedAt, actorId: actor.id, data: { steps: promise.steps, channel: p.channel } },
    });
    return { ...row, repeated: false, steps: promise.steps };
  }
  throw new AppError("CONFLICT", "Không tạo được mã hồ sơ, vui lòng thử lại.");
}

/** Desk intake (one screen): the engine decides at the receipt instant; a repeated submit is the same dossier. */
export const receiveDossier = defineAction({
  name: "dossier.receive",
  input: receiveDossierInput,
  permission: "dossier.receive",
  async run({ actor, input, tx, now }) {
    requireUnitScope(actor, input.unitId);
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
    const result = await createDossier(tx, actor, {
      ...input,
      receivedAt,
      recordedAt: now,
      idempotencyKey: `desk:${actor.id}:${input.nonce}`,
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
      revalidate: { paths: [paths.officer.board(unit.slug)] },
    };
  },
});
