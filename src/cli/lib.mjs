// Helpers shared by `npm start` and `npm test`. Plain Node (no dependencies): these run
// before `npm install` has.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { embeddedDbPassword, embeddedDbUrl } from "./embedded-db-auth.mjs";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Quiet, offline defaults: nothing may wait on the network. */
export function baseEnv(extra = {}) {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    ...extra,
  };
}

export function log(message) {
  process.stdout.write(`\x1b[36m▸\x1b[0m ${message}\n`);
}

/** Reads `.env` into process.env without overriding what is already set. */
export function loadDotEnv(file = join(root, ".env")) {
  if (!existsSync(file)) return;
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith("#")) continue;
    const [, key, raw] = match;
    const value = raw.replace(/^(['"])(.*)\1$/, "$2");
    if (process.env[key] === undefined && value !== "") process.env[key] = value;
  }
}

/** Runs a command with inherited output; resolves on exit code 0. */
export function run(command, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: options.env ?? baseEnv(),
    });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolvePromise(output);
      else {
        const error = new Error(`${command} ${args.join(" ")} exited with ${code ?? signal}`);
        error.output = output;
        error.code = code;
        reject(error);
      }
    });
  });
}

export const bin = {
  prisma: join(root, "node_modules/prisma/build/index.js"),
  next: join(root, "node_modules/next/dist/bin/next"),
  tsx: join(root, "node_modules/tsx/dist/cli.mjs"),
  vitest: join(root, "node_modules/vitest/vitest.mjs"),
  playwright: join(root, "node_modules/@playwright/test/cli.js"),
  tsc: join(root, "node_modules/typescript/bin/tsc"),
  eslint: join(root, "node_modules/eslint/bin/eslint.js"),
};

const SKIP = new Set(["node_modules", ".next", "data", ".git", "generated", "test-results", "playwright-report"]);

function listFiles(path, out) {
  if (!existsSync(path)) return out;
  const stat = statSync(path);
  if (stat.isFile()) {
    out.push(path);
    return out;
  }
  for (const name of readdirSync(path).sort()) {
    if (SKIP.has(name)) continue;
    listFiles(join(path, name), out);
  }
  return out;
}

/** A content hash of files and folders, to decide whether a step must run again. */
export function hashPaths(paths) {
  const hash = createHash("sha256");
  for (const p of paths) {
    for (const file of listFiles(join(root, p), [])) {
      hash.update(relative(root, file));
      hash.update("\0");
      hash.update(readFileSync(file));
      hash.update("\0");
    }
  }
  return hash.digest("hex");
}

function stampMatches(stampFile, value) {
  return existsSync(stampFile) && readFileSync(stampFile, "utf8") === value;
}

function writeStamp(stampFile, value) {
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, value);
}

/** `npm ci` on a fresh clone, `npm install` when package-lock.json changed since. */
export async function ensureInstalled() {
  const stamp = join(root, "node_modules/.cchc-installed");
  const lockHash = hashPaths(["package.json", "package-lock.json"]);
  if (stampMatches(stamp, lockHash)) return false;
  const fresh = !existsSync(join(root, "node_modules"));
  log(fresh ? "Cài đặt thư viện (npm ci)…" : "package-lock.json đã đổi: cập nhật thư viện…");
  await run("npm", fresh ? ["ci", "--no-audit", "--no-fund"] : ["install", "--no-audit", "--no-fund"]);
  writeStamp(stamp, lockHash);
  return true;
}

/** Generates the Prisma client (offline: engineType "client") when the schema changed. */
export async function ensureGenerated() {
  const stamp = join(root, "src/generated/prisma/.schema-hash");
  const h = hashPaths(["prisma/schema.prisma", "package-lock.json"]);
  if (stampMatches(stamp, h)) return false;
  log("Sinh Prisma Client…");
  // generate needs a syntactically valid postgresql:// URL even though it never connects.
  const env = baseEnv({ DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://generate@127.0.0.1:1/generate" });
  await run(process.execPath, [bin.prisma, "generate"], { env, quiet: true });
  writeStamp(stamp, h);
  return true;
}

export function canConnect(port, host = "127.0.0.1", timeoutMs = 500) {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ port, host });
    const done = (ok) => {
      socket.destroy();
      resolvePromise(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on("connect", () => done(true));
    socket.on("error", () => done(false));
  });
}

/**
 * Starts the embedded PGlite server (src/cli/db-server.mjs) as a child process and resolves
 * with its URL once it listens. If something already listens on the port (another
 * `npm start` of this checkout), it is reused.
 */
export async function startEmbeddedDb({ port, dataDir, memory = false }) {
  const password = embeddedDbPassword(memory ? undefined : dataDir);
  const url = embeddedDbUrl(port, password);
  if (await canConnect(port)) {
    log(`Dùng cơ sở dữ liệu nhúng đang chạy ở cổng ${port}.`);
    return { url, stop: async () => {} };
  }
  const args = [join(root, "src/cli/db-server.mjs"), "--port", String(port)];
  if (memory) args.push("--memory");
  else args.push("--data", dataDir);
  const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "inherit", "ipc"], env: baseEnv({ EMBEDDED_DB_PASSWORD: password }) });
  await new Promise((resolvePromise, reject) => {
    let buffer = "";
    const timer = setTimeout(() => reject(new Error("Cơ sở dữ liệu nhúng không khởi động được sau 60 giây.")), 60_000);
    child.stdout.on("data", (chunk) => {
      buffer += chunk;
      if (buffer.includes("ready ")) {
        clearTimeout(timer);
        resolvePromise();
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Cơ sở dữ liệu nhúng dừng với mã ${code}. Có thể thư mục ${dataDir} đang được một tiến trình khác dùng.`));
    });
  });
  child.removeAllListeners("exit");
  const stop = () =>
    new Promise((resolvePromise) => {
      if (child.exitCode !== null) return resolvePromise();
      child.once("exit", () => resolvePromise());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
    });
  return { url, stop, child };
}

/** Applies the committed migrations (prisma migrate deploy, JS schema engine). */
export async function migrate(databaseUrl) {
  await run(process.execPath, [bin.prisma, "migrate", "deploy"], { env: baseEnv({ DATABASE_URL: databaseUrl }), quiet: true });
}

/** Runs the idempotent seed (it skips itself when the data are already there). */
export async function seed(databaseUrl, args = [], extraEnv = {}) {
  await run(process.execPath, ["--conditions=react-server", "--import", "tsx", join(root, "prisma/seed/seed.ts"), ...args], {
    env: baseEnv({ DATABASE_URL: databaseUrl, ...extraEnv }),
  });
}

/** One retention run (src/server/privacy/retention-main.ts), the same TS runner as the seed. */
export async function runRetention(databaseUrl, extraEnv = {}) {
  return run(process.execPath, ["--conditions=react-server", "--import", "tsx", join(root, "src/server/privacy/retention-main.ts")], {
    env: baseEnv({ DATABASE_URL: databaseUrl, ...extraEnv }),
    quiet: true,
  });
}

/** The session secret: from the environment, else one generated once for this checkout. */
export function ensureAuthSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = join(root, "data/auth-secret");
  if (!existsSync(file)) writeStamp(file, randomBytes(32).toString("base64url"));
  return readFileSync(file, "utf8").trim();
}

/** Builds with `next build` when any input of the build changed since the last one. */
export async function ensureBuilt(env) {
  const stamp = join(root, ".next/.cchc-build-hash");
  const h = hashPaths([
    "src",
    "public",
    "package-lock.json",
    "next.config.ts",
    "tsconfig.json",
    "postcss.config.mjs",
  ]);
  if (stampMatches(stamp, h) && existsSync(join(root, ".next/BUILD_ID"))) return false;
  log("Biên dịch ứng dụng (next build)…");
  await run(process.execPath, [bin.next, "build"], { env });
  writeStamp(stamp, h);
  return true;
}

export function readDemoAccounts() {
  return JSON.parse(readFileSync(join(root, "prisma/seed/demo-accounts.json"), "utf8"));
}
