#!/usr/bin/env node
// Serves the built app on a fresh, seeded in-memory database for the browser tests:
//   node src/cli/serve-test.mjs --port 3100 [--simulated-start 2024-03-06T09:00:00+07:00]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot, startTestStack } from "./test-stack.mjs";

const { values } = parseArgs({ options: { port: { type: "string", default: "3100" }, "simulated-start": { type: "string" } } });
const stack = await startTestStack({ server: true, port: Number(values.port), simulatedStart: values["simulated-start"] });
// The app anchored its clock a moment ago, as it started listening.
const startedAt = Date.now();
// The browser tests' fixtures read this to sign in by minting a session for a seeded user.
mkdirSync(join(projectRoot, "test-results"), { recursive: true });
writeFileSync(join(projectRoot, "test-results", `stack-${values.port}.json`), JSON.stringify({
    baseUrl: stack.baseUrl,
    databaseUrl: stack.databaseUrl,
    // The served app's clock: this instant at startedAt, advancing in real time from there.
    clock: new Date(values["simulated-start"] ?? stack.clock).toISOString(),
    startedAt: new Date(startedAt).toISOString(),
  }));
process.stdout.write(`ready ${stack.baseUrl}\n`);
const stop = async () => {
  await stack.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
