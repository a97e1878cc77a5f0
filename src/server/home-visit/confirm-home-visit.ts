import "server-only";
import { randomUUID } from "node:crypto";
import { formatDateVi, homeVisitDateAllowed, ruleAt, ruleCovers, scopeFor, servesGroup, type EligibleGroup } from "@/domain/schedule";
import { eligibleGroupLabel } from "@/domain/labels";
import { defineAction } from "../action";
import { dbDate, localDateOf } from "../dates";
import { AppError } from "../errors";
import { fields, z } from "../validation";
import { homeVisitPaths, loadRequestForUpdate, loadVisitRules } from "./load";

export const confirmHomeVisitInput = z.object({
  requestId: fields.id,
  date: fields.localDate,
  eligibilityVerified: fields.checkbox.refine((v) => v, "Vui lòng xác nhận đã kiểm tra người dân thuộc đối tượng được phục vụ tại nhà."),
});

/**
 * Confirms a visit onto a date the engine allows. Capacity is one conditional UPDATE on the
 * day's counter inside this transaction: of two officers confirming the last slot at once,
 * one gets it and the other a clear refusal.
 */
export const confirmHomeVisit = defineAction({
  name: "homeVisit.confirm",
  input: confirmHomeVisitInput,
  permission: "homeVisit.manage",
  async run({ actor, input, tx, now }) {
    const { request } = await loadRequestForUpdate(tx, actor, input.requestId);
    if (request.status !== "PENDING") throw new AppError("RULE_VIOLATION", "Yêu cầu này đã được xử lý (không còn chờ xác nhận).");
    const { model, officeHours, calendar } = await loadVisitRules(tx, request.modelId, request.unit, request.unitId);
    const rule = ruleAt(model, input.date);
    if (rule && !servesGroup(rule, request.eligibleGroup as EligibleGroup)) {
      throw new AppError("RULE_VIOLATION", `Đối tượng «${eligibleGroupLabel[request.eligibleGroup as keyof typeof eligibleGroupLabel] ?? request.eligibleGroup}» không thuộc diện được giải quyết tại nhà theo kế hoạch.`);
    }
    if (rule && !ruleCovers(rule, request.unitId, request.procedureId)) {
      throw new AppError("RULE_VIOLATION", "Thủ tục của yêu cầu không thuộc danh mục giải quyết tại nhà.");
    }
    const day = await tx.homeVisitDay.findUnique({ where: { modelId_unitId_date: { modelId: request.modelId, unitId: request.unitId, date: dbDate(input.date) } }, select: { booked: true } });
    const check = homeVisitDateAllowed(model, request.unitId, input.date, { calendar, officeHours, asOf: now, bookedCount: day?.booked ?? 0 });
    if (!check.ok) throw new AppError("RULE_VIOLATION", check.message, { fieldErrors: { date: [check.message] } });
    const capacity = rule ? (scopeFor(rule, request.unitId)?.capacityPerDay ?? null) : null;

    await tx.$executeRaw`
      INSERT INTO "HomeVisitDay" ("id", "modelId", "unitId", "date", "booked")
      VALUES (${randomUUID()}, ${request.modelId}, ${request.unitId}, ${input.date}::date, 0)
      ON CONFLICT ("modelId", "unitId", "date") DO NOTHING`;
    const updated =
      capacity === null
        ? await tx.$executeRaw`UPDATE "HomeVisitDay" SET "booked" = "booked" + 1 WHERE "modelId" = ${request.modelId} AND "unitId" = ${request.unitId} AND "date" = ${input.date}::date`
        : await tx.$executeRaw`UPDATE "HomeVisitDay" SET "booked" = "booked" + 1 WHERE "modelId" = ${request.modelId} AND "unitId" = ${request.unitId} AND "date" = ${input.date}::date AND "booked" < ${capacity}`;
    if (updated === 0) {
      const message = `Ngày ${formatDateVi(input.date)} vừa hết chỗ (${capacity} lượt đến nhà); vui lòng chọn ngày khác.`;
      throw new AppError("RULE_VIOLATION", message, { fieldErrors: { date: [message] } });
    }
    await tx.homeVisitRequest.update({ where: { id: request.id }, data: { status: "CONFIRMED", confirmedDate: dbDate(input.date), decidedAt: now, decidedById: actor.id } });
    return {
      data: { id: request.id, date: input.date },
      audit: {
        action: "homeVisit.confirm",
        entity: "HomeVisitRequest",
        entityId: request.id,
        unitId: request.unitId,
        before: { status: request.status, requestedDate: localDateOf(request.requestedDate) },
        after: { status: "CONFIRMED", confirmedDate: input.date, eligibilityVerified: true },
      },
      revalidate: homeVisitPaths(request.unit.slug),
    };
  },
});
