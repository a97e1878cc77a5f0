import "server-only";
import { maskPhoneNumbers } from "@/domain/text/public-text";
import { defineAction } from "../action";
import { AppError } from "../errors";
import { dto } from "../public/schemas";
import { fields, z } from "../validation";
import { findDossierForCitizen } from "./lookup-dossier";
import { claimProof, proofFailed, proofFields, proofOf, proofSucceeded, requireProof } from "./proof";

export const rateDossierInput = z
  .object({
    ...proofFields,
    rating: z.enum(["SATISFIED", "NEUTRAL", "UNSATISFIED"], { error: "Vui lòng chọn mức độ hài lòng." }),
    comment: z.string().optional().pipe(fields.optionalText(1000)),
  })
  .superRefine(requireProof);

export const portalRatingDto = z.object({ rating: z.string(), respondedAt: dto.instant() });

type PortalRatingDto = z.infer<typeof portalRatingDto>;

/**
 * The one-time satisfaction rating after the result is returned (hài lòng / bình thường /
 * không hài lòng, optional comment). The citizen proves it is theirs with the code and the
 * phone's last 4 digits (or the whole number) again; the check is claimed, counted and
 * audited like a look-up's, in the same transaction. A phone number written in the comment
 * is stored masked.
 */
export const rateDossier = defineAction({
  name: "survey.rate_portal",
  input: rateDossierInput,
  permission: "public",
  async run({ actor, input, tx, now }) {
    const proof = proofOf(input);
    const refused = await claimProof(tx, actor, input.code, proof, now, "rate");
    if (refused) return refused;
    const dossier = await findDossierForCitizen(tx, input.code, proof);
    if (!dossier) return proofFailed(tx, actor, input.code, proof, "rate");
    await proofSucceeded(tx, actor, input.code, proof);
    if (dossier.status !== "RETURNED") throw new AppError("RULE_VIOLATION", "Chỉ đánh giá được sau khi đã nhận kết quả hồ sơ.");
    // Two ratings sent at once wait for each other here, so the second reads the first.
    await tx.$queryRaw`SELECT "id" FROM "Dossier" WHERE "id" = ${dossier.id} FOR UPDATE`;
    const existing = await tx.satisfactionResponse.findUnique({ where: { dossierId: dossier.id }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", "Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ đánh giá một lần.");
    const row = await tx.satisfactionResponse.create({
      data: { unitId: dossier.unitId, dossierId: dossier.id, source: "PORTAL", rating: input.rating, comment: input.comment ? maskPhoneNumbers(input.comment) : null, respondedAt: now },
      select: { id: true, rating: true, respondedAt: true, dossierId: true, unitId: true, source: true },
    });
    return {
      data: { rating: row.rating, respondedAt: row.respondedAt.toISOString() } satisfies PortalRatingDto,
      audit: { action: "survey.rate_portal", entity: "SatisfactionResponse", entityId: row.id, unitId: dossier.unitId, after: row },
    };
  },
});
