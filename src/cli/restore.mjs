#!/usr/bin/env node
// `npm run restore -- FILE`: restores a backup of `npm run backup` into the app's database —
// PostgreSQL at DATABASE_URL, else the embedded database (EMBEDDED_DB_DIR, created if absent).
// The database must be empty; `--force` replaces what it holds (in the restore's transaction,
// so a restore that fails changes nothing). Stop the app first: it would see the data change.
//   npm run restore -- --force FILE
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { BackupError, commandDatabase, countLines, kindLabel, restoreDatabase, totalRows } from "./backup-lib.mjs";
import { loadDotEnv, log } from "./lib.mjs";

let parsed;
try {
  parsed = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
} catch (error) {
  parsed = { error };
}
if (parsed.error || parsed.positionals.length !== 1) {
  process.stderr.write(`\x1b[31m✗ ${parsed.error ? `${parsed.error.message}. ` : ""}Cách dùng: npm run restore -- [--force] TỆP_SAO_LƯU\x1b[0m\n`);
  process.exit(2);
}
loadDotEnv();
const file = resolve(parsed.positionals[0]);
const shown = relative(process.cwd(), file) || file;

let database = null;
try {
  database = await commandDatabase();
  log(`Khôi phục ${shown} vào ${database.embedded ? `cơ sở dữ liệu nhúng (${database.dataDir})` : "cơ sở dữ liệu tại DATABASE_URL"}…`);
  const result = await restoreDatabase({ url: database.url, file, force: parsed.values.force });
  const from = result.source ? result.source.version : "PostgreSQL (pg_dump)";
  const lines = [
    `✓ Đã khôi phục bản sao lưu của ${from} vào ${kindLabel(result.target.kind)}: ${Object.keys(result.counts).length} bảng, ${totalRows(result.counts).toLocaleString("vi-VN")} dòng.`,
    ...countLines(result.counts),
  ];
  const { pending, unknown } = result.migrations;
  if (pending.length > 0) lines.push(`Còn ${pending.length} migration của bản mã này chưa áp dụng (${pending.join(", ")}): npm start sẽ áp dụng.`);
  if (unknown.length > 0) lines.push(`Cảnh báo: cơ sở dữ liệu có migration mà bản mã này không có (${unknown.join(", ")}).`);
  if (pending.length === 0 && unknown.length === 0) lines.push("Migration: khớp với bản mã này, không còn gì để áp dụng.");
  process.stdout.write(lines.join("\n") + "\n");
} catch (error) {
  process.stderr.write(`\x1b[31m✗ ${error instanceof BackupError ? error.message : `Khôi phục không thành công, cơ sở dữ liệu không đổi: ${error.message}`}\x1b[0m\n`);
  process.exitCode = error instanceof BackupError && error.refused ? 2 : 1;
} finally {
  await database?.stop();
}
