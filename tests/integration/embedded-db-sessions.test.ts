import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPgliteServer, type PgliteServer } from "../../src/cli/pglite-server.mjs";

/**
 * Finding 16 of issue #19: «bind message supplies 1 parameters…» under concurrent load. PGlite
 * is one backend session shared by every connection of the embedded database; pglite-socket
 * 0.2.17 schedules single protocol messages, so a client whose Parse and Bind reach the server
 * in two reads gets another connection's Parse in between. src/cli/pglite-server.mjs keeps a
 * connection's session until the backend is idle again. These tests start their own servers.
 */

// The frontend messages of the extended protocol, as a client sends them.
function message(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(5);
  head.write(type, 0, "latin1");
  head.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([head, body]);
}
const cstring = (s: string) => Buffer.from(`${s}\0`);
const int16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const parse = (sql: string) => message("P", cstring(""), cstring(sql), int16(0));
const bind = (values: string[]) => message("B", cstring(""), cstring(""), int16(0), int16(values.length), ...values.flatMap((v) => [int32(Buffer.byteLength(v)), Buffer.from(v)]), int16(0));
const describePortal = () => message("D", Buffer.from("P"), cstring(""));
const execute = () => message("E", cstring(""), int32(0));
const sync = () => message("S");

/** A raw protocol connection: what it receives, as text, and a way to wait for ReadyForQuery. */
async function rawConnection(port: number) {
  const socket = net.connect(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  let received = Buffer.alloc(0);
  socket.on("data", (d) => (received = Buffer.concat([received, d])));
  const startup = Buffer.concat([int32(196608), cstring("user"), cstring("postgres"), cstring("database"), cstring("postgres"), Buffer.from([0])]);
  socket.write(Buffer.concat([int32(startup.length + 4), startup]));
  const readyCount = () => received.toString("latin1").split("Z\0\0\0\u0005").length - 1;
  const waitReady = async (count: number) => {
    for (let i = 0; i < 200 && readyCount() < count; i++) await new Promise((r) => setTimeout(r, 10));
    expect(readyCount()).toBeGreaterThanOrEqual(count);
  };
  await waitReady(1);
  return { socket, text: () => received.toString("latin1"), waitReady, readyCount };
}

/**
 * Between the pool and the server, a link on which each frontend message leaves on its own
 * turn, as it does from an app process that is busy between its writes (two shared cores): the
 * server reads a client's Parse before its Bind.
 */
async function slowLink(targetPort: number) {
  const sockets = new Set<net.Socket>();
  const proxy = net.createServer((client) => {
    const upstream = net.connect(targetPort, "127.0.0.1");
    sockets.add(client).add(upstream);
    upstream.pipe(client);
    let buffer = Buffer.alloc(0);
    let started = false;
    let chain = Promise.resolve();
    client.on("data", (d) => {
      buffer = Buffer.concat([buffer, d]);
      for (;;) {
        const length = started ? (buffer.length >= 5 ? 1 + buffer.readInt32BE(1) : 0) : buffer.length >= 4 ? buffer.readInt32BE(0) : 0;
        if (length === 0 || buffer.length < length) break;
        const one = buffer.subarray(0, length);
        buffer = buffer.subarray(length);
        started = true;
        chain = chain.then(() => new Promise<void>((r) => setTimeout(() => (upstream.write(one), r()), 1)));
      }
    });
    for (const s of [client, upstream]) {
      s.on("error", () => {});
      s.on("close", () => (client.destroy(), upstream.destroy()));
    }
  });
  await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
  return {
    port: (proxy.address() as net.AddressInfo).port,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((r) => proxy.close(() => r()));
    },
  };
}

/** Many concurrent parameterised queries of two shapes from several pool clients; what went wrong, counted. */
async function concurrentQueries(port: number, count = 300) {
  const pool = new pg.Pool({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`, max: 8 });
  const failures: string[] = [];
  pool.on("error", (e) => failures.push(`idle client: ${e.message}`));
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      try {
        if (i % 2) {
          const { rows } = await pool.query("SELECT $1::int AS n", [i]);
          if (rows[0]?.n !== i) failures.push(`wrong rows for ${i}: ${JSON.stringify(rows)}`);
        } else {
          const { rows } = await pool.query("SELECT $1::text AS label, $2::int AS n, $3::int AS two", [`q${i}`, i, 2]);
          if (rows[0]?.n !== i || rows[0]?.label !== `q${i}`) failures.push(`wrong rows for ${i}: ${JSON.stringify(rows)}`);
        }
      } catch (error) {
        failures.push((error as Error).message);
      }
    }),
  );
  await pool.end();
  return failures;
}

describe("the embedded database serves each connection its own session (finding 16)", () => {
  let db: PGlite;
  let server: PgliteServer;

  beforeAll(async () => {
    db = await PGlite.create("memory://");
    server = await startPgliteServer({ db, port: 0, maxConnections: 16 });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  it("a connection's Parse and Bind stay together while another connection runs a query in between", async () => {
    const a = await rawConnection(server.port);
    const b = await rawConnection(server.port);
    a.socket.write(parse("SELECT $1::int AS n"));
    await new Promise((r) => setTimeout(r, 30));
    b.socket.write(Buffer.concat([parse("SELECT 1 AS one"), bind([]), describePortal(), execute(), sync()]));
    await new Promise((r) => setTimeout(r, 30));
    a.socket.write(Buffer.concat([bind(["7"]), describePortal(), execute(), sync()]));
    await a.waitReady(2);
    await b.waitReady(2);
    expect(a.text()).not.toContain("bind message supplies");
    expect(a.text()).toContain("SELECT 1"); // CommandComplete of a's one-row SELECT
    expect(b.text()).toContain("one");
    a.socket.destroy();
    b.socket.destroy();
  });

  it("many concurrent parameterised queries from several pool clients over a slow link: each gets its own answer", async () => {
    const link = await slowLink(server.port);
    try {
      expect(await concurrentQueries(link.port)).toEqual([]);
    } finally {
      await link.close();
    }
  });

  it("a connection that goes away in the middle of a statement leaves nothing behind and does not block the others", async () => {
    const setup = await rawConnection(server.port);
    setup.socket.write(message("Q", cstring("CREATE TABLE abandoned (n int)")));
    await setup.waitReady(2);
    const a = await rawConnection(server.port);
    // An INSERT executed without its Sync, then the connection drops.
    a.socket.write(Buffer.concat([parse("INSERT INTO abandoned VALUES ($1)"), bind(["1"]), execute()]));
    await new Promise((r) => setTimeout(r, 50));
    a.socket.destroy();
    // A transaction block left open, then the connection drops.
    const t = await rawConnection(server.port);
    t.socket.write(message("Q", cstring("BEGIN; INSERT INTO abandoned VALUES (2)")));
    await t.waitReady(2);
    t.socket.destroy();
    setup.socket.write(message("Q", cstring("SELECT count(*)::text AS c FROM abandoned")));
    await setup.waitReady(3);
    expect(setup.text()).toMatch(/D\0\0\0\x0b\0\x01\0\0\0\x010/); // one row, one column: "0"
    setup.socket.destroy();
  });

  it("a transaction keeps its connection's session: another connection's statement waits for the COMMIT", async () => {
    const pool = new pg.Pool({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${server.port}/postgres`, max: 4 });
    try {
      await pool.query("CREATE TABLE IF NOT EXISTS counter (n int)");
      const tx = await pool.connect();
      await tx.query("BEGIN");
      await tx.query("INSERT INTO counter VALUES ($1)", [1]);
      const outside = pool.query("SELECT count(*)::int AS c FROM counter");
      await new Promise((r) => setTimeout(r, 50));
      await tx.query("COMMIT");
      tx.release();
      expect((await outside).rows[0].c).toBe(1);
    } finally {
      await pool.end();
    }
  });
});

describe("pglite-socket's own server (why src/cli/pglite-server.mjs replaces its queue)", () => {
  it("0.2.17 lets another connection's Parse in between a connection's Parse and Bind", async () => {
    const db = await PGlite.create("memory://");
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 4 });
    await server.start();
    const port = Number(server.getServerConn().split(":").pop());
    try {
      const a = await rawConnection(port);
      const b = await rawConnection(port);
      a.socket.write(parse("SELECT $1::int AS n"));
      await new Promise((r) => setTimeout(r, 30));
      b.socket.write(Buffer.concat([parse("SELECT 1 AS one"), bind([]), describePortal(), execute(), sync()]));
      await b.waitReady(2);
      a.socket.write(Buffer.concat([bind(["7"]), describePortal(), execute(), sync()]));
      await a.waitReady(2);
      // When this fails, upstream has fixed it: src/cli/pglite-server.mjs may go back to PGLiteSocketServer.
      expect(a.text()).toContain('bind message supplies 1 parameters, but prepared statement "" requires 0');
      a.socket.destroy();
      b.socket.destroy();
    } finally {
      await server.stop();
      await db.close();
    }
  });
});
