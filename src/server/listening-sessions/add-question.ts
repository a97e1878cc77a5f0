import "server-only";
import { defineAction } from "../action";
import { requireUnitScope } from "../auth/scope";
import { dbDate, localDateOf } from "../dates";
import { AppError } from "../errors";
import { fields, z } from "../validation";
import { loadSessionForUpdate, sessionPaths } from "./load";

export const addQuestionInput = z.object({
  sessionId: fields.id,
  askerName: fields.optionalText(120),
  content: fields.requiredText("nội dung ý kiến", 4000),
  assignedUnitId: fields.id,
  dueOn: fields.localDate,
});

/** A citizen's question at a held session, with the unit that must answer and by when. */
export const addQuestion = defineAction({
  name: "session.add_question",
  input: addQuestionInput,
  permission: "session.manage",
  async run({ actor, input, tx }) {
    const { session } = await loadSessionForUpdate(tx, actor, input.sessionId);
    if (session.status !== "HELD") throw new AppError("RULE_VIOLATION", "Chỉ ghi ý kiến của buổi lắng nghe đã tổ chức.");
    requireUnitScope(actor, input.assignedUnitId, "Chỉ giao trả lời cho các bộ phận của đơn vị.");
    if (input.dueOn < localDateOf(session.date)) throw new AppError("VALIDATION", "Hạn trả lời phải sau ngày gặp mặt.", { fieldErrors: { dueOn: ["Hạn trả lời phải sau ngày gặp mặt."] } });
    const q = await tx.citizenQuestion.create({
      data: { sessionId: session.id, askerName: input.askerName ?? null, content: input.content, assignedUnitId: input.assignedUnitId, dueOn: dbDate(input.dueOn), createdAt: session.startsAt },
      select: { id: true },
    });
    return {
      data: { id: q.id },
      audit: { action: "session.add_question", entity: "CitizenQuestion", entityId: q.id, unitId: session.hostUnitId, after: { sessionId: session.id, assignedUnitId: input.assignedUnitId, dueOn: input.dueOn, askerName: input.askerName ?? null } },
      revalidate: sessionPaths(session.hostUnit.slug, session.id),
    };
  },
});
