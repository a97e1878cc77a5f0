// Types for the plain ES module shared by the production server and the tests.
import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";

export const ACTION_BODY_LIMIT: number;
export function readWithin(stream: Readable, limit: number): Promise<Buffer | "too-large">;
export function decodableActionBody(body: Buffer, contentType: string | undefined): Promise<boolean>;
export function replayed(req: IncomingMessage, body: Buffer): IncomingMessage;
