import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { cchcDb?: PrismaClient };

/** One client per process; the app keeps no other state, so instances scale out. */
function createDb(connectionString = env().DATABASE_URL, max = env().DATABASE_POOL_MAX): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

function client(): PrismaClient {
  // Created on first use, not at import: `next build` imports this module without a database.
  globalForDb.cchcDb ??= createDb();
  return globalForDb.cchcDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const c = client();
    const value = Reflect.get(c, property, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});
