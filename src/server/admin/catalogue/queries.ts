import "server-only";
import type { AdminLevel, OnlineLevel } from "@/domain/catalogue/procedure-row";
import { matchesQuery } from "@/domain/text/normalize";
import { db } from "../../db";
import { localDateOf, localDateOrNull } from "../../dates";

interface ProcedureListItemDto {
  id: string;
  code: string | null;
  name: string;
  fieldName: string;
  level: AdminLevel;
  statutoryWorkingDays: number;
  onlineLevel: OnlineLevel;
  active: boolean;
  unitCount: number;
}

export async function listProcedures(filter: { q?: string; field?: string; level?: string; inactive?: boolean } = {}): Promise<ProcedureListItemDto[]> {
  const rows = await db.procedure.findMany({
    where: {
      ...(filter.field ? { fieldCode: filter.field } : {}),
      ...(filter.level === "PROVINCE" || filter.level === "DISTRICT" || filter.level === "COMMUNE" ? { level: filter.level } : {}),
      ...(filter.inactive ? {} : { active: true }),
    },
    select: {
      id: true,
      code: true,
      name: true,
      searchName: true,
      level: true,
      statutoryWorkingDays: true,
      onlineLevel: true,
      active: true,
      field: { select: { name: true, position: true } },
      _count: { select: { units: true } },
    },
  });
  return rows
    .filter((p) => !filter.q || matchesQuery(p.searchName, filter.q))
    .sort((a, b) => a.field.position - b.field.position || a.name.localeCompare(b.name, "vi"))
    .map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      fieldName: p.field.name,
      level: p.level,
      statutoryWorkingDays: p.statutoryWorkingDays,
      onlineLevel: p.onlineLevel,
      active: p.active,
      unitCount: p._count.units,
    }));
}

export async function procedureFields() {
  return db.procedureField.findMany({ select: { code: true, name: true }, orderBy: { position: "asc" } });
}

export interface ProcedureFormDto {
  id: string;
  code: string;
  name: string;
  field: string;
  level: string;
  statutoryWorkingDays: string;
  sameDayCutoff: string;
  statutoryText: string;
  fees: string;
  documents: string;
  legalBasis: string;
  onlineLevel: string;
  active: boolean;
  source: string | null;
}

/** A procedure as its edit form shows it (cells as text, lists one per line). */
export async function procedureForm(id: string): Promise<ProcedureFormDto | null> {
  const p = await db.procedure.findUnique({ where: { id } });
  if (!p) return null;
  return {
    id: p.id,
    code: p.code ?? "",
    name: p.name,
    field: p.fieldCode,
    level: p.level,
    statutoryWorkingDays: String(p.statutoryWorkingDays),
    sameDayCutoff: p.sameDayCutoff ?? "",
    statutoryText: p.statutoryText,
    fees: p.fees,
    documents: p.documents.join("\n"),
    legalBasis: p.legalBasis.join("\n"),
    onlineLevel: p.onlineLevel,
    active: p.active,
    source: p.source,
  };
}

interface UnitCatalogueDto {
  unit: { id: string; name: string; kind: string; validTo: string | null };
  assigned: string[];
  /** Per procedure: the models that register it for this unit (Phước Long's appendices), with their validity. */
  registrations: Record<string, { modelId: string; planId: string; modelName: string; localName: string | null; validFrom: string; validTo: string | null; draft: boolean }[]>;
  /** Models covering every procedure of the unit. */
  allProcedureModels: { modelId: string; planId: string; modelName: string; validFrom: string; validTo: string | null; draft: boolean }[];
}

export async function unitCatalogue(unitId: string): Promise<UnitCatalogueDto | null> {
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true, kind: true, validTo: true } });
  if (!unit) return null;
  const [assigned, scopes] = await Promise.all([
    db.unitProcedure.findMany({ where: { unitId }, select: { procedureId: true } }),
    db.modelScope.findMany({
      where: { unitId },
      select: {
        allProcedures: true,
        localName: true,
        procedures: { select: { procedureId: true } },
        version: { select: { validFrom: true, validTo: true, model: { select: { id: true, name: true, planId: true, plan: { select: { status: true } } } } } },
      },
    }),
  ]);
  const registrations: UnitCatalogueDto["registrations"] = {};
  const allProcedureModels: UnitCatalogueDto["allProcedureModels"] = [];
  for (const s of scopes) {
    const m = s.version.model;
    const entry = { modelId: m.id, planId: m.planId, modelName: m.name, validFrom: localDateOf(s.version.validFrom), validTo: localDateOrNull(s.version.validTo), draft: m.plan.status === "DRAFT" };
    if (s.allProcedures) {
      if (!allProcedureModels.some((a) => a.modelId === m.id)) allProcedureModels.push(entry);
      continue;
    }
    for (const p of s.procedures) {
      const list = (registrations[p.procedureId] ??= []);
      if (!list.some((r) => r.modelId === m.id)) list.push({ ...entry, localName: s.localName });
    }
  }
  return { unit: { ...unit, validTo: localDateOrNull(unit.validTo) }, assigned: assigned.map((a) => a.procedureId), registrations, allProcedureModels };
}
