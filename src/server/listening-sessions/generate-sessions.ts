import "server-only";
import { buildCalendar, daysBetween, formatDateVi, occurrences, ruleAt } from "@/domain/schedule";
import { everyPage } from "@/lib/paths";
import { defineAction } from "../action";
import { requireUnitScope } from "../auth/scope";
import { dbDate } from "../dates";
import { AppError } from "../errors";
import { clampToUnitLifetime, loadCalendar, loadModelsForUnits, loadOfficeHours } from "../schedule/context";
import { fields, z } from "../validation";

export const generateSessionsInput = z.object({
  unitId: fields.id,
  from: fields.localDate,
  to: fields.localDate,
});

/**
 * Creates the listening sessions the rule gives (e.g. "tối thứ 7 của tuần cuối cùng trong
 * quý" in every village) between two dates: one per occurrence of each LISTENING_SESSION
 * model and village in scope, within the village's lifetime, with the attendance of the roles
 * the plan names. Sessions that already exist are kept as they are.
 */
export const generateSessions = defineAction({
  name: "session.generate",
  input: generateSessionsInput,
  permission: "session.manage",
  async run({ actor, input, tx }) {
    requireUnitScope(actor, input.unitId);
    if (input.to < input.from) throw new AppError("VALIDATION", "Ngày kết thúc phải sau ngày bắt đầu.", { fieldErrors: { to: ["Ngày kết thúc phải sau ngày bắt đầu."] } });
    if (daysBetween(input.from, input.to) > 731) throw new AppError("VALIDATION", "Chỉ lập lịch tối đa 2 năm một lần.", { fieldErrors: { to: ["Chỉ lập lịch tối đa 2 năm một lần."] } });
    const villages = await tx.unit.findMany({ where: { id: { in: actor.scopeUnitIds }, kind: { in: ["VILLAGE", "RESIDENTIAL_GROUP"] } }, select: { id: true, validFrom: true, validTo: true } });
    const models = (await loadModelsForUnits(tx, villages.map((v) => v.id))).filter((m) => m.kind === "LISTENING_SESSION");
    const [officeHours, entries] = await Promise.all([loadOfficeHours(tx, input.unitId), loadCalendar(tx)]);
    const ctx = { officeHours, calendar: buildCalendar(entries) };
    const attendeeRoles = new Map((await tx.serviceModel.findMany({ where: { id: { in: models.map((m) => m.modelId) } }, select: { id: true, attendeeRoles: true } })).map((m) => [m.id, m.attendeeRoles]));
    let created = 0;
    const dates: string[] = [];
    for (const village of villages) {
      for (const model of clampToUnitLifetime(models, village)) {
        const inScope = model.versions.some((v) => v.scopes.some((s) => s.unitId === village.id));
        if (!inScope) continue;
        for (const occ of occurrences(model, ctx, input.from, input.to)) {
          const rule = ruleAt(model, occ.date);
          if (!rule?.scopes.some((s) => s.unitId === village.id)) continue;
          const exists = await tx.listeningSession.findUnique({ where: { modelId_unitId_date: { modelId: model.modelId, unitId: village.id, date: dbDate(occ.date) } }, select: { id: true } });
          if (exists) continue;
          await tx.listeningSession.create({
            data: {
              modelId: model.modelId,
              unitId: village.id,
              hostUnitId: input.unitId,
              date: dbDate(occ.date),
              startsAt: occ.windows[0]!.start,
              endsAt: occ.windows[occ.windows.length - 1]!.end,
              attendance: { create: (attendeeRoles.get(model.modelId) ?? []).map((roleTitle) => ({ roleTitle })) },
            },
          });
          created += 1;
          dates.push(occ.date);
        }
      }
    }
    const unique = [...new Set(dates)].sort();
    return {
      data: { created, dates: unique, message: created ? `Đã lập ${created} buổi (${unique.map(formatDateVi).join(", ")}).` : `Không có buổi mới nào từ ${formatDateVi(input.from)} đến ${formatDateVi(input.to)}.` },
      audit: { action: "session.generate", entity: "ListeningSession", unitId: input.unitId, after: { from: input.from, to: input.to, created, dates: unique } },
      revalidate: { layouts: [everyPage.ofOfficerWorkspaces] },
    };
  },
});
