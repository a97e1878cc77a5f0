import "server-only";
import { formatInstantVi } from "@/domain/schedule";
import { defineAction } from "../action";
import { AppError } from "../errors";
import { fields, z } from "../validation";
import { loadSessionForUpdate, sessionPaths } from "./load";

const list = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(fields.id).max(50));

export const holdSessionInput = z.object({
  sessionId: fields.id,
  present: list,
  minutes: fields.requiredText("biên bản buổi gặp mặt", 10000),
});

/** Records that the session took place: who of the named leaders attended, and the minutes. */
export const holdSession = defineAction({
  name: "session.hold",
  input: holdSessionInput,
  permission: "session.manage",
  async run({ actor, input, tx, now }) {
    const { session } = await loadSessionForUpdate(tx, actor, input.sessionId);
    if (session.status !== "PLANNED") throw new AppError("RULE_VIOLATION", "Buổi lắng nghe này đã được ghi nhận hoặc đã hủy.");
    if (session.startsAt.getTime() > now.getTime()) throw new AppError("RULE_VIOLATION", `Buổi lắng nghe bắt đầu lúc ${formatInstantVi(session.startsAt)}; chưa thể ghi nhận đã tổ chức.`);
    const rows = await tx.sessionAttendance.findMany({ where: { sessionId: session.id }, select: { id: true, roleTitle: true } });
    const ids = new Set(rows.map((r) => r.id));
    if (input.present.some((id) => !ids.has(id))) throw new AppError("VALIDATION", "Danh sách tham dự không hợp lệ.");
    for (const r of rows) await tx.sessionAttendance.update({ where: { id: r.id }, data: { present: input.present.includes(r.id) } });
    await tx.listeningSession.update({ where: { id: session.id }, data: { status: "HELD", heldAt: session.startsAt, minutes: input.minutes } });
    return {
      data: { id: session.id },
      audit: {
        action: "session.hold",
        entity: "ListeningSession",
        entityId: session.id,
        unitId: session.hostUnitId,
        before: { status: session.status },
        after: { status: "HELD", present: rows.filter((r) => input.present.includes(r.id)).map((r) => r.roleTitle) },
      },
      revalidate: sessionPaths(session.hostUnit.slug, session.id),
    };
  },
});
