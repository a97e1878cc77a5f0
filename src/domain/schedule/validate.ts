/**
 * Validation of a rule in the model builder, and its description in Vietnamese.
 */
import { formatDateVi, isLocalDate, tryTimeToMinutes } from "./local-time";
import { describeRecurrence, hasSchedule, rruleError } from "./recurrence";
import type { ModelKind, ModelRule, OfficeHours, TimeWindow } from "./types";

export interface RuleIssue {
  /** Field path in the rule, e.g. "hours.windows[1].end". */
  path: string;
  message: string;
}

/** Kinds that need a calendar (the others — letters, pledges — have none). */
const SCHEDULED_KINDS: readonly ModelKind[] = [
  "HOME_VISIT",
  "NO_APPOINTMENT_DAY",
  "EXTENDED_HOURS",
  "ONLINE_SERVICE_DAY",
  "LISTENING_SESSION",
];

function windowIssues(windows: readonly TimeWindow[], base: string): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const parsed: { i: number; s: number; e: number }[] = [];
  windows.forEach((w, i) => {
    const s = tryTimeToMinutes(w.start);
    const e = tryTimeToMinutes(w.end);
    let ok = true;
    if (s === null || s === 1440) {
      issues.push({ path: `${base}[${i}].start`, message: `Giờ bắt đầu không hợp lệ: "${w.start}" (cần dạng HH:mm, 00:00–23:59).` });
      ok = false;
    }
    if (e === null) {
      issues.push({ path: `${base}[${i}].end`, message: `Giờ kết thúc không hợp lệ: "${w.end}" (cần dạng HH:mm).` });
      ok = false;
    }
    if (ok && s !== null && e !== null) {
      if (e <= s) {
        issues.push({ path: `${base}[${i}].end`, message: `Giờ kết thúc (${w.end}) phải sau giờ bắt đầu (${w.start}).` });
      } else {
        parsed.push({ i, s, e });
      }
    }
  });
  parsed.sort((a, b) => a.s - b.s);
  for (let k = 1; k < parsed.length; k++) {
    const prev = parsed[k - 1]!;
    const cur = parsed[k]!;
    if (cur.s < prev.e) {
      issues.push({
        path: `${base}[${cur.i}]`,
        message: `Khung giờ ${windows[cur.i]!.start}–${windows[cur.i]!.end} chồng lên khung giờ ${windows[prev.i]!.start}–${windows[prev.i]!.end}.`,
      });
    }
  }
  return issues;
}

/** Is `cutoff` within (start, end] of one of the windows? */
function cutoffInside(cutoff: number, windows: readonly TimeWindow[]): boolean {
  return windows.some((w) => {
    const s = tryTimeToMinutes(w.start);
    const e = tryTimeToMinutes(w.end);
    return s !== null && e !== null && cutoff > s && cutoff <= e;
  });
}

export interface ValidateOptions {
  /** The unit's office hours, to check an intake cut-off of an OFFICE_HOURS rule. */
  officeHours?: readonly OfficeHours[];
}

/** Every problem of a rule, with Vietnamese messages; [] when the rule is valid. */
export function validateRule(rule: ModelRule, options: ValidateOptions = {}): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  if (!rule.versionId?.trim()) add("versionId", "Thiếu mã phiên bản.");
  if (!rule.modelId?.trim()) add("modelId", "Thiếu mã mô hình.");

  // Dates
  if (!isLocalDate(rule.effectiveFrom)) add("effectiveFrom", `Ngày hiệu lực không hợp lệ: "${rule.effectiveFrom}".`);
  const fromOk = isLocalDate(rule.validFrom);
  if (!fromOk) add("validFrom", `Ngày bắt đầu không hợp lệ: "${rule.validFrom}".`);
  const toOk = rule.validTo === null || isLocalDate(rule.validTo);
  if (!toOk) add("validTo", `Ngày kết thúc không hợp lệ: "${String(rule.validTo)}".`);
  if (fromOk && toOk && rule.validTo !== null && rule.validTo < rule.validFrom) {
    add("validTo", `Ngày kết thúc (${formatDateVi(rule.validTo)}) trước ngày bắt đầu (${formatDateVi(rule.validFrom)}).`);
  }

  // Recurrence
  const rec = rule.recurrence;
  if (rec.rrule !== null) {
    const err = rruleError(rec.rrule);
    if (err) add("recurrence.rrule", err);
  }
  rec.dates.forEach((d, i) => {
    if (!isLocalDate(d)) add(`recurrence.dates[${i}]`, `Ngày không hợp lệ: "${d}".`);
    else if (fromOk && (d < rule.validFrom || (rule.validTo !== null && toOk && d > rule.validTo))) {
      add(`recurrence.dates[${i}]`, `Ngày ${formatDateVi(d)} nằm ngoài thời gian áp dụng của mô hình.`);
    }
  });
  rec.exdates.forEach((d, i) => {
    if (!isLocalDate(d)) add(`recurrence.exdates[${i}]`, `Ngày không hợp lệ: "${d}".`);
  });
  if (SCHEDULED_KINDS.includes(rule.kind) && !hasSchedule(rec)) {
    add("recurrence", "Mô hình này cần lịch: chọn ngày trong tuần, lịch lặp hoặc các ngày cụ thể.");
  }

  // Hours
  if (rule.hours.kind === "WINDOWS") {
    if (rule.hours.windows.length === 0) add("hours.windows", "Chưa có khung giờ nào.");
    issues.push(...windowIssues(rule.hours.windows, "hours.windows"));
  } else if (rule.hours.kind !== "OFFICE_HOURS") {
    add("hours", "Cách tính giờ không hợp lệ.");
  }

  // Intake cut-off
  if (rule.intakeCutoff !== null) {
    const c = tryTimeToMinutes(rule.intakeCutoff);
    if (c === null) add("intakeCutoff", `Giờ nhận hồ sơ cuối không hợp lệ: "${rule.intakeCutoff}".`);
    else {
      const windows =
        rule.hours.kind === "WINDOWS"
          ? rule.hours.windows
          : options.officeHours
            ? options.officeHours.flatMap((oh) => oh.windows)
            : null;
      if (windows && windows.length && !cutoffInside(c, windows)) {
        add("intakeCutoff", `Giờ nhận hồ sơ cuối (${rule.intakeCutoff}) nằm ngoài các khung giờ làm việc của mô hình.`);
      }
    }
  }

  // Turnaround
  const t = rule.turnaround;
  if (t.kind === "MINUTES") {
    if (!Number.isInteger(t.minutes) || t.minutes <= 0) add("turnaround.minutes", "Số phút giải quyết phải là số nguyên lớn hơn 0.");
    else if (t.minutes > 1440) add("turnaround.minutes", "Số phút giải quyết không được quá một ngày (1440 phút).");
  } else if (t.kind === "WORKING_DAYS") {
    if (!Number.isInteger(t.days) || t.days < 1) add("turnaround.days", "Số ngày làm việc phải là số nguyên từ 1 trở lên (trả trong ngày: chọn «trong ngày»).");
  } else if (t.kind !== "SAME_DAY" && t.kind !== "STATUTORY") {
    add("turnaround", "Cách tính thời hạn không hợp lệ.");
  }

  // Scopes
  if (rule.scopes.length === 0 && SCHEDULED_KINDS.includes(rule.kind)) add("scopes", "Chưa chọn đơn vị áp dụng.");
  const seen = new Set<string>();
  rule.scopes.forEach((s, i) => {
    if (!s.unitId?.trim()) add(`scopes[${i}].unitId`, "Thiếu đơn vị.");
    if (seen.has(s.unitId)) add(`scopes[${i}].unitId`, "Đơn vị bị khai báo hai lần.");
    seen.add(s.unitId);
    if (s.capacityPerDay !== null && (!Number.isInteger(s.capacityPerDay) || s.capacityPerDay < 1)) {
      add(`scopes[${i}].capacityPerDay`, "Số lượt mỗi ngày phải là số nguyên từ 1 trở lên.");
    }
    const needsProcedures = rule.turnaround.kind !== "STATUTORY" || rule.kind === "HOME_VISIT";
    if (needsProcedures && !s.allProcedures && s.procedureIds.length === 0) {
      add(`scopes[${i}].procedureIds`, "Chưa chọn thủ tục nào cho đơn vị này.");
    }
  });
  if (rule.noDeferralPastWeekend && rule.turnaround.kind === "STATUTORY" && rule.kind === "LISTENING_SESSION") {
    add("noDeferralPastWeekend", "Quy tắc «không hẹn qua tuần» chỉ áp dụng cho mô hình nhận hồ sơ.");
  }
  return issues;
}

/**
 * A new version of a unit's office hours: valid windows that do not overlap, at least one,
 * taking effect after `today` (a promise already made today keeps the hours it was made under).
 */
export function validateOfficeHours(hours: OfficeHours, today: string): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (!isLocalDate(hours.effectiveFrom)) issues.push({ path: "effectiveFrom", message: `Ngày áp dụng không hợp lệ: "${hours.effectiveFrom}".` });
  else if (hours.effectiveFrom <= today) {
    issues.push({ path: "effectiveFrom", message: `Giờ làm việc mới áp dụng sớm nhất từ ngày mai (sau ${formatDateVi(today)}): hồ sơ đã nhận giữ giờ làm việc lúc nhận.` });
  }
  if (hours.windows.length === 0) issues.push({ path: "windows", message: "Chưa có khung giờ làm việc nào." });
  issues.push(...windowIssues(hours.windows, "windows"));
  return issues;
}

/** "Thứ Tư hằng tuần, giờ hành chính (nhận hồ sơ đến 15:30), từ 01/03/2024". */
export function describeRule(rule: ModelRule): string {
  const parts: string[] = [describeRecurrence(rule.recurrence)];
  let hours =
    rule.hours.kind === "WINDOWS"
      ? [...rule.hours.windows]
          .sort((a, b) => (a.start < b.start ? -1 : 1))
          .map((w) => `${w.start}–${w.end}`)
          .join(", ")
      : "giờ hành chính";
  if (rule.intakeCutoff) hours += ` (nhận hồ sơ đến ${rule.intakeCutoff})`;
  parts.push(hours);
  if (rule.workingDaysOnly) parts.push("trừ ngày nghỉ lễ, Tết");
  parts.push(
    rule.validTo ? `từ ${formatDateVi(rule.validFrom)} đến hết ngày ${formatDateVi(rule.validTo)}` : `từ ${formatDateVi(rule.validFrom)}`,
  );
  return parts.join(", ");
}
