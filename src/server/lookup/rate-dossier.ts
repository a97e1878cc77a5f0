import "server-only";
import { defineAction } from "../action";
import type { Actor } from "../auth/actor";
import { AppError, toErrorBody, type Result } from "../errors";
import { dto } from "../public/schemas";
import { fields, z } from "../validation";
import { assertLookupAllowed, findDossierForCitizen, lookupFailed, lookupInput } from "./lookup-dossier";

export const rateDossierInput = lookupInput.extend({
  rating: z.enum(["SATISFIED", "NEUTRAL", "UNSATISFIED"], { error: "Vui lòng chọn mức độ hài lòng." }),
  comment: z.string().optional().pipe(fields.optionalText(1000)),
});

export const portalRatingDto = z.object({ rating: z.string(), respondedAt: dto.instant() });

type PortalRatingDto = z.infer<typeof portalRatingDto>;

const ALREADY_RATED = "Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ đánh giá một lần.";

const createPortalRating = defineAction({
  name: "survey.rate_portal",
  input: rateDossierInput,
  permission: "public",
  async run({ input, tx, now }) {
    const dossier = await findDossierForCitizen(tx, input.code, input.phoneLast4);
    if (!dossier) throw new AppError("NOT_FOUND");
    if (dossier.status !== "RETURNED") throw new AppError("RULE_VIOLATION", "Chỉ đánh giá được sau khi đã nhận kết quả hồ sơ.");
    const existing = await tx.satisfactionResponse.findUnique({ where: { dossierId: dossier.id }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", ALREADY_RATED);
    const row = await tx.satisfactionResponse.create({
      data: { unitId: dossier.unitId, dossierId: dossier.id, source: "PORTAL", rating: input.rating, comment: input.comment ?? null, respondedAt: now },
      select: { id: true, rating: true, respondedAt: true, dossierId: true, unitId: true, source: true },
    });
    return {
      data: { rating: row.rating, respondedAt: row.respondedAt.toISOString() },
      audit: { action: "survey.rate_portal", entity: "SatisfactionResponse", entityId: row.id, unitId: dossier.unitId, after: row },
      revalidate: { tags: [`unit:${dossier.unitId}`] },
    };
  },
});

/**
 * The one-time satisfaction rating after the result is returned (hài lòng / bình thường /
 * không hài lòng, optional comment). The citizen proves it is theirs with the code and the
 * phone's last 4 digits again; wrong guesses count against the same look-up limit.
 */
export async function rateDossier(actor: Actor, rawInput: unknown, context: { ip?: string; now: Date }): Promise<Result<PortalRatingDto>> {
  const code = rawInput && typeof rawInput === "object" && typeof (rawInput as { code?: unknown }).code === "string" ? ((rawInput as { code: string }).code.slice(0, 40)) : undefined;
  try {
    await assertLookupAllowed(context.ip, context.now, code);
  } catch (error) {
    return { ok: false, error: toErrorBody(error) };
  }
  const result = await createPortalRating(actor, rawInput, { now: context.now });
  if (!result.ok && result.error.code === "NOT_FOUND") {
    const e = await lookupFailed(context.ip, context.now, code);
    return { ok: false, error: { code: e.code, message: e.message } };
  }
  if (!result.ok && result.error.code === "CONFLICT") return { ok: false, error: { code: "CONFLICT", message: ALREADY_RATED } };
  return result;
}
