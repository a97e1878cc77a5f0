// The embedded database's socket server: PGlite over the PostgreSQL wire protocol, one
// connection's session at a time.
//
// PGlite is ONE PostgreSQL backend, so every connection shares its session: the unnamed
// prepared statement and portal, named statements, SET values, the transaction. pglite-socket
// (0.2.17, unchanged in 0.2.18; upstream issue electric-sql/pglite#1046) schedules each
// protocol *message* separately and keeps a connection exclusive only inside an explicit
// BEGIN … COMMIT. An extended-protocol query (Parse, Bind, Describe, Execute, Sync) is not in
// such a block between its messages, so when a client's messages reach the server in more
// than one read, another connection's Parse lands between this one's Parse and Bind:
// «bind message supplies 1 parameters, but prepared statement "" requires 3», «portal ""
// does not exist», or, when the shapes match, another query's rows (tests/integration/
// embedded-db-sessions.test.ts). Its queue also stops for good after one failed message.
//
// SessionQueue below replaces pglite-socket's queue (PGLiteSocketHandler takes it as
// `queryQueue`): a connection that has sent a message owns the backend until PGlite answers
// ReadyForQuery with status idle ('I') — the end of a simple query, of an extended-protocol
// sequence at its Sync, or of a transaction block. Others wait their turn, first come first
// served. A connection that goes away while it owns the backend has its unfinished work
// rolled back.
import { createHash, timingSafeEqual } from "node:crypto";
import { createServer } from "node:net";
import { PGLiteSocketHandler } from "@electric-sql/pglite-socket";

const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'

/** Watches a backend's output across chunks for ReadyForQuery and remembers its status byte. */
export function readyStatusReader() {
  let header = Buffer.alloc(0);
  let type = 0;
  let left = 0;
  let status = null;
  return {
    push(chunk) {
      let i = 0;
      while (i < chunk.length) {
        if (left > 0) {
          if (type === READY_FOR_QUERY) status = chunk[i];
          const n = Math.min(left, chunk.length - i);
          left -= n;
          i += n;
          continue;
        }
        const need = 5 - header.length;
        header = Buffer.concat([header, chunk.subarray(i, i + need)]);
        i += Math.min(need, chunk.length - i);
        if (header.length === 5) {
          type = header[0];
          left = header.readInt32BE(1) - 4;
          header = Buffer.alloc(0);
        }
      }
    },
    /** The status of the last ReadyForQuery seen ('I', 'T' or 'E' as a byte), or null. */
    get status() {
      return status;
    },
  };
}

/** A frontend message: type byte, length, body. */
function frontendMessage(type, body) {
  const out = Buffer.alloc(5 + body.length);
  out.write(type, 0, "latin1");
  out.writeInt32BE(4 + body.length, 1);
  body.copy(out, 5);
  return out;
}

/** The queue pglite-socket's handlers put their messages in: whole sessions, not single messages. */
export class SessionQueue {
  #db;
  #queue = [];
  #processing = false;
  /** The handler whose session is open on the backend, or null when it is idle. */
  #owner = null;
  /** The handler whose message is being executed. */
  #running = null;

  constructor(db) {
    this.#db = db;
  }

  enqueue(handlerId, message, onData) {
    return new Promise((resolve, reject) => {
      this.#queue.push({ handlerId, message, onData, resolve, reject });
      void this.#process();
    });
  }

  getQueueLength() {
    return this.#queue.length;
  }

  clearQueueForHandler(handlerId) {
    this.#queue = this.#queue.filter((item) => {
      if (item.handlerId !== handlerId) return true;
      item.reject(new Error("Handler disconnected"));
      return false;
    });
  }

  /**
   * Called when a handler goes away: what it left unfinished on the backend is rolled back,
   * after its message in progress, if any.
   */
  clearTransactionIfNeeded(handlerId) {
    if (this.#owner !== handlerId && this.#running !== handlerId) return Promise.resolve();
    return new Promise((resolve) => {
      this.#queue.unshift({ handlerId, release: true, resolve });
      void this.#process();
    });
  }

  #next() {
    if (this.#owner === null) return this.#queue.shift();
    const i = this.#queue.findIndex((item) => item.handlerId === this.#owner);
    return i === -1 ? undefined : this.#queue.splice(i, 1)[0];
  }

  async #rollback() {
    const discard = { onRawData: () => {} };
    await this.#db.runExclusive(async () => {
      // Inside an extended-protocol sequence ROLLBACK aborts its implicit transaction (after an
      // error the backend skips ahead to the Sync instead); Sync ends the sequence either way;
      // a transaction block still open after that is rolled back too.
      await this.#db.execProtocolRawStream(frontendMessage("Q", Buffer.from("ROLLBACK\0")), discard);
      await this.#db.execProtocolRawStream(frontendMessage("S", Buffer.alloc(0)), discard);
      if (this.#db.isInTransaction()) await this.#db.execProtocolRawStream(frontendMessage("Q", Buffer.from("ROLLBACK\0")), discard);
    });
  }

  async #process() {
    if (this.#processing) return;
    this.#processing = true;
    try {
      for (let item = this.#next(); item; item = this.#next()) {
        if (item.release) {
          if (this.#owner === item.handlerId) {
            await this.#rollback().catch(() => {});
            this.#owner = null;
          }
          item.resolve();
          continue;
        }
        const ready = readyStatusReader();
        let bytes = 0;
        this.#running = item.handlerId;
        try {
          await this.#db.runExclusive(() =>
            this.#db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                ready.push(data);
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          // The handler closes its connection on this; the backend is released when it detaches.
          this.#owner = item.handlerId;
          item.reject(error);
          continue;
        } finally {
          this.#running = null;
        }
        this.#owner = ready.status === IDLE ? null : item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.#processing = false;
    }
  }
}

/** PostgreSQL's ErrorResponse, for a connection refused before it starts. */
function errorResponse(code, message) {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`, "utf8");
  return frontendMessage("E", fields);
}

const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

/**
 * Asks the client for `password` before PGlite sees the connection (issue #19, finding 15):
 * PGlite itself answers every startup with «authentication ok», so without this any local
 * user or process could open the database. Resolves with the bytes to hand on (the startup
 * message and anything after the password), or null when the connection was refused.
 * Cleartext password over loopback, the only network the embedded server listens on; a
 * wrong one gets PostgreSQL's own 28P01.
 * @param {import("node:net").Socket} socket
 * @param {string} password
 * @returns {Promise<Buffer | null>}
 */
export function authenticate(socket, password) {
  const expected = createHash("sha256").update(password).digest();
  return new Promise((resolve) => {
    let buffer = Buffer.alloc(0);
    let startup = null;
    // A connection that never authenticates does not keep a place.
    const timer = setTimeout(() => refuse("08P01", "authentication timeout"), 10_000);
    timer.unref();
    const finish = (result) => {
      clearTimeout(timer);
      socket.off("data", onData);
      socket.off("close", onClose);
      resolve(result);
    };
    const refuse = (code, message) => {
      socket.end(errorResponse(code, message));
      finish(null);
    };
    const onClose = () => finish(null);
    const onData = (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      while (!startup) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (length < 8 || length > 10_000) return refuse("08P01", "invalid startup packet");
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        const message = buffer.subarray(0, length);
        buffer = buffer.subarray(length);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          socket.write("N");
          continue;
        }
        if (code !== PROTOCOL_3) return refuse("08P01", "unsupported frontend protocol");
        startup = message;
        const ask = Buffer.alloc(9);
        ask.write("R", 0, "latin1");
        ask.writeInt32BE(8, 1);
        ask.writeInt32BE(3, 5); // AuthenticationCleartextPassword
        socket.write(ask);
      }
      if (buffer.length < 5) return;
      if (buffer[0] !== 0x70) return refuse("08P01", "expected password response");
      const length = buffer.readInt32BE(1);
      if (length < 5 || length > 10_000) return refuse("08P01", "invalid password packet");
      if (buffer.length < 1 + length) return;
      const given = buffer.subarray(5, length).toString("utf8").replace(/\0$/, "");
      const rest = buffer.subarray(1 + length);
      if (!timingSafeEqual(createHash("sha256").update(given).digest(), expected)) {
        return refuse("28P01", 'password authentication failed for user "postgres"');
      }
      finish(Buffer.concat([startup, rest]));
    };
    socket.on("data", onData);
    socket.on("close", onClose);
  });
}

/**
 * Serves `db` on host:port (port 0: any free one) with at most `maxConnections` connections,
 * asking each for `password` when one is given. Resolves once listening, with the port and stop().
 */
export async function startPgliteServer({ db, host = "127.0.0.1", port = 0, maxConnections = 32, password }) {
  await db.waitReady;
  const queue = new SessionQueue(db);
  const handlers = new Set();
  const server = createServer((socket) => {
    socket.on("error", () => {});
    if (handlers.size >= maxConnections) {
      socket.end(errorResponse("53300", "sorry, too many clients already"));
      return;
    }
    const handler = new PGLiteSocketHandler({ queryQueue: queue, closeOnDetach: true });
    handlers.add(handler);
    const release = () => handlers.delete(handler);
    handler.addEventListener("close", release);
    handler.addEventListener("error", release);
    const attach = () =>
      handler.attach(socket).catch(() => {
        release();
        socket.destroy();
      });
    if (password === undefined) return void attach();
    void authenticate(socket, password).then((opening) => {
      if (!opening) return void release();
      // PGlite answers the startup message itself, as if it had come now. The socket was
      // paused explicitly, so the handler's 'data' listener needs the resume.
      socket.pause();
      socket.unshift(opening);
      void attach();
      socket.resume();
    });
  });
  server.maxConnections = maxConnections + 1; // one more, to answer «too many clients» in protocol
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    port: server.address().port,
    host,
    connections: () => handlers.size,
    async stop() {
      const closed = new Promise((resolve) => server.close(() => resolve()));
      await Promise.all([...handlers].map((h) => h.detach(true)));
      handlers.clear();
      await closed;
    },
  };
}
