import "server-only";
import { buildCalendar, formatDateVi, officeWindowsOn, toLocalDate, windowsToInstants, formatDayVi } from "@/domain/schedule";
import { defineAction } from "../action";
import { AppError } from "../errors";
import { loadCalendar, loadOfficeHours } from "../schedule/context";
import { fields, z } from "../validation";
import { dossierRevalidation, loadForStep } from "./step";

export const issueApologyInput = z.object({
  dossierId: fields.id,
  newDate: fields.localDate,
  reason: fields.requiredText("lý do chậm trễ", 1000),
});

/**
 * Mẫu 04: the apology slip with a new date. It moves the promise in force; the original
 * promise stays for statistics. The new date is a working day after today, and the new
 * promise is that day's close of office hours (from the engine's calendar).
 */
export const issueApology = defineAction({
  name: "dossier.issue_apology",
  input: issueApologyInput,
  permission: "dossier.process",
  async run({ actor, input, tx, now }) {
    const { dossier } = await loadForStep(tx, actor, input.dossierId, "issueApology", now);
    const today = toLocalDate(now);
    const fieldError = (m: string) => new AppError("VALIDATION", m, { fieldErrors: { newDate: [m] } });
    if (input.newDate <= today) throw fieldError("Ngày hẹn mới phải sau hôm nay.");
    if (input.newDate <= toLocalDate(dossier.promisedAt)) throw fieldError(`Ngày hẹn mới phải sau ngày hẹn hiện tại (${formatDateVi(toLocalDate(dossier.promisedAt))}).`);
    const [officeHours, entries] = await Promise.all([loadOfficeHours(tx, dossier.unitId), loadCalendar(tx)]);
    const calendar = buildCalendar(entries);
    const windows = windowsToInstants(input.newDate, officeWindowsOn(officeHours, input.newDate, calendar, now));
    const close = windows[windows.length - 1];
    if (!calendar.isWorkingDay(input.newDate, now) || !close) throw fieldError(`${formatDayVi(input.newDate)} là ngày nghỉ; vui lòng chọn một ngày làm việc.`);
    const slip = await tx.apologySlip.create({
      data: { dossierId: dossier.id, issuedAt: now, previousPromisedAt: dossier.promisedAt, newPromisedAt: close.end, reason: input.reason, issuedById: actor.id },
      select: { id: true },
    });
    await tx.dossier.update({ where: { id: dossier.id }, data: { promisedAt: close.end } });
    await tx.dossierEvent.create({
      data: { dossierId: dossier.id, type: "APOLOGY_ISSUED", at: now, actorId: actor.id, note: input.reason, data: { slipId: slip.id, previousPromisedAt: dossier.promisedAt.toISOString(), newPromisedAt: close.end.toISOString() } },
    });
    return {
      data: { code: dossier.code, slipId: slip.id, promisedAt: close.end.toISOString() },
      audit: {
        action: "dossier.issue_apology",
        entity: "Dossier",
        entityId: dossier.id,
        unitId: dossier.unitId,
        before: { promisedAt: dossier.promisedAt, originalPromisedAt: dossier.originalPromisedAt },
        after: { promisedAt: close.end, originalPromisedAt: dossier.originalPromisedAt, reason: input.reason, slipId: slip.id },
      },
      revalidate: dossierRevalidation(dossier.unit.slug, dossier.code),
    };
  },
});
