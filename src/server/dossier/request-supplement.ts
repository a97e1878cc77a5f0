import "server-only";
import { defineAction } from "../action";
import { fields, z } from "../validation";
import { dossierRevalidation, loadForStep } from "./step";

export const requestSupplementInput = z.object({
  dossierId: fields.id,
  missing: fields.requiredText("nội dung cần bổ sung, hoàn thiện", 2000),
});

/**
 * Mẫu 02: the dossier is incomplete; the clock stops until the complete dossier is handed in
 * (docs/rules.md "## Supplement requests").
 */
export const requestSupplement = defineAction({
  name: "dossier.request_supplement",
  input: requestSupplementInput,
  permission: "dossier.process",
  async run({ actor, input, tx, now }) {
    const { dossier } = await loadForStep(tx, actor, input.dossierId, "requestSupplement", now);
    await tx.dossier.update({ where: { id: dossier.id }, data: { status: "SUPPLEMENT_REQUESTED" } });
    await tx.dossierEvent.create({
      data: { dossierId: dossier.id, type: "SUPPLEMENT_REQUESTED", at: now, actorId: actor.id, note: input.missing, data: { promisedAtWhenPaused: dossier.promisedAt.toISOString() } },
    });
    return {
      data: { code: dossier.code },
      audit: {
        action: "dossier.request_supplement",
        entity: "Dossier",
        entityId: dossier.id,
        unitId: dossier.unitId,
        before: { status: dossier.status },
        after: { status: "SUPPLEMENT_REQUESTED", missing: input.missing },
      },
      revalidate: dossierRevalidation(dossier.unit.slug, dossier.code),
    };
  },
});
