import "server-only";
import { defineAction } from "../action";
import { requireUnitScope } from "../auth/scope";
import { AppError } from "../errors";
import { fields, z } from "../validation";
import { sessionPaths } from "./load";

export const answerQuestionInput = z.object({
  questionId: fields.id,
  answer: fields.requiredText("nội dung trả lời", 4000),
  status: z.enum(["ANSWERED", "FOLLOW_UP", "CLOSED"], { error: "Vui lòng chọn tình trạng." }),
  followUpNote: fields.optionalText(2000),
});

/** The answer, and whether it still needs following up. */
export const answerQuestion = defineAction({
  name: "session.answer_question",
  input: answerQuestionInput,
  permission: "session.manage",
  async run({ actor, input, tx, now }) {
    const q = await tx.citizenQuestion.findUnique({
      where: { id: input.questionId },
      select: { id: true, status: true, answer: true, assignedUnitId: true, session: { select: { id: true, hostUnitId: true, hostUnit: { select: { slug: true } } } } },
    });
    if (!q) throw new AppError("NOT_FOUND", "Không tìm thấy ý kiến.");
    requireUnitScope(actor, q.session.hostUnitId);
    if (q.status === "CLOSED") throw new AppError("RULE_VIOLATION", "Ý kiến đã kết thúc theo dõi.");
    if (input.status === "FOLLOW_UP" && !input.followUpNote) throw new AppError("VALIDATION", "Vui lòng ghi việc cần tiếp tục theo dõi.", { fieldErrors: { followUpNote: ["Vui lòng ghi việc cần tiếp tục theo dõi."] } });
    await tx.citizenQuestion.update({ where: { id: q.id }, data: { answer: input.answer, answeredAt: now, answeredById: actor.id, status: input.status, followUpNote: input.followUpNote ?? null } });
    return {
      data: { id: q.id, sessionId: q.session.id },
      audit: { action: "session.answer_question", entity: "CitizenQuestion", entityId: q.id, unitId: q.session.hostUnitId, before: { status: q.status }, after: { status: input.status, answered: true } },
      revalidate: sessionPaths(q.session.hostUnit.slug, q.session.id),
    };
  },
});
