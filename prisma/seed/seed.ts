/**
 * Demo data, loaded by `npm start` on first run (and by the tests). Idempotent: reference
 * data are upserts on stable keys; the historical cases are generated once.
 *   node --conditions=react-server --import tsx prisma/seed/seed.ts [--force]
 */
import { db } from "../../src/server/db";
import { seedHistory } from "./history";
import { illustrativeEnabled, seedIllustrative } from "./illustrative";
import { seedReference } from "./reference";
import { seedReports } from "./reports";

/** Bump when the reference data change, so that existing databases pick them up. */
export const SEED_VERSION = "2026-12-07.1";

/**
 * The instant the demo history runs up to: SEED_NOW (ISO 8601), always given by the caller —
 * the test stacks fix it so that every run sees the same data; `npm start` passes the moment
 * it starts, so the demo runs up to today.
 */
function seedNow(): Date {
  const raw = process.env.SEED_NOW;
  if (!raw) throw new Error("SEED_NOW chưa được đặt: npm start và các bộ kiểm thử đặt thời điểm nạp dữ liệu mẫu.");
  const at = new Date(raw);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(at.getTime())) {
    throw new Error(`SEED_NOW phải là thời điểm ISO 8601, ví dụ 2026-12-07T09:00:00+07:00 (đang là «${raw}»).`);
  }
  return at;
}

async function main() {
  const now = seedNow();
  const force = process.argv.includes("--force");
  const started = Date.now();
  const meta = await db.appMeta.findUnique({ where: { key: "seed.version" } });
  if (meta?.value === SEED_VERSION && !force) {
    console.log("▸ Dữ liệu mẫu đã có (bỏ qua nạp lại).");
    return;
  }
  console.log("▸ Nạp dữ liệu mẫu: đơn vị, thủ tục, lịch nghỉ, năm kế hoạch…");
  const maps = await seedReference(db);
  if (illustrativeEnabled()) {
    console.log(`▸ Kế hoạch minh họa cho các đơn vị hiện nay: ${await seedIllustrative(db, maps, now)} (tắt bằng SEED_ILLUSTRATIVE=0).`);
  }
  const history = await db.appMeta.findUnique({ where: { key: "seed.history" } });
  if (!history && !process.argv.includes("--no-history")) {
    console.log("▸ Sinh hồ sơ lịch sử theo các mô hình (chỉ lần đầu)…");
    // One transaction: a failure leaves no half-generated history behind.
    const summary = await db.$transaction(async (tx) => ({ ...(await seedHistory(tx, maps, now)), ...(await seedReports(tx, maps, now)) }), { timeout: 15 * 60_000, maxWait: 60_000 });
    await db.appMeta.upsert({ where: { key: "seed.history" }, create: { key: "seed.history", value: JSON.stringify(summary) }, update: {} });
    console.log(`  ${Object.entries(summary).map(([k, v]) => `${k}: ${v}`).join(", ")}`);
  }
  await db.appMeta.upsert({ where: { key: "seed.version" }, create: { key: "seed.version", value: SEED_VERSION }, update: { value: SEED_VERSION } });
  console.log(`▸ Xong dữ liệu mẫu sau ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
