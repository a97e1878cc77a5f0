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

/** Maps anything thrown to a Vietnamese error; unknown errors are logged, never shown. */
export function toErrorBody(error: unknown): ErrorBody {
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
