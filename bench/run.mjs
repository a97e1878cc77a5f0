#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts in its own process, one after another.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
for (const file of readdirSync(dir).filter((f) => f.endsWith(".bench.ts")).sort()) {
  if (only && !file.includes(only)) continue;
  process.stdout.write(`\n=== ${file} ===\n`);
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", join(dir, file)], { stdio: "inherit" });
  if (r.status !== 0) process.exitCode = 1;
}
