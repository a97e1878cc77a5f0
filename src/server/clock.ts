import "server-only";
import { env } from "./env";

const processStart = Date.now();

/**
 * The server's notion of "now". Always the real time in production; a training or demo
 * installation (and the browser tests) may set APP_SIMULATED_START to run the portal as if
 * it were that day, advancing in real time, so the historical plans can be exercised.
 */
export function now(): Date {
  const start = env().APP_SIMULATED_START;
  if (!start) return new Date();
  return new Date(start.getTime() + (Date.now() - processStart));
}
