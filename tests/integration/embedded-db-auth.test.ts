import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedDbPassword, embeddedDbUrl, passwordFile } from "../../src/cli/embedded-db-auth.mjs";
// @ts-expect-error -- plain ES module shared with the CLI scripts
import { root } from "../../src/cli/lib.mjs";
import { startPgliteServer, type PgliteServer } from "../../src/cli/pglite-server.mjs";
import { spawnUntilReady } from "../../src/cli/supervise.mjs";
// @ts-expect-error -- plain ES module shared with the CLI scripts
import { freePort } from "../../src/cli/test-stack.mjs";

/**
 * Finding 15 of issue #19: the embedded database answered anyone on 127.0.0.1:54329 without a
 * password (PGlite itself accepts every startup). src/cli/pglite-server.mjs now asks for the
 * password kept beside the data directory before PGlite sees the connection.
 */

/** Connects once with `password` and runs SELECT 1; the error code when refused. */
async function tryConnect(port: number, password: string | undefined): Promise<string> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres", password, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const { rows } = await client.query("SELECT 1 AS one");
    return rows[0]?.one === 1 ? "ok" : "wrong answer";
  } catch (error) {
    return (error as { code?: string }).code ?? (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

describe("the embedded database asks every connection for its password (finding 15)", () => {
  let db: PGlite;
  let server: PgliteServer;
  const password = "s3cret-for-this-test";

  beforeAll(async () => {
    db = await PGlite.create("memory://");
    server = await startPgliteServer({ db, port: 0, maxConnections: 16, password });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  it("no password, the old default «postgres» or a wrong one: refused with PostgreSQL's 28P01", async () => {
    // pg sends an empty password when none is set and the server asks for one.
    expect(await tryConnect(server.port, "")).not.toBe("ok");
    expect(await tryConnect(server.port, "postgres")).toBe("28P01");
    expect(await tryConnect(server.port, `${password}x`)).toBe("28P01");
    expect(server.connections()).toBe(0);
  });

  it("the right password opens it, also for many connections at once", async () => {
    expect(await tryConnect(server.port, password)).toBe("ok");
    const pool = new pg.Pool({ connectionString: embeddedDbUrl(server.port, password), max: 8 });
    try {
      const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => pool.query("SELECT $1::int AS n", [i]).then((r) => r.rows[0]?.n)));
      expect(answers).toEqual(Array.from({ length: 200 }, (_, i) => i));
    } finally {
      await pool.end();
    }
  });
});

describe("db-server.mjs on a data directory", () => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-db-auth-"));
  const dataDir = join(dir, "pglite");
  let port: number;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    port = await freePort();
    // Started as `npm run db` would be, with no password in its environment.
    const env = { ...process.env };
    delete env.EMBEDDED_DB_PASSWORD;
    child = await spawnUntilReady(process.execPath, [join(root, "src/cli/db-server.mjs"), "--data", dataDir, "--port", String(port)], {
      cwd: root,
      env,
      readyPattern: /^ready /m,
      forward: () => {},
      timeoutMs: 120_000,
    })();
  }, 180_000);
  afterAll(async () => {
    if (child && child.exitCode === null) {
      await new Promise<void>((resolve) => {
        child!.once("exit", () => resolve());
        child!.kill("SIGTERM");
      });
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("makes a password on first start, readable by its owner only, and asks for it", async () => {
    const file = passwordFile(dataDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const password = embeddedDbPassword(dataDir);
    expect(password.length).toBeGreaterThanOrEqual(40);
    expect(await tryConnect(port, "postgres")).toBe("28P01");
    expect(await tryConnect(port, password)).toBe("ok");
  });
});
