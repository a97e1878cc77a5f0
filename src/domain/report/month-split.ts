import { addDays, compareLocalDates, type LocalDate } from "../schedule";

/**
 * How a range of local days is read from the dossier roll-ups: the whole months inside it
 * from the month rows, the partial months at its ends from the day rows. Report periods run
 * from the 15th to the 14th and ranges end today, so most ranges have both ends partial.
 */
interface MonthSplit {
  /** First days of the first and the last whole month, or null when no month is whole. */
  months: { first: LocalDate; last: LocalDate } | null;
  /** At most two runs of days, together covering no whole month. */
  days: { start: LocalDate; end: LocalDate }[];
}

const firstOfMonth = (date: LocalDate): LocalDate => `${date.slice(0, 8)}01`;

function firstOfNextMonth(date: LocalDate): LocalDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

/** Splits [start, end] (inclusive); an empty range (start after end) gives nothing. */
export function splitByWholeMonths(start: LocalDate, end: LocalDate): MonthSplit {
  if (compareLocalDates(start, end) > 0) return { months: null, days: [] };
  const firstWhole = start.endsWith("-01") ? start : firstOfNextMonth(start);
  // The last day of the last whole month.
  const lastWholeEnd = addDays(end, 1).endsWith("-01") ? end : addDays(firstOfMonth(end), -1);
  if (compareLocalDates(firstWhole, lastWholeEnd) > 0) return { months: null, days: [{ start, end }] };
  const days: MonthSplit["days"] = [];
  if (compareLocalDates(start, firstWhole) < 0) days.push({ start, end: addDays(firstWhole, -1) });
  if (compareLocalDates(lastWholeEnd, end) < 0) days.push({ start: addDays(lastWholeEnd, 1), end });
  return { months: { first: firstWhole, last: firstOfMonth(lastWholeEnd) }, days };
}
