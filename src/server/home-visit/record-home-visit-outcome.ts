import "server-only";
import { instantAt, toLocalDate } from "@/domain/schedule";
import { defineAction } from "../action";
import { localDateOf } from "../dates";
import { createDossier } from "../dossier/receive-dossier";
import { AppError } from "../errors";
import { fields, z } from "../validation";
import { homeVisitPaths, loadRequestForUpdate } from "./load";

export const recordHomeVisitOutcomeInput = z.object({
  requestId: fields.id,
  outcome: fields.requiredText("kết quả chuyến đến nhà", 2000),
  /** The procedures received at the home; each becomes a dossier with channel "at home". */
  procedureIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(fields.id).max(10)),
  visitTime: z.preprocess((v) => (v === "" ? undefined : v), fields.localTime.optional()),
  writtenOnBehalf: fields.checkbox,
});

/** The visit happened: record what was done; the dossiers received at the home are created (channel HOME). */
export const recordHomeVisitOutcome = defineAction({
  name: "homeVisit.record_outcome",
  input: recordHomeVisitOutcomeInput,
  permission: "homeVisit.manage",
  async run({ actor, input, tx, now }) {
    const { request } = await loadRequestForUpdate(tx, actor, input.requestId);
    if (request.status !== "CONFIRMED" || !request.confirmedDate) throw new AppError("RULE_VIOLATION", "Chỉ ghi kết quả cho chuyến đến nhà đã được xác nhận lịch.");
    const visitDate = localDateOf(request.confirmedDate);
    if (visitDate > toLocalDate(now)) throw new AppError("RULE_VIOLATION", "Chưa đến ngày hẹn đến nhà; chỉ ghi kết quả sau khi đã đến nhà.");
    const receivedAt = input.visitTime ? instantAt(visitDate, input.visitTime) : visitDate === toLocalDate(now) ? now : null;
    if (!receivedAt) throw new AppError("VALIDATION", "Vui lòng nhập giờ đến nhà.", { fieldErrors: { visitTime: ["Vui lòng nhập giờ đến nhà."] } });
    if (receivedAt.getTime() > now.getTime() + 60_000) throw new AppError("VALIDATION", "Giờ đến nhà không được sau thời điểm hiện tại.", { fieldErrors: { visitTime: ["Giờ đến nhà không được sau thời điểm hiện tại."] } });
    const procedureIds = [...new Set(input.procedureIds.length ? input.procedureIds : [request.procedureId])];
    const dossiers = [];
    for (const procedureId of procedureIds) {
      const d = await createDossier(tx, actor, {
        unitId: request.unitId,
        procedureId,
        citizenName: request.citizenName,
        citizenPhone: request.citizenPhone,
        citizenAddress: request.address,
        channel: "HOME",
        receivedAt,
        recordedAt: now,
        writtenOnBehalf: input.writtenOnBehalf,
        onlineHelp: false,
        idempotencyKey: `home:${request.id}:${procedureId}`,
        homeVisitRequestId: request.id,
        skipDeskHours: true,
      });
      dossiers.push({ id: d.id, code: d.code });
    }
    await tx.homeVisitRequest.update({ where: { id: request.id }, data: { status: "DONE", outcome: input.outcome, completedAt: now } });
    return {
      data: { id: request.id, dossiers },
      audit: {
        action: "homeVisit.record_outcome",
        entity: "HomeVisitRequest",
        entityId: request.id,
        unitId: request.unitId,
        before: { status: request.status },
        after: { status: "DONE", outcome: input.outcome, dossierCodes: dossiers.map((d) => d.code), visitedAt: receivedAt.toISOString() },
      },
      revalidate: homeVisitPaths(request.unit.slug),
    };
  },
});
