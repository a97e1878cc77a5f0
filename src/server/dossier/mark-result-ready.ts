import "server-only";
import { buildCalendar, deemedReceipt, formatInstantVi } from "@/domain/schedule";
import { defineAction } from "../action";
import { db, type Db, type Tx } from "../db";
import { AppError } from "../errors";
import { loadCalendar, loadOfficeHours } from "../schedule/context";
import { fields, z } from "../validation";
import { dossierRevalidation, loadForStep } from "./step";

export const markResultReadyInput = z.object({ dossierId: fields.id, note: fields.optionalText(1000), outsideHours: fields.checkbox });

/** True when `at` is outside the unit's office hours (night, day off): the desk could not receive then. */
export async function outsideOfficeHours(unitId: string, at: Date, client: Db | Tx = db): Promise<boolean> {
  const [officeHours, entries] = await Promise.all([loadOfficeHours(client, unitId), loadCalendar(client)]);
  return deemedReceipt(at, officeHours, buildCalendar(entries)).deemed;
}

/**
 * The result is ready to hand over. Recorded outside office hours (03:31 at night, when
 * intake is refused) it is most likely a slip or a wrong clock, so the officer confirms it
 * (`outsideHours`) and the audit says so.
 */
export const markResultReady = defineAction({
  name: "dossier.result_ready",
  input: markResultReadyInput,
  permission: "dossier.process",
  async run({ actor, input, tx, now }) {
    const { dossier } = await loadForStep(tx, actor, input.dossierId, "resultReady", now);
    const outside = await outsideOfficeHours(dossier.unitId, now, tx);
    if (outside && !input.outsideHours) {
      const message = `Lúc ${formatInstantVi(now)} là ngoài giờ làm việc của đơn vị. Nếu kết quả thật sự có lúc này, đánh dấu xác nhận rồi ghi nhận lại.`;
      throw new AppError("RULE_VIOLATION", message, { fieldErrors: { outsideHours: ["Xác nhận ghi nhận kết quả ngoài giờ làm việc."] } });
    }
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
        after: { status: "RESULT_READY", resultReadyAt: now, onTime: now.getTime() <= dossier.promisedAt.getTime(), ...(outside ? { outsideOfficeHours: true } : {}) },
      },
      revalidate: dossierRevalidation(dossier.unit.slug, dossier.code),
    };
  },
});
