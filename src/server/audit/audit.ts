import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "../db";
import type { Actor } from "../auth/actor";

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  unitId?: string | null;
  /** Snapshots without citizens' personal data (see redact()). */
  before?: unknown;
  after?: unknown;
}

/** Fields that identify a citizen: never copied into the audit log. */
const PERSONAL_FIELDS = new Set(["citizenName", "citizenPhone", "citizenAddress", "address", "askerName", "recipientName", "recipientAddress", "passwordHash", "password", "comment"]);

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = PERSONAL_FIELDS.has(k) ? (v == null ? v : "[ẩn]") : redact(v);
    }
    return out;
  }
  if (typeof value === "bigint") return value.toString();
  return value;
}

/** Writes one append-only audit record in the caller's transaction. */
export async function writeAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor.kind === "user" ? actor.id : null,
      actorName: actor.kind === "user" ? actor.username : "công dân",
      actorRole: actor.kind === "user" ? actor.role : "PUBLIC",
      ip: actor.ip ?? null,
      unitId: entry.unitId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      before: entry.before === undefined ? undefined : (redact(entry.before) as Prisma.InputJsonValue),
      after: entry.after === undefined ? undefined : (redact(entry.after) as Prisma.InputJsonValue),
    },
  });
}

/** An audit record of the portal's own jobs (the retention run): no user acted. */
export async function writeSystemAudit(db: Db | Tx, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorName: "hệ thống",
      actorRole: "SYSTEM",
      unitId: entry.unitId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      after: entry.after === undefined ? undefined : (redact(entry.after) as Prisma.InputJsonValue),
    },
  });
}
