// Backup and restore of the app's database (`npm run backup`, `npm run restore`), on the
// embedded PGlite database and on PostgreSQL. Why two file formats, and why not pg_dump on
// PGlite: docs/decisions/013-backup-and-restore.md.
//
// - PostgreSQL: a `pg_dump --format=custom` archive (cchc-…-postgresql.dump), restored with
//   pg_restore piped into one psql transaction. Any PostgreSQL tool can read it.
// - PGlite (or PostgreSQL with --logical): a "logical" file (cchc-…-<kind>.jsonl.gz): gzip'd
//   JSON lines: a header (format, source, applied migrations, tables, sequences), then each
//   table's rows as arrays of the columns' text forms, then a trailer with the row counts.
//   Restored by replaying the header's migrations (prisma/migrations, checksums checked),
//   loading the rows with triggers off and foreign keys re-added afterwards, all in one
//   transaction; works on PGlite and on PostgreSQL.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, createReadStream, createWriteStream, existsSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { join, resolve } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { canConnect, root, startEmbeddedDb } from "./lib.mjs";

export const FORMAT = "cchc-backup";
export const FORMAT_VERSION = 1;
/** Rows per INSERT on restore, and per FETCH on backup. */
const BATCH_ROWS = 1000;
const BATCH_CHARS = 4_000_000;

/** A refusal or failure the operator can act on: `message` is Vietnamese. Nothing was changed. */
export class BackupError extends Error {
  constructor(message, { refused = true } = {}) {
    super(message);
    this.name = "BackupError";
    this.refused = refused;
  }
}

const ident = (name) => `"${String(name).replaceAll('"', '""')}"`;
const qualified = (name) => `"public".${ident(name)}`;

/** The session settings under which text forms round-trip exactly (as pg_dump sets them); LOCAL, so
 * nothing leaks to the other connections of PGlite's one shared session. */
const EXACT_TEXT = "SET LOCAL DateStyle = ISO; SET LOCAL IntervalStyle = postgres; SET LOCAL extra_float_digits = 3; SET LOCAL bytea_output = hex";

/** Which server: PGlite says so in version(). */
export async function serverInfo(client) {
  const { rows } = await client.query("SELECT version() AS version, current_setting('server_version_num')::int AS num");
  const { version, num } = rows[0];
  return { kind: /PGlite/i.test(version) ? "pglite" : "postgresql", version: version.split(" on ")[0], versionNum: num };
}

export function kindLabel(kind) {
  return kind === "pglite" ? "cơ sở dữ liệu nhúng (PGlite)" : "PostgreSQL";
}

/** The committed migrations: name → checksum (sha256 of migration.sql, as Prisma records it). */
export function localMigrations(dir = join(root, "prisma/migrations")) {
  const out = new Map();
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, "migration.sql");
    if (!existsSync(file)) continue;
    const sql = readFileSync(file);
    out.set(name, { checksum: createHash("sha256").update(sql).digest("hex"), file });
  }
  return out;
}

/** The tables of the app's schema, in name order. */
async function tables(client) {
  const { rows } = await client.query(
    `SELECT c.oid, c.relname AS name FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`,
  );
  return rows;
}

/** A table's stored columns (not generated ones), in order, with their types. */
async function columns(client, oid) {
  const { rows } = await client.query(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a
     WHERE a.attrelid = $1::oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum`,
    [oid],
  );
  return rows;
}

/** Row counts of every table of the schema. */
export async function tableCounts(client) {
  const counts = {};
  for (const t of await tables(client)) {
    const { rows } = await client.query(`SELECT count(*)::bigint AS n FROM ${qualified(t.name)}`);
    counts[t.name] = Number(rows[0].n);
  }
  return counts;
}

/** How many objects the app's schema holds: 0 on a database nothing was created in. */
async function schemaObjects(client) {
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v', 'm', 'S', 'f'))
          + (SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace)
          + (SELECT count(*) FROM pg_type WHERE typnamespace = 'public'::regnamespace AND typtype IN ('e', 'd')) AS n`,
  );
  return Number(rows[0].n);
}

/**
 * The migrations applied to the database, checked against prisma/migrations: a backup is only
 * made of a schema this checkout can rebuild.
 */
async function appliedMigrations(client) {
  const exists = await client.query(`SELECT to_regclass('"public"."_prisma_migrations"') IS NOT NULL AS ok`);
  if (!exists.rows[0].ok) throw new BackupError("Cơ sở dữ liệu chưa có bảng _prisma_migrations: nó chưa từng được tạo bằng migration của ứng dụng (npm start), không có gì để sao lưu.");
  const { rows } = await client.query(`SELECT migration_name AS name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`);
  const unfinished = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.name);
  if (unfinished.length > 0) throw new BackupError(`Migration ${unfinished.join(", ")} chưa chạy xong hoặc bị lỗi: sửa trạng thái migration (prisma migrate resolve) trước khi sao lưu.`);
  const local = localMigrations();
  const applied = rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => ({ name: r.name, checksum: r.checksum }));
  for (const m of applied) {
    const mine = local.get(m.name);
    if (!mine) throw new BackupError(`Cơ sở dữ liệu đã áp dụng migration ${m.name}, mà prisma/migrations của bản mã này không có: hãy sao lưu bằng bản mã mới hơn.`);
    if (mine.checksum !== m.checksum) throw new BackupError(`Migration ${m.name} trong cơ sở dữ liệu khác tệp prisma/migrations/${m.name}/migration.sql của bản mã này (checksum khác).`);
  }
  return applied;
}

// ─── PostgreSQL's own tools ──────────────────────────────────────────────────

/** A URL libpq accepts: without Prisma's own parameters, and without the password (given as PGPASSWORD instead, out of `ps`). */
function libpqTarget(url) {
  const u = new URL(url);
  for (const p of ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout", "connect_timeout"]) u.searchParams.delete(p);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return { dbname: u.toString(), env: password ? { PGPASSWORD: password } : {} };
}

/** The major version of a PostgreSQL tool ("pg_dump (PostgreSQL) 15.18" → 15), or null when absent. */
function toolVersion(path) {
  const result = spawnSync(path, ["--version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) return null;
  const m = /\(PostgreSQL\) (\d+)/.exec(result.stdout);
  return m ? Number(m[1]) : null;
}

/**
 * pg_dump, pg_restore and psql of one PostgreSQL release, the newest installed: PG_BINDIR if
 * set, else Debian's /usr/lib/postgresql/<major>/bin, else the PATH.
 */
export function postgresTools() {
  const dirs = [];
  if (process.env.PG_BINDIR) dirs.push(process.env.PG_BINDIR);
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    for (const v of readdirSync(debian)
      .filter((d) => /^\d+$/.test(d))
      .sort((a, b) => Number(b) - Number(a)))
      dirs.push(join(debian, v, "bin"));
  }
  for (const dir of dirs) {
    if (["pg_dump", "pg_restore", "psql"].every((t) => existsSync(join(dir, t)))) {
      return { pg_dump: join(dir, "pg_dump"), pg_restore: join(dir, "pg_restore"), psql: join(dir, "psql"), major: toolVersion(join(dir, "pg_dump")) };
    }
  }
  const major = toolVersion("pg_dump");
  if (major === null) return null;
  return { pg_dump: "pg_dump", pg_restore: "pg_restore", psql: "psql", major };
}

function requireTools(serverVersionNum) {
  const tools = postgresTools();
  const serverMajor = Math.floor(serverVersionNum / 10000);
  if (!tools) throw new BackupError("Không tìm thấy pg_dump, pg_restore và psql (gói postgresql-client). Cài chúng, đặt PG_BINDIR tới thư mục chứa chúng, hoặc dùng --logical.");
  if (tools.major < serverMajor)
    throw new BackupError(`pg_dump ${tools.major} không làm việc được với máy chủ PostgreSQL ${serverMajor}: cài postgresql-client-${serverMajor} (hoặc đặt PG_BINDIR), hoặc dùng --logical.`);
  return tools;
}

/** Runs a tool; rejects with its stderr. */
function runTool(command, args, env, { stdin, onSpawn } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: [stdin ? "pipe" : "ignore", "ignore", "pipe"] });
    onSpawn?.(child);
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${command.split("/").pop()} dừng với mã ${code ?? signal}: ${stderr.trim()}`, { refused: false }));
    });
    if (stdin) stdin(child.stdin);
  });
}

// ─── Backup ──────────────────────────────────────────────────────────────────

/**
 * Backs the database at `url` up to `file` (written as `file`.part, renamed when complete).
 * pg_dump on PostgreSQL unless `logical`; the logical format on PGlite.
 * @returns {Promise<{ file: string, format: "pg_dump" | "logical", source: { kind: string, version: string }, counts: Record<string, number>, bytes: number }>}
 */
export async function backupDatabase({ url, file, logical = false, now = new Date() }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const part = `${file}.part`;
  try {
    const source = await serverInfo(client);
    const format = source.kind === "pglite" || logical ? "logical" : "pg_dump";
    // One snapshot for the counts, the migrations and the data.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    let counts;
    try {
      await client.query(EXACT_TEXT);
      const migrations = await appliedMigrations(client);
      if (format === "pg_dump") {
        const tools = requireTools(source.versionNum);
        const { rows } = await client.query("SELECT pg_export_snapshot() AS id");
        counts = await tableCounts(client);
        const target = libpqTarget(url);
        await runTool(tools.pg_dump, ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${rows[0].id}`, `--file=${part}`, `--dbname=${target.dbname}`], target.env);
      } else {
        counts = await writeLogical(client, part, { source, migrations, now });
      }
    } finally {
      await client.query("ROLLBACK").catch(() => {});
    }
    renameSync(part, file);
    return { file, format, source, counts, bytes: statSync(file).size };
  } catch (error) {
    rmSync(part, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

async function writeLogical(client, file, { source, migrations, now }) {
  const gzip = createGzip();
  const out = createWriteStream(file);
  gzip.pipe(out);
  const closed = once(out, "close");
  const write = async (value) => {
    if (!gzip.write(JSON.stringify(value) + "\n")) await once(gzip, "drain");
  };
  const list = [];
  for (const t of await tables(client)) {
    const cols = await columns(client, t.oid);
    const { rows } = await client.query(`SELECT count(*)::bigint AS n FROM ${qualified(t.name)}`);
    list.push({ ...t, columns: cols.map((c) => c.name), rows: Number(rows[0].n) });
  }
  const sequences = [];
  const seqRows = await client.query(`SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'S' ORDER BY relname`);
  for (const { name } of seqRows.rows) {
    const { rows } = await client.query(`SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${qualified(name)}`);
    sequences.push({ name, ...rows[0] });
  }
  await write({
    format: FORMAT,
    version: FORMAT_VERSION,
    source,
    createdAt: now.toISOString(),
    migrations,
    tables: list.map((t) => ({ name: t.name, columns: t.columns, rows: t.rows })),
    sequences,
  });
  const counts = {};
  for (const t of list) {
    await write({ table: t.name });
    // Every value as its type's text form, which the same type reads back exactly (COPY's way).
    const select = t.columns.length === 0 ? "SELECT" : `SELECT ${t.columns.map((c) => `${ident(c)}::text`).join(", ")}`;
    await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR ${select} FROM ${qualified(t.name)}`);
    let n = 0;
    for (;;) {
      const { rows } = await client.query({ text: `FETCH ${BATCH_ROWS} FROM backup_rows`, rowMode: "array" });
      for (const row of rows) await write(row);
      n += rows.length;
      if (rows.length < BATCH_ROWS) break;
    }
    await client.query("CLOSE backup_rows");
    counts[t.name] = n;
  }
  await write({ end: true, rows: counts });
  gzip.end();
  await closed;
  return counts;
}

// ─── Restore ─────────────────────────────────────────────────────────────────

/** What a file is, from its first bytes: "pg_dump" (custom archive), "logical" (gzip), or null. */
export function fileFormat(file) {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupError(`Không có tệp ${file}.`);
  const fd = openSync(file, "r");
  const head = Buffer.alloc(5);
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1") === "PGDMP") return "pg_dump";
  if (head[0] === 0x1f && head[1] === 0x8b) return "logical";
  return null;
}

/** The lines of a gzip'd text file; a truncated or damaged file throws. */
async function* gzipLines(file) {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  input.on("error", (e) => gunzip.destroy(e));
  input.pipe(gunzip);
  const decoder = new StringDecoder("utf8");
  let rest = "";
  try {
    for await (const chunk of gunzip) {
      rest += decoder.write(chunk);
      let i;
      while ((i = rest.indexOf("\n")) !== -1) {
        yield rest.slice(0, i);
        rest = rest.slice(i + 1);
      }
    }
  } finally {
    // A reader that stops early (the header) closes the file too.
    input.destroy();
  }
  rest += decoder.end();
  if (rest) yield rest;
}

const NOT_A_BACKUP = (file) => `Tệp ${file} không phải bản sao lưu của Cổng mô hình CCHC (tạo bằng npm run backup): không khôi phục được.`;

/** The header of a logical backup, checked. */
export async function readLogicalHeader(file) {
  let header;
  try {
    for await (const line of gzipLines(file)) {
      header = JSON.parse(line);
      break;
    }
  } catch {
    throw new BackupError(NOT_A_BACKUP(file));
  }
  if (!header || header.format !== FORMAT) throw new BackupError(NOT_A_BACKUP(file));
  if (header.version !== FORMAT_VERSION)
    throw new BackupError(`Tệp ${file} là bản sao lưu định dạng ${header.version}, bản mã này chỉ đọc định dạng ${FORMAT_VERSION}: hãy khôi phục bằng bản mã đã tạo ra nó.`);
  return header;
}

async function targetRows(client) {
  const counts = await tableCounts(client);
  return { tables: Object.keys(counts).length, rows: Object.values(counts).reduce((a, b) => a + b, 0) };
}

/**
 * Restores `file` into the database at `url`. Refuses a database that is not empty unless
 * `force`, which replaces its schema "public" — in the same transaction as the restore, so a
 * restore that fails leaves the database as it was.
 * @returns {Promise<{ format: "pg_dump" | "logical", source: { kind: string, version: string } | null, target: { kind: string, version: string }, counts: Record<string, number>, migrations: { pending: string[], unknown: string[] } }>}
 */
export async function restoreDatabase({ url, file, force = false }) {
  const format = fileFormat(file);
  if (format === null) throw new BackupError(NOT_A_BACKUP(file));
  const header = format === "logical" ? await readLogicalHeader(file) : null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const target = await serverInfo(client);
    if (format === "pg_dump" && target.kind === "pglite") {
      throw new BackupError(
        `Tệp ${file} là bản sao lưu pg_dump của PostgreSQL: cơ sở dữ liệu nhúng (PGlite) không khôi phục được từ nó. Khôi phục vào PostgreSQL (đặt DATABASE_URL), hoặc sao lưu lại bằng npm run backup -- --logical.`,
      );
    }
    if (header) checkMigrations(header.migrations);
    if ((await schemaObjects(client)) > 0 && !force) {
      const { tables: t, rows } = await targetRows(client);
      throw new BackupError(`Cơ sở dữ liệu đích không trống (${t} bảng, ${rows.toLocaleString("vi-VN")} dòng). Khôi phục sẽ thay toàn bộ nội dung của nó; nếu chắc chắn, chạy lại với --force.`);
    }
    if (format === "pg_dump") await restorePgDump(url, file, target, force);
    else await restoreLogical(client, file, header, force);
    const counts = await tableCounts(client);
    return { format, source: header?.source ?? null, target, counts, migrations: await migrationState(client) };
  } finally {
    await client.end().catch(() => {});
  }
}

/** Every migration of the backup must be this checkout's, byte for byte: the schema is rebuilt from them. */
function checkMigrations(migrations) {
  const local = localMigrations();
  for (const m of migrations) {
    const mine = local.get(m.name);
    if (!mine) throw new BackupError(`Bản sao lưu có migration ${m.name}, mà prisma/migrations của bản mã này không có: hãy khôi phục bằng bản mã mới hơn.`);
    if (mine.checksum !== m.checksum) throw new BackupError(`Migration ${m.name} của bản sao lưu khác tệp prisma/migrations/${m.name}/migration.sql của bản mã này (checksum khác).`);
  }
}

/** After a restore: the committed migrations not yet applied (npm start applies them), and applied ones this checkout lacks. */
async function migrationState(client) {
  const { rows } = await client.query(`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
  const applied = new Set(rows.map((r) => r.name));
  const local = [...localMigrations().keys()];
  return { pending: local.filter((n) => !applied.has(n)), unknown: [...applied].filter((n) => !local.includes(n)).sort() };
}

const REPLACE_SCHEMA = "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;";

/**
 * pg_restore's script through one psql transaction: all of it or nothing. psql commits when its
 * input ends, so its input is ended only once pg_restore has exited well; otherwise psql is
 * killed, and the server rolls the transaction back.
 */
async function restorePgDump(url, file, target, force) {
  const tools = requireTools(target.versionNum);
  const t = libpqTarget(url);
  const producer = spawn(tools.pg_restore, ["--no-owner", "--no-privileges", "--file=-", file], { stdio: ["ignore", "pipe", "pipe"] });
  let producerErr = "";
  producer.stderr.on("data", (d) => (producerErr += d));
  const produced = new Promise((resolve) => {
    producer.on("error", (error) => resolve({ code: -1, error }));
    producer.on("close", (code) => resolve({ code }));
  });
  let consumer;
  const restored = runTool(tools.psql, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-f", "-", `--dbname=${t.dbname}`], t.env, {
    stdin: (stdin) => {
      stdin.on("error", () => {});
      if (force) stdin.write(REPLACE_SCHEMA + "\n");
      producer.stdout.pipe(stdin, { end: false });
      void produced.then(({ code }) => {
        if (code === 0) stdin.end();
        else consumer?.kill("SIGKILL");
      });
    },
    onSpawn: (child) => (consumer = child),
  });
  const { code, error } = await produced;
  if (code !== 0) {
    await restored.catch(() => {});
    throw new BackupError(`pg_restore không đọc được ${file} (${error ? error.message : `mã ${code}`}): ${producerErr.trim()}`, { refused: false });
  }
  await restored;
}

async function restoreLogical(client, file, header, force) {
  await client.query("BEGIN");
  try {
    await client.query(EXACT_TEXT);
    if (force) await client.query(REPLACE_SCHEMA);
    // The schema as Prisma built it: the same migration files, then its own bookkeeping table.
    const local = localMigrations();
    for (const m of header.migrations) await client.query(readFileSync(local.get(m.name).file, "utf8"));
    await client.query(PRISMA_MIGRATIONS_TABLE);

    const targetTables = new Map((await tables(client)).map((t) => [t.name, t]));
    const types = new Map();
    for (const t of header.tables) {
      const mine = targetTables.get(t.name);
      if (!mine) throw new BackupError(`Bảng ${t.name} của bản sao lưu không có trong lược đồ dựng lại từ migration.`, { refused: false });
      const cols = new Map((await columns(client, mine.oid)).map((c) => [c.name, c.type]));
      const missing = t.columns.filter((c) => !cols.has(c));
      if (missing.length) throw new BackupError(`Bảng ${t.name}: cột ${missing.join(", ")} của bản sao lưu không có trong lược đồ dựng lại từ migration.`, { refused: false });
      types.set(
        t.name,
        t.columns.map((c) => cols.get(c)),
      );
    }
    // Rows as they were: no trigger recomputes them (the dossier roll-ups are data of their own),
    // and foreign keys come back after the load, checked over all rows (pg_dump's order).
    const { rows: fks } = await client.query(
      `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY conrelid::regclass::text, conname`,
    );
    for (const fk of fks) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${ident(fk.conname)}`);
    for (const name of targetTables.keys()) await client.query(`ALTER TABLE ${qualified(name)} DISABLE TRIGGER USER`);

    const counts = await loadRows(client, file, header, types);
    for (const t of header.tables) {
      if (counts.loaded[t.name] !== t.rows) throw new BackupError(`Bảng ${t.name}: bản sao lưu ghi ${t.rows} dòng nhưng chỉ đọc được ${counts.loaded[t.name] ?? 0}: tệp bị hỏng.`, { refused: false });
    }

    for (const name of targetTables.keys()) await client.query(`ALTER TABLE ${qualified(name)} ENABLE TRIGGER USER`);
    for (const fk of fks) await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${ident(fk.conname)} ${fk.def}`);
    for (const s of header.sequences) await client.query(`SELECT setval($1::regclass, $2::bigint, $3::boolean)`, [qualified(s.name), s.lastValue, s.isCalled]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/** Prisma's own table, as `prisma migrate` creates it (its rows come from the backup). */
const PRISMA_MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

async function loadRows(client, file, header, types) {
  const byName = new Map(header.tables.map((t) => [t.name, t]));
  const loaded = {};
  let table = null;
  let insert = null;
  let batch = [];
  let chars = 0;
  let ended = false;
  const flush = async () => {
    if (batch.length === 0) return;
    await client.query(insert, [JSON.stringify(batch)]);
    loaded[table.name] += batch.length;
    batch = [];
    chars = 0;
  };
  let first = true;
  try {
    for await (const line of gzipLines(file)) {
      if (first) {
        first = false; // the header, read already
        continue;
      }
      if (line === "") continue;
      const value = JSON.parse(line);
      if (Array.isArray(value)) {
        if (!table) throw new Error("row before table");
        batch.push(value);
        chars += line.length;
        if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
      } else if (value.table) {
        await flush();
        table = byName.get(value.table);
        if (!table) throw new Error(`unknown table ${value.table}`);
        loaded[table.name] = 0;
        const ts = types.get(table.name);
        const values = table.columns.map((_, i) => `(r->>${i})::${ts[i]}`).join(", ");
        insert = `INSERT INTO ${qualified(table.name)} (${table.columns.map(ident).join(", ")}) OVERRIDING SYSTEM VALUE SELECT ${values} FROM json_array_elements($1::json) AS r`;
      } else if (value.end) {
        await flush();
        ended = true;
      }
    }
  } catch (error) {
    if (error instanceof BackupError || error instanceof pg.DatabaseError) throw error; // a database error keeps its own message
    throw new BackupError(`Tệp ${file} bị hỏng hoặc không đầy đủ (${error.message}): không khôi phục gì.`, { refused: false });
  }
  if (!ended) throw new BackupError(`Tệp ${file} không đầy đủ (thiếu phần kết): không khôi phục gì.`, { refused: false });
  return { loaded };
}

// ─── The commands' database ──────────────────────────────────────────────────

/**
 * The database the commands work on, as `npm start` chooses it: DATABASE_URL, else the embedded
 * database (EMBEDDED_DB_PORT, EMBEDDED_DB_DIR), the running one or one started for the command.
 * `mustExist`: refuse to create an embedded database that is not there (nothing to back up).
 */
export async function commandDatabase({ mustExist = false } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const port = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  const dataDir = resolve(root, process.env.EMBEDDED_DB_DIR ?? "data/pglite");
  if (mustExist && !(await canConnect(port)) && !existsSync(join(dataDir, "PG_VERSION"))) {
    throw new BackupError(`Chưa có cơ sở dữ liệu nhúng ở ${dataDir} (và không có cái nào chạy ở cổng ${port}): không có gì để sao lưu. Đặt DATABASE_URL để sao lưu PostgreSQL.`);
  }
  const db = await startEmbeddedDb({ port, dataDir });
  return { url: db.url, embedded: true, dataDir, stop: db.stop };
}

/** The counts as an aligned list, for the commands' output. */
export function countLines(counts) {
  const names = Object.keys(counts);
  const width = Math.max(...names.map((n) => n.length), 4);
  return names.map((n) => `    ${n.padEnd(width)} ${counts[n].toLocaleString("vi-VN").padStart(10)}`);
}

export function totalRows(counts) {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
