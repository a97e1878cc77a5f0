import "server-only";
import { publicText } from "@/domain/text/public-text";
import type { Prisma } from "@/generated/prisma/client";
import { planReference } from "@/domain/plan/format";
import { compareVietnamese, searchKey } from "@/domain/text/normalize";
import { spanIncludes, toLocalDate, type DateSpan, type LocalDate, type ModelKind } from "@/domain/schedule";
import { now } from "../clock";
import { db } from "../db";
import { localDateOrNull } from "../dates";

/** Longest query taken into account; the rest is ignored (a search box is not a document). */
export const SEARCH_MAX_CHARS = 200;
const MAX_WORDS = 8;

/** The units a citizen can open a page for (villages and one-stop desks belong to their commune's page). */
const SEARCHABLE_UNIT_KINDS = ["PROVINCE", "DISTRICT", "COMMUNE", "WARD", "TOWNSHIP", "DEPARTMENT"] as const;

interface SearchWords {
  key: string;
  words: string[];
}

/** Accent- and case-insensitive words of a query: "Chứng THỰC bản sao" → ["chung", "thuc", "ban", "sao"]. */
function searchWords(query: unknown): SearchWords {
  const text = typeof query === "string" ? query.slice(0, SEARCH_MAX_CHARS) : "";
  const key = searchKey(text);
  return { key, words: key.split(" ").filter(Boolean).slice(0, MAX_WORDS) };
}

type WordFilter<T extends string> = { OR: Record<T, { startsWith: string } | { contains: string }>[] };

/**
 * Every query word starts a word of the stored key (searchName/searchTitle hold searchKey of
 * the name): "ban sao" finds "bản sao" but "an" does not find "thanh".
 */
function allWords<T extends string>(column: T, words: string[]): WordFilter<T>[] {
  return words.map((w) => ({ OR: [{ [column]: { startsWith: w } }, { [column]: { contains: ` ${w}` } }] }) as WordFilter<T>);
}

/** Vietnamese alphabetical order: "Bình Đức" before "Bình Khánh" (đ follows d). */

/** Whether a name holds the whole query as a phrase: 0 at its start, 1 inside it, 2 not at all. */
export function phraseRank(name: string, key: string): number {
  const k = searchKey(name);
  return k.startsWith(key) ? 0 : k.includes(` ${key}`) ? 1 : 2;
}

/** Names containing the whole query as a phrase come first, then shorter names, then in Vietnamese alphabetical order. */
function byRelevance<T>(rows: T[], key: string, nameOf: (row: T) => string, limit: number): T[] {
  return rows
    .map((row) => ({ row, s: phraseRank(nameOf(row), key) }))
    .sort((a, b) => a.s - b.s || searchKey(nameOf(a.row)).length - searchKey(nameOf(b.row)).length || compareVietnamese(nameOf(a.row), nameOf(b.row)))
    .slice(0, limit)
    .map((x) => x.row);
}

/** Rows fetched before ranking; enough for any realistic catalogue match. */
const CANDIDATES = 200;

interface UnitHitDto {
  slug: string;
  name: string;
  kind: string;
  adminCode: string | null;
  parent: { slug: string; name: string } | null;
  validFrom: string | null;
  validTo: string | null;
}

interface ProcedureHitDto {
  id: string;
  key: string;
  code: string | null;
  name: string;
  fieldName: string;
  statutoryText: string;
  /** Units whose catalogue has it (at most `unitLimit`), and how many in all. */
  units: { slug: string; name: string }[];
  unitCount: number;
}

interface ModelHitDto {
  key: string;
  name: string;
  kind: ModelKind;
  plan: { key: string; reference: string };
  units: { slug: string; name: string }[];
  /** On the day of the search: ended models must not look current. */
  status: "ACTIVE" | "ENDED" | "NOT_YET";
  statusLabel: string;
}

const modelStatusLabel = { ACTIVE: "Đang áp dụng", ENDED: "Đã kết thúc", NOT_YET: "Chưa áp dụng" } as const;

/** A model's state on `today` from its versions' validity (both ends inclusive). */
function modelStatusOn(versions: { validFrom: Date; validTo: Date | null }[], today: LocalDate): ModelHitDto["status"] {
  const spans = versions.map((v) => ({ from: localDateOrNull(v.validFrom)!, to: localDateOrNull(v.validTo) }));
  if (spans.some((v) => v.from <= today && (!v.to || today <= v.to))) return "ACTIVE";
  return spans.some((v) => v.from > today) ? "NOT_YET" : "ENDED";
}

interface PlanHitDto {
  key: string;
  title: string;
  reference: string;
}

interface SearchResultDto {
  query: string;
  words: string[];
  units: UnitHitDto[];
  procedures: ProcedureHitDto[];
  models: ModelHitDto[];
  plans: PlanHitDto[];
}

const unitSelect = {
  slug: true,
  name: true,
  kind: true,
  adminCode: true,
  validFrom: true,
  validTo: true,
  parent: { select: { slug: true, name: true } },
} satisfies Prisma.UnitSelect;

type UnitRow = Prisma.UnitGetPayload<{ select: typeof unitSelect }>;

function toUnitHit(u: UnitRow): UnitHitDto {
  return { slug: u.slug, name: u.name, kind: u.kind, adminCode: u.adminCode, parent: u.parent, validFrom: localDateOrNull(u.validFrom), validTo: localDateOrNull(u.validTo) };
}

/**
 * Units by name (accent-insensitive), administrative code or parent. Used by the search
 * page and the open API.
 */
export async function findUnits(filter: { q?: string; code?: string; parentSlug?: string; limit?: number }): Promise<UnitHitDto[]> {
  const { words } = searchWords(filter.q ?? "");
  const where: Prisma.UnitWhereInput = { kind: { in: [...SEARCHABLE_UNIT_KINDS] } };
  const and: Prisma.UnitWhereInput[] = allWords("searchName", words);
  if (filter.code) and.push({ adminCode: filter.code });
  if (filter.parentSlug) and.push({ parent: { slug: filter.parentSlug } });
  if (and.length) where.AND = and;
  const limit = Math.min(filter.limit ?? 50, 200);
  const rows = await db.unit.findMany({ where, select: unitSelect, orderBy: [{ name: "asc" }], take: CANDIDATES });
  // Units working today come first; former ones stay findable by their old name, after them.
  const today = toLocalDate(now());
  const hits = byRelevance(rows, words.join(" "), (u) => u.name, CANDIDATES).map(toUnitHit);
  return [...hits.filter((u) => isCurrentUnit(u, today)), ...hits.filter((u) => !isCurrentUnit(u, today))].slice(0, limit);
}

/** The unit exists on that day (not yet founded and already ended are both "not current"). */
export function isCurrentUnit(unit: DateSpan, today: LocalDate): boolean {
  return spanIncludes(unit, today);
}

/**
 * One search box over units, procedures (name or national code), models and plans. Every
 * query word must appear, in any order, ignoring case and diacritics ("đ" matches "d").
 */
export async function searchPublic(query: unknown, options: { limit?: number; unitLimit?: number; now?: Date } = {}): Promise<SearchResultDto> {
  const { key, words } = searchWords(query);
  const today = toLocalDate(options.now ?? now());
  const limit = options.limit ?? 20;
  const unitLimit = options.unitLimit ?? 6;
  if (words.length === 0) return { query: key, words, units: [], procedures: [], models: [], plans: [] };
  const rawCode = typeof query === "string" ? query.trim().slice(0, 40) : "";
  const looksLikeCode = /^\d+\.\d+$/.test(rawCode);
  // A field's name ("đất đai", "hộ tịch") finds its procedures: the handful of fields is matched here.
  const fieldCodes = (await db.procedureField.findMany({ select: { code: true, name: true } }))
    .filter((f) => {
      const fieldWords = searchKey(f.name).split(" ");
      return words.every((w) => fieldWords.some((fw) => fw.startsWith(w)));
    })
    .map((f) => f.code);

  const [units, procedures, models, plans] = await Promise.all([
    findUnits({ q: key, limit }),
    db.procedure.findMany({
      where: {
        active: true,
        OR: [{ AND: allWords("searchName", words) }, ...(looksLikeCode ? [{ code: rawCode }] : []), ...(fieldCodes.length ? [{ fieldCode: { in: fieldCodes } }] : [])],
      },
      select: {
        id: true,
        key: true,
        code: true,
        name: true,
        statutoryText: true,
        field: { select: { name: true } },
        units: { select: { unit: { select: { slug: true, name: true } } }, orderBy: { unit: { name: "asc" } }, take: unitLimit },
        _count: { select: { units: true } },
      },
      orderBy: { name: "asc" },
      take: CANDIDATES,
    }),
    db.serviceModel.findMany({
      where: { AND: allWords("searchName", words), plan: { status: { in: ["ISSUED", "IN_FORCE", "ENDED"] } } },
      select: {
        key: true,
        name: true,
        kind: true,
        plan: { select: { key: true, number: true, symbol: true, signingPlace: true, signedYear: true, signedMonth: true, signedDay: true } },
        versions: { select: { validFrom: true, validTo: true, scopes: { select: { unit: { select: { slug: true, name: true, kind: true, parent: { select: { slug: true, name: true } } } } } } } },
      },
      orderBy: { name: "asc" },
      take: CANDIDATES,
    }),
    db.plan.findMany({
      where: { AND: allWords("searchTitle", words), status: { in: ["ISSUED", "IN_FORCE", "ENDED"] } },
      select: { key: true, title: true, number: true, symbol: true, signingPlace: true, signedYear: true, signedMonth: true, signedDay: true },
      orderBy: { title: "asc" },
      take: limit,
    }),
  ]);

  return {
    query: key,
    words,
    units,
    procedures: byRelevance(procedures, key, (p) => p.name, limit).map((p) => ({
      id: p.id,
      key: p.key,
      code: p.code,
      name: p.name,
      fieldName: p.field.name,
      statutoryText: publicText(p.statutoryText),
      units: p.units.map((u) => u.unit),
      unitCount: p._count.units,
    })),
    models: byRelevance(models, key, (m) => m.name, limit).map((m) => {
      const status = modelStatusOn(m.versions, today);
      // A village's session is shown on its commune's page.
      const seen = new Map<string, { slug: string; name: string }>();
      for (const v of m.versions)
        for (const s of v.scopes) {
          const target = s.unit.kind === "VILLAGE" && s.unit.parent ? s.unit.parent : s.unit;
          seen.set(target.slug, { slug: target.slug, name: target.name });
        }
      return {
        key: m.key,
        name: m.name,
        kind: m.kind,
        plan: { key: m.plan.key, reference: planReference(m.plan) },
        units: [...seen.values()].sort((a, b) => compareVietnamese(a.name, b.name)).slice(0, unitLimit),
        status,
        statusLabel: modelStatusLabel[status],
      };
    }),
    plans: plans.map((p) => ({ key: p.key, title: p.title, reference: planReference(p) })),
  };
}
