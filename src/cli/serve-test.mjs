#!/usr/bin/env node
// Serves the built app on a fresh, seeded in-memory database for the browser tests:
//   node src/cli/serve-test.mjs --port 3100 [--simulated-start 2024-03-06T09:00:00+07:00]
import { parseArgs } from "node:util";
import { startTestStack } from "./test-stack.mjs";

const { values } = parseArgs({ options: { port: { type: "string", default: "3100" }, "simulated-start": { type: "string" } } });
const stack = await startTestStack({ server: true, port: Number(values.port), simulatedStart: values["simulated-start"] });
process.stdout.write(`ready ${stack.baseUrl}\n`);
const stop = async () => {
  await stack.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
