import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { cchcDb?: PrismaClient };

/** One client per process; the app keeps no other state, so instances scale out. */
export function createDb(connectionString = env().DATABASE_URL, max = env().DATABASE_POOL_MAX): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

export const db: PrismaClient = globalForDb.cchcDb ?? createDb();
if (env().NODE_ENV !== "production") globalForDb.cchcDb = db;
