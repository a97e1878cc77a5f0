import "server-only";
import { officeHoursAt, type LocalDate } from "@/domain/schedule";
import { db } from "../../db";
import { localDateOrNull } from "../../dates";
import { loadOfficeHoursSource } from "../../schedule/context";

export interface UnitNodeDto {
  id: string;
  slug: string;
  name: string;
  kind: string;
  adminCode: string | null;
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
  mergedIntoName: string | null;
  userCount: number;
  procedureCount: number;
  planCount: number;
  children: UnitNodeDto[];
}

/** The whole organisation tree, provinces first, children by name. */
export async function unitTree(): Promise<UnitNodeDto[]> {
  const rows = await db.unit.findMany({
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      adminCode: true,
      parentId: true,
      validFrom: true,
      validTo: true,
      mergedInto: { select: { name: true } },
      _count: { select: { users: true, procedures: true, issuedPlans: true } },
    },
  });
  const nodes = new Map<string, UnitNodeDto & { parentId: string | null }>();
  for (const r of rows) {
    nodes.set(r.id, {
      id: r.id,
      slug: r.slug,
      name: r.name,
      kind: r.kind,
      adminCode: r.adminCode,
      validFrom: localDateOrNull(r.validFrom),
      validTo: localDateOrNull(r.validTo),
      mergedIntoName: r.mergedInto?.name ?? null,
      userCount: r._count.users,
      procedureCount: r._count.procedures,
      planCount: r._count.issuedPlans,
      parentId: r.parentId,
      children: [],
    });
  }
  const roots: UnitNodeDto[] = [];
  for (const n of nodes.values()) {
    const parent = n.parentId ? nodes.get(n.parentId) : undefined;
    (parent ? parent.children : roots).push(n);
  }
  const sort = (list: UnitNodeDto[]) => {
    list.sort((a, b) => a.name.localeCompare(b.name, "vi"));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

export interface UnitFormDto {
  id: string;
  slug: string;
  name: string;
  kind: string;
  parentId: string | null;
  adminCode: string | null;
  deskAddress: string | null;
  deskPhone: string | null;
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
  mergedInto: { id: string; name: string } | null;
  mergedFrom: { id: string; name: string; validTo: LocalDate | null }[];
}

export async function unitForm(id: string): Promise<UnitFormDto | null> {
  const u = await db.unit.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      parentId: true,
      adminCode: true,
      deskAddress: true,
      deskPhone: true,
      validFrom: true,
      validTo: true,
      mergedInto: { select: { id: true, name: true } },
      mergedFrom: { select: { id: true, name: true, validTo: true }, orderBy: { name: "asc" } },
    },
  });
  if (!u) return null;
  return {
    ...u,
    validFrom: localDateOrNull(u.validFrom),
    validTo: localDateOrNull(u.validTo),
    mergedFrom: u.mergedFrom.map((m) => ({ ...m, validTo: localDateOrNull(m.validTo) })),
  };
}

export interface OfficeHoursDto {
  /** Where the hours come from: the unit itself, an ancestor, or nobody (the default day). */
  source: { kind: "OWN" } | { kind: "INHERITED"; unitId: string; unitName: string } | { kind: "DEFAULT" };
  versions: { effectiveFrom: LocalDate; windows: string; inForce: boolean; pending: boolean }[];
  /** The windows in force today, to prefill the form. */
  current: { start: string; end: string }[];
}

export async function unitOfficeHours(unitId: string, today: LocalDate): Promise<OfficeHoursDto> {
  const { from, hours } = await loadOfficeHoursSource(db, unitId);
  const inForce = officeHoursAt(hours, today);
  return {
    source: !from ? { kind: "DEFAULT" } : from.id === unitId ? { kind: "OWN" } : { kind: "INHERITED", unitId: from.id, unitName: from.name },
    versions: [...hours].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)).map((v) => ({ effectiveFrom: v.effectiveFrom, windows: v.windows.map((w) => `${w.start}–${w.end}`).join(", "), inForce: v === inForce, pending: v.effectiveFrom > today })),
    current: (inForce?.windows ?? []).map((w) => ({ ...w })),
  };
}
