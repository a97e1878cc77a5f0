import "server-only";
import {
  addDays,
  allowedHomeVisitDates,
  describeRule,
  formatDateVi,
  formatDayVi,
  homeVisitModelsFor,
  noHomeVisitDateReason,
  ruleAt,
  scopeFor,
  toLocalDate,
  type LocalDate,
} from "@/domain/schedule";
import { eligibleGroupLabel } from "@/domain/labels";
import { planReference } from "@/domain/plan/format";
import { unitLifetimeOn } from "@/domain/unit/lifetime";
import { db } from "../db";
import { dbDate, localDateOf } from "../dates";
import type { PublicUnitContext } from "../public/context";
import { dto } from "../public/schemas";
import { z } from "../validation";

/** Dates offered ahead of today: the rest of a plan's year at most. */
const HOME_VISIT_HORIZON_DAYS = 366;

/** Confirmed visits per date (HomeVisitDay.booked) for a model and unit in a range. */
async function bookedCounts(modelId: string, unitId: string, from: LocalDate, to: LocalDate): Promise<Record<LocalDate, number>> {
  const rows = await db.homeVisitDay.findMany({ where: { modelId, unitId, date: { gte: dbDate(from), lte: dbDate(to) } }, select: { date: true, booked: true } });
  return Object.fromEntries(rows.map((r) => [localDateOf(r.date), r.booked]));
}

export const homeVisitOptionsDto = z.object({
  unit: dto.unitRef(),
  available: z.boolean().meta({ description: "Có ít nhất một ngày đặt được lúc này" }),
  reason: z.string().nullable().meta({ description: "Vì sao chưa đặt được, khi available là false" }),
  model: z.object({ key: z.string(), name: z.string(), rule: z.string(), planKey: z.string(), planReference: z.string() }).nullable(),
  eligibleGroups: z.array(z.object({ value: dto.keyOf(eligibleGroupLabel), label: z.string() })),
  procedures: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() })),
  dates: z.array(z.object({ date: dto.date(), label: z.string(), remaining: z.number().int().nullable() })),
  capacityPerDay: z.number().int().nullable(),
});

export type HomeVisitOptionsDto = z.infer<typeof homeVisitOptionsDto>;

/**
 * What the home-visit request form offers at `now`: the groups the plan names, the procedures
 * in scope and only the dates the engine allows (visit day, in validity, not a day off, not
 * in the past, not full).
 */
export async function homeVisitOptions(ctx: PublicUnitContext, now: Date): Promise<HomeVisitOptionsDto> {
  const unit = { slug: ctx.unit.slug, name: ctx.unit.name };
  const empty = { model: null, eligibleGroups: [], procedures: [], dates: [], capacityPerDay: null };
  const today = toLocalDate(now);
  const models = homeVisitModelsFor(ctx.models, ctx.unit.id);
  if (models.length === 0) return { unit, available: false, reason: `${ctx.unit.name} không có mô hình giải quyết thủ tục tại nhà.`, ...empty };
  if (unitLifetimeOn(ctx.unit, today) === "ENDED") {
    return { unit, available: false, reason: `${ctx.unit.name} đã chấm dứt hoạt động từ sau ngày ${formatDateVi(ctx.unit.validTo!)}, không còn nhận đề nghị.`, ...empty };
  }
  let firstReason: string | null = null;
  for (const model of models) {
    const to = addDays(today, HOME_VISIT_HORIZON_DAYS);
    const counts = await bookedCounts(model.modelId, ctx.unit.id, today, to);
    const dates = allowedHomeVisitDates(model, ctx.unit.id, today, to, { calendar: ctx.calendar, officeHours: ctx.officeHours, asOf: now, bookedCounts: counts });
    if (dates.length === 0) {
      firstReason ??= noHomeVisitDateReason(model, ctx.unit.id, today, { calendar: ctx.calendar, officeHours: ctx.officeHours, asOf: now, bookedCount: counts[today] ?? 0 });
      continue;
    }
    const rule = ruleAt(model, dates[0]!)!;
    const scope = scopeFor(rule, ctx.unit.id)!;
    const [meta, procedures] = await Promise.all([
      db.serviceModel.findUniqueOrThrow({ where: { id: model.modelId }, select: { key: true, plan: { select: { key: true, number: true, symbol: true, signingPlace: true, signedYear: true, signedMonth: true, signedDay: true } } } }),
      db.procedure.findMany({
        where: { active: true, units: { some: { unitId: ctx.unit.id } }, ...(scope.allProcedures ? {} : { id: { in: scope.procedureIds } }) },
        select: { id: true, key: true, name: true },
        orderBy: { name: "asc" },
      }),
    ]);
    return {
      unit,
      available: true,
      reason: null,
      model: { key: meta.key, name: model.name, rule: describeRule(rule), planKey: meta.plan.key, planReference: planReference(meta.plan) },
      eligibleGroups: rule.eligibleGroups.map((g) => ({ value: g, label: eligibleGroupLabel[g] })),
      procedures,
      dates: dates.map((d) => ({ date: d, label: formatDayVi(d), remaining: scope.capacityPerDay === null ? null : scope.capacityPerDay - (counts[d] ?? 0) })),
      capacityPerDay: scope.capacityPerDay,
    };
  }
  return { unit, available: false, reason: firstReason, ...empty };
}
