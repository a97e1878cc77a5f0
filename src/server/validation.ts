import "server-only";
import { z } from "zod";
import { AppError } from "./errors";

// Vietnamese messages for every schema in the server layer.
z.config(z.locales.vi());

export { z };

/** PostgreSQL text cannot hold NUL: refuse it here rather than fail in the database. */
const noNul = (v: string) => !v.includes("\u0000");
const NUL_MESSAGE = "Có ký tự không hợp lệ.";

const trimmed = (max: number) => z.string().trim().max(max, `Tối đa ${max} ký tự.`).refine(noNul, NUL_MESSAGE);

/** "0905 111 222", "+84 905.111.222" → "0905111222". */
const phoneDigits = (v: string) => v.replace(/[\s.-]/g, "").replace(/^\+84/, "0");

export const fields = {
  text: (max = 500) => trimmed(max),
  requiredText: (label: string, max = 500) => trimmed(max).min(1, `Vui lòng nhập ${label}.`),
  optionalText: (max = 500) =>
    trimmed(max)
      .optional()
      .transform((v) => (v ? v : undefined)),
  id: z.string().trim().min(1, "Thiếu mã.").max(64, "Mã không hợp lệ.").refine(noNul, "Mã không hợp lệ."),
  /** Vietnamese phone numbers: 10 digits starting with 0, or +84. */
  phone: z
    .string()
    .trim()
    .transform(phoneDigits)
    .pipe(z.string().regex(/^0\d{9}$/, "Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.")),
  /** An office's phone, optional: a mobile (10 digits) or a landline with its area code (11). */
  optionalOfficePhone: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : phoneDigits(v.trim())) : v),
    z.string().regex(/^0\d{9,10}$/, "Số điện thoại gồm 10 hoặc 11 chữ số (số bàn có mã vùng), bắt đầu bằng 0.").optional(),
  ),
  localDate: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày không hợp lệ (định dạng YYYY-MM-DD)."),
  localTime: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Giờ không hợp lệ (định dạng HH:mm)."),
  /** A checkbox in a form: "on"/"true" → true, missing → false. */
  checkbox: z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean()),
  /** An ISO 8601 instant with an offset. */
  instant: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, "Thời điểm phải theo ISO 8601 có múi giờ, ví dụ 2024-03-06T10:00:00+07:00.")
    .transform((v) => new Date(v))
    .refine((d) => !Number.isNaN(d.getTime()), "Thời điểm không hợp lệ."),
};

/**
 * The form a server action received. A client can send any value as an action's root part (a
 * string, an array, nothing); anything but a FormData is an empty form, which the action's
 * schema then refuses like any form with nothing filled in.
 */
export function formOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** FormData → plain object; repeated names become arrays. */
export function formDataToObject(formData: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formOf(formData).entries()) {
    if (key.startsWith("$ACTION")) continue;
    const v = typeof value === "string" ? value : value.name;
    if (Object.hasOwn(out, key)) {
      const existing = out[key];
      out[key] = Array.isArray(existing) ? [...existing, v] : [existing, v];
    } else out[key] = v;
  }
  return out;
}

/** Flattens zod issues into per-field Vietnamese messages. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * The one parse of the server layer: the schema's output, or a VALIDATION error carrying the
 * first message (shown to the user) and every field's.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]?.message;
    throw new AppError("VALIDATION", first ? `Thông tin chưa hợp lệ: ${first}` : undefined, { fieldErrors: fieldErrorsOf(parsed.error) });
  }
  return parsed.data;
}
