#!/usr/bin/env node
// `npm run backup`: a backup of the app's database — PostgreSQL at DATABASE_URL (pg_dump), else
// the embedded database (running or not) — to ./backups/cchc-<UTC time>-<kind>.<ext>.
//   npm run backup -- --out FILE     another file
//   npm run backup -- --logical      PostgreSQL in the portable format (restorable into PGlite too)
// Restore with `npm run restore -- FILE`. Formats and reasons: docs/decisions/013-backup-and-restore.md.
import { mkdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { BackupError, backupDatabase, commandDatabase, countLines, totalRows } from "./backup-lib.mjs";
import { loadDotEnv, log, root } from "./lib.mjs";

const { values } = parseArgs({ options: { out: { type: "string" }, logical: { type: "boolean", default: false } } });
loadDotEnv();

let database = null;
try {
  database = await commandDatabase({ mustExist: true });
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  const kind = database.embedded ? "pglite" : "postgresql";
  const file = resolve(values.out ?? join(root, "backups", `cchc-${stamp}-${kind}${database.embedded || values.logical ? ".jsonl.gz" : ".dump"}`));
  mkdirSync(dirname(file), { recursive: true });
  log(`Sao lưu ${database.embedded ? `cơ sở dữ liệu nhúng (${database.dataDir})` : "cơ sở dữ liệu tại DATABASE_URL"}…`);
  const result = await backupDatabase({ url: database.url, file, logical: values.logical });
  const shown = relative(process.cwd(), result.file) || result.file;
  const how = result.format === "pg_dump" ? "bằng pg_dump (định dạng custom)" : "theo định dạng logic của ứng dụng";
  const size = (result.bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 });
  process.stdout.write(
    [
      `✓ Đã sao lưu ${result.source.version} ${how} vào ${shown} (${size} MB): ${Object.keys(result.counts).length} bảng, ${totalRows(result.counts).toLocaleString("vi-VN")} dòng.`,
      ...countLines(result.counts),
      `Khôi phục vào một cơ sở dữ liệu trống: npm run restore -- ${shown}`,
      "",
    ].join("\n"),
  );
} catch (error) {
  process.stderr.write(`\x1b[31m✗ ${error instanceof BackupError ? error.message : `Sao lưu không thành công: ${error.message}`}\x1b[0m\n`);
  process.exitCode = error instanceof BackupError && error.refused ? 2 : 1;
} finally {
  await database?.stop();
}
