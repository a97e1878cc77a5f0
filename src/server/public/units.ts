import "server-only";
import { describeRule, modelStatusOn, notYetStarted, type LocalDate, type ModelKind, type ModelStatus } from "@/domain/schedule";
import { planReference } from "@/domain/plan/format";
import { toLocalDate } from "@/domain/schedule/local-time";
import { now } from "../clock";
import { db } from "../db";
import { localDateOrNull } from "../dates";
import { compareVietnamese } from "@/domain/text/normalize";
import { isCurrentUnit } from "./search";
import { unitAncestorIds, unitSubtreeIds } from "../auth/scope";
import { loadPublicUnit, type PublicUnitContext } from "./context";

/** Public DTOs: nothing here may carry a citizen's or an officer's personal data. */

interface ProvinceDto {
  slug: string;
  name: string;
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
  /** Exists today; the former provinces stay listed after the current ones. */
  current: boolean;
  /** Founded after today (a clock or date before the 2025 arrangement): neither current nor former. */
  upcoming: boolean;
  serviceUnitCount: number;
}

const SERVICE_KINDS = ["COMMUNE", "WARD", "TOWNSHIP"] as const;

/** The provinces as they are today first (alphabetically), then the former ones. */
export async function listProvinces(): Promise<ProvinceDto[]> {
  const provinces = await db.unit.findMany({ where: { kind: "PROVINCE" }, select: { id: true, slug: true, name: true, validFrom: true, validTo: true } });
  const today = toLocalDate(now());
  const out: ProvinceDto[] = [];
  for (const p of provinces) {
    const ids = await unitSubtreeIds(db, p.id);
    const serviceUnitCount = await db.unit.count({ where: { id: { in: ids }, kind: { in: [...SERVICE_KINDS] } } });
    const dates = { validFrom: localDateOrNull(p.validFrom), validTo: localDateOrNull(p.validTo) };
    out.push({ slug: p.slug, name: p.name, ...dates, current: isCurrentUnit(dates, today), upcoming: notYetStarted(dates, today), serviceUnitCount });
  }
  return out.sort((a, b) => Number(b.current) - Number(a.current) || a.name.localeCompare(b.name, "vi"));
}

interface ServiceUnitOptionDto {
  slug: string;
  name: string;
  kind: string;
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
  modelCount: number;
}

interface ProvinceUnitsDto {
  province: { slug: string; name: string; validTo: LocalDate | null };
  groups: { heading: string; validTo: LocalDate | null; units: ServiceUnitOptionDto[] }[];
}

/**
 * The units a citizen can pick in a province: communes and wards (grouped by district in the
 * three-tier structure, directly under the province in the two-tier one), and district
 * departments that run a model (Phước Long's appendix).
 */
export async function listProvinceUnits(provinceSlug: string): Promise<ProvinceUnitsDto | null> {
  const province = await db.unit.findFirst({ where: { slug: provinceSlug, kind: "PROVINCE" }, select: { id: true, slug: true, name: true, validTo: true } });
  if (!province) return null;
  const ids = await unitSubtreeIds(db, province.id);
  const scoped = await db.modelScope.findMany({ where: { unitId: { in: ids } }, select: { unitId: true, version: { select: { modelId: true } } } });
  const modelsByUnit = new Map<string, Set<string>>();
  for (const s of scoped) modelsByUnit.set(s.unitId, (modelsByUnit.get(s.unitId) ?? new Set()).add(s.version.modelId));
  const units = await db.unit.findMany({
    where: {
      id: { in: ids },
      OR: [{ kind: { in: [...SERVICE_KINDS] } }, { kind: "DEPARTMENT", id: { in: [...modelsByUnit.keys()] } }],
    },
    select: { id: true, slug: true, name: true, kind: true, validFrom: true, validTo: true, parentId: true, parent: { select: { id: true, name: true, kind: true, validTo: true } } },
    orderBy: { name: "asc" },
  });
  // Villages' sessions count for their commune.
  const villages = await db.unit.findMany({ where: { id: { in: [...modelsByUnit.keys()] }, kind: "VILLAGE" }, select: { id: true, parentId: true } });
  for (const v of villages) {
    if (!v.parentId) continue;
    const set = modelsByUnit.get(v.parentId) ?? new Set<string>();
    for (const m of modelsByUnit.get(v.id) ?? []) set.add(m);
    modelsByUnit.set(v.parentId, set);
  }
  const groups = new Map<string, ProvinceUnitsDto["groups"][number]>();
  for (const u of units) {
    const under = u.parent && u.parent.kind === "DISTRICT" ? u.parent : null;
    const heading = u.kind === "DEPARTMENT" ? `Cơ quan chuyên môn — ${u.parent?.name ?? ""}` : under ? under.name : `Trực thuộc ${province.name}`;
    const group = groups.get(heading) ?? { heading, validTo: localDateOrNull(under?.validTo ?? null), units: [] };
    group.units.push({
      slug: u.slug,
      name: u.name,
      kind: u.kind,
      validFrom: localDateOrNull(u.validFrom),
      validTo: localDateOrNull(u.validTo),
      modelCount: modelsByUnit.get(u.id)?.size ?? 0,
    });
    groups.set(heading, group);
  }
  for (const group of groups.values()) group.units.sort((a, b) => compareVietnamese(a.name, b.name));
  return {
    province: { slug: province.slug, name: province.name, validTo: localDateOrNull(province.validTo) },
    groups: [...groups.values()].sort((a, b) => Number(a.heading.startsWith("Cơ quan")) - Number(b.heading.startsWith("Cơ quan")) || a.heading.localeCompare(b.heading, "vi")),
  };
}

export interface ModelSummaryDto {
  modelId: string;
  /** Readable, stable identifier used by the API and the calendar feeds. */
  key: string;
  name: string;
  kind: ModelKind;
  status: ModelStatus;
  description: string;
  validFrom: LocalDate;
  validTo: LocalDate | null;
  /** `illustrative`: demo data continuing a real plan (prisma/seed/illustrative.ts). */
  plan: { id: string; key: string; title: string; reference: string; illustrative: boolean };
  /** The unit's own name for the model (Phước Long's appendices). */
  localName: string | null;
}

export interface UnitOverviewDto {
  unit: { id: string; slug: string; name: string; kind: string; adminCode: string | null; deskAddress: string | null; deskPhone: string | null; validFrom: LocalDate | null; validTo: LocalDate | null; mergedInto: { slug: string; name: string } | null };
  ancestors: { slug: string; name: string; kind: string }[];
  models: ModelSummaryDto[];
}

/** A unit's ancestors, root first. */
export async function unitAncestors(unitId: string): Promise<UnitOverviewDto["ancestors"]> {
  const ids = await unitAncestorIds(db, unitId);
  const rows = await db.unit.findMany({ where: { id: { in: ids.slice(1) } }, select: { id: true, slug: true, name: true, kind: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids
    .slice(1)
    .reverse()
    .flatMap((id) => {
      const r = byId.get(id);
      return r ? [{ slug: r.slug, name: r.name, kind: r.kind }] : [];
    });
}

/** The models that concern a unit (its own scopes and its villages'), each with its status on a date. */
export async function unitModelSummaries(ctx: PublicUnitContext, date: LocalDate): Promise<ModelSummaryDto[]> {
  const models = ctx.models;
  const planRows = await db.plan.findMany({
    where: { id: { in: [...new Set(models.map((m) => m.planId))] } },
    select: { id: true, key: true, title: true, illustrative: true, number: true, symbol: true, signingPlace: true, signedYear: true, signedMonth: true, signedDay: true },
  });
  const plans = new Map(planRows.map((p) => [p.id, p]));
  const localNames = await db.modelScope.findMany({ where: { unitId: ctx.unit.id, localName: { not: null } }, select: { localName: true, version: { select: { modelId: true } } } });
  const summaries: ModelSummaryDto[] = [];
  for (const m of models) {
    const at = modelStatusOn(m, date);
    const plan = plans.get(m.planId);
    if (!at || !plan) continue;
    summaries.push({
      modelId: m.modelId,
      key: ctx.modelInfo.get(m.modelId)?.key ?? m.modelId,
      name: m.name,
      kind: m.kind,
      status: at.status,
      description: describeRule(at.rule),
      validFrom: at.rule.validFrom,
      validTo: at.rule.validTo,
      plan: { id: plan.id, key: plan.key, title: plan.title, reference: planReference(plan), illustrative: plan.illustrative },
      localName: localNames.find((l) => l.version.modelId === m.modelId)?.localName ?? null,
    });
  }
  const order: Record<ModelStatus, number> = { ACTIVE: 0, UPCOMING: 1, ENDED: 2 };
  return summaries.sort((a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name, "vi"));
}

/** A unit with the models that concern it, as of a date. */
export async function unitOverview(slug: string, date: LocalDate): Promise<UnitOverviewDto | null> {
  const ctx = await loadPublicUnit(slug);
  if (!ctx) return null;
  const [ancestors, models] = await Promise.all([unitAncestors(ctx.unit.id), unitModelSummaries(ctx, date)]);
  const { id, slug: unitSlug, name, kind, adminCode, deskAddress, deskPhone, validFrom, validTo, mergedInto } = ctx.unit;
  return { unit: { id, slug: unitSlug, name, kind, adminCode, deskAddress, deskPhone, validFrom, validTo, mergedInto }, ancestors, models };
}
