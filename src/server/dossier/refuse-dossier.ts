import "server-only";
import { defineAction } from "../action";
import { fields, z } from "../validation";
import { dossierRevalidation, loadForStep } from "./step";

export const refuseDossierInput = z.object({
  dossierId: fields.id,
  reason: fields.requiredText("lý do từ chối", 2000),
});

/** Mẫu 03: refused with the reason written down for the citizen. */
export const refuseDossier = defineAction({
  name: "dossier.refuse",
  input: refuseDossierInput,
  permission: "dossier.process",
  async run({ actor, input, tx, now }) {
    const { dossier } = await loadForStep(tx, actor, input.dossierId, "refuse", now);
    await tx.dossier.update({ where: { id: dossier.id }, data: { status: "REFUSED", refusedAt: now, refusalReason: input.reason } });
    await tx.dossierEvent.create({ data: { dossierId: dossier.id, type: "REFUSED", at: now, actorId: actor.id, note: input.reason } });
    return {
      data: { code: dossier.code },
      audit: { action: "dossier.refuse", entity: "Dossier", entityId: dossier.id, unitId: dossier.unitId, before: { status: dossier.status }, after: { status: "REFUSED", reason: input.reason } },
      revalidate: dossierRevalidation(dossier.unit.slug, dossier.code),
    };
  },
});
