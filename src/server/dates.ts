import "server-only";
import type { LocalDate } from "@/domain/schedule/types";

/** A `@db.Date` column comes back as UTC midnight; this is its calendar date. */
export function localDateOf(value: Date): LocalDate {
  return value.toISOString().slice(0, 10);
}

export function localDateOrNull(value: Date | null | undefined): LocalDate | null {
  return value ? localDateOf(value) : null;
}

/** A calendar date to store in a `@db.Date` column. */
export function dbDate(date: LocalDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}
