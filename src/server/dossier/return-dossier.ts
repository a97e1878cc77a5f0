import "server-only";
import { defineAction } from "../action";
import { fields, z } from "../validation";
import { dossierRevalidation, loadForStep } from "./step";

export const returnDossierInput = z.object({
  dossierId: fields.id,
  method: z.enum(["AT_DESK", "VIA_VILLAGE_HEAD", "BY_POST", "ONLINE"], { error: "Vui lòng chọn cách trả kết quả." }),
  note: fields.optionalText(1000),
});

/** Hands the result over: at the desk, through the village head ("không hẹn"), by post or online. */
export const returnDossier = defineAction({
  name: "dossier.return",
  input: returnDossierInput,
  permission: "dossier.process",
  async run({ actor, input, tx, now }) {
    const { dossier } = await loadForStep(tx, actor, input.dossierId, "return", now);
    await tx.dossier.update({ where: { id: dossier.id }, data: { status: "RETURNED", returnedAt: now, returnMethod: input.method } });
    await tx.dossierEvent.create({ data: { dossierId: dossier.id, type: "RETURNED", at: now, actorId: actor.id, note: input.note ?? null, data: { method: input.method } } });
    return {
      data: { code: dossier.code },
      audit: { action: "dossier.return", entity: "Dossier", entityId: dossier.id, unitId: dossier.unitId, before: { status: dossier.status }, after: { status: "RETURNED", returnMethod: input.method } },
      revalidate: dossierRevalidation(dossier.unit.slug, dossier.code),
    };
  },
});
