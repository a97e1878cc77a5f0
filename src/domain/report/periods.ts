/**
 * Report periods and due dates: which reports a reporting obligation asks of a unit, for
 * which span of days, due when. Pure; `asOf` is a parameter.
 *
 * Where a plan is silent we follow the administrative-reform (CCHC) reporting rules of the
 * Ministry of Home Affairs (Công văn 581/BNV-CCHC, as published by Sở Nội vụ Nam Định):
 * data are cut off from the 15th of the month before the period to the 14th of its last
 * month, and the report is sent by the 20th of that last month. An Dũng's reports are folded
 * into the periodic CCHC report ("lồng ghép với báo cáo CCHC định kỳ"), Phước Long's follow
 * "quy định về thời gian báo cáo CCHC", and Phổ Nhơn's yearly review uses the same year.
 */
import { addDays, compareLocalDates, formatDateVi, maxLocalDate, minLocalDate } from "../schedule/local-time";
import type { LocalDate } from "../schedule/types";

type ReportFrequency = "ONCE" | "QUARTERLY" | "SEMIANNUAL" | "ANNUAL" | "END_OF_MODEL";

export interface ObligationTiming {
  frequency: ReportFrequency;
  /** A fixed due date (Long Xuyên: 25/12/2024). */
  dueOn: LocalDate | null;
  /** Or so many days after each period ends, when an obligation says so. */
  dueDaysAfterPeriod: number | null;
}

/** A span of validity, both ends inclusive; `to` null is open-ended. */
interface Lifetime {
  from: LocalDate | null;
  to: LocalDate | null;
}

interface ReportPeriod {
  /** Stable within an obligation, e.g. "2024-Q1", "2024-H2", "2024-Y", "ONCE", "END". */
  key: string;
  start: LocalDate;
  end: LocalDate;
  label: string;
  dueOn: LocalDate;
  /** The rule the due date follows, for people to read. */
  dueRule: string;
}

/** Cut-off day and sending day of the CCHC reporting rules. */
export const CCHC_CUTOFF_DAY = 14;
export const CCHC_DUE_DAY = 20;
export const CCHC_RULE = "Công văn 581/BNV-CCHC của Bộ Nội vụ: chốt số liệu từ ngày 15 tháng trước kỳ đến ngày 14 tháng cuối kỳ, gửi báo cáo chậm nhất ngày 20 tháng cuối kỳ";

const ROMAN = ["I", "II", "III", "IV"];

function ymd(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function yearOfDate(d: LocalDate): number {
  return Number(d.slice(0, 4));
}

interface RawPeriod {
  key: string;
  start: LocalDate;
  end: LocalDate;
  label: string;
}

/** The CCHC periods of one reporting year (the year its last month falls in). */
function cchcPeriodsOfYear(frequency: "QUARTERLY" | "SEMIANNUAL" | "ANNUAL", year: number): RawPeriod[] {
  const startOf = (lastMonth: number, months: number): LocalDate => {
    // The 15th of the month before the period's first month.
    const firstMonth = lastMonth - months + 1;
    const m = firstMonth - 1;
    return m <= 0 ? ymd(year - 1, m + 12, CCHC_CUTOFF_DAY + 1) : ymd(year, m, CCHC_CUTOFF_DAY + 1);
  };
  const endOf = (lastMonth: number) => ymd(year, lastMonth, CCHC_CUTOFF_DAY);
  if (frequency === "QUARTERLY") {
    return [3, 6, 9, 12].map((last, i) => ({ key: `${year}-Q${i + 1}`, start: startOf(last, 3), end: endOf(last), label: `Quý ${ROMAN[i]} năm ${year}` }));
  }
  if (frequency === "SEMIANNUAL") {
    return [
      { key: `${year}-H1`, start: startOf(6, 6), end: endOf(6), label: `6 tháng đầu năm ${year}` },
      { key: `${year}-H2`, start: startOf(12, 6), end: endOf(12), label: `6 tháng cuối năm ${year}` },
    ];
  }
  return [{ key: `${year}-Y`, start: startOf(12, 12), end: endOf(12), label: `Năm ${year}` }];
}

function cchcDue(end: LocalDate): LocalDate {
  return `${end.slice(0, 8)}${String(CCHC_DUE_DAY).padStart(2, "0")}`;
}

function clampStart(...dates: (LocalDate | null)[]): LocalDate | null {
  const present = dates.filter((d): d is LocalDate => Boolean(d));
  return present.length ? present.reduce((a, b) => maxLocalDate(a, b)) : null;
}

function clampEnd(...dates: (LocalDate | null)[]): LocalDate | null {
  const present = dates.filter((d): d is LocalDate => Boolean(d));
  return present.length ? present.reduce((a, b) => minLocalDate(a, b)) : null;
}

function rangeLabel(start: LocalDate, end: LocalDate): string {
  return `từ ${formatDateVi(start)} đến ${formatDateVi(end)}`;
}

/**
 * The reports an obligation asks of one unit up to `asOf`: periods inside the plan's
 * validity and the unit's lifetime (cut to both), each with its due date. A period is listed
 * once it has started. A unit that ends before a due date reports by its last day.
 */
export function reportPeriods(obligation: ObligationTiming, plan: Lifetime, unit: Lifetime, asOf: LocalDate): ReportPeriod[] {
  const from = clampStart(plan.from, unit.from);
  const to = clampEnd(plan.to, unit.to);
  if (!from) return [];
  const out: ReportPeriod[] = [];
  const unitDue = (due: LocalDate, end: LocalDate): { dueOn: LocalDate; cut: boolean } => {
    if (unit.to && compareLocalDates(unit.to, due) < 0) return { dueOn: maxLocalDate(unit.to, end), cut: true };
    return { dueOn: due, cut: false };
  };

  if (obligation.frequency === "ONCE" || obligation.frequency === "END_OF_MODEL") {
    const end = obligation.frequency === "ONCE" ? clampEnd(obligation.dueOn, to) : to;
    if (!end || compareLocalDates(from, end) > 0 || compareLocalDates(from, asOf) > 0) return [];
    const regular =
      obligation.frequency === "ONCE" && obligation.dueOn
        ? { due: obligation.dueOn, rule: "Hạn nộp ghi trong kế hoạch" }
        : obligation.dueDaysAfterPeriod != null
          ? { due: addDays(end, obligation.dueDaysAfterPeriod), rule: `${obligation.dueDaysAfterPeriod} ngày sau khi kết thúc kỳ` }
          : { due: end, rule: "Kế hoạch không ghi hạn: nộp khi kết thúc mô hình" };
    const { dueOn, cut } = unitDue(regular.due, end);
    out.push({
      key: obligation.frequency === "ONCE" ? "ONCE" : "END",
      start: from,
      end,
      label: obligation.frequency === "ONCE" ? `Kết quả thực hiện ${rangeLabel(from, end)}` : `Cả thời gian thực hiện mô hình (${rangeLabel(from, end)})`,
      dueOn,
      dueRule: cut ? "Đơn vị chấm dứt hoạt động trước hạn: nộp trước ngày cuối cùng của đơn vị" : regular.rule,
    });
    return out;
  }

  const lastYear = yearOfDate(minLocalDate(to ?? asOf, asOf)) + 1;
  for (let year = yearOfDate(from); year <= lastYear; year++) {
    for (const p of cchcPeriodsOfYear(obligation.frequency, year)) {
      const start = maxLocalDate(p.start, from);
      const end = to ? minLocalDate(p.end, to) : p.end;
      if (compareLocalDates(start, end) > 0 || compareLocalDates(start, asOf) > 0) continue;
      const regular =
        obligation.dueDaysAfterPeriod != null
          ? { due: addDays(p.end, obligation.dueDaysAfterPeriod), rule: `${obligation.dueDaysAfterPeriod} ngày sau khi kết thúc kỳ` }
          : { due: cchcDue(p.end), rule: CCHC_RULE };
      const { dueOn, cut } = unitDue(regular.due, end);
      out.push({
        key: p.key,
        start,
        end,
        label: p.label,
        dueOn,
        dueRule: cut ? "Đơn vị chấm dứt hoạt động trước hạn: nộp trước ngày cuối cùng của đơn vị" : regular.rule,
      });
    }
  }
  return out;
}
