#!/usr/bin/env node
// `npm run retention`: one run of the retention job now — contact data of home-visit requests
// and dossiers past their period (src/domain/privacy/retention.ts) anonymised, one audit row.
// On PostgreSQL at DATABASE_URL, else the embedded database (started for the run if not running).
// `npm start` also runs it at start and once a day (src/cli/worker.mjs).
import { commandDatabase } from "./backup-lib.mjs";
import { loadDotEnv, runRetention } from "./lib.mjs";

loadDotEnv();
let database = null;
try {
  database = await commandDatabase({ mustExist: true });
  process.stdout.write(await runRetention(database.url));
} catch (error) {
  process.stderr.write(`\x1b[31m✗ ${error.message}\x1b[0m\n${error.output ?? ""}`);
  process.exitCode = 1;
} finally {
  await database?.stop();
}
