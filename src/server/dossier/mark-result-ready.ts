import "server-only";
import { defineAction } from "../action";
import { fields, z } from "../validation";
import { dossierRevalidation, loadForStep } from "./step";

export const markResultReadyInput = z.object({ dossierId: fields.id, note: fields.optionalText(1000) });

/** The result is ready to hand over. */
export const markResultReady = defineAction({
  name: "dossier.result_ready",
  input: markResultReadyInput,
  permission: "dossier.process",
  async run({ actor, input, tx, now }) {
    const { dossier } = await loadForStep(tx, actor, input.dossierId, "resultReady", now);
    await tx.dossier.update({ where: { id: dossier.id }, data: { status: "RESULT_READY", resultReadyAt: now, handlerId: dossier.handlerId ?? actor.id } });
    await tx.dossierEvent.create({ data: { dossierId: dossier.id, type: "RESULT_READY", at: now, actorId: actor.id, note: input.note ?? null } });
    return {
      data: { code: dossier.code },
      audit: {
        action: "dossier.result_ready",
        entity: "Dossier",
        entityId: dossier.id,
        unitId: dossier.unitId,
        before: { status: dossier.status },
        after: { status: "RESULT_READY", resultReadyAt: now, onTime: now.getTime() <= dossier.promisedAt.getTime() },
      },
      revalidate: dossierRevalidation(dossier.unit.slug, dossier.code),
    };
  },
});
