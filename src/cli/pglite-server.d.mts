// Types for the plain ES module shared by the embedded database server and the tests.
import type { PGlite } from "@electric-sql/pglite";

export function readyStatusReader(): { push(chunk: Uint8Array): void; readonly status: number | null };

export class SessionQueue {
  constructor(db: PGlite);
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number>;
  getQueueLength(): number;
  clearQueueForHandler(handlerId: number): void;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}

export interface PgliteServer {
  port: number;
  host: string;
  connections(): number;
  stop(): Promise<void>;
}

export function authenticate(socket: import("node:net").Socket, password: string): Promise<Buffer | null>;

export function startPgliteServer(options: { db: PGlite; host?: string; port?: number; maxConnections?: number; password?: string }): Promise<PgliteServer>;
