import "server-only";
import { defineAction } from "../action";
import { fields, z } from "../validation";
import { dossierRevalidation, loadForStep } from "./step";

export const startDossierInput = z.object({ dossierId: fields.id });

/** Received → in progress: the handling officer takes it up. */
export const startDossier = defineAction({
  name: "dossier.start",
  input: startDossierInput,
  permission: "dossier.process",
  async run({ actor, input, tx, now }) {
    const { dossier } = await loadForStep(tx, actor, input.dossierId, "start", now);
    await tx.dossier.update({ where: { id: dossier.id }, data: { status: "IN_PROGRESS", handlerId: dossier.handlerId ?? actor.id } });
    await tx.dossierEvent.create({ data: { dossierId: dossier.id, type: "STARTED", at: now, actorId: actor.id } });
    return {
      data: { code: dossier.code },
      audit: { action: "dossier.start", entity: "Dossier", entityId: dossier.id, unitId: dossier.unitId, before: { status: dossier.status }, after: { status: "IN_PROGRESS" } },
      revalidate: dossierRevalidation(dossier.unit.slug, dossier.code),
    };
  },
});
