import "server-only";
import { maskPhoneNumbers } from "@/domain/text/public-text";
import { startOfLocalDay, toLocalDate } from "@/domain/schedule";
import { everyPage } from "@/lib/paths";
import { defineAction } from "../action";
import { requireUnitScope } from "../auth/scope";
import { AppError } from "../errors";
import { fields, z } from "../validation";

export const recordPaperSurveyInput = z.object({
  unitId: fields.id,
  rating: z.enum(["SATISFIED", "NEUTRAL", "UNSATISFIED"], { error: "Vui lòng chọn mức độ hài lòng." }),
  comment: fields.optionalText(1000),
  respondedOn: fields.localDate,
});

/** A paper satisfaction survey ("phiếu khảo sát", Phước Long plan III.1.2) typed in by an officer. */
export const recordPaperSurvey = defineAction({
  name: "survey.record_paper",
  input: recordPaperSurveyInput,
  permission: "survey.enter",
  async run({ actor, input, tx, now }) {
    requireUnitScope(actor, input.unitId);
    if (input.respondedOn > toLocalDate(now)) throw new AppError("VALIDATION", "Ngày khảo sát không được ở tương lai.", { fieldErrors: { respondedOn: ["Ngày khảo sát không được ở tương lai."] } });
    const row = await tx.satisfactionResponse.create({
      data: { unitId: input.unitId, source: "PAPER", rating: input.rating, comment: input.comment ? maskPhoneNumbers(input.comment) : null, respondedAt: startOfLocalDay(input.respondedOn), recordedById: actor.id },
      select: { id: true, rating: true, respondedAt: true, unitId: true },
    });
    return {
      data: { id: row.id },
      audit: { action: "survey.record_paper", entity: "SatisfactionResponse", entityId: row.id, unitId: input.unitId, after: row },
      revalidate: { layouts: [everyPage.ofOfficerWorkspaces] },
    };
  },
});
