import { expect } from "vitest";
import { db } from "@/server/db";
import { baseUrl } from "./helpers";

export interface ApiAnswer {
  status: number;
  type: string;
  body: unknown;
  text: string;
  headers: Headers;
}

/** One HTTP call to the served app; the body parsed when it is JSON. */
export async function api(path: string, init: RequestInit & { json?: unknown } = {}): Promise<ApiAnswer> {
  const headers = new Headers(init.headers);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(init.json);
  }
  const res = await fetch(new URL(path, baseUrl()), { ...init, headers, body, redirect: "manual" });
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  return { status: res.status, type, text, headers: res.headers, body: type.includes("json") ? JSON.parse(text) : null };
}

/** A 4xx answer in the API's error shape, with a Vietnamese message. */
export function expectApiError(a: ApiAnswer, status: number, code?: string) {
  expect(a.status, a.text.slice(0, 300)).toBe(status);
  expect(a.type).toContain("application/json");
  const e = (a.body as { error: { code: string; message: string } }).error;
  expect(typeof e.message).toBe("string");
  expect(e.message.length).toBeGreaterThan(5);
  if (code) expect(e.code).toBe(code);
  return e;
}

/** Row counts that a refused request must leave unchanged. */
export async function writeCounts() {
  const [requests, ratings, audit, dossiers] = await Promise.all([db.homeVisitRequest.count(), db.satisfactionResponse.count(), db.auditLog.count(), db.dossier.count()]);
  return { requests, ratings, audit, dossiers };
}
