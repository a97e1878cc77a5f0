import "server-only";
import { isLocalDate, toLocalDate } from "@/domain/schedule";
import { clientIpFrom } from "../client-ip";
import { AppError, statusOf, toErrorBody, type ErrorBody, type Result } from "../errors";
import { fields, parseInput, z } from "../validation";

/**
 * The one helper behind every route handler of the open API (/api/v1): JSON in and out,
 * errors as `{ error: { code, message } }` with the status of src/server/errors.ts, and never
 * a 500 for anything a client sends.
 */

/** Largest request body accepted (a home-visit request is well under 2 KB). */
export const MAX_BODY_BYTES = 16 * 1024;

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" };

export function jsonResponse(data: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(data), { status: init.status ?? 200, headers: { ...JSON_HEADERS, "cache-control": "no-store", ...init.headers } });
}

function errorResponse(error: ErrorBody, extraHeaders: Record<string, string> = {}): Response {
  const retry: Record<string, string> = error.retryAfterSeconds ? { "retry-after": String(error.retryAfterSeconds) } : {};
  return jsonResponse({ error }, { status: statusOf(error.code), headers: { ...retry, ...extraHeaders } });
}

/** A Result from a server function or action as an HTTP answer. */
export function resultResponse<T>(result: Result<T>, successStatus = 200, headers: Record<string, string> = {}): Response {
  return result.ok ? jsonResponse(result.data, { status: successStatus, headers }) : errorResponse(result.error);
}

interface RouteContext<P> {
  params: Promise<P>;
}

/**
 * Wraps a handler: an AppError becomes its status and Vietnamese message; anything else is
 * logged and answered 500 without details (that is a bug, not bad input).
 */
export function apiRoute<P = object>(handler: (request: Request, context: RouteContext<P>) => Promise<Response>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      return errorResponse(toErrorBody(error));
    }
  };
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * The methods a route does not have answer JSON 405 with an Allow header (instead of Next's
 * empty 405): `export const { POST, PUT, PATCH, DELETE } = otherMethods("GET")`.
 */
export function otherMethods(...allowed: Method[]): Record<Method, () => Promise<Response>> {
  const refuse = async () =>
    errorResponse({ code: "METHOD_NOT_ALLOWED", message: `Địa chỉ này chỉ nhận ${allowed.join(", ")}. Xem /api/v1/openapi.json.` }, { allow: allowed.join(", ") });
  return { GET: refuse, POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse };
}

/** Parses query parameters with a zod schema (unknown parameters are ignored; repeated ones refused). */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const url = new URL(request.url);
  const raw: Record<string, string> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    if (values.length > 1) throw new AppError("VALIDATION", `Tham số «${key.slice(0, 40)}» chỉ được có một giá trị.`);
    raw[key] = values[0]!;
  }
  return parseInput(schema, raw);
}

/** The JSON body, refused when too large, not JSON, or not an object. */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new AppError("VALIDATION", "Nội dung phải là JSON (Content-Type: application/json).");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new AppError("VALIDATION", `Nội dung gửi lên quá lớn (tối đa ${MAX_BODY_BYTES / 1024} KB).`);
  const text = await readLimited(request, MAX_BODY_BYTES);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION", "Nội dung không phải JSON hợp lệ.");
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new AppError("VALIDATION", "Nội dung phải là một đối tượng JSON.");
  return value as Record<string, unknown>;
}

/** Reads the body as text, stopping as soon as it exceeds `max` bytes (a missing length header proves nothing). */
async function readLimited(request: Request, max: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw new AppError("VALIDATION", `Nội dung gửi lên quá lớn (tối đa ${max / 1024} KB).`);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

/** The client's address (the same rule as the pages: src/server/client-ip.ts). */
export function clientIp(request: Request): string | undefined {
  return clientIpFrom(request.headers.get("x-forwarded-for"));
}

/** Cacheable public data: a CDN may keep it for a minute (it carries no personal data). */
export const PUBLIC_CACHE = { "cache-control": "public, max-age=60" };

/** The dates the engine is asked about through the API (the plans run 2023–2026; the law's calendar is known far beyond). */
const MIN_DATE = "1990-01-01";
const MAX_DATE = "2100-12-31";

export const apiParams = {
  date: z
    .string()
    .pipe(fields.localDate)
    .refine((d) => isLocalDate(d), "Ngày không tồn tại.")
    .refine((d) => d >= MIN_DATE && d <= MAX_DATE, "Ngày phải trong khoảng 1990–2100."),
  instant: z
    .string()
    .max(40, "Thời điểm không hợp lệ.")
    // new Date() would roll 30/02 over to 01/03: the calendar date itself must exist.
    .refine((s) => isLocalDate(s.slice(0, 10)), "Ngày không tồn tại.")
    .pipe(fields.instant)
    .refine((t) => {
      // An invalid instant is already reported by fields.instant (zod keeps checking after it).
      if (Number.isNaN(t.getTime())) return true;
      const d = toLocalDate(t);
      return d >= MIN_DATE && d <= MAX_DATE;
    }, "Thời điểm phải trong khoảng 1990–2100."),
  slug: z.string().regex(/^[a-z0-9-]{1,120}$/, "Mã đơn vị (slug) chỉ gồm chữ thường không dấu, số và dấu gạch ngang."),
};
