import "server-only";
import { instantAt, toLocalDate } from "@/domain/schedule";
import { everyPage } from "@/lib/paths";
import { defineAction } from "../action";
import { requireUnitScope } from "../auth/scope";
import { AppError } from "../errors";
import { fields, z } from "../validation";

const LETTER_EVENTS = ["MARRIAGE", "BIRTH", "NEW_HOUSE", "DEATH", "FIRE", "ACCIDENT", "SERVICE_INCIDENT", "LATE_DOSSIER", "OTHER"] as const;

export const sendLetterInput = z.object({
  unitId: fields.id,
  templateId: fields.id,
  event: z.enum(LETTER_EVENTS, { error: "Vui lòng chọn sự kiện." }),
  recipientName: fields.requiredText("người nhận", 200),
  recipientAddress: fields.optionalText(300),
  body: fields.requiredText("nội dung thư", 8000),
  dossierId: z.preprocess((v) => (v === "" ? undefined : v), fields.id.optional()),
  /** Marriage: the ceremony handing over the certificate ("kết hợp … trao Giấy đăng ký kết hôn"). */
  ceremonyAt: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, "Giờ lễ trao không hợp lệ.")
      .transform((v) => instantAt(v.slice(0, 10), v.slice(11, 16)))
      .optional(),
  ),
});

/**
 * Records a letter in the unit's register: numbered per unit and year in the order sent
 * (a transaction-scoped advisory lock serialises two officers sending at once).
 */
export const sendLetter = defineAction({
  name: "letter.send",
  input: sendLetterInput,
  permission: "letter.manage",
  async run({ actor, input, tx, now }) {
    requireUnitScope(actor, input.unitId);
    const template = await tx.letterTemplate.findFirst({ where: { id: input.templateId, OR: [{ unitId: input.unitId }, { unitId: null }] }, select: { id: true, type: true } });
    if (!template) throw new AppError("VALIDATION", "Mẫu thư không hợp lệ.");
    if (input.dossierId) {
      const d = await tx.dossier.findFirst({ where: { id: input.dossierId, unitId: input.unitId }, select: { id: true } });
      if (!d) throw new AppError("FORBIDDEN", "Hồ sơ không thuộc đơn vị.");
    }
    if (input.event === "MARRIAGE" && !input.ceremonyAt) throw new AppError("VALIDATION", "Thư chúc mừng kết hôn cần giờ tổ chức lễ trao Giấy chứng nhận kết hôn.", { fieldErrors: { ceremonyAt: ["Vui lòng nhập giờ lễ trao giấy chứng nhận."] } });
    if (input.body.includes("{{")) throw new AppError("VALIDATION", "Nội dung thư còn trường chưa điền ({{…}}).", { fieldErrors: { body: ["Còn trường chưa điền."] } });
    const year = Number(toLocalDate(now).slice(0, 4));
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`letter:${input.unitId}:${year}`}))`;
    const last = await tx.letter.aggregate({ where: { unitId: input.unitId, year }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    const letter = await tx.letter.create({
      data: {
        unitId: input.unitId,
        number,
        year,
        type: template.type,
        event: input.event,
        recipientName: input.recipientName,
        recipientAddress: input.recipientAddress ?? null,
        body: input.body,
        dossierId: input.dossierId ?? null,
        templateId: template.id,
        ceremonyAt: input.ceremonyAt ?? null,
        sentAt: now,
        sentById: actor.id,
      },
      select: { id: true },
    });
    return {
      data: { id: letter.id, number, year },
      audit: { action: "letter.send", entity: "Letter", entityId: letter.id, unitId: input.unitId, after: { number, year, type: template.type, event: input.event, dossierId: input.dossierId ?? null, recipientName: input.recipientName } },
      revalidate: { layouts: [everyPage.ofOfficerWorkspaces] },
    };
  },
});
