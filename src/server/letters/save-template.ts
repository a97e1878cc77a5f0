import "server-only";
import { everyPage } from "@/lib/paths";
import { defineAction } from "../action";
import { requireUnitScope } from "../auth/scope";
import { fields, z } from "../validation";

export const saveTemplateInput = z.object({
  unitId: fields.id,
  type: z.enum(["CONGRATULATION", "CONDOLENCE", "APOLOGY"], { error: "Vui lòng chọn loại thư." }),
  event: z.enum(["MARRIAGE", "BIRTH", "NEW_HOUSE", "DEATH", "FIRE", "ACCIDENT", "SERVICE_INCIDENT", "LATE_DOSSIER", "OTHER"], { error: "Vui lòng chọn sự kiện." }),
  title: fields.requiredText("tên mẫu thư", 200),
  body: fields.requiredText("nội dung mẫu", 8000),
});

/** A unit's own template (with {{merge}} fields); it is offered before the portal's default. */
export const saveTemplate = defineAction({
  name: "letter.save_template",
  input: saveTemplateInput,
  permission: "letter.manage",
  async run({ actor, input, tx }) {
    requireUnitScope(actor, input.unitId);
    const t = await tx.letterTemplate.create({ data: { unitId: input.unitId, type: input.type, event: input.event, title: input.title, body: input.body }, select: { id: true } });
    return {
      data: { id: t.id },
      audit: { action: "letter.save_template", entity: "LetterTemplate", entityId: t.id, unitId: input.unitId, after: { type: input.type, event: input.event, title: input.title } },
      revalidate: { layouts: [everyPage.ofOfficerWorkspaces] },
    };
  },
});
