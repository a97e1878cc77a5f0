import type { ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineAction } from "@/server/action";
import { createDb, type Db } from "@/server/db";
import { isDatabaseUnavailable, statusOf, toErrorBody } from "@/server/errors";
import { readiness, readyResponse } from "@/server/health";
// @ts-expect-error -- plain ES module shared with the CLI scripts
import { migrate, root } from "../../src/cli/lib.mjs";
import { embeddedDbPassword, embeddedDbUrl } from "../../src/cli/embedded-db-auth.mjs";
import { spawnUntilReady } from "../../src/cli/supervise.mjs";
// @ts-expect-error -- plain ES module shared with the CLI scripts
import { freePort } from "../../src/cli/test-stack.mjs";

/**
 * Finding 17 of issue #19: the embedded database killed under a running app. This test runs
 * its own database server (src/cli/db-server.mjs on a data directory of its own), kills it,
 * and starts it again on the same port: the same Prisma client answers 503-style errors while
 * it is away and queries again once it is back, without being recreated.
 */

const dir = mkdtempSync(join(tmpdir(), "cchc-db-restart-"));
let port: number;
let url: string;
let server: ChildProcess | null = null;
let client: Db;

async function startServer(): Promise<ChildProcess> {
  const start = spawnUntilReady(process.execPath, [join(root, "src/cli/db-server.mjs"), "--data", join(dir, "pglite"), "--port", String(port)], {
    cwd: root,
    readyPattern: /^ready /m,
    forward: () => {},
    timeoutMs: 120_000,
  });
  return start();
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  port = await freePort();
  // The server reads the password the data directory's file keeps (made here first).
  url = embeddedDbUrl(port, embeddedDbPassword(join(dir, "pglite")));
  server = await startServer();
  await migrate(url);
  client = createDb(url, 4);
}, 240_000);

afterAll(async () => {
  await client?.$disconnect().catch(() => {});
  if (server) await kill(server);
  rmSync(dir, { recursive: true, force: true });
});

describe("the app rides out a restart of the embedded database (finding 17)", () => {
  it("ready: the database answers and every shipped migration is applied; a shipped migration not applied makes it not ready", async () => {
    expect(await readiness(client)).toMatchObject({ ready: true, database: "ok", reasons: [] });
    const shipped = join(dir, "migrations");
    cpSync(join(root, "prisma/migrations"), shipped, { recursive: true });
    mkdirSync(join(shipped, "29991231000000_not_yet"));
    writeFileSync(join(shipped, "29991231000000_not_yet", "migration.sql"), "SELECT 1;\n");
    const result = await readiness(client, shipped);
    expect(result).toMatchObject({ ready: false, database: "ok", migrations: { pending: ["29991231000000_not_yet"] } });
    expect(result.reasons[0]).toContain("Còn 1 migration chưa áp dụng: 29991231000000_not_yet");
    const response = await readyResponse(client, shipped);
    expect(response.status).toBe(503);
  });

  it("killed: queries fail as UNAVAILABLE (503, Retry-After, Vietnamese), /api/ready says why; started again on the same port: the same client queries again", async () => {
    // Open idle connections, which the kill breaks: their 'error' must not crash the process.
    await Promise.all(Array.from({ length: 4 }, () => client.$queryRaw`SELECT pg_sleep(0.05)::text AS slept`));
    const usersBefore = await client.user.count();
    await kill(server!);
    server = null;

    for (const attempt of [() => client.user.count(), () => client.$queryRaw`SELECT 1`, () => client.$transaction((tx) => tx.user.count())]) {
      const error = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect(isDatabaseUnavailable(error)).toBe(true);
      const body = toErrorBody(error);
      expect(body).toEqual({ code: "UNAVAILABLE", message: "Cơ sở dữ liệu đang khởi động lại… Vui lòng thử lại sau ít giây.", retryAfterSeconds: 5 });
      expect(statusOf(body.code)).toBe(503);
    }
    // A server action whose session check meets the database away returns a retryable error; it does not throw.
    const noop = defineAction({ name: "test.noop", input: z.object({}), permission: "public", run: async () => ({ data: 1, audit: [] }) });
    const actorFromSession = () => client.user.count().then(() => ({ kind: "public" as const }));
    expect(await noop(actorFromSession, {})).toEqual({ ok: false, error: { code: "UNAVAILABLE", message: "Cơ sở dữ liệu đang khởi động lại… Vui lòng thử lại sau ít giây.", retryAfterSeconds: 5 }, values: {} });

    const down = await readyResponse(client);
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("5");
    expect(await down.json()).toMatchObject({ ready: false, database: "unreachable", reasons: ["Không kết nối được cơ sở dữ liệu (đang dừng hoặc đang khởi động lại)."] });

    server = await startServer();
    const back = await eventually(
      () => readiness(client),
      (r) => r.ready,
    );
    expect(back).toMatchObject({ ready: true, database: "ok" });
    expect(await client.user.count()).toBe(usersBefore);
    const many = await Promise.all(Array.from({ length: 8 }, (_, i) => client.$queryRaw<{ n: number }[]>`SELECT ${i}::int AS n`));
    expect(many.map((rows) => rows[0]!.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("a bug is not an outage: a protocol or SQL error stays a 500", async () => {
    const error = await client.$queryRawUnsafe("SELECT * FROM no_such_table").catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isDatabaseUnavailable({ code: "08P01", message: "bind message supplies 1 parameters, but prepared statement \"\" requires 3" })).toBe(false);
    expect(toErrorBody(new Error("boom")).code).toBe("INTERNAL");
  });
});
