#!/usr/bin/env node
// `npm run test:faults`: faults under load, on each database. A seeded database, two app
// instances on it (each kept running by supervise(), as `npm start` does) and a bounded
// loopback load — officers' intakes (the server action, as the page posts it), citizens'
// home-visit requests and look-ups (the open API) — while the database goes away and an app
// instance is killed mid-request:
//   embedded  (b) the embedded database server SIGKILLed; its supervisor starts it again on the
//                 same port and data directory. (c) one app instance SIGKILLed with requests in flight.
//   postgres  (a) PostgreSQL stopped (pg_ctl stop -m fast), 2 s later started. (c) as above.
// PostgreSQL is a throw-away cluster of its own (initdb in a temporary directory, a free port):
// stopping the machine's shared server would cut every other user's connections.
// Each write carries its own idempotency key and is retried with the same key while the answer
// is retryable (503, UNAVAILABLE, connection refused or reset), up to a deadline. Afterwards the
// database is checked: every request seen to succeed exists exactly once, nothing is
// duplicated, no request failed otherwise, the roll-ups equal a recount; and the instances
// answered /api/ready 200 again without being restarted (the recovery times go to
// bench/RESULTS.md, section «Fault tests»). Exit 1 on any loss, duplicate, non-retryable
// failure or a recovery slower than RECOVERY_LIMIT_MS.
//   node tests/faults/run.mjs [--only embedded|postgres] [--clients 6] [--no-results]
import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { encode } from "next-auth/jwt";
import { embeddedDbUrl } from "../../src/cli/embedded-db-auth.mjs";
import { baseEnv, migrate, root, seed } from "../../src/cli/lib.mjs";
import { spawnUntilReady, supervise } from "../../src/cli/supervise.mjs";
import { DEFAULT_TEST_NOW, freePort } from "../../src/cli/test-stack.mjs";

const { values: opts } = parseArgs({
  options: {
    only: { type: "string" },
    clients: { type: "string", default: "6" },
    "no-results": { type: "boolean", default: false },
  },
});

const CLIENTS = Math.min(8, Math.max(1, Number(opts.clients)));
/** How long a client keeps retrying one request with the same key. */
const REQUEST_DEADLINE_MS = 60_000;
/** From a fault to /api/ready 200 on every instance and a write that succeeds. */
const RECOVERY_LIMIT_MS = 60_000;
/** Load before the first fault, and after each recovery. */
const STEADY_MS = 4_000;
const SECRET = "test-secret-that-is-long-enough-0123456789";
/**
 * The app's clock: Monday 03/06/2024 08:00, inside phường Mỹ Bình's home-visit plan (the seed's
 * history still runs to DEFAULT_TEST_NOW), so that both kinds of write are accepted.
 */
const APP_START = "2024-06-03T08:00:00+07:00";
const UNIT_SLUG = "phuong-my-binh";
const OFFICER = "canbo.mybinh";
const PROCEDURE_KEY = "chung-thuc-chu-ky";
const RUN = randomBytes(3).toString("hex");

const say = (line) => process.stdout.write(`${new Date().toISOString().slice(11, 23)} ${line}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ——— databases ———

async function embeddedDatabase(dir) {
  const port = await freePort();
  const password = randomBytes(24).toString("base64url");
  const url = embeddedDbUrl(port, password);
  const restarts = [];
  const supervisor = supervise({
    name: "cơ sở dữ liệu nhúng",
    start: spawnUntilReady(process.execPath, [join(root, "src/cli/db-server.mjs"), "--port", String(port), "--data", join(dir, "pglite"), "--max-connections", "64"], {
      cwd: root,
      env: baseEnv({ EMBEDDED_DB_PASSWORD: password }),
      readyPattern: /^ready /m,
      forward: () => {},
      timeoutMs: 120_000,
    }),
    write: (line) => say(line.trim()),
    onRestart: () => restarts.push(Date.now()),
  });
  await supervisor.ready;
  return {
    name: "embedded",
    label: "PGlite nhúng (embedded)",
    url,
    fault: "(b) SIGKILL máy chủ CSDL nhúng → giám sát khởi động lại / embedded db server killed, restarted by its supervisor",
    async inject() {
      const child = supervisor.current();
      await new Promise((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGKILL");
      });
      return { back: () => restarts.length > 0 };
    },
    stop: () => supervisor.stop(),
  };
}

function postgresBin() {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const version = readdirSync(base).sort((a, b) => Number(a) - Number(b)).pop();
  const bin = join(base, version, "bin");
  return existsSync(join(bin, "initdb")) ? bin : null;
}

/** PostgreSQL refuses to run as root: as root, its commands run as the postgres user. */
function asServerUser(command, args) {
  if (process.getuid?.() !== 0) return execFileSync(command, args, { stdio: "pipe" });
  return execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "pipe" });
}

async function postgresDatabase(dir) {
  const bin = postgresBin();
  const data = join(dir, "pg");
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString());
    chownSync(dir, uid, gid);
  }
  asServerUser(join(bin, "initdb"), ["-D", data, "-U", "cchc", "-A", "trust", "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  const pgCtl = (...args) => asServerUser(join(bin, "pg_ctl"), ["-D", data, ...args]);
  const start = () => pgCtl("start", "-w", "-t", "60", "-l", join(dir, "pg.log"), "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100 -c fsync=off`);
  start();
  const url = `postgresql://cchc@127.0.0.1:${port}/postgres`;
  return {
    name: "postgres",
    label: `PostgreSQL ${bin.split("/").at(-2)}`,
    url,
    fault: "(a) PostgreSQL dừng rồi chạy lại sau 2 giây / stopped (fast), started 2 s later",
    async inject() {
      pgCtl("stop", "-m", "fast", "-w");
      let back = false;
      void sleep(2_000).then(() => {
        start();
        back = true;
      });
      return { back: () => back };
    },
    async stop() {
      try {
        pgCtl("stop", "-m", "immediate", "-w");
      } catch {
        // already stopped
      }
    },
  };
}

function postgresUsable() {
  if (!postgresBin()) return "chưa cài PostgreSQL (không có initdb) / PostgreSQL is not installed";
  try {
    if (process.getuid?.() === 0) execFileSync("id", ["-u", "postgres"], { stdio: "pipe" });
  } catch {
    return "không có người dùng postgres để chạy máy chủ / no postgres user to run the server as";
  }
  return null;
}

// ——— app instances ———

async function appInstance(name, databaseUrl) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = baseEnv({
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: baseUrl,
    PUBLIC_URL: baseUrl,
    PORT: String(port),
    TRUSTED_PROXIES: "1",
    APP_SIMULATED_START: APP_START,
    // The load sends more requests per phone and address than a citizen may: not what is tested here.
    HOME_VISIT_MAX_REQUESTS: "1000000",
  });
  const restarts = [];
  const supervisor = supervise({
    name,
    start: spawnUntilReady(process.execPath, [join(root, "src/cli/serve.mjs"), "--port", String(port), "--host", "127.0.0.1"], {
      cwd: root,
      env,
      readyPattern: /Ready on/,
      forward: () => {},
      timeoutMs: 120_000,
    }),
    write: (line) => say(line.trim()),
    onRestart: () => restarts.push(Date.now()),
  });
  await supervisor.ready;
  return { name, baseUrl, supervisor, restarts, inFlight: 0 };
}

// ——— the load ———

/** What a client may retry with the same key: the answer says "later", or no answer came. */
function retryableNetworkError(error) {
  const code = error?.cause?.code ?? error?.code;
  return ["ECONNREFUSED", "ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "UND_ERR_HEADERS_TIMEOUT", "ETIMEDOUT"].includes(code) || /other side closed|socket hang up|fetch failed/i.test(String(error?.cause?.message ?? error?.message));
}

class Load {
  constructor(apps, setup) {
    this.apps = apps;
    this.setup = setup;
    this.requests = [];
    this.writes = [];
    this.stopped = false;
    this.next = 0;
    this.serial = 0;
  }

  pickApp() {
    this.next = (this.next + 1) % this.apps.length;
    return this.apps[this.next];
  }

  /** One attempt on one instance; classifies the answer. */
  async attempt(app, send) {
    app.inFlight++;
    try {
      return await send(app.baseUrl);
    } catch (error) {
      if (retryableNetworkError(error)) return { retry: true, why: error.cause?.code ?? "ECONNRESET" };
      return { fail: true, why: String(error?.message ?? error) };
    } finally {
      app.inFlight--;
    }
  }

  /** Sends until a final answer or the deadline, each attempt on the next instance, same key. */
  async request(kind, key, send, meta = {}) {
    const record = { kind, key, ...meta, attempts: 0, outcome: null, retries: {}, startedAt: Date.now() };
    this.requests.push(record);
    const deadline = Date.now() + REQUEST_DEADLINE_MS;
    for (;;) {
      record.attempts++;
      const attemptAt = Date.now();
      const answer = await this.attempt(this.pickApp(), send);
      if (answer.ok) {
        record.outcome = "ok";
        record.result = answer.result;
        record.doneAt = Date.now();
        if (kind !== "lookup") this.writes.push({ attemptAt, doneAt: record.doneAt });
        return record;
      }
      if (answer.fail || Date.now() > deadline) {
        record.outcome = answer.fail ? "failed" : "gave-up";
        record.why = answer.why;
        return record;
      }
      record.retries[answer.why] = (record.retries[answer.why] ?? 0) + 1;
      await sleep(200 + Math.random() * 300);
    }
  }

  intake() {
    const i = ++this.serial;
    const nonce = randomUUID();
    const citizenName = `Khách thử lỗi ${RUN} ${i}`;
    const phone = `09${String(10_000_000 + i).slice(-8)}`;
    const { actionId, cookie, unitId, procedureId, intakePath } = this.setup;
    return this.request(
      "intake",
      nonce,
      async (baseUrl) => {
        const form = new FormData();
        const fields = { unitId, procedureId, citizenName, citizenPhone: phone, channel: "ONLINE", nonce };
        // As React's encodeReply writes it: the FormData argument's fields as _<part>_<name>,
        // then the root "0" last (the server decodes the stream as it comes).
        for (const [name, value] of Object.entries(fields)) form.set(`_1_${name}`, value);
        form.set("0", '["$undefined","$K1"]');
        const res = await fetch(`${baseUrl}${intakePath}`, {
          method: "POST",
          redirect: "manual",
          headers: { "next-action": actionId, accept: "text/x-component", cookie, origin: baseUrl },
          body: form,
          signal: AbortSignal.timeout(30_000),
        });
        const text = await res.text();
        const redirect = res.headers.get("x-action-redirect");
        if (redirect) {
          const code = /\/ho-so\/([^/?;]+)/.exec(redirect)?.[1];
          return code ? { ok: true, result: { code: decodeURIComponent(code) } } : { fail: true, why: `chuyển hướng lạ ${redirect}` };
        }
        if (res.status === 503) return { retry: true, why: "503" };
        const code = /"ok":false,"error":\{"code":"([A-Z_]+)"/.exec(text)?.[1];
        if (code === "UNAVAILABLE") return { retry: true, why: "UNAVAILABLE" };
        return { fail: true, why: `HTTP ${res.status} ${code ?? ""} ${text.slice(0, 400)}` };
      },
      { citizenName, phone },
    );
  }

  homeVisit() {
    const i = ++this.serial;
    const key = `fault-${RUN}-${i}-${randomBytes(4).toString("hex")}`;
    const citizenName = `Người thử lỗi ${RUN} ${i}`;
    const phone = `08${String(10_000_000 + i).slice(-8)}`;
    const { dates, procedureId } = this.setup;
    const body = JSON.stringify({
      unitSlug: UNIT_SLUG,
      procedureId,
      eligibleGroup: "ELDERLY_FRAIL",
      requestedDate: dates[i % dates.length],
      citizenName,
      citizenPhone: phone,
      address: "Số 5, khóm Đông Thạnh",
      consent: true,
    });
    return this.request(
      "homeVisit",
      key,
      async (baseUrl) => {
        const res = await fetch(`${baseUrl}/api/v1/home-visit-requests`, {
          method: "POST",
          headers: { "content-type": "application/json", "idempotency-key": key, "x-forwarded-for": `10.9.${i % 250}.${(i >> 8) % 250}` },
          body,
          signal: AbortSignal.timeout(30_000),
        });
        const json = await res.json().catch(() => null);
        if (res.status === 201 || res.status === 200) return { ok: true, result: { code: json.data?.trackingCode ?? json.trackingCode, replayed: res.status === 200 } };
        if (res.status === 503) return { retry: true, why: json?.error?.code ?? "503" };
        return { fail: true, why: `HTTP ${res.status} ${json?.error?.code ?? ""} ${json?.error?.message ?? ""}` };
      },
      { citizenName, phone },
    );
  }

  lookup() {
    const done = this.requests.filter((r) => r.kind !== "lookup" && r.outcome === "ok");
    if (done.length === 0) return this.homeVisit();
    const target = done[Math.floor(Math.random() * done.length)];
    return this.request("lookup", `lookup-${++this.serial}`, async (baseUrl) => {
      const res = await fetch(`${baseUrl}/api/v1/dossiers/lookup`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": `10.8.${this.serial % 250}.1` },
        body: JSON.stringify({ code: target.result.code, phoneLast4: target.phone.slice(-4) }),
        signal: AbortSignal.timeout(30_000),
      });
      const json = await res.json().catch(() => null);
      if (res.status === 200) return { ok: true, result: { code: target.result.code } };
      if (res.status === 503) return { retry: true, why: json?.error?.code ?? "503" };
      return { fail: true, why: `HTTP ${res.status} ${json?.error?.code ?? ""} ${json?.error?.message ?? ""}` };
    });
  }

  async client() {
    while (!this.stopped) {
      const r = Math.random();
      if (r < 0.4) await this.intake();
      else if (r < 0.7) await this.homeVisit();
      else await this.lookup();
    }
  }

  start() {
    this.running = Promise.all(Array.from({ length: CLIENTS }, () => this.client()));
  }

  async stop() {
    this.stopped = true;
    await this.running;
  }
}

// ——— recovery ———

async function readyStatus(app) {
  try {
    const res = await fetch(`${app.baseUrl}/api/ready`, { signal: AbortSignal.timeout(5_000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/**
 * From the fault: the first /api/ready 200 from every instance after it (an instance that
 * answered 200 all along counts from the moment the database was back), and the first write
 * attempted after the fault that succeeded.
 */
async function measureRecovery(load, apps, faultAt, isBack) {
  const firstReady = new Map();
  const deadline = faultAt + RECOVERY_LIMIT_MS;
  const probes = [];
  // A probe every 200 ms on each instance, not one after another: one sent while the database
  // is away waits up to the pool's connect timeout, and would hide a recovery behind it.
  while (Date.now() < deadline && firstReady.size < apps.length) {
    const back = isBack();
    for (const app of apps) {
      if (firstReady.has(app.name) || !back) continue;
      probes.push(
        readyStatus(app).then((status) => {
          if (status === 200 && !firstReady.has(app.name)) firstReady.set(app.name, Date.now() - faultAt);
        }),
      );
    }
    await sleep(200);
  }
  await Promise.all(probes);
  let firstWrite = null;
  while (Date.now() < deadline) {
    const write = load.writes.find((w) => w.attemptAt >= faultAt);
    if (write) {
      firstWrite = write.doneAt - faultAt;
      break;
    }
    await sleep(100);
  }
  const ready = firstReady.size === apps.length ? Math.max(...firstReady.values()) : null;
  return { ready, firstWrite };
}

// ——— checks in the database ———

async function verify(databaseUrl, load) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ok = (kind) => load.requests.filter((r) => r.kind === kind && r.outcome === "ok");
    const dossiers = (await client.query(`SELECT "citizenName" AS name, code, "idempotencyKey" AS key, (SELECT count(*)::int FROM "DossierEvent" e WHERE e."dossierId" = d.id AND e.type = 'RECEIVED') AS received FROM "Dossier" d WHERE "citizenName" LIKE $1`, [`Khách thử lỗi ${RUN} %`])).rows;
    const visits = (await client.query(`SELECT "citizenName" AS name, "trackingCode" AS code, "idempotencyKey" AS key FROM "HomeVisitRequest" WHERE "citizenName" LIKE $1`, [`Người thử lỗi ${RUN} %`])).rows;
    const count = (rows) => {
      const byName = new Map();
      for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
      return byName;
    };
    const dossierByName = count(dossiers);
    const visitByName = count(visits);
    let lost = 0;
    let mismatched = 0;
    for (const r of ok("intake")) {
      const rows = dossierByName.get(r.citizenName) ?? [];
      if (rows.length === 0) lost++;
      else if (rows[0].code !== r.result.code || rows[0].received !== 1) mismatched++;
    }
    for (const r of ok("homeVisit")) {
      const rows = visitByName.get(r.citizenName) ?? [];
      if (rows.length === 0) lost++;
      else if (rows[0].code !== r.result.code || rows[0].key !== r.key) mismatched++;
    }
    const duplicated = [...dossierByName.values(), ...visitByName.values()].reduce((n, rows) => n + rows.length - 1, 0);
    // Rows for requests the client never saw succeed: only a request given up may leave one.
    const seen = new Set(load.requests.filter((r) => r.outcome === "ok").map((r) => r.citizenName));
    const unseen = [...dossierByName.keys(), ...visitByName.keys()].filter((name) => !seen.has(name)).length;

    // The roll-ups kept by the triggers against a recount (rolled back: nothing changes).
    const snapshot = async () => {
      const day = (await client.query(`SELECT * FROM "DossierDayStat" ORDER BY "unitId", day`)).rows;
      const month = (await client.query(`SELECT * FROM "DossierMonthStat" ORDER BY "unitId", month`)).rows;
      return JSON.stringify({ day, month });
    };
    await client.query("BEGIN");
    const kept = await snapshot();
    await client.query(`SELECT "rebuild_dossier_roll_up"()`);
    const recounted = await snapshot();
    await client.query("ROLLBACK");
    return { lost, mismatched, duplicated, unseen, rollUpsEqual: kept === recounted, dossiers: dossiers.length, visits: visits.length };
  } finally {
    await client.end();
  }
}

// ——— one database ———

async function setupFor(databaseUrl, baseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const [user] = (await client.query(`SELECT id, role, "unitId", "fullName" FROM "User" WHERE username = $1`, [OFFICER])).rows;
  const [unit] = (await client.query(`SELECT id, slug FROM "Unit" WHERE slug = $1`, [UNIT_SLUG])).rows;
  const [procedure] = (await client.query(`SELECT id FROM "Procedure" WHERE key = $1`, [PROCEDURE_KEY])).rows;
  await client.end();
  if (!user || !unit || !procedure) throw new Error(`Dữ liệu mẫu thiếu ${OFFICER}, ${UNIT_SLUG} hoặc ${PROCEDURE_KEY}.`);
  const token = await encode({ secret: SECRET, token: { uid: user.id, username: OFFICER, role: user.role, unitId: user.unitId, name: user.fullName } });
  const manifest = JSON.parse(readFileSync(join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  const actionId = Object.entries(manifest.node).find(([, entry]) => entry.filename === "src/server/dossier/actions.ts" && entry.exportedName === "receiveDossierAction")?.[0];
  if (!actionId) throw new Error("Không tìm thấy receiveDossierAction trong .next/server/server-reference-manifest.json: chạy `npx next build` trước.");
  const options = await (await fetch(`${baseUrl}/api/v1/units/${UNIT_SLUG}/home-visit-options`)).json();
  const dates = options.data?.dates ?? options.dates ?? options.data?.models?.flatMap((m) => m.dates) ?? [];
  if (dates.length === 0) throw new Error(`Không có ngày đến nhà nào để đặt: ${JSON.stringify(options).slice(0, 300)}`);
  return { actionId, cookie: `next-auth.session-token=${token}`, unitId: unit.id, procedureId: procedure.id, intakePath: `/can-bo/${UNIT_SLUG}/tiep-nhan`, dates: dates.map((d) => d.date ?? d) };
}

async function runOn(kind) {
  const dir = mkdtempSync(join(tmpdir(), `cchc-faults-${kind}-`));
  const cleanups = [];
  const t0 = Date.now();
  try {
    const database = kind === "embedded" ? await embeddedDatabase(dir) : await postgresDatabase(dir);
    cleanups.push(() => database.stop());
    say(`${database.label}: migrate + seed…`);
    await migrate(database.url);
    await seed(database.url, [], { SEED_NOW: DEFAULT_TEST_NOW });
    const apps = [await appInstance("ứng dụng A", database.url), await appInstance("ứng dụng B", database.url)];
    for (const app of apps) cleanups.unshift(() => app.supervisor.stop());
    const setup = await setupFor(database.url, apps[0].baseUrl);
    say(`${database.label}: sẵn sàng sau ${((Date.now() - t0) / 1000).toFixed(0)} s; tải ${CLIENTS} client…`);

    const load = new Load(apps, setup);
    load.start();
    await sleep(STEADY_MS);

    say(`lỗi / fault: ${database.fault}`);
    const dbFault = await database.inject();
    const dbFaultAt = Date.now();
    const dbRecovery = await measureRecovery(load, apps, dbFaultAt, dbFault.back);
    say(`  /api/ready 200: ${fmt(dbRecovery.ready)}, ghi thành công đầu tiên / first write: ${fmt(dbRecovery.firstWrite)}`);
    await sleep(STEADY_MS);

    // (c) an instance killed while requests are in flight on it (their transactions open).
    const victim = apps[0];
    const waitFrom = Date.now();
    while (victim.inFlight === 0 && Date.now() - waitFrom < 5_000) await sleep(5);
    const inFlight = victim.inFlight;
    say(`lỗi / fault: (c) SIGKILL ${victim.name} với ${inFlight} yêu cầu đang xử lý / with ${inFlight} requests in flight`);
    const restartsBefore = victim.restarts.length;
    const proc = victim.supervisor.current();
    await new Promise((resolve) => {
      proc.once("exit", resolve);
      proc.kill("SIGKILL");
    });
    const appFaultAt = Date.now();
    const appRecovery = await measureRecovery(load, apps, appFaultAt, () => victim.restarts.length > restartsBefore);
    say(`  /api/ready 200: ${fmt(appRecovery.ready)}, ghi thành công đầu tiên / first write: ${fmt(appRecovery.firstWrite)}`);
    await sleep(STEADY_MS);
    await load.stop();

    const checks = await verify(database.url, load);
    const tally = (kind, outcome) => load.requests.filter((r) => (!kind || r.kind === kind) && (!outcome || r.outcome === outcome)).length;
    const retried = load.requests.filter((r) => r.attempts > 1).length;
    const failures = load.requests.filter((r) => r.outcome !== "ok").map((r) => `${r.kind} ${r.outcome}: ${r.why}`);
    // The other instance served on; the killed one was started again by its supervisor, not by hand.
    const ownRestarts = apps.map((a) => a.restarts.length);
    return {
      kind,
      label: database.label,
      fault: database.fault,
      requests: tally(),
      intake: tally("intake", "ok"),
      homeVisit: tally("homeVisit", "ok"),
      lookup: tally("lookup", "ok"),
      retried,
      failed: tally(null, "failed"),
      gaveUp: tally(null, "gave-up"),
      failures: [...new Set(failures)].slice(0, 10),
      ...checks,
      dbRecovery,
      appInFlight: inFlight,
      appRecovery,
      appRestartedBySupervisor: ownRestarts[0] > restartsBefore,
      otherInstanceRestarts: ownRestarts[1],
      seconds: (Date.now() - t0) / 1000,
    };
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (ms) => (ms === null || ms === undefined ? "—" : `${(ms / 1000).toFixed(1)} s`);

function passed(r) {
  return r.lost === 0 && r.duplicated === 0 && r.mismatched === 0 && r.unseen === 0 && r.failed === 0 && r.gaveUp === 0 && r.rollUpsEqual && r.dbRecovery.ready !== null && r.dbRecovery.firstWrite !== null && r.appRecovery.ready !== null && r.appRecovery.firstWrite !== null && r.otherInstanceRestarts === 0;
}

function table(results) {
  const rows = [
    ["Lỗi gây ra / faults injected", (r) => `${r.fault}; (c) SIGKILL 1 trong 2 phiên bản ứng dụng (${r.appInFlight} yêu cầu đang xử lý)`],
    ["Yêu cầu / requests (tiếp nhận, đến nhà, tra cứu thành công)", (r) => `${r.requests} (${r.intake}, ${r.homeVisit}, ${r.lookup})`],
    ["Gửi lại cùng khóa / retried with the same key", (r) => String(r.retried)],
    ["Thất bại không thử lại được / non-retryable failures", (r) => String(r.failed)],
    ["Bỏ cuộc sau 60 s / given up", (r) => String(r.gaveUp)],
    ["Mất / lost", (r) => String(r.lost)],
    ["Trùng / duplicated", (r) => String(r.duplicated)],
    ["Sai mã hoặc sự kiện / wrong code or event", (r) => String(r.mismatched)],
    ["Đã ghi nhưng báo lỗi / written but not seen to succeed", (r) => String(r.unseen)],
    ["Tổng hợp = đếm lại / roll-ups equal a recount", (r) => (r.rollUpsEqual ? "có / yes" : "KHÔNG / NO")],
    ["CSDL: lỗi → /api/ready 200 (cả 2 phiên bản) / db fault → ready", (r) => fmt(r.dbRecovery.ready)],
    ["CSDL: lỗi → ghi thành công đầu tiên / db fault → first write", (r) => fmt(r.dbRecovery.firstWrite)],
    ["Ứng dụng: kill → ghi thành công đầu tiên / app kill → first write", (r) => fmt(r.appRecovery.firstWrite)],
    ["Ứng dụng: kill → phiên bản bị kill ready / killed instance ready", (r) => fmt(r.appRecovery.ready)],
    ["Phiên bản kia khởi động lại / other instance restarted", (r) => String(r.otherInstanceRestarts)],
    ["Kết quả / result", (r) => (passed(r) ? "ĐẠT / pass" : "KHÔNG ĐẠT / FAIL")],
  ];
  const header = `| | ${results.map((r) => r.label).join(" | ")} |\n|---|${results.map(() => "---").join("|")}|\n`;
  return header + rows.map(([name, value]) => `| ${name} | ${results.map((r) => (r.skipped ? (name.startsWith("Kết quả") ? `bỏ qua / skipped: ${r.skipped}` : "") : value(r))).join(" | ")} |`).join("\n") + "\n";
}

function writeResults(results) {
  const file = join(root, "bench/RESULTS.md");
  const text = readFileSync(file, "utf8");
  const cpu = (() => {
    try {
      return readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/)?.[1]?.trim() ?? "";
    } catch {
      return "";
    }
  })();
  const section = [
    "## Fault tests (`npm run test:faults`, `tests/faults/run.mjs`)",
    "",
    `Machine: ${availableParallelism()} CPU${cpu ? ` (${cpu})` : ""}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. ` +
      `${CLIENTS} concurrent loopback clients (40 % officers' intakes through the server action, 30 % home-visit requests, 30 % look-ups) ` +
      "on two app instances sharing one database, each kept running by `supervise()` as `npm start` does. Every write has its own " +
      `idempotency key and is retried with the same key on a retryable answer (503, UNAVAILABLE, connection refused or reset) for up to ${REQUEST_DEADLINE_MS / 1000} s. ` +
      "PostgreSQL is a throw-away cluster of the script's own (stopping the machine's shared server would cut other users off). " +
      "Recovery times count from the fault (the kill returned, or `pg_ctl stop` returned) to the first `/api/ready` 200 from both instances and to the first write, attempted after the fault, that succeeded. " +
      "Lost, duplicated and the roll-ups are checked in the database afterwards (the roll-ups against `rebuild_dossier_roll_up()` in a rolled-back transaction).",
    "",
    table(results),
  ].join("\n");
  const start = text.indexOf("## Fault tests");
  let next = start === -1 ? -1 : text.indexOf("\n## ", start + 1);
  const updated = start === -1 ? `${text.trimEnd()}\n\n${section}` : `${text.slice(0, start)}${section}${next === -1 ? "" : `\n${text.slice(next + 1)}`}`;
  writeFileSync(file, updated);
  say(`đã ghi / written: bench/RESULTS.md «Fault tests»`);
}

if (!existsSync(join(root, ".next/BUILD_ID"))) {
  process.stderr.write("Chưa có bản build (.next): chạy `npx next build` trước.\n");
  process.exit(1);
}
const results = [];
for (const kind of ["embedded", "postgres"]) {
  if (opts.only && opts.only !== kind) continue;
  const unusable = kind === "postgres" ? postgresUsable() : null;
  if (unusable) {
    say(`PostgreSQL: bỏ qua / skipped — ${unusable}`);
    results.push({ kind, label: "PostgreSQL", skipped: unusable });
    continue;
  }
  say(`▸ ${kind}`);
  try {
    results.push(await runOn(kind));
  } catch (error) {
    say(`✗ ${kind}: ${error.stack ?? error.message}${error.output ? `\n${error.output}` : ""}`);
    results.push({ kind, label: kind, error: error.message, failed: 1, dbRecovery: {}, appRecovery: {} });
  }
}
process.stdout.write(`\n${table(results.filter((r) => !r.error))}`);
for (const r of results) {
  for (const f of r.failures ?? []) process.stdout.write(`  ${r.label}: ${f}\n`);
  if (r.error) process.stdout.write(`  ${r.kind}: ✗ ${r.error}\n`);
}
if (!opts["no-results"] && results.some((r) => !r.error && !r.skipped)) writeResults(results.filter((r) => !r.error));
const ok = results.every((r) => r.skipped || (!r.error && passed(r)));
process.stdout.write(ok ? "\nKiểm thử sự cố: ĐẠT / fault tests passed\n" : "\nKiểm thử sự cố: KHÔNG ĐẠT / fault tests FAILED\n");
process.exit(ok ? 0 : 1);
