// Types for the plain ES module shared by `npm start` and the tests.
import type { ChildProcess, SpawnOptions } from "node:child_process";

export interface RestartPolicy {
  initialMs: number;
  factor: number;
  maxMs: number;
  stableMs: number;
}
export const DEFAULT_RESTART_POLICY: Readonly<RestartPolicy>;
export function restartDelay(failures: number, policy?: RestartPolicy): number;
export function failuresAfterExit(previousFailures: number, uptimeMs: number, policy?: RestartPolicy): number;
export function logLine(name: string, message: string, now?: Date): string;

export interface Supervised {
  ready: Promise<ChildProcess>;
  current(): ChildProcess | null;
  stop(): Promise<void>;
}
export function supervise(options: {
  name: string;
  start: () => Promise<ChildProcess>;
  policy?: RestartPolicy;
  write?: (line: string) => void;
  onRestart?: (child: ChildProcess) => void;
  killAfterMs?: number;
  now?: () => number;
}): Supervised;
export function spawnUntilReady(
  command: string,
  args: string[],
  options?: SpawnOptions & { readyPattern?: RegExp; timeoutMs?: number; forward?: (chunk: Buffer) => void; ipc?: boolean },
): () => Promise<ChildProcess>;
