import "server-only";
import { resumeAfterSupplement } from "@/domain/dossier/supplement";
import { buildCalendar } from "@/domain/schedule";
import { defineAction } from "../action";
import { AppError } from "../errors";
import { loadCalendar, loadOfficeHours } from "../schedule/context";
import { fields, z } from "../validation";
import { dossierRevalidation, loadForStep } from "./step";

export const receiveSupplementInput = z.object({ dossierId: fields.id, note: fields.optionalText(1000) });

/** The complete dossier is back: the clock runs again with the time that was left. */
export const receiveSupplement = defineAction({
  name: "dossier.receive_supplement",
  input: receiveSupplementInput,
  permission: "dossier.process",
  async run({ actor, input, tx, now }) {
    const { dossier } = await loadForStep(tx, actor, input.dossierId, "supplementReceived", now);
    const request = await tx.dossierEvent.findFirst({ where: { dossierId: dossier.id, type: "SUPPLEMENT_REQUESTED" }, orderBy: { at: "desc" }, select: { at: true } });
    if (!request) throw new AppError("CONFLICT", "Không tìm thấy yêu cầu bổ sung của hồ sơ.");
    const [officeHours, entries] = await Promise.all([loadOfficeHours(tx, dossier.unitId), loadCalendar(tx)]);
    const resumed = resumeAfterSupplement({
      promisedAt: dossier.promisedAt,
      requestedAt: request.at,
      resumedAt: now,
      officeHours,
      calendar: buildCalendar(entries),
      asOf: now,
    });
    await tx.dossier.update({
      where: { id: dossier.id },
      data: { status: "IN_PROGRESS", promisedAt: resumed.promisedAt, pausedMinutes: { increment: resumed.pausedMinutes } },
    });
    await tx.dossierEvent.create({
      data: {
        dossierId: dossier.id,
        type: "SUPPLEMENT_RECEIVED",
        at: now,
        actorId: actor.id,
        note: input.note ?? null,
        data: { previousPromisedAt: dossier.promisedAt.toISOString(), newPromisedAt: resumed.promisedAt.toISOString(), pausedMinutes: resumed.pausedMinutes },
      },
    });
    return {
      data: { code: dossier.code, promisedAt: resumed.promisedAt.toISOString() },
      audit: {
        action: "dossier.receive_supplement",
        entity: "Dossier",
        entityId: dossier.id,
        unitId: dossier.unitId,
        before: { status: dossier.status, promisedAt: dossier.promisedAt, pausedMinutes: dossier.pausedMinutes },
        after: { status: "IN_PROGRESS", promisedAt: resumed.promisedAt, pausedMinutes: dossier.pausedMinutes + resumed.pausedMinutes },
      },
      revalidate: dossierRevalidation(dossier.unit.slug, dossier.code),
    };
  },
});
