#!/usr/bin/env node
// The embedded database: PGlite (PostgreSQL compiled to WASM) with its data under ./data,
// served over the PostgreSQL wire protocol on loopback so that the app, the Prisma CLI and
// the tests all talk plain `pg` to it. Used when DATABASE_URL is unset.
//
//   node src/cli/db-server.mjs [--data ./data/pglite | --memory] [--port 54329]
//
// Every connection must give the password: EMBEDDED_DB_PASSWORD, else the one kept beside the
// data directory (data/embedded-db-password, made on first start; src/cli/embedded-db-auth.mjs).
//
// PGlite holds its data directory exclusively: one server per directory.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { embeddedDbPassword, embeddedDbUrl, passwordFile } from "./embedded-db-auth.mjs";
import { startPgliteServer } from "./pglite-server.mjs";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: "./data/pglite" },
    memory: { type: "boolean", default: false },
    port: { type: "string", default: "54329" },
    host: { type: "string", default: "127.0.0.1" },
    // Two app pools (the served app and a test process, 10 each by default) must fit at once.
    "max-connections": { type: "string", default: "32" },
  },
});

const dataDir = values.memory ? "memory://" : resolve(values.data);
if (!values.memory) mkdirSync(dataDir, { recursive: true });

const password = process.env.EMBEDDED_DB_PASSWORD || embeddedDbPassword(values.memory ? undefined : dataDir);
const db = await PGlite.create(dataDir);
// Several connections, one session at a time: a connection keeps PGlite's single backend from
// its first message until the backend is idle again (the end of a query, of an extended-protocol
// sequence, of a transaction), so no two connections' statements mix (pglite-server.mjs).
const server = await startPgliteServer({
  db,
  host: values.host,
  port: Number(values.port),
  maxConnections: Number(values["max-connections"]),
  password,
});
// The password is not printed for a data directory: it stays in its file.
const shown = values.memory || process.env.EMBEDDED_DB_PASSWORD ? embeddedDbUrl(server.port, "***", values.host) : `${embeddedDbUrl(server.port, "***", values.host)} (mật khẩu trong ${passwordFile(dataDir)})`;
process.stdout.write(`ready ${shown}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => {});
  // Closing flushes PGlite's files; without it a restart may replay the WAL.
  await db.close().catch(() => {});
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
process.on("SIGHUP", stop);
// When started by `npm start`, stop with the parent.
process.on("disconnect", stop);
