import "server-only";
import { createHash, randomInt } from "node:crypto";
import { CODE_ALPHABET, trackingCode } from "@/domain/dossier/code";
import { eligibleGroupLabel } from "@/domain/labels";
import { buildCalendar, homeVisitRequestDecision, isLocalDate, type EligibleGroup, type HomeVisitRequestRefusalCode } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { defineAction, type ActorSource } from "../action";
import type { Actor } from "../auth/actor";
import { db, type Db, type Tx } from "../db";
import { dbDate, localDateOf } from "../dates";
import { env } from "../env";
import { rateLimitStatus, recordAttempt } from "../rate-limit";
import { AppError, refusalError, type Result } from "../errors";
import { clampToUnitLifetime, loadCalendar, loadModelsForUnits, loadOfficeHours } from "../schedule/context";
import { fields, z } from "../validation";
import { KEY_PATTERN, SLUG_PATTERN } from "../public/context";
import { dto } from "../public/schemas";

const ELIGIBLE_GROUPS = Object.keys(eligibleGroupLabel) as [EligibleGroup, ...EligibleGroup[]];

export const requestHomeVisitInput = z.object({
  unitSlug: z.string({ error: "Thiếu đơn vị." }).trim().min(1, "Thiếu đơn vị.").regex(SLUG_PATTERN, "Đơn vị không hợp lệ."),
  procedureId: z
    .string({ error: "Vui lòng chọn thủ tục." })
    .trim()
    .min(1, "Vui lòng chọn thủ tục.")
    .regex(KEY_PATTERN, "Thủ tục không hợp lệ.")
    .meta({ description: "Mã (id) hoặc khóa của thủ tục" }),
  eligibleGroup: z.enum(ELIGIBLE_GROUPS, { error: "Vui lòng chọn đối tượng được phục vụ tại nhà." }),
  requestedDate: z
    .string({ error: "Vui lòng chọn ngày." })
    .pipe(fields.localDate)
    .refine((d) => isLocalDate(d), "Ngày không tồn tại.")
    .meta({ format: "date", description: "Một ngày trong home-visit-options.dates" }),
  citizenName: z.string({ error: "Vui lòng nhập họ và tên." }).pipe(fields.requiredText("họ và tên", 120)),
  citizenPhone: z.string({ error: "Vui lòng nhập số điện thoại." }).pipe(fields.phone).meta({ description: "10 chữ số, bắt đầu bằng 0 (hoặc +84)" }),
  address: z.string({ error: "Vui lòng nhập địa chỉ." }).pipe(fields.requiredText("địa chỉ nơi đến", 300)),
  note: z.string().optional().pipe(fields.optionalText(1000)),
  consent: fields.checkbox
    .refine((v) => v, "Vui lòng đồng ý để cơ quan dùng thông tin này cho việc đến nhà.")
    .meta({ description: "Đồng ý cho cơ quan dùng thông tin để đến nhà (bắt buộc, true)." }),
  /** Sent again on a double submit: the same request comes back, nothing is created twice. */
  idempotencyKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,100}$/, "Mã chống gửi trùng không hợp lệ.")
    .optional(),
});

export const homeVisitRequestDto = z.object({
  trackingCode: z.string().meta({ pattern: "^TN-[A-Z2-9]{6}$" }),
  status: z.string(),
  requestedDate: dto.date(),
  unit: dto.unitRef(),
  procedureName: z.string(),
  modelName: z.string(),
  replayed: z.boolean().meta({ description: "Đã gửi trước đó với cùng khóa chống trùng: trả lại đề nghị cũ" }),
});

export type HomeVisitRequestDto = z.infer<typeof homeVisitRequestDto>;

async function existingByKey(client: Db | Tx, key: string): Promise<HomeVisitRequestDto | null> {
  const r = await client.homeVisitRequest.findUnique({
    where: { idempotencyKey: key },
    select: { trackingCode: true, status: true, requestedDate: true, unit: { select: { slug: true, name: true } }, procedure: { select: { name: true } }, model: { select: { name: true } } },
  });
  return r
    ? { trackingCode: r.trackingCode, status: r.status, requestedDate: localDateOf(r.requestedDate), unit: r.unit, procedureName: r.procedure.name, modelName: r.model.name, replayed: true }
    : null;
}

/**
 * A public form that creates work for officers is limited per IP address and per phone number
 * (hashed: the limit table holds no personal data), so one sender cannot fill a Thursday's
 * list. Only requests that are stored count; officers entering requests are not limited.
 */
function requestLimitKeys(actor: Actor, phone: string): string[] {
  if (actor.kind !== "public") return [];
  const phoneHash = createHash("sha256").update(`home-visit:${phone}`).digest("base64url").slice(0, 22);
  return [...(actor.ip ? [`home-visit:ip:${actor.ip}`] : []), `home-visit:phone:${phoneHash}`];
}

type RequestHomeVisitInput = z.infer<typeof requestHomeVisitInput>;

/** The form field each refusal is shown next to (the date when not listed). */
const REFUSAL_FIELD: Partial<Record<HomeVisitRequestRefusalCode, keyof RequestHomeVisitInput>> = {
  NO_HOME_VISIT_MODEL: "unitSlug",
  PROCEDURE_NOT_COVERED: "procedureId",
  GROUP_NOT_ELIGIBLE: "eligibleGroup",
};

const createHomeVisitRequest = defineAction({
  name: "homeVisit.request",
  input: requestHomeVisitInput,
  permission: "public",
  async run({ actor, input, tx, now }) {
    if (input.idempotencyKey) {
      const previous = await existingByKey(tx, input.idempotencyKey);
      if (previous) return { data: previous, audit: [] };
    }
    const limitKeys = requestLimitKeys(actor, input.citizenPhone);
    for (const key of limitKeys) {
      const state = await rateLimitStatus(tx, key, now);
      if (state.blocked) {
        const minutes = Math.max(1, Math.ceil(state.retryAfterSeconds / 60));
        throw new AppError("RATE_LIMITED", `Bạn đã gửi nhiều đề nghị trong thời gian ngắn. Vui lòng thử lại sau ${minutes} phút hoặc gọi điện cho bộ phận một cửa.`, {
          retryAfterSeconds: state.retryAfterSeconds,
        });
      }
    }
    const unit = await tx.unit.findUnique({ where: { slug: input.unitSlug }, select: { id: true, slug: true, name: true, validFrom: true, validTo: true } });
    if (!unit) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
    const procedure = await tx.procedure.findFirst({
      where: { OR: [{ id: input.procedureId }, { key: input.procedureId }], active: true },
      select: { id: true, name: true },
    });
    if (!procedure) throw new AppError("VALIDATION", "Thủ tục không hợp lệ.", { fieldErrors: { procedureId: ["Thủ tục không hợp lệ."] } });

    // One connection in a transaction: one query at a time.
    const officeHours = await loadOfficeHours(tx, unit.id);
    const calendarEntries = await loadCalendar(tx);
    const rawModels = await loadModelsForUnits(tx, [unit.id]);
    const booked = await tx.homeVisitDay.findMany({ where: { unitId: unit.id, date: dbDate(input.requestedDate) }, select: { modelId: true, booked: true } });
    const decision = homeVisitRequestDecision({
      unit,
      procedure,
      eligibleGroup: input.eligibleGroup,
      date: input.requestedDate,
      models: clampToUnitLifetime(rawModels, unit),
      calendar: buildCalendar(calendarEntries),
      officeHours,
      asOf: now,
      bookedByModel: Object.fromEntries(booked.map((d) => [d.modelId, d.booked])),
    });
    if (!decision.ok) throw refusalError(decision, REFUSAL_FIELD[decision.code] ?? "requestedDate");
    const { model } = decision;
    let code = trackingCode(() => randomInt(CODE_ALPHABET.length));
    for (let i = 0; i < 5 && (await tx.homeVisitRequest.findUnique({ where: { trackingCode: code }, select: { id: true } })); i++) {
      code = trackingCode(() => randomInt(CODE_ALPHABET.length));
    }
    const created = await tx.homeVisitRequest.create({
      data: {
        trackingCode: code,
        unitId: unit.id,
        modelId: model.modelId,
        procedureId: procedure.id,
        eligibleGroup: input.eligibleGroup,
        requestedDate: dbDate(input.requestedDate),
        citizenName: input.citizenName,
        citizenPhone: input.citizenPhone,
        address: input.address,
        note: input.note ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
        createdAt: now,
      },
      // The audit snapshot: no name, phone, address, and not the group either (disability is health data).
      select: { id: true, trackingCode: true, status: true, requestedDate: true, procedureId: true, modelId: true },
    });
    // Counted in the same transaction: a request that is not stored does not count.
    const policy = { max: env().HOME_VISIT_MAX_REQUESTS, windowMinutes: env().HOME_VISIT_WINDOW_MINUTES };
    for (const key of limitKeys) await recordAttempt(tx, key, policy, now);
    return {
      data: {
        trackingCode: created.trackingCode,
        status: created.status,
        requestedDate: localDateOf(created.requestedDate),
        unit: { slug: unit.slug, name: unit.name },
        procedureName: procedure.name,
        modelName: model.name,
        replayed: false,
      } satisfies HomeVisitRequestDto,
      audit: { action: "homeVisit.request", entity: "HomeVisitRequest", entityId: created.id, unitId: unit.id, after: created },
      revalidate: { paths: [paths.unit.homeVisit(unit.slug), paths.officer.homeVisits(unit.slug)] },
    };
  },
});

/**
 * A citizen asks for a home visit (Long Xuyên's Thursdays). The date is checked by the
 * engine on the server whatever the form offered; a repeated submission with the same
 * idempotency key returns the first request instead of creating a second one (also when the
 * two arrive at the same time: the unique key decides, and the loser reads the winner's).
 */
export async function requestHomeVisit(actor: ActorSource, rawInput: unknown, options?: { now?: Date }): Promise<Result<HomeVisitRequestDto>> {
  const result = await createHomeVisitRequest(actor, rawInput, options);
  if (!result.ok && result.error.code === "CONFLICT") {
    const key = rawInput && typeof rawInput === "object" ? (rawInput as { idempotencyKey?: unknown }).idempotencyKey : undefined;
    if (typeof key === "string") {
      const previous = await existingByKey(db, key.trim());
      if (previous) return { ok: true, data: previous };
    }
  }
  return result;
}
