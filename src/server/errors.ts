import "server-only";

export type ErrorCode =
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "RULE_VIOLATION"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "METHOD_NOT_ALLOWED"
  | "UNAVAILABLE"
  | "INTERNAL";

const defaults: Record<ErrorCode, { status: number; message: string }> = {
  VALIDATION: { status: 422, message: "Thông tin nhập chưa hợp lệ." },
  UNAUTHENTICATED: { status: 401, message: "Vui lòng đăng nhập." },
  FORBIDDEN: { status: 403, message: "Bạn không có quyền thực hiện thao tác này." },
  NOT_FOUND: { status: 404, message: "Không tìm thấy." },
  RULE_VIOLATION: { status: 422, message: "Thao tác trái với quy định của mô hình." },
  CONFLICT: { status: 409, message: "Dữ liệu đã thay đổi, vui lòng tải lại." },
  RATE_LIMITED: { status: 429, message: "Bạn đã thử quá nhiều lần. Vui lòng thử lại sau." },
  METHOD_NOT_ALLOWED: { status: 405, message: "Địa chỉ này không nhận phương thức HTTP đó." },
  UNAVAILABLE: { status: 503, message: "Cơ sở dữ liệu đang khởi động lại… Vui lòng thử lại sau ít giây." },
  INTERNAL: { status: 500, message: "Hệ thống đang gặp sự cố. Vui lòng thử lại sau." },
};

/** The one error type of the server layer; its message is shown to users as is. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message?: string, extra?: { fieldErrors?: Record<string, string[]>; retryAfterSeconds?: number }) {
    super(message ?? defaults[code].message);
    this.code = code;
    this.fieldErrors = extra?.fieldErrors;
    this.retryAfterSeconds = extra?.retryAfterSeconds;
  }

  get status(): number {
    return defaults[this.code].status;
  }
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
  /** For RATE_LIMITED: how long until the block ends (the API also sends it as Retry-After). */
  retryAfterSeconds?: number;
}

/** What a form sent, as the form kit's fields take it back after an error (never a password). */
export type SubmittedValues = Record<string, string | string[]>;

/** A failure carries the submitted values so that a form shows them again, with or without JavaScript. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorBody; values?: SubmittedValues };

/** How long a client is told to wait while the database is away (Retry-After). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Prisma: can't reach, timed out, server closed the connection, no connection from the pool in time.
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNREACHABLE_NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH"]);
// PostgreSQL: shutting down, crashed, starting up, too many connections.
const UNREACHABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const UNREACHABLE_MESSAGES = /Connection terminated|not queryable|Can't reach database server|timeout exceeded when trying to connect|Connection closed/i;

/**
 * Is this the database being away (stopped, restarting, unreachable) rather than a bug? Such a
 * failure is a 503 with Retry-After and a Vietnamese message, not a 500. It looks through
 * Prisma's error, the driver adapter's cause and node-postgres's error (by shape: this module
 * imports neither). A protocol violation (SQLSTATE 08P01) is a bug, not an outage.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; kind?: unknown; originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: unknown } } };
  if (typeof e.code === "string" && (UNREACHABLE_PRISMA_CODES.has(e.code) || UNREACHABLE_NODE_CODES.has(e.code) || UNREACHABLE_SQLSTATES.has(e.code))) return true;
  if (typeof e.kind === "string" && UNREACHABLE_KINDS.has(e.kind)) return true;
  if (typeof e.originalCode === "string" && UNREACHABLE_SQLSTATES.has(e.originalCode)) return true;
  if (typeof e.message === "string" && UNREACHABLE_MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.meta?.driverAdapterError?.cause, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

/** The error a caller gets while the database is away. */
export function databaseUnavailable(): AppError {
  return new AppError("UNAVAILABLE", undefined, { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS });
}

/** Maps anything thrown to a Vietnamese error; unknown errors are logged, never shown. */
export function toErrorBody(error: unknown): ErrorBody {
  if (!(error instanceof AppError) && isDatabaseUnavailable(error)) {
    console.error(`Cơ sở dữ liệu không trả lời: ${error instanceof Error ? error.message.split("\n").filter(Boolean).pop() : String(error)}`);
    error = databaseUnavailable();
  }
  if (error instanceof AppError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      ...(error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    };
  }
  console.error(error);
  return { code: "INTERNAL", message: defaults.INTERNAL.message };
}

export function statusOf(code: ErrorCode): number {
  return defaults[code].status;
}

/**
 * A refusal decided in src/domain (its Vietnamese message, and a shorter one for the field
 * when it has one) as the RULE_VIOLATION shown to the user; with `field`, also next to it.
 */
export function refusalError(refusal: { message: string; fieldMessage?: string }, field?: string): AppError {
  return new AppError("RULE_VIOLATION", refusal.message, field ? { fieldErrors: { [field]: [refusal.fieldMessage ?? refusal.message] } } : undefined);
}
