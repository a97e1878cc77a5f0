import "server-only";
import { planStatusOn, type PlanStatus } from "@/domain/plan/status";
import { reviewerRefusal } from "@/domain/report";
import { planReference } from "@/domain/plan/format";
import { describeRule, type LocalDate, type ModelKind } from "@/domain/schedule";
import { matchesQuery } from "@/domain/text/normalize";
import type { UserActor } from "../../auth/actor";
import { db } from "../../db";
import { unitAncestorIds } from "../../auth/scope";
import { localDateOrNull } from "../../dates";
import { toModelDef, modelVersionInclude } from "../../schedule/context";
import { planScopeWhere } from "../access";

interface PlanListItemDto {
  id: string;
  key: string;
  reference: string;
  title: string;
  issuingUnitName: string;
  status: PlanStatus;
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
  modelCount: number;
}

/** The plans an editor may change, newest first; `q` matches title, unit or reference. */
export async function listPlans(actor: UserActor, today: LocalDate, filter: { q?: string; status?: PlanStatus } = {}): Promise<PlanListItemDto[]> {
  const rows = await db.plan.findMany({
    where: planScopeWhere(actor),
    select: {
      id: true,
      key: true,
      title: true,
      searchTitle: true,
      number: true,
      symbol: true,
      signingPlace: true,
      signedYear: true,
      signedMonth: true,
      signedDay: true,
      status: true,
      validFrom: true,
      validTo: true,
      createdAt: true,
      issuingUnit: { select: { name: true, searchName: true, validTo: true } },
      _count: { select: { models: true } },
    },
    orderBy: [{ createdAt: "desc" }],
  });
  return rows
    .map((p) => {
      const validFrom = localDateOrNull(p.validFrom);
      const validTo = localDateOrNull(p.validTo);
      return {
        id: p.id,
        key: p.key,
        reference: planReference(p),
        title: p.title,
        issuingUnitName: p.issuingUnit.name,
        status: planStatusOn({ status: p.status, validFrom, validTo: effectiveEnd(validTo, p.issuingUnit.validTo) }, today),
        validFrom,
        validTo,
        modelCount: p._count.models,
        search: `${p.searchTitle} ${p.issuingUnit.searchName} ${p.number ?? ""} ${p.key}`,
      };
    })
    .filter((p) => (!filter.q || matchesQuery(p.search, filter.q)) && (!filter.status || p.status === filter.status))
    .map(({ search: _s, ...p }) => p);
}

export interface PlanDetailDto {
  id: string;
  key: string;
  storedStatus: PlanStatus;
  status: PlanStatus;
  /** The last day it can run: its own end, or its issuing unit's (merged in 2025) if earlier. */
  endsOn: LocalDate | null;
  issuingUnit: { id: string; name: string; slug: string };
  number: string | null;
  symbol: string;
  signingPlace: string | null;
  signedDay: number | null;
  signedMonth: number | null;
  signedYear: number | null;
  title: string;
  legalBases: string[];
  purposes: string[];
  requirements: string[];
  recipients: string[];
  assumptions: string[];
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
  signerName: string | null;
  signerTitle: string | null;
  endedAt: string | null;
  tasks: { id: string; unitName: string | null; description: string; dueOn: LocalDate | null; sourceQuote: string | null }[];
  reporting: {
    id: string;
    title: string;
    frequency: string;
    reviewerUnitName: string;
    reporterUnitNames: string[];
    dueOn: LocalDate | null;
    dueDaysAfterPeriod: number | null;
    sourceQuote: string | null;
    reportCount: number;
  }[];
  models: { id: string; key: string; name: string; kind: ModelKind; versionCount: number; latestRule: string | null; scopeUnitNames: string[] }[];
}

export async function planDetail(planId: string, today: LocalDate): Promise<PlanDetailDto | null> {
  const p = await db.plan.findUnique({
    where: { id: planId },
    select: {
      id: true,
      key: true,
      status: true,
      number: true,
      symbol: true,
      signingPlace: true,
      signedDay: true,
      signedMonth: true,
      signedYear: true,
      title: true,
      legalBases: true,
      purposes: true,
      requirements: true,
      recipients: true,
      assumptions: true,
      validFrom: true,
      validTo: true,
      signerName: true,
      signerTitle: true,
      endedAt: true,
      issuingUnit: { select: { id: true, name: true, slug: true, validTo: true } },
      tasks: { select: { id: true, description: true, dueOn: true, sourceQuote: true, unit: { select: { name: true } } }, orderBy: { position: "asc" } },
      reporting: {
        select: {
          id: true,
          title: true,
          frequency: true,
          dueOn: true,
          dueDaysAfterPeriod: true,
          sourceQuote: true,
          reviewerUnit: { select: { name: true } },
          reporters: { select: { unit: { select: { name: true } } } },
          _count: { select: { reports: true } },
        },
        orderBy: { title: "asc" },
      },
      models: {
        include: { versions: { include: { ...modelVersionInclude, scopes: { include: { procedures: { select: { procedureId: true } }, unit: { select: { name: true } } } } }, orderBy: { effectiveFrom: "asc" } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!p) return null;
  const validFrom = localDateOrNull(p.validFrom);
  const validTo = localDateOrNull(p.validTo);
  const endsOn = effectiveEnd(validTo, p.issuingUnit.validTo);
  return {
    id: p.id,
    key: p.key,
    storedStatus: p.status,
    status: planStatusOn({ status: p.status, validFrom, validTo: endsOn }, today),
    endsOn,
    issuingUnit: { id: p.issuingUnit.id, name: p.issuingUnit.name, slug: p.issuingUnit.slug },
    number: p.number,
    symbol: p.symbol,
    signingPlace: p.signingPlace,
    signedDay: p.signedDay,
    signedMonth: p.signedMonth,
    signedYear: p.signedYear,
    title: p.title,
    legalBases: p.legalBases,
    purposes: p.purposes,
    requirements: p.requirements,
    recipients: p.recipients,
    assumptions: p.assumptions,
    validFrom,
    validTo,
    signerName: p.signerName,
    signerTitle: p.signerTitle,
    endedAt: p.endedAt?.toISOString() ?? null,
    tasks: p.tasks.map((t) => ({ id: t.id, unitName: t.unit?.name ?? null, description: t.description, dueOn: localDateOrNull(t.dueOn), sourceQuote: t.sourceQuote })),
    reporting: p.reporting.map((r) => ({
      id: r.id,
      title: r.title,
      frequency: r.frequency,
      reviewerUnitName: r.reviewerUnit.name,
      reporterUnitNames: r.reporters.map((x) => x.unit.name).sort((a, b) => a.localeCompare(b, "vi")),
      dueOn: localDateOrNull(r.dueOn),
      dueDaysAfterPeriod: r.dueDaysAfterPeriod,
      sourceQuote: r.sourceQuote,
      reportCount: r._count.reports,
    })),
    models: p.models.map((m) => {
      const def = toModelDef(m);
      const latest = def.versions[def.versions.length - 1];
      const lastRow = m.versions[m.versions.length - 1];
      return {
        id: m.id,
        key: m.key,
        name: m.name,
        kind: m.kind,
        versionCount: m.versions.length,
        latestRule: latest ? describeRule(latest) : null,
        scopeUnitNames: (lastRow?.scopes ?? []).map((s) => s.unit.name),
      };
    }),
  };
}

/** A plan cannot outlive the unit that issued it (decision 004). */
function effectiveEnd(planEnd: LocalDate | null, unitEnd: Date | null): LocalDate | null {
  const u = localDateOrNull(unitEnd);
  if (!u) return planEnd;
  return planEnd && planEnd < u ? planEnd : u;
}

export interface UnitOptionDto {
  id: string;
  name: string;
  /** "Tỉnh Quảng Ngãi › Thị xã Đức Phổ" — where the unit sits. */
  path: string;
  kind: string;
  depth: number;
  validTo: LocalDate | null;
}

/**
 * Units for the selects of the plan and model screens, in tree order: every unit for an
 * administrator, the units of their scope for a unit leader.
 */
export async function unitOptions(actor: UserActor | null): Promise<UnitOptionDto[]> {
  const rows = await db.unit.findMany({ select: { id: true, name: true, kind: true, parentId: true, validTo: true } });
  const byParent = new Map<string | null, typeof rows>();
  for (const r of rows) byParent.set(r.parentId, [...(byParent.get(r.parentId) ?? []), r]);
  const out: UnitOptionDto[] = [];
  const visit = (parentId: string | null, path: string[]) => {
    const children = (byParent.get(parentId) ?? []).sort((a, b) => a.name.localeCompare(b.name, "vi"));
    for (const c of children) {
      out.push({ id: c.id, name: c.name, path: path.join(" › "), kind: c.kind, depth: path.length, validTo: localDateOrNull(c.validTo) });
      visit(c.id, [...path, c.name]);
    }
  };
  visit(null, []);
  if (!actor || actor.role === "ADMIN") return out;
  return out.filter((u) => actor.scopeUnitIds.includes(u.id));
}


/**
 * The units that may review a plan's reports (domain/report/reviewer.ts): the issuer, the
 * units above it and their departments, in force on the plan's first day; in tree order.
 */
export async function reviewerOptions(issuingUnitId: string, planFrom: LocalDate): Promise<UnitOptionDto[]> {
  const line = (await unitAncestorIds(db, issuingUnitId)).map((id) => ({ id }));
  const lineIds = line.map((u) => u.id);
  const candidates = await db.unit.findMany({
    where: { OR: [{ id: { in: lineIds } }, { kind: "DEPARTMENT", parentId: { in: lineIds } }] },
    select: { id: true, name: true, kind: true, parentId: true, validFrom: true, validTo: true },
  });
  const allowed = new Set(
    candidates.filter((u) => reviewerRefusal({ ...u, validFrom: localDateOrNull(u.validFrom), validTo: localDateOrNull(u.validTo) }, line, [], planFrom) === null).map((u) => u.id),
  );
  return (await unitOptions(null)).filter((u) => allowed.has(u.id));
}
