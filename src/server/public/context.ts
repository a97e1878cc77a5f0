import "server-only";
import { cache } from "react";
import { buildCalendar, type OfficeHours, type OfficialCalendar, type ServiceModelDef } from "@/domain/schedule";
import type { LocalDate } from "@/domain/schedule/types";
import { db } from "../db";
import { localDateOrNull } from "../dates";
import { unitSubtreeIds } from "../auth/scope";
import { clampToUnitLifetime, loadCalendar, loadModelsForUnits, loadOfficeHours } from "../schedule/context";

/** What every public question about one unit needs: the unit, its hours, the calendar and its models. */
export interface PublicUnitContext {
  unit: {
    id: string;
    slug: string;
    name: string;
    kind: string;
    adminCode: string | null;
    deskAddress: string | null;
    deskPhone: string | null;
    validFrom: LocalDate | null;
    validTo: LocalDate | null;
    mergedInto: { slug: string; name: string } | null;
  };
  officeHours: OfficeHours[];
  calendar: OfficialCalendar;
  /** The unit and the places under it (villages host listening sessions). */
  subtreeIds: string[];
  /** Models scoped to the unit or a place under it, cut to the unit's lifetime. */
  models: ServiceModelDef[];
  /** Readable keys and plans of the models, by model id. */
  modelInfo: Map<string, { key: string; planKey: string }>;
}

/** Unit slugs and the readable keys of procedures, models and plans: anything else is unknown. */
export const SLUG_PATTERN = /^[a-z0-9-]{1,120}$/;
export const KEY_PATTERN = /^[A-Za-z0-9_-]{1,120}$/;

/** The calendar is the same for every unit: built once per request. */
export const publicCalendar = cache(async (): Promise<OfficialCalendar> => buildCalendar(await loadCalendar(db)));

/** Null when no unit has that slug. Memoised per request (metadata and page share it). */
export const loadPublicUnit = cache(async (slug: string): Promise<PublicUnitContext | null> => {
  if (typeof slug !== "string" || !SLUG_PATTERN.test(slug)) return null;
  const unit = await db.unit.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, kind: true, adminCode: true, deskAddress: true, deskPhone: true, validFrom: true, validTo: true, mergedInto: { select: { slug: true, name: true } } },
  });
  if (!unit) return null;
  const subtreeIds = await unitSubtreeIds(db, unit.id);
  const [officeHours, calendar, rawModels] = await Promise.all([loadOfficeHours(db, unit.id), publicCalendar(), loadModelsForUnits(db, subtreeIds)]);
  const models = clampToUnitLifetime(rawModels, unit);
  const keys = await db.serviceModel.findMany({ where: { id: { in: models.map((m) => m.modelId) } }, select: { id: true, key: true, plan: { select: { key: true } } } });
  return {
    unit: {
      id: unit.id,
      slug: unit.slug,
      name: unit.name,
      kind: unit.kind,
      adminCode: unit.adminCode,
      deskAddress: unit.deskAddress,
      deskPhone: unit.deskPhone,
      validFrom: localDateOrNull(unit.validFrom),
      validTo: localDateOrNull(unit.validTo),
      mergedInto: unit.mergedInto,
    },
    officeHours,
    calendar,
    subtreeIds,
    models,
    modelInfo: new Map(keys.map((k) => [k.id, { key: k.key, planKey: k.plan.key }])),
  };
});
