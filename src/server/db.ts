import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { noteDatabaseUnavailable } from "@/cli/request-state.mjs";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";
import { isDatabaseUnavailable } from "./errors";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { cchcDb?: PrismaClient };

/** How long a request waits for a connection to a database that does not answer. */
const CONNECT_TIMEOUT_MS = 5_000;
/** One line per outage in the log, not one per request. */
const LOG_EVERY_MS = 10_000;
let lastLogged = 0;

function note(error: unknown): void {
  if (!isDatabaseUnavailable(error)) return;
  noteDatabaseUnavailable();
  if (Date.now() - lastLogged < LOG_EVERY_MS) return;
  lastLogged = Date.now();
  console.error(`Cơ sở dữ liệu không trả lời (${error instanceof Error ? error.message : String(error)}); các yêu cầu nhận 503 cho đến khi nó trở lại.`);
}

/**
 * A node-postgres pool that rides out a database restart: a broken client is dropped (an idle
 * one's 'error' is handled here instead of crashing the process; one that fails a query is
 * released with its error and never reused), and the next query opens a fresh connection, so
 * the client recovers by itself once the database is back. Failures mark the request for
 * serve.mjs (a 503 page instead of a 500).
 */
export function resilientPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ connectionTimeoutMillis: CONNECT_TIMEOUT_MS, ...config });
  pool.on("error", note);
  const observe = <T>(result: T): T => {
    if (result instanceof Promise) result.catch(note);
    return result;
  };
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => observe(query(...args))) as typeof pool.query;
  pool.connect = ((...args: unknown[]) => observe(connect(...args))) as typeof pool.connect;
  return pool;
}

/** A client of its own (the app has one per process: `db`); the tests and scripts make others. */
export function createDb(connectionString = env().DATABASE_URL, max = env().DATABASE_POOL_MAX): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(resilientPool({ connectionString, max })) });
}

function client(): PrismaClient {
  // Created on first use, not at import: `next build` imports this module without a database.
  globalForDb.cchcDb ??= createDb();
  return globalForDb.cchcDb;
}

/** One client per process; the app keeps no other state, so instances scale out. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const c = client();
    const value = Reflect.get(c, property, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});
