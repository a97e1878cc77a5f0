import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { describeRule, type LocalDate, type ModelKind } from "@/domain/schedule";
import { isIncompleteCitation, planDateline, planReference } from "@/domain/plan/format";
import { db } from "../db";
import { localDateOf, localDateOrNull } from "../dates";
import { toModelRule, modelVersionInclude } from "../schedule/context";
import { KEY_PATTERN } from "./context";

/** Plans a citizen may read: issued ones (drafts stay with their authors). */
const PUBLIC_PLAN_STATUSES = ["ISSUED", "IN_FORCE", "ENDED"] as const;

interface PlanListItemDto {
  key: string;
  title: string;
  reference: string;
  issuer: string;
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
  incomplete: boolean;
  /** Demo data continuing a real plan (prisma/seed/illustrative.ts), never one of the real plans. */
  illustrative: boolean;
  models: { key: string; name: string; kind: ModelKind }[];
}

const citationSelect = { number: true, symbol: true, signingPlace: true, signedYear: true, signedMonth: true, signedDay: true } as const;

export async function listPublicPlans(): Promise<PlanListItemDto[]> {
  const rows = await db.plan.findMany({
    where: { status: { in: [...PUBLIC_PLAN_STATUSES] } },
    select: {
      key: true,
      title: true,
      validFrom: true,
      validTo: true,
      illustrative: true,
      ...citationSelect,
      issuingUnit: { select: { name: true } },
      models: { select: { key: true, name: true, kind: true }, orderBy: { name: "asc" } },
    },
    orderBy: [{ illustrative: "asc" }, { validFrom: "desc" }, { title: "asc" }],
  });
  return rows.map((p) => ({
    key: p.key,
    title: p.title,
    reference: planReference(p),
    issuer: p.issuingUnit.name,
    validFrom: localDateOrNull(p.validFrom),
    validTo: localDateOrNull(p.validTo),
    incomplete: isIncompleteCitation(p),
    illustrative: p.illustrative,
    models: p.models,
  }));
}

export interface PlanDocumentDto {
  key: string;
  /** Header lines of the issuing body, as printed top left ("ỦY BAN NHÂN DÂN" / "XÃ AN DŨNG"). */
  issuerLines: string[];
  issuer: { slug: string; name: string };
  /** "32" or null when the original leaves it blank. */
  number: string | null;
  symbol: string;
  /** "An Dũng, ngày 07 tháng 03 năm 2023", blanks kept as blanks. */
  dateline: string;
  reference: string;
  incomplete: boolean;
  /** Demo data, not a real document: every page and printout says so. */
  illustrative: boolean;
  title: string;
  legalBases: string[];
  purposes: string[];
  requirements: string[];
  models: { key: string; name: string; kind: ModelKind; description: string; rule: string | null; sourceQuotes: string[]; units: { slug: string; name: string }[] }[];
  tasks: { unitName: string; items: { description: string; dueOn: LocalDate | null; sourceQuote: string | null }[] }[];
  reporting: { title: string; frequency: string; reviewer: string; dueOn: LocalDate | null; sourceQuote: string | null }[];
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
  recipients: string[];
  signerTitle: string | null;
  signerName: string | null;
}

const LOCAL_GOVERNMENT_KINDS = new Set(["PROVINCE", "DISTRICT", "COMMUNE", "WARD", "TOWNSHIP"]);

function upper(s: string): string {
  return s.toLocaleUpperCase("vi-VN");
}

/** The issuing body's header as Vietnamese administrative documents print it. */
function issuerLines(unit: { name: string; kind: string; parent: { name: string; kind: string } | null }): string[] {
  if (LOCAL_GOVERNMENT_KINDS.has(unit.kind)) return ["ỦY BAN NHÂN DÂN", upper(unit.name)];
  return [unit.parent ? upper(`UBND ${unit.parent.name}`) : "", upper(unit.name)].filter(Boolean);
}

/** One issued plan, laid out like the original document. Null for unknown or unpublished plans. */
export async function planDocument(key: string): Promise<PlanDocumentDto | null> {
  if (typeof key !== "string" || !KEY_PATTERN.test(key)) return null;
  return loadPlanDocument({ key, status: { in: [...PUBLIC_PLAN_STATUSES] } });
}

/**
 * Any plan, drafts included, for its editors' "bản văn" view (src/app/(admin)). The caller
 * has checked that the user may edit the plan.
 */
export async function planDocumentForEditor(id: string): Promise<PlanDocumentDto | null> {
  return loadPlanDocument({ id });
}

async function loadPlanDocument(where: Prisma.PlanWhereInput): Promise<PlanDocumentDto | null> {
  const p = await db.plan.findFirst({
    where,
    select: {
      key: true,
      title: true,
      ...citationSelect,
      legalBases: true,
      purposes: true,
      requirements: true,
      validFrom: true,
      validTo: true,
      recipients: true,
      signerName: true,
      signerTitle: true,
      illustrative: true,
      issuingUnit: { select: { slug: true, name: true, kind: true, parent: { select: { name: true, kind: true } } } },
      models: {
        select: {
          id: true,
          key: true,
          name: true,
          kind: true,
          description: true,
          sourceQuotes: true,
          versions: { include: modelVersionInclude, orderBy: { effectiveFrom: "asc" } },
        },
        orderBy: { name: "asc" },
      },
      tasks: { select: { description: true, dueOn: true, sourceQuote: true, position: true, unit: { select: { name: true } } }, orderBy: { position: "asc" } },
      reporting: {
        select: { title: true, frequency: true, dueOn: true, sourceQuote: true, reviewerUnit: { select: { name: true } } },
        orderBy: { key: "asc" },
      },
    },
  });
  if (!p) return null;
  const scopeUnitIds = [...new Set(p.models.flatMap((m) => m.versions.flatMap((v) => v.scopes.map((s) => s.unitId))))];
  const scopeUnits = await db.unit.findMany({
    where: { id: { in: scopeUnitIds } },
    select: { id: true, slug: true, name: true, kind: true, parent: { select: { slug: true, name: true } } },
  });
  const unitById = new Map(scopeUnits.map((u) => [u.id, u]));

  const taskGroups = new Map<string, PlanDocumentDto["tasks"][number]>();
  for (const t of p.tasks) {
    const unitName = t.unit?.name ?? "Các đơn vị";
    const group = taskGroups.get(unitName) ?? { unitName, items: [] };
    group.items.push({ description: t.description, dueOn: localDateOrNull(t.dueOn), sourceQuote: t.sourceQuote });
    taskGroups.set(unitName, group);
  }

  return {
    key: p.key,
    issuerLines: issuerLines(p.issuingUnit),
    issuer: { slug: p.issuingUnit.slug, name: p.issuingUnit.name },
    number: p.number,
    symbol: p.symbol,
    dateline: planDateline(p),
    reference: planReference(p),
    incomplete: isIncompleteCitation(p),
    illustrative: p.illustrative,
    title: p.title,
    legalBases: p.legalBases,
    purposes: p.purposes,
    requirements: p.requirements,
    models: p.models.map((m) => {
      const latest = m.versions[m.versions.length - 1];
      const units = new Map<string, { slug: string; name: string }>();
      for (const v of m.versions)
        for (const s of v.scopes) {
          const u = unitById.get(s.unitId);
          if (!u) continue;
          // A village's session belongs on its commune's page.
          const target = u.kind === "VILLAGE" && u.parent ? u.parent : u;
          units.set(target.slug, { slug: target.slug, name: target.name });
        }
      return {
        key: m.key,
        name: m.name,
        kind: m.kind,
        description: m.description,
        rule: latest ? describeRule(toModelRule(m, latest)) : null,
        sourceQuotes: m.sourceQuotes,
        units: [...units.values()].sort((a, b) => a.name.localeCompare(b.name, "vi")),
      };
    }),
    tasks: [...taskGroups.values()],
    reporting: p.reporting.map((r) => ({
      title: r.title,
      frequency: r.frequency,
      reviewer: r.reviewerUnit.name,
      dueOn: r.dueOn ? localDateOf(r.dueOn) : null,
      sourceQuote: r.sourceQuote,
    })),
    validFrom: localDateOrNull(p.validFrom),
    validTo: localDateOrNull(p.validTo),
    recipients: p.recipients,
    signerTitle: p.signerTitle,
    signerName: p.signerName,
  };
}

interface PlanUnitsDto {
  key: string;
  title: string;
  reference: string;
  issuer: string;
  illustrative: boolean;
  units: { slug: string; name: string }[];
}

/**
 * The public plans with the units that carry out their models (villages count for their
 * commune; a radio or an office for the unit above it): what the home page lists.
 */
export async function listPlanUnits(): Promise<PlanUnitsDto[]> {
  const rows = await db.plan.findMany({
    where: { status: { in: [...PUBLIC_PLAN_STATUSES] } },
    select: {
      key: true,
      title: true,
      illustrative: true,
      ...citationSelect,
      issuingUnit: { select: { name: true } },
      models: {
        select: {
          versions: {
            select: {
              scopes: { select: { unit: { select: { slug: true, name: true, kind: true, parent: { select: { slug: true, name: true, kind: true } } } } } },
            },
          },
        },
      },
    },
    orderBy: [{ validFrom: "asc" }, { title: "asc" }],
  });
  const serviceKinds = new Set(["COMMUNE", "WARD", "TOWNSHIP", "DEPARTMENT", "DISTRICT"]);
  return rows.map((p) => {
    const units = new Map<string, { slug: string; name: string }>();
    for (const m of p.models)
      for (const v of m.versions)
        for (const { unit } of v.scopes) {
          const own = serviceKinds.has(unit.kind) && !(unit.kind === "DEPARTMENT" && unit.parent && ["COMMUNE", "WARD", "TOWNSHIP"].includes(unit.parent.kind));
          const shown = own ? unit : unit.parent;
          if (shown) units.set(shown.slug, { slug: shown.slug, name: shown.name });
        }
    return {
      key: p.key,
      title: p.title,
      reference: planReference(p),
      issuer: p.issuingUnit.name,
      illustrative: p.illustrative,
      units: [...units.values()].sort((a, b) => a.name.localeCompare(b.name, "vi")),
    };
  });
}
