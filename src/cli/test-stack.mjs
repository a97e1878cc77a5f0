// A throw-away stack for tests: a fresh database (in-memory PGlite, or a new database on a
// PostgreSQL server), migrated with the committed migrations and seeded with the demo data,
// and optionally the built app served on it.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { baseEnv, migrate, root, seed, startEmbeddedDb } from "./lib.mjs";

/**
 * The instant every test stack runs at: the seed generates its history up to it and the
 * served app's clock starts there, so a run never depends on the day it is made. TEST_NOW
 * moves it, to show that the suites pass on other days too (src/cli/test-clocks.mjs).
 */
export const DEFAULT_TEST_NOW = "2026-12-07T09:00:00+07:00";

export function testNow() {
  const value = process.env.TEST_NOW || DEFAULT_TEST_NOW;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(new Date(value).getTime())) {
    throw new Error(`TEST_NOW phải là thời điểm ISO 8601, ví dụ ${DEFAULT_TEST_NOW} (đang là «${value}»).`);
  }
  return value;
}

export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

async function createPostgresDatabase(adminUrl) {
  const { default: pg } = await import("pg");
  const name = `cchc_test_${process.pid}_${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Is a PostgreSQL server reachable at this URL? */
export async function postgresReachable(url) {
  if (!url) return false;
  try {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    await client.connect();
    await client.query("SELECT 1");
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export async function waitForHttp(url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
      lastError = new Error(`HTTP ${res.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`Máy chủ thử nghiệm không trả lời ở ${url}: ${lastError?.message}`);
}

/**
 * The seed runs at `clock` (default: testNow()); the app's clock starts at `simulatedStart`
 * when given (a historical plan's day), else at `clock`.
 * @param {{ target?: "pglite" | "postgres", postgresUrl?: string, server?: boolean, port?: number,
 *           clock?: string, simulatedStart?: string, seedArgs?: string[], quiet?: boolean }} options
 */
export async function startTestStack(options = {}) {
  const target = options.target ?? "pglite";
  const clock = options.clock ?? testNow();
  const stops = [];
  let databaseUrl;
  if (target === "postgres") {
    const db = await createPostgresDatabase(options.postgresUrl);
    databaseUrl = db.url;
    stops.push(() => db.drop());
  } else {
    const embedded = await startEmbeddedDb({ port: await freePort(), memory: true });
    databaseUrl = embedded.url;
    stops.push(() => embedded.stop());
  }
  await migrate(databaseUrl);
  await seed(databaseUrl, options.seedArgs ?? [], { SEED_NOW: clock });

  let baseUrl = null;
  if (options.server) {
    const port = options.port ?? (await freePort());
    baseUrl = `http://127.0.0.1:${port}`;
    const env = baseEnv({
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "test-secret-that-is-long-enough-0123456789",
      NEXTAUTH_URL: baseUrl,
      PUBLIC_URL: baseUrl,
      PORT: String(port),
      // The tests stand in for one reverse proxy: the X-Forwarded-For they send is the client.
      TRUSTED_PROXIES: "1",
      APP_SIMULATED_START: options.simulatedStart ?? clock,
    });
    const child = spawn(process.execPath, [join(root, "src/cli/serve.mjs"), "--port", String(port), "--host", "127.0.0.1"], {
      cwd: root,
      env,
      stdio: options.quiet === false ? "inherit" : ["ignore", "ignore", "inherit"],
    });
    stops.unshift(
      () =>
        new Promise((resolvePromise) => {
          if (child.exitCode !== null) return resolvePromise();
          child.once("exit", () => resolvePromise());
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 5000).unref();
        }),
    );
    await waitForHttp(`${baseUrl}/`);
  }
  return {
    databaseUrl,
    baseUrl,
    clock,
    async stop() {
      for (const stop of stops) await stop().catch(() => {});
    },
  };
}

export const projectRoot = root;
export const nextBin = join(root, "node_modules/next/dist/bin/next");
