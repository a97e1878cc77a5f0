import "server-only";
import { defineAction } from "../action";
import { AppError } from "../errors";
import { fields, z } from "../validation";
import { homeVisitPaths, loadRequestForUpdate } from "./load";

export const assignHomeVisitInput = z.object({
  requestId: fields.id,
  userIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(fields.id).min(1, "Vui lòng chọn ít nhất một cán bộ.").max(5, "Tối đa 5 cán bộ.")),
});

/** Assigns the officers who will go (only staff of units in the actor's scope). */
export const assignHomeVisit = defineAction({
  name: "homeVisit.assign",
  input: assignHomeVisitInput,
  permission: "homeVisit.manage",
  async run({ actor, input, tx }) {
    const { request } = await loadRequestForUpdate(tx, actor, input.requestId);
    if (request.status !== "PENDING" && request.status !== "CONFIRMED") throw new AppError("RULE_VIOLATION", "Chỉ phân công được yêu cầu chưa đến nhà.");
    const staff = await tx.user.findMany({ where: { id: { in: input.userIds }, active: true, unitId: { in: actor.scopeUnitIds }, role: { in: ["OFFICER", "UNIT_LEADER"] } }, select: { id: true } });
    if (staff.length !== new Set(input.userIds).size) throw new AppError("FORBIDDEN", "Chỉ phân công được cán bộ của đơn vị.");
    const before = await tx.homeVisitAssignment.findMany({ where: { requestId: request.id }, select: { userId: true } });
    await tx.homeVisitAssignment.deleteMany({ where: { requestId: request.id } });
    await tx.homeVisitAssignment.createMany({ data: staff.map((s) => ({ requestId: request.id, userId: s.id })) });
    return {
      data: { id: request.id },
      audit: { action: "homeVisit.assign", entity: "HomeVisitRequest", entityId: request.id, unitId: request.unitId, before: { userIds: before.map((b) => b.userId) }, after: { userIds: staff.map((s) => s.id) } },
      revalidate: homeVisitPaths(request.unit.slug),
    };
  },
});
