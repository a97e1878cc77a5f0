import { expect } from "vitest";
import { db } from "@/server/db";
import { baseUrl } from "./helpers";

export interface ApiAnswer {
  status: number;
  type: string;
  body: unknown;
  text: string;
  headers: Headers;
}

/** One HTTP call to the served app; the body parsed when it is JSON. */
export async function api(path: string, init: RequestInit & { json?: unknown } = {}): Promise<ApiAnswer> {
  const headers = new Headers(init.headers);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(init.json);
  }
  const res = await fetch(new URL(path, baseUrl()), { ...init, headers, body, redirect: "manual" });
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  return { status: res.status, type, text, headers: res.headers, body: type.includes("json") ? JSON.parse(text) : null };
}

/** A 4xx answer in the API's error shape, with a Vietnamese message. */
export function expectApiError(a: ApiAnswer, status: number, code?: string) {
  expect(a.status, a.text.slice(0, 300)).toBe(status);
  expect(a.type).toContain("application/json");
  const e = (a.body as { error: { code: string; message: string } }).error;
  expect(typeof e.message).toBe("string");
  expect(e.message.length).toBeGreaterThan(5);
  if (code) expect(e.code).toBe(code);
  return e;
}

/** Row counts that a refused request must leave unchanged. */
export async function writeCounts() {
  const [requests, ratings, audit, dossiers] = await Promise.all([db.homeVisitRequest.count(), db.satisfactionResponse.count(), db.auditLog.count(), db.dossier.count()]);
  return { requests, ratings, audit, dossiers };
}

export interface TableState {
  rows: number;
  /** A digest of every row, so that an UPDATE shows as well as an INSERT or a DELETE. */
  digest: string;
}

/**
 * Each table of the schema (migrations' own table aside) with its row count and digest, and
 * the RateLimit rows themselves: the one table a read may write (a wrong look-up counts a
 * guess), compared row by row by the caller.
 */
export async function databaseState(): Promise<{ tables: Record<string, TableState>; rateLimit: { key: string; count: number }[] }> {
  const names = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  const tables: Record<string, TableState> = {};
  for (const { name } of names) {
    const [row] = await db.$queryRawUnsafe<{ rows: number; digest: string }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS digest FROM "${name.replaceAll('"', '""')}" t`,
    );
    tables[name] = row!;
  }
  const rateLimit = await db.rateLimit.findMany({ select: { key: true, count: true }, orderBy: { key: "asc" } });
  return { tables, rateLimit };
}
