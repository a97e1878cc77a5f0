import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { gunzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { figureValue, type FigureSet } from "@/domain/report";
import { createDb, db, type Db } from "@/server/db";
import { readiness } from "@/server/health";
import { computeReportFigures } from "@/server/report/figures";
// @ts-expect-error -- plain ES module shared with the CLI scripts
import { migrate, root, startEmbeddedDb } from "../../src/cli/lib.mjs";
// @ts-expect-error -- plain ES module shared with the CLI scripts
import { freePort } from "../../src/cli/test-stack.mjs";

/**
 * Issue #19, "Backup and restore": `npm run backup` of the seeded database, `npm run restore`
 * into an empty database — a new embedded database in a directory of its own, or a new
 * PostgreSQL database — and the two hold the same rows, sequences, schema and report figures.
 * Runs in both passes of the integration suite: on PGlite (the logical format) and on
 * PostgreSQL (pg_dump, and the logical format with --logical, also into PGlite).
 */

const target = inject("dbTarget");
const sourceUrl = inject("databaseUrl");
/** The instant the figures are counted at: the stack's fixed clock. */
const at = new Date(inject("clock"));
const dir = mkdtempSync(join(tmpdir(), "cchc-backup-"));
const cleanups: (() => Promise<unknown>)[] = [];
/** A restore and its comparison take tens of seconds on two busy cores. */
const SLOW = 240_000;

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node src/cli/<script>` as npm would, on DATABASE_URL or on the embedded database `embedded` names. */
function cli(script: "backup.mjs" | "restore.mjs", args: string[], database: { url: string } | { dir: string; port: number }): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.DATABASE_URL;
  if ("url" in database) env.DATABASE_URL = database.url;
  else Object.assign(env, { EMBEDDED_DB_DIR: database.dir, EMBEDDED_DB_PORT: String(database.port) });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, "src/cli", script), ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A new, empty PostgreSQL database on the suite's server, dropped after the file. */
async function emptyPostgres(name: string): Promise<string> {
  const admin = new URL(sourceUrl);
  admin.pathname = "/postgres";
  const db = `cchc_restore_${process.pid}_${name}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${db}"`);
  await client.end();
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: admin.toString() });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    await c.end();
  });
  const url = new URL(sourceUrl);
  url.pathname = `/${db}`;
  return url.toString();
}

/** The embedded database server on a data directory, started as `npm start` starts it; stopped after the file. */
async function embeddedServer(dataDir: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = await startEmbeddedDb({ port, dataDir });
  cleanups.push(() => server.stop());
  return server;
}

interface Contents {
  tables: Record<string, { rows: number; hash: string }>;
  sequences: Record<string, { lastValue: string; isCalled: boolean }>;
  schema: string[];
}

/** Every table's row count and a hash of its rows, the sequences, and the schema's columns, keys, indexes and triggers. */
async function contents(url: string): Promise<Contents> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const list = async (sql: string) => (await client.query<{ name: string }>(sql)).rows.map((r) => r.name);
    const tables: Contents["tables"] = {};
    for (const name of await list(`SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') ORDER BY relname`)) {
      const { rows } = await client.query<{ rows: number; hash: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS hash FROM "public"."${name}" t`,
      );
      tables[name] = rows[0]!;
    }
    const sequences: Contents["sequences"] = {};
    for (const name of await list(`SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'S' ORDER BY relname`)) {
      const { rows } = await client.query<{ lastValue: string; isCalled: boolean }>(`SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM "public"."${name}"`);
      sequences[name] = rows[0]!;
    }
    const schema = [
      ...(await list(
        `SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') AS name
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
         WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1`,
      )),
      ...(await list(
        `SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS name FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'f', 'u', 'c') ORDER BY 1`,
      )),
      ...(await list(`SELECT indexdef AS name FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`)),
      ...(await list(`SELECT tgrelid::regclass::text || ' ' || tgname || ' ' || tgenabled::text AS name FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`)),
      ...(await list(`SELECT proname AS name FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1`)),
    ];
    return { tables, sequences, schema };
  } finally {
    await client.end();
  }
}

/** The figures of every report of the source (each obligation, unit and period), counted now by the app's own function. */
async function reportFigures(client: Db): Promise<Record<string, FigureSet>> {
  const reports = await db.report.findMany({ select: { id: true, unitId: true, periodStart: true, periodEnd: true, obligation: { select: { planId: true } } }, orderBy: { id: "asc" } });
  const out: Record<string, FigureSet> = {};
  for (const r of reports) {
    const scope = { unitId: r.unitId, planId: r.obligation.planId, start: r.periodStart.toISOString().slice(0, 10), end: r.periodEnd.toISOString().slice(0, 10) };
    out[r.id] = (await computeReportFigures(client, scope, at)).set;
  }
  return out;
}

let source: Contents;
let sourceFigures: Record<string, FigureSet>;
const backupFile = join(dir, target === "postgres" ? "seeded.dump" : "seeded.jsonl.gz");

beforeAll(async () => {
  source = await contents(sourceUrl);
  sourceFigures = await reportFigures(db);
}, 240_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

/** Restored into `url`: the same rows, sequences, schema and figures as the source, and nothing left for prisma migrate deploy. */
async function expectSameAsSource(url: string) {
  expect(await contents(url)).toEqual(source);
  const restored = createDb(url, 2);
  try {
    expect(await reportFigures(restored)).toEqual(sourceFigures);
    const migrationsBefore = await restored.$queryRaw<unknown[]>`SELECT * FROM "_prisma_migrations" ORDER BY id`;
    await migrate(url);
    expect(await restored.$queryRaw<unknown[]>`SELECT * FROM "_prisma_migrations" ORDER BY id`).toEqual(migrationsBefore);
    expect(await readiness(restored)).toMatchObject({ ready: true, migrations: { pending: [], failed: [] } });
  } finally {
    await restored.$disconnect();
  }
}

describe(`backup and restore round trip (${target})`, () => {
  let restoredUrl: string;

  it(
    "npm run backup writes the seeded database to the file it names, with every table's row count",
    async () => {
      const run = await cli("backup.mjs", ["--out", backupFile], { url: sourceUrl });
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const total = Object.values(source.tables).reduce((a, t) => a + t.rows, 0);
      expect(run.stdout).toContain(`Đã sao lưu ${target === "postgres" ? "PostgreSQL" : "PostgreSQL 18"}`);
      expect(run.stdout).toContain(join(basename(dir), basename(backupFile)));
      expect(run.stdout).toContain(`${Object.keys(source.tables).length} bảng, ${total.toLocaleString("vi-VN")} dòng.`);
      expect(run.stdout).toMatch(new RegExp(`DossierEvent +${source.tables.DossierEvent!.rows.toLocaleString("vi-VN").replaceAll(".", "\\.")}\\n`));
      expect(source.tables.DossierEvent!.rows).toBeGreaterThan(1000);
      const head = readFileSync(backupFile);
      if (target === "postgres") {
        expect(head.subarray(0, 5).toString("latin1")).toBe("PGDMP");
      } else {
        const header = JSON.parse(gunzipSync(head).toString("utf8").split("\n")[0]!);
        expect(header).toMatchObject({ format: "cchc-backup", version: 1, source: { kind: "pglite" } });
        expect(header.migrations.length).toBe(source.tables._prisma_migrations!.rows);
      }
    },
    SLOW,
  );

  it(
    "npm run restore into an empty database: the same rows in every table, sequences, schema and report figures; prisma migrate deploy has nothing to do",
    async () => {
      let run: CliResult;
      if (target === "postgres") {
        restoredUrl = await emptyPostgres("a");
        run = await cli("restore.mjs", [backupFile], { url: restoredUrl });
      } else {
        // The command starts the embedded database on a new directory, restores, and stops it; then it is served again from disk.
        const dataDir = join(dir, "restored");
        run = await cli("restore.mjs", [backupFile], { dir: dataDir, port: await freePort() });
        restoredUrl = (await embeddedServer(dataDir, await freePort())).url;
      }
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Đã khôi phục bản sao lưu");
      expect(run.stdout).toContain("Migration: khớp với bản mã này, không còn gì để áp dụng.");
      expect(Object.values(sourceFigures).some((set) => (figureValue(set, "received") ?? 0) > 0)).toBe(true);
      await expectSameAsSource(restoredUrl);
    },
    SLOW,
  );

  it(
    "refuses to restore over a database that is not empty; --force replaces what it holds",
    async () => {
      const client = new pg.Client({ connectionString: restoredUrl });
      await client.connect();
      await client.query(`DELETE FROM "CalendarEntry" WHERE id = (SELECT min(id) FROM "CalendarEntry")`);
      await client.end();
      const changed = await contents(restoredUrl);
      expect(changed.tables.CalendarEntry!.rows).toBe(source.tables.CalendarEntry!.rows - 1);

      const refused = await cli("restore.mjs", [backupFile], { url: restoredUrl });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`Cơ sở dữ liệu đích không trống (${Object.keys(source.tables).length} bảng,`);
      expect(refused.stderr).toContain("chạy lại với --force");
      expect(await contents(restoredUrl)).toEqual(changed);

      const forced = await cli("restore.mjs", ["--force", backupFile], { url: restoredUrl });
      expect(forced.stderr).toBe("");
      expect(forced.code).toBe(0);
      await expectSameAsSource(restoredUrl);
    },
    SLOW,
  );

  it(
    "a damaged file changes nothing: a truncated backup, a file that is not a backup, no file",
    async () => {
      const client = new pg.Client({ connectionString: restoredUrl });
      await client.connect();
      await client.query(`DELETE FROM "CalendarEntry" WHERE id = (SELECT min(id) FROM "CalendarEntry")`);
      await client.end();
      const before = await contents(restoredUrl);

      const whole = readFileSync(backupFile);
      const truncated = join(dir, target === "postgres" ? "truncated.dump" : "truncated.jsonl.gz");
      writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
      const broken = await cli("restore.mjs", ["--force", truncated], { url: restoredUrl });
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain(target === "postgres" ? "pg_restore không đọc được" : "bị hỏng hoặc không đầy đủ");
      expect(await contents(restoredUrl)).toEqual(before);

      const text = join(dir, "notes.txt");
      writeFileSync(text, "không phải bản sao lưu\n");
      const notBackup = await cli("restore.mjs", ["--force", text], { url: restoredUrl });
      expect(notBackup.code).toBe(2);
      expect(notBackup.stderr).toContain("không phải bản sao lưu của Cổng mô hình CCHC");

      const missing = await cli("restore.mjs", [join(dir, "no-such-file.dump")], { url: restoredUrl });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain("Không có tệp");
      expect(await contents(restoredUrl)).toEqual(before);
    },
    SLOW,
  );
});

describe.runIf(target === "postgres")("PostgreSQL in the logical format (--logical)", () => {
  const logicalFile = join(dir, "seeded-postgres.jsonl.gz");

  it(
    "backed up with --logical, restored into an empty PostgreSQL database and into an empty embedded database: the same rows, schema and report figures",
    async () => {
      const backup = await cli("backup.mjs", ["--logical", "--out", logicalFile], { url: sourceUrl });
      expect(backup.stderr).toBe("");
      expect(backup.code).toBe(0);
      expect(backup.stdout).toContain("theo định dạng logic của ứng dụng");

      const postgresUrl = await emptyPostgres("logical");
      const intoPostgres = await cli("restore.mjs", [logicalFile], { url: postgresUrl });
      expect(intoPostgres.stderr).toBe("");
      expect(intoPostgres.code).toBe(0);
      await expectSameAsSource(postgresUrl);

      const dataDir = join(dir, "from-postgres");
      const embedded = { dir: dataDir, port: await freePort() };
      const intoEmbedded = await cli("restore.mjs", [logicalFile], embedded);
      expect(intoEmbedded.stderr).toBe("");
      expect(intoEmbedded.code).toBe(0);
      expect(intoEmbedded.stdout).toContain("vào cơ sở dữ liệu nhúng (PGlite)");
      // The embedded database cannot take a pg_dump archive, and says what to do instead.
      const archive = await cli("restore.mjs", ["--force", backupFile], embedded);
      expect(archive.code).toBe(2);
      expect(archive.stderr).toContain("là bản sao lưu pg_dump của PostgreSQL: cơ sở dữ liệu nhúng (PGlite) không khôi phục được từ nó");
      await expectSameAsSource((await embeddedServer(dataDir, await freePort())).url);
    },
    SLOW,
  );
});
