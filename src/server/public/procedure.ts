import "server-only";
import { publicText } from "@/domain/text/public-text";
import { cache } from "react";
import {
  compareOpenings,
  describeRule,
  isSameDayRule,
  nextOpenings,
  officeHoursAt,
  openingDto,
  deskPromiseFor,
  promiseFor,
  ruleAt,
  ruleCovers,
  toLocalDate,
  weekdayNameVi,
  weeklyTable,
  startOfIsoWeek,
  type Channel,
  type OpeningDto,
  type LocalDate,
  type ModelKind,
  type ServiceModelDef,
  type ServiceTag,
  type TimeWindow,
  modelStatusOn,
  type ModelStatus,
} from "@/domain/schedule";
import type { AdminLevel } from "@/domain/catalogue/procedure-row";
import { planReference } from "@/domain/plan/format";
import { handoverNotice, unitLifetimeOn, type UnitLifetimeStatus } from "@/domain/unit/lifetime";
import { db } from "../db";
import { KEY_PATTERN, type PublicUnitContext } from "./context";
import { scheduleContextAt } from "./schedule";

export interface PromiseDto {
  channel: Channel;
  receivedAt: string;
  /** When the dossier counts as received (the next opening for one sent outside hours). */
  effectiveReceivedAt: string;
  promisedAt: string;
  /** What the law alone gives; the promise is never later. */
  statutoryBound: string;
  basis: "MODEL" | "STATUTORY";
  modelName: string | null;
  /** The engine's explanation, in Vietnamese. */
  steps: string[];
  /** At the desk, asked while it is closed: when it opens (the promise is for a dossier handed in then). */
  opensAt: string | null;
  /** Who returns the result when the promise falls after the unit's last day. */
  handover: string | null;
}

interface ProcedureModelDto {
  modelId: string;
  key: string;
  name: string;
  kind: ModelKind;
  status: ModelStatus;
  sameDay: boolean;
  description: string;
  plan: { key: string; reference: string };
}

interface ProcedureDetailDto {
  procedure: {
    id: string;
    key: string;
    code: string | null;
    name: string;
    fieldName: string;
    level: AdminLevel;
    statutoryWorkingDays: number;
    sameDayCutoff: string | null;
    statutoryText: string;
    fees: string;
    documents: string[];
    legalBasis: string[];
    onlineLevel: "NONE" | "PARTIAL" | "FULL";
    source: string | null;
  };
  lifetime: UnitLifetimeStatus;
  officeWindows: TimeWindow[];
  /** The models of this unit that cover the procedure (any status), same-day ones first. */
  models: ProcedureModelDto[];
  week: { date: LocalDate; weekdayName: string; active: boolean; tags: ServiceTag[]; hours: string[] }[];
  /** "Nộp lúc này → nhận kết quả lúc …" at the desk, and online when the procedure can be submitted online. */
  promises: PromiseDto[];
  nextOpenings: OpeningDto[];
}

/** A procedure of a unit's catalogue by id (or readable key); null when the unit does not handle it. */
export const findUnitProcedure = cache(async (unitId: string, idOrKey: string) => {
  if (typeof idOrKey !== "string" || !KEY_PATTERN.test(idOrKey)) return null;
  return db.procedure.findFirst({
    where: { OR: [{ id: idOrKey }, { key: idOrKey }], active: true, units: { some: { unitId } } },
    select: {
      id: true,
      key: true,
      code: true,
      name: true,
      level: true,
      statutoryWorkingDays: true,
      sameDayCutoff: true,
      statutoryText: true,
      fees: true,
      documents: true,
      legalBasis: true,
      onlineLevel: true,
      source: true,
      field: { select: { name: true } },
    },
  });
});

function coversAnyVersion(model: ServiceModelDef, unitId: string, procedureId: string): boolean {
  return model.versions.some((v) => ruleCovers(v, unitId, procedureId));
}

/**
 * Everything the procedure page shows for one unit at one instant: what to bring and pay,
 * the statutory time and basis, where and when it is same-day, and the engine's promise.
 */
export async function procedureAtUnit(ctx: PublicUnitContext, idOrKey: string, at: Date): Promise<ProcedureDetailDto | null> {
  const unitId = ctx.unit.id;
  const p = await findUnitProcedure(unitId, idOrKey);
  if (!p) return null;
  const date = toLocalDate(at);
  const lifetime = unitLifetimeOn(ctx.unit, date);
  const sctx = scheduleContextAt(ctx, at);
  const covering = ctx.models.filter((m) => coversAnyVersion(m, unitId, p.id));
  const plans = await db.plan.findMany({
    where: { id: { in: [...new Set(covering.map((m) => m.planId))] } },
    select: { id: true, key: true, number: true, symbol: true, signingPlace: true, signedYear: true, signedMonth: true, signedDay: true },
  });
  const planById = new Map(plans.map((pl) => [pl.id, pl]));

  const models: ProcedureModelDto[] = covering.flatMap((m) => {
    const st = modelStatusOn(m, date);
    const plan = planById.get(m.planId);
    if (!st || !plan) return [];
    return [
      {
        modelId: m.modelId,
        key: ctx.modelInfo.get(m.modelId)?.key ?? m.modelId,
        name: m.name,
        kind: m.kind,
        status: st.status,
        sameDay: isSameDayRule(st.rule),
        description: describeRule(st.rule),
        plan: { key: plan.key, reference: planReference(plan) },
      },
    ];
  });
  models.sort((a, b) => Number(b.sameDay) - Number(a.sameDay) || a.name.localeCompare(b.name, "vi"));

  const table = weeklyTable({ unitId, weekStart: startOfIsoWeek(date), procedureIds: [p.id], models: ctx.models, officeHours: ctx.officeHours, calendar: ctx.calendar, asOf: at });
  const week = table.days.map((d, i) => {
    const active = unitLifetimeOn(ctx.unit, d.date) === "ACTIVE";
    const cell = table.rows[0]!.cells[i]!;
    const hours = cell.models.filter((m) => m.tags.length > 0).map((m) => (m.intakeCutoff ? `nhận hồ sơ đến ${m.intakeCutoff}` : m.windows.map((w) => `${w.start}–${w.end}`).join(", ")));
    return { date: d.date, weekdayName: weekdayNameVi(d.date), active, tags: active ? cell.tags : [], hours: active ? [...new Set(hours)] : [] };
  });

  const promises: PromiseDto[] = [];
  if (lifetime === "ACTIVE") {
    const channels: Channel[] = p.onlineLevel === "NONE" ? ["DESK"] : ["DESK", "ONLINE"];
    for (const channel of channels) {
      const r = channel === "DESK" ? deskPromiseFor(ctx, unitId, p, at) : { ...promiseFor(ctx, unitId, p, at, channel), opensAt: null };
      const modelId = r.basis.kind === "MODEL" ? r.basis.modelId : null;
      promises.push({
        channel,
        receivedAt: (r.opensAt ?? at).toISOString(),
        opensAt: r.opensAt?.toISOString() ?? null,
        handover: handoverNotice({ ...ctx.unit, successorName: ctx.unit.mergedInto?.name ?? null }, r.promisedAt),
        effectiveReceivedAt: r.effectiveReceivedAt.toISOString(),
        promisedAt: r.promisedAt.toISOString(),
        statutoryBound: r.statutoryBound.toISOString(),
        basis: r.basis.kind,
        modelName: modelId ? (ctx.models.find((m) => m.modelId === modelId)?.name ?? null) : null,
        steps: r.steps,
      });
    }
  }

  const nextOpeningsDto: OpeningDto[] = [];
  for (const m of covering) {
    for (const o of nextOpenings(m, sctx, at, 8)) {
      if (o.start.getTime() <= at.getTime()) continue; // already open: the promise above covers it
      const rule = ruleAt(m, o.date);
      if (!rule || !ruleCovers(rule, unitId, p.id)) continue;
      nextOpeningsDto.push(openingDto(m, rule, o));
    }
  }
  nextOpeningsDto.sort(compareOpenings);

  return {
    procedure: {
      id: p.id,
      key: p.key,
      code: p.code,
      name: p.name,
      fieldName: p.field.name,
      level: p.level,
      statutoryWorkingDays: p.statutoryWorkingDays,
      sameDayCutoff: p.sameDayCutoff,
      statutoryText: publicText(p.statutoryText),
      fees: p.fees,
      documents: p.documents,
      legalBasis: p.legalBasis.map(publicText),
      onlineLevel: p.onlineLevel,
      source: p.source ? publicText(p.source) : null,
    },
    lifetime,
    officeWindows: lifetime === "ACTIVE" ? (officeHoursAt(ctx.officeHours, date)?.windows ?? []) : [],
    models,
    week,
    promises,
    nextOpenings: nextOpeningsDto.slice(0, 6),
  };
}
