import pg from "pg";
import { describe, expect, inject, it } from "vitest";
// @ts-expect-error -- plain ES module shared with the CLI scripts
import { freePort } from "../../src/cli/test-stack.mjs";
// @ts-expect-error -- plain ES module shared with the CLI scripts
import { migrate, startEmbeddedDb } from "../../src/cli/lib.mjs";

/**
 * Everything the migrations create, read from the catalogs, in a stable order. PGlite is
 * PostgreSQL 17, which also lists NOT NULL as constraints (contype 'n'); nullability is
 * compared through the columns instead.
 */
const CATALOG_QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`,
  indexes: `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`,
  constraints: `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(c.oid) AS def
                FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                WHERE n.nspname = 'public' AND c.contype <> 'n' ORDER BY 1, 2`,
  enums: `SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY 1, e.enumsortorder`,
  triggers: `SELECT tgrelid::regclass::text AS tbl, tgname, pg_get_triggerdef(t.oid) AS def
             FROM pg_trigger t WHERE NOT tgisinternal ORDER BY 1, 2`,
  functions: `SELECT p.proname, pg_get_functiondef(p.oid) AS def FROM pg_proc p
              JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' ORDER BY 1`,
} as const;

async function catalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, unknown[]> = {};
    for (const [name, sql] of Object.entries(CATALOG_QUERIES)) out[name] = (await client.query(sql)).rows;
    return out;
  } finally {
    await client.end();
  }
}

// The parity check needs both engines: it runs in the PostgreSQL pass of the suite, against
// a fresh in-memory PGlite migrated with the same committed migrations.
describe.runIf(inject("dbTarget") === "postgres")("migrations give the same schema on PGlite and PostgreSQL", () => {
  it("columns, indexes, constraints, enums, triggers and functions are identical", async () => {
    const embedded = await startEmbeddedDb({ port: await freePort(), memory: true });
    try {
      await migrate(embedded.url);
      const [onPostgres, onPglite] = await Promise.all([catalog(inject("databaseUrl")), catalog(embedded.url)]);
      expect((onPostgres.columns as unknown[]).length).toBeGreaterThan(200);
      for (const key of Object.keys(CATALOG_QUERIES)) expect(onPglite[key], key).toEqual(onPostgres[key]);
    } finally {
      await embedded.stop();
    }
  });
});

describe("the seed loads", () => {
  it(`every plan, unit and procedure of the demo data is in the ${inject("dbTarget")} database`, async () => {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      const count = async (table: string) => Number((await client.query(`SELECT count(*) FROM "${table}"`)).rows[0].count);
      // Other test files add their own plans: count the seed's (they cite their source file).
      const seeded = async (sql: string) => Number((await client.query(sql)).rows[0].count);
      expect(await seeded(`SELECT count(*) FROM "Plan" WHERE "sourceFile" IS NOT NULL`)).toBe(5);
      expect(await seeded(`SELECT count(*) FROM "ServiceModel" m JOIN "Plan" p ON p.id = m."planId" WHERE p."sourceFile" IS NOT NULL`)).toBe(10);
      expect(await count("Unit")).toBeGreaterThanOrEqual(75);
      expect(await count("Procedure")).toBeGreaterThanOrEqual(40);
      expect(await count("Dossier")).toBeGreaterThan(3000);
      expect(await count("CalendarEntry")).toBeGreaterThan(40);
    } finally {
      await client.end();
    }
  });
});
