#!/usr/bin/env node
// The portal's background jobs, beside the app server; `npm start` starts and supervises it.
// Today one job: the retention run (src/server/privacy/anonymise-expired.ts), at start and
// then on the first hourly check of each new local day (Asia/Ho_Chi_Minh). Each run is its own
// process, so a failed run is logged and tried again at the next check without taking the
// worker down. Safe as several instances (one per app machine): the run skips rows another
// holds and never does a row twice.
//   WORKER_CHECK_MINUTES (60) how often to check.
import { loadDotEnv, runRetention } from "./lib.mjs";

loadDotEnv();
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  process.stderr.write("worker: DATABASE_URL chưa được đặt.\n");
  process.exit(1);
}
const checkMs = Number(process.env.WORKER_CHECK_MINUTES ?? 60) * 60_000;
const localDay = (t) => new Date(t + 7 * 3_600_000).toISOString().slice(0, 10); // UTC+7, no DST
const line = (message) => process.stdout.write(`${new Date().toISOString()} [tác vụ nền] ${message}\n`);

let lastRunDay = null;
let running = false;
async function check() {
  const today = localDay(Date.now());
  if (running || today === lastRunDay) return;
  running = true;
  try {
    line((await runRetention(databaseUrl)).trim());
    lastRunDay = today;
  } catch (error) {
    line(`lượt ẩn danh dữ liệu lỗi, thử lại lần kiểm tra sau: ${(error.output ?? error.message).trim()}`);
  } finally {
    running = false;
  }
}

line("ready");
await check();
const timer = setInterval(() => void check(), checkMs);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    clearInterval(timer);
    process.exit(0);
  });
}
// When started with an IPC channel, stop with the parent.
process.on("disconnect", () => process.exit(0));
