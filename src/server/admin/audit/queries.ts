import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { addDays, isLocalDate, startOfLocalDay } from "@/domain/schedule";
import { unitSubtreeIds } from "../../auth/scope";
import { db } from "../../db";

const AUDIT_PAGE_SIZE = 50;

interface AuditFilter {
  /** Username or part of it. */
  who?: string;
  /** A unit: its own records and those of the units under it. */
  unitId?: string;
  /** An action ("plan.issue") or a family ("plan."). */
  action?: string;
  from?: string;
  to?: string;
  page?: number;
}

interface AuditRowDto {
  id: string;
  at: string;
  actorName: string | null;
  actorRole: string | null;
  unitName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  ip: string | null;
  before: string | null;
  after: string | null;
}

interface AuditPageDto {
  rows: AuditRowDto[];
  total: number;
  page: number;
  pages: number;
}

/** The audit log, newest first, filtered and paginated. Snapshots are already redacted when written. */
export async function listAuditLog(filter: AuditFilter): Promise<AuditPageDto> {
  const where: Prisma.AuditLogWhereInput = {};
  if (filter.who?.trim()) where.actorName = { contains: filter.who.trim(), mode: "insensitive" };
  if (filter.unitId) where.unitId = { in: await unitSubtreeIds(db, filter.unitId) };
  if (filter.action?.trim()) {
    const a = filter.action.trim();
    where.action = a.endsWith(".") ? { startsWith: a } : a;
  }
  const at: Prisma.DateTimeFilter = {};
  if (filter.from && isLocalDate(filter.from)) at.gte = startOfLocalDay(filter.from);
  if (filter.to && isLocalDate(filter.to)) at.lt = startOfLocalDay(addDays(filter.to, 1));
  if (at.gte || at.lt) where.at = at;
  const total = await db.auditLog.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(filter.page ?? 1)), pages);
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: { id: true, at: true, actorName: true, actorRole: true, unitId: true, action: true, entity: true, entityId: true, ip: true, before: true, after: true },
  });
  const unitIds = [...new Set(rows.flatMap((r) => (r.unitId ? [r.unitId] : [])))];
  const units = new Map((await db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return {
    total,
    page,
    pages,
    rows: rows.map((r) => ({
      id: r.id.toString(),
      at: r.at.toISOString(),
      actorName: r.actorName,
      actorRole: r.actorRole,
      unitName: r.unitId ? (units.get(r.unitId) ?? null) : null,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      ip: r.ip,
      before: r.before === null ? null : JSON.stringify(r.before, null, 2),
      after: r.after === null ? null : JSON.stringify(r.after, null, 2),
    })),
  };
}

/** The actions that occur in the log, for the filter. */
export async function auditActions(): Promise<string[]> {
  const rows = await db.auditLog.findMany({ select: { action: true }, distinct: ["action"], orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
