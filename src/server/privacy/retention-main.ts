import "server-only";
/**
 * One retention run on DATABASE_URL at the server's clock, for `npm run retention` and the
 * worker (src/cli/worker.mjs), which start it with `node --conditions=react-server --import tsx`
 * like the seed. Prints one line; exits non-zero when the run failed.
 */
import { now } from "../clock";
import { db } from "../db";
import { anonymiseExpired } from "./anonymise-expired";

try {
  const run = await anonymiseExpired(db, now());
  process.stdout.write(
    `Ẩn danh dữ liệu hết thời hạn lưu: ${run.homeVisits} đề nghị đến nhà (kết thúc trước ${run.homeVisitCutoff.toISOString()}), ${run.dossiers} hồ sơ (kết thúc trước ${run.dossierCutoff.toISOString()}).\n`,
  );
} catch (error) {
  process.stderr.write(`Ẩn danh dữ liệu không thành công: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
