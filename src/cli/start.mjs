#!/usr/bin/env node
// `npm start`: install what is missing, generate, start the embedded database unless
// DATABASE_URL is set, migrate, seed on first run, build when sources changed, serve.
// `npm run dev` does the same with `next dev`. What it starts — the embedded database, the
// app server and the worker of background jobs (src/cli/worker.mjs) — it supervises: a child
// that stops is started again with back-off, each event one line on stdout (supervise.mjs); the app reconnects to a restarted database by itself.
//   EMBEDDED_DB_PORT (54329) and EMBEDDED_DB_DIR (./data/pglite) place the embedded database.
import { join, resolve } from "node:path";
import { baseEnv, bin, canConnect, ensureAuthSecret, ensureBuilt, ensureGenerated, ensureInstalled, loadDotEnv, log, migrate, readDemoAccounts, root, seed } from "./lib.mjs";
import { spawnUntilReady, supervise } from "./supervise.mjs";
import { embeddedDbPassword, embeddedDbUrl } from "./embedded-db-auth.mjs";

const dev = process.argv.includes("--dev");
const started = Date.now();
loadDotEnv();
const port = Number(process.env.PORT ?? 3000);

await ensureInstalled();
await ensureGenerated();

/** What runs under supervision; stopped in the reverse order of starting. */
const supervised = [];
let stopping = false;
const stopAll = async (code = 0) => {
  stopping = true;
  for (const child of [...supervised].reverse()) await child.stop().catch(() => {});
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (!stopping) void stopAll(0);
  });
}

let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  const dbPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  const dataDir = resolve(root, process.env.EMBEDDED_DB_DIR ?? "data/pglite");
  const password = embeddedDbPassword(dataDir);
  databaseUrl = embeddedDbUrl(dbPort, password);
  if (await canConnect(dbPort)) {
    // Another `npm start` of this checkout serves it, and supervises it.
    log(`Dùng cơ sở dữ liệu nhúng đang chạy ở cổng ${dbPort}.`);
  } else {
    log(`Khởi động cơ sở dữ liệu nhúng (PGlite, ${dataDir}, cổng ${dbPort})…`);
    const database = supervise({
      name: "cơ sở dữ liệu nhúng",
      start: spawnUntilReady(process.execPath, [join(root, "src/cli/db-server.mjs"), "--port", String(dbPort), "--data", dataDir], {
        cwd: root,
        env: baseEnv({ EMBEDDED_DB_PASSWORD: password }),
        ipc: true, // it stops when this process goes away
        readyPattern: /^ready /m,
        forward: () => {},
      }),
    });
    supervised.push(database);
    await database.ready.catch(async (error) => {
      process.stderr.write(`\n\x1b[31m✗ Cơ sở dữ liệu nhúng không khởi động được (${error.message}). Có thể thư mục ${dataDir} đang được một tiến trình khác dùng.\x1b[0m\n`);
      await stopAll(1);
    });
  }
} else {
  log("Dùng PostgreSQL tại DATABASE_URL.");
}

try {
  log("Áp dụng migration…");
  await migrate(databaseUrl);
  // The demo's history runs up to the moment of this start.
  await seed(databaseUrl, [], { SEED_NOW: process.env.SEED_NOW || new Date().toISOString() });
  const env = baseEnv({
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: ensureAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    PORT: String(port),
  });
  if (!dev) await ensureBuilt(env);

  const args = dev ? [bin.next, "dev", "-p", String(port)] : [join(root, "src/cli/serve.mjs"), "--port", String(port)];
  const app = supervise({
    name: "máy chủ ứng dụng",
    start: spawnUntilReady(process.execPath, args, { cwd: root, env, readyPattern: /Ready|started server|Local:/i, timeoutMs: 180_000 }),
  });
  supervised.push(app);
  await app.ready;
  // Background jobs (the retention run at start and daily), supervised like the server.
  const worker = supervise({
    name: "tác vụ nền",
    start: spawnUntilReady(process.execPath, [join(root, "src/cli/worker.mjs")], { cwd: root, env, ipc: true, readyPattern: /\[tác vụ nền\] ready/ }),
  });
  supervised.push(worker);
  await worker.ready;
  announce((Date.now() - started) / 1000);
} catch (error) {
  process.stderr.write(`\n\x1b[31m✗ ${error.message}\x1b[0m\n${error.output ?? ""}\n`);
  await stopAll(1);
}

function announce(seconds) {
  const accounts = readDemoAccounts();
  const lines = [
    "",
    `Cổng mô hình CCHC đang chạy: http://localhost:${port}   (sẵn sàng sau ${seconds.toFixed(1)} giây)`,
    "",
    "Tài khoản dùng thử (tên đăng nhập, mật khẩu, vai trò):",
    ...accounts.map((a) => `  ${a.username.padEnd(22)} ${a.password.padEnd(16)} ${a.description}`),
    "",
    "Dừng: Ctrl+C",
    "",
  ];
  process.stdout.write(lines.join("\n") + "\n");
}
