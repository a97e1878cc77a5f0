import "server-only";
import { normalizeCode } from "@/domain/dossier/code";
import { toLocalDate } from "@/domain/schedule";
import { defineAction } from "../action";
import { localDateOf } from "../dates";
import { AppError } from "../errors";
import { homeVisitPaths } from "../home-visit/load";
import { lookupInput } from "./lookup-dossier";
import { claimProof, proofFailed, proofOf, proofSucceeded, proves } from "./proof";

/**
 * The citizen withdraws their home-visit request from the look-up page, proving it is theirs
 * with the tracking code and the phone's last 4 digits (or the whole number) again, claimed,
 * counted and audited like a look-up's, in the same transaction. Only a request not yet visited, for a day not
 * past; a confirmed visit gives its place back. The officer sees it as «Đã hủy».
 */
export const cancelHomeVisitRequest = defineAction({
  name: "homeVisit.cancel",
  input: lookupInput,
  permission: "public",
  async run({ actor, input, tx, now }) {
    const proof = proofOf(input);
    const refused = await claimProof(tx, actor, input.code, proof, now, "cancel");
    if (refused) return refused;
    const trackingCode = normalizeCode(input.code);
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "HomeVisitRequest" WHERE "trackingCode" = ${trackingCode} FOR UPDATE`;
    const request = locked.length
      ? await tx.homeVisitRequest.findUnique({
          where: { trackingCode },
          select: { id: true, unitId: true, modelId: true, status: true, citizenPhone: true, requestedDate: true, confirmedDate: true, unit: { select: { slug: true } } },
        })
      : null;
    if (!request || !proves(request.citizenPhone, proof)) return proofFailed(tx, actor, input.code, proof, "cancel");
    await proofSucceeded(tx, actor, input.code, proof);
    if (request.status !== "PENDING" && request.status !== "CONFIRMED") throw new AppError("RULE_VIOLATION", "Chỉ hủy được đề nghị đang chờ xác nhận hoặc đã hẹn, chưa đến nhà.");
    const day = localDateOf(request.confirmedDate ?? request.requestedDate);
    if (day < toLocalDate(now)) throw new AppError("RULE_VIOLATION", "Ngày hẹn đến nhà đã qua; vui lòng liên hệ Bộ phận Một cửa.");
    if (request.status === "CONFIRMED" && request.confirmedDate) {
      await tx.$executeRaw`UPDATE "HomeVisitDay" SET "booked" = GREATEST("booked" - 1, 0) WHERE "modelId" = ${request.modelId} AND "unitId" = ${request.unitId} AND "date" = ${localDateOf(request.confirmedDate)}::date`;
    }
    await tx.homeVisitRequest.update({ where: { id: request.id }, data: { status: "CANCELLED" } });
    return {
      data: { trackingCode },
      audit: { action: "homeVisit.cancel", entity: "HomeVisitRequest", entityId: request.id, unitId: request.unitId, before: { status: request.status }, after: { status: "CANCELLED", by: "citizen" } },
      revalidate: homeVisitPaths(request.unit.slug),
    };
  },
});
