import "server-only";
import { defineAction } from "../action";
import { localDateOf } from "../dates";
import { AppError } from "../errors";
import { fields, z } from "../validation";
import { homeVisitPaths, loadRequestForUpdate } from "./load";

export const declineHomeVisitInput = z.object({
  requestId: fields.id,
  reason: fields.requiredText("lý do từ chối", 1000),
});

/** Declines with a reason; a confirmed visit gives its slot back. */
export const declineHomeVisit = defineAction({
  name: "homeVisit.decline",
  input: declineHomeVisitInput,
  permission: "homeVisit.manage",
  async run({ actor, input, tx, now }) {
    const { request } = await loadRequestForUpdate(tx, actor, input.requestId);
    if (request.status !== "PENDING" && request.status !== "CONFIRMED") throw new AppError("RULE_VIOLATION", "Chỉ từ chối được yêu cầu đang chờ hoặc đã hẹn, chưa đến nhà.");
    if (request.status === "CONFIRMED" && request.confirmedDate) {
      await tx.$executeRaw`UPDATE "HomeVisitDay" SET "booked" = GREATEST("booked" - 1, 0) WHERE "modelId" = ${request.modelId} AND "unitId" = ${request.unitId} AND "date" = ${localDateOf(request.confirmedDate)}::date`;
    }
    await tx.homeVisitRequest.update({ where: { id: request.id }, data: { status: "DECLINED", declineReason: input.reason, decidedAt: now, decidedById: actor.id } });
    return {
      data: { id: request.id },
      audit: { action: "homeVisit.decline", entity: "HomeVisitRequest", entityId: request.id, unitId: request.unitId, before: { status: request.status }, after: { status: "DECLINED", reason: input.reason } },
      revalidate: homeVisitPaths(request.unit.slug),
    };
  },
});
