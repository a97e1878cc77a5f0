#!/usr/bin/env node
// `npm start`: install what is missing, generate, start the embedded database unless
// DATABASE_URL is set, migrate, seed on first run, build when sources changed, serve.
// `npm run dev` does the same with `next dev`.
import { spawn } from "node:child_process";
import { join } from "node:path";
import {
  baseEnv,
  bin,
  ensureAuthSecret,
  ensureBuilt,
  ensureGenerated,
  ensureInstalled,
  loadDotEnv,
  log,
  migrate,
  readDemoAccounts,
  root,
  seed,
  startEmbeddedDb,
} from "./lib.mjs";

const dev = process.argv.includes("--dev");
const started = Date.now();
loadDotEnv();
const port = Number(process.env.PORT ?? 3000);

await ensureInstalled();
await ensureGenerated();

let database = { url: process.env.DATABASE_URL, stop: async () => {} };
if (!database.url) {
  const dbPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  log(`Khởi động cơ sở dữ liệu nhúng (PGlite, ./data/pglite, cổng ${dbPort})…`);
  database = await startEmbeddedDb({ port: dbPort, dataDir: join(root, "data/pglite") });
} else {
  log("Dùng PostgreSQL tại DATABASE_URL.");
}

const stopAll = async (code = 0) => {
  await database.stop();
  process.exit(code);
};

try {
  log("Áp dụng migration…");
  await migrate(database.url);
  // The demo's history runs up to the moment of this start.
  await seed(database.url, [], { SEED_NOW: process.env.SEED_NOW || new Date().toISOString() });
  const env = baseEnv({
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: ensureAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    PORT: String(port),
  });
  if (!dev) await ensureBuilt(env);

  const args = dev ? [bin.next, "dev", "-p", String(port)] : [join(root, "src/cli/serve.mjs"), "--port", String(port)];
  const server = spawn(process.execPath, args, {
    cwd: root,
    env,
    stdio: ["inherit", "pipe", "inherit"],
  });
  let announced = false;
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /Ready|started server|Local:/i.test(String(chunk))) {
      announced = true;
      announce((Date.now() - started) / 1000);
    }
  });
  server.on("exit", (code) => stopAll(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => server.kill(signal));
  }
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
