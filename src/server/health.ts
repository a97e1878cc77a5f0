import "server-only";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Db } from "./db";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "./errors";

/** What /api/ready answers: may a load balancer send this instance traffic, and if not, why. */
export interface Readiness {
  ready: boolean;
  database: "ok" | "unreachable" | "error";
  migrations: { expected: number; applied: number; pending: string[]; failed: string[] } | null;
  /** Vietnamese, for the operator; empty when ready. */
  reasons: string[];
}

/** The migrations this build ships: the folders of prisma/migrations that hold a migration.sql. */
export async function shippedMigrations(dir = join(process.cwd(), "prisma/migrations")): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const files = await readdir(join(dir, entry.name));
    if (files.includes("migration.sql")) names.push(entry.name);
  }
  return names.sort();
}

interface MigrationRow {
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

const UNREACHABLE = "Không kết nối được cơ sở dữ liệu (đang dừng hoặc đang khởi động lại).";

function databaseFailure(error: unknown): Readiness {
  const unreachable = isDatabaseUnavailable(error);
  if (!unreachable) console.error(error);
  return { ready: false, database: unreachable ? "unreachable" : "error", migrations: null, reasons: [unreachable ? UNREACHABLE : "Cơ sở dữ liệu trả lỗi khi kiểm tra."] };
}

/**
 * Readiness: the database answers `SELECT 1` and every migration shipped in prisma/migrations
 * is recorded as applied (finished, not rolled back) in `_prisma_migrations`.
 */
export async function readiness(client: Db, migrationsDir?: string): Promise<Readiness> {
  try {
    await client.$queryRaw`SELECT 1`;
  } catch (error) {
    return databaseFailure(error);
  }
  const expected = await shippedMigrations(migrationsDir);
  let rows: MigrationRow[];
  try {
    const [table] = await client.$queryRaw<{ exists: boolean }[]>`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS "exists"`;
    rows = table?.exists ? await client.$queryRaw<MigrationRow[]>`SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"` : [];
  } catch (error) {
    return databaseFailure(error);
  }
  const applied = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
  const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  const pending = expected.filter((name) => !applied.has(name));
  const reasons: string[] = [];
  if (pending.length > 0) reasons.push(`Còn ${pending.length} migration chưa áp dụng: ${pending.join(", ")} (chạy prisma migrate deploy).`);
  if (failed.length > 0) reasons.push(`Migration dừng giữa chừng: ${failed.join(", ")}.`);
  return {
    ready: reasons.length === 0,
    database: "ok",
    migrations: { expected: expected.length, applied: expected.length - pending.length, pending, failed },
    reasons,
  };
}

/** /api/ready's answer: 200 when ready, else 503 with Retry-After and the reasons. Never cached. */
export async function readyResponse(client: Db, migrationsDir?: string): Promise<Response> {
  const result = await readiness(client, migrationsDir);
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };
  if (!result.ready) headers["retry-after"] = String(DATABASE_RETRY_AFTER_SECONDS);
  return new Response(JSON.stringify(result), { status: result.ready ? 200 : 503, headers });
}
