import "server-only";
import { isLocalDate } from "@/domain/schedule";
import { z } from "../validation";

/** Shared pieces of the administration forms' schemas. */

/** A textarea with one item per line (or an array already): trimmed, blank lines dropped. */
export function lines(max = 4000, maxItems = 200) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.split(/\r?\n/) : v === undefined || v === null ? [] : v),
    z
      .array(z.string().trim().max(max, `Mỗi dòng tối đa ${max} ký tự.`))
      .max(maxItems, `Tối đa ${maxItems} dòng.`)
      .transform((a) => a.filter(Boolean)),
  );
}

/** "" → undefined, then an integer in [min, max]. */
export function optionalInt(label: string, min: number, max: number) {
  return z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : typeof v === "string" ? Number(v.trim()) : v),
    z
      .number({ error: `${label} phải là số.` })
      .int(`${label} phải là số nguyên.`)
      .min(min, `${label} từ ${min} đến ${max}.`)
      .max(max, `${label} từ ${min} đến ${max}.`)
      .optional(),
  );
}

/** Repeated form names come as an array, a single one as a string, none as undefined. */
export function idList() {
  return z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().trim().min(1).max(64)).max(5000),
  );
}

/** A real calendar date, YYYY-MM-DD (2024-02-30 is refused). */
export const localDate = z
  .string({ error: "Vui lòng chọn ngày." })
  .trim()
  .min(1, "Vui lòng chọn ngày.")
  .refine((v) => isLocalDate(v), "Ngày không hợp lệ (định dạng YYYY-MM-DD).");

export const optionalDate = z.preprocess((v) => (v === "" || v === null ? undefined : v), localDate.optional());
