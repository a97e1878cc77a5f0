/**
 * The model builder's checks one by one: each broken rule gives exactly its one issue, with
 * its path and its Vietnamese message.
 */
import { describe, expect, it } from "vitest";
import { describeRule, validateOfficeHours, validateRule, type ModelRule, type RuleIssue } from "../../../src/domain/schedule";
import { AN_DUNG_LISTENING, LONG_XUYEN_HOME, LUAN_THANH, OFFICE_HOURS, PHO_NHON } from "./fixtures";

const pho = PHO_NHON.versions[0]!;
const luan = LUAN_THANH.versions[0]!;
const home = LONG_XUYEN_HOME.versions[0]!;
const listening = AN_DUNG_LISTENING.versions[0]!;
const one = (path: string, message: string): RuleIssue[] => [{ path, message }];

describe("validateRule, one issue at a time", () => {
  it.each<[string, ModelRule, RuleIssue[]]>([
    ["no version id", { ...pho, versionId: " " }, one("versionId", "Thiếu mã phiên bản.")],
    ["no model id", { ...pho, modelId: "" }, one("modelId", "Thiếu mã mô hình.")],
    ["bad effectiveFrom", { ...luan, effectiveFrom: "23/02/2026" }, one("effectiveFrom", 'Ngày hiệu lực không hợp lệ: "23/02/2026".')],
    ["bad validTo", { ...luan, validTo: "2026-02-30" }, one("validTo", 'Ngày kết thúc không hợp lệ: "2026-02-30".')],
    ["end before start", { ...luan, validTo: "2026-02-22" }, one("validTo", "Ngày kết thúc (22/02/2026) trước ngày bắt đầu (23/02/2026).")],
    ["a one-day model", { ...luan, validTo: "2026-02-23" }, []],
    ["extra date before the start", { ...luan, recurrence: { ...luan.recurrence, dates: ["2026-02-22"] } }, one("recurrence.dates[0]", "Ngày 22/02/2026 nằm ngoài thời gian áp dụng của mô hình.")],
    ["extra date after the end", { ...luan, recurrence: { ...luan.recurrence, dates: ["2026-03-23", "2026-03-24"] } }, one("recurrence.dates[1]", "Ngày 24/03/2026 nằm ngoài thời gian áp dụng của mô hình.")],
    ["extra date of an open-ended model", { ...pho, recurrence: { ...pho.recurrence, dates: ["2030-01-02"] } }, []],
    ["bad extra date", { ...pho, recurrence: { ...pho.recurrence, dates: ["2024-13-01"] } }, one("recurrence.dates[0]", 'Ngày không hợp lệ: "2024-13-01".')],
    ["bad excluded date", { ...pho, recurrence: { ...pho.recurrence, exdates: ["2024-03-06", "x"] } }, one("recurrence.exdates[1]", 'Ngày không hợp lệ: "x".')],
    ["only extra dates", { ...pho, recurrence: { rrule: null, dates: ["2024-03-06"], exdates: [] } }, []],
    ["no schedule", { ...home, recurrence: { rrule: null, dates: [], exdates: [] } }, one("recurrence", "Mô hình này cần lịch: chọn ngày trong tuần, lịch lặp hoặc các ngày cụ thể.")],
    ["letters need no schedule", { ...pho, kind: "LETTERS", turnaround: { kind: "STATUTORY" }, recurrence: { rrule: null, dates: [], exdates: [] }, scopes: [] }, []],
    ["empty RRULE", { ...pho, recurrence: { rrule: " ", dates: [], exdates: [] } }, one("recurrence.rrule", "Chuỗi lặp (RRULE) trống")],
    ["unknown hours", { ...pho, hours: { kind: "SOMETIMES" } as never }, one("hours", "Cách tính giờ không hợp lệ.")],
    ["no windows", { ...luan, intakeCutoff: null, hours: { kind: "WINDOWS", windows: [] } }, one("hours.windows", "Chưa có khung giờ nào.")],
    ["bad start", { ...luan, hours: { kind: "WINDOWS", windows: [{ start: "16h30", end: "17:30" }] } }, one("hours.windows[0].start", 'Giờ bắt đầu không hợp lệ: "16h30" (cần dạng HH:mm, 00:00–23:59).')],
    ["start at midnight's end", { ...luan, hours: { kind: "WINDOWS", windows: [{ start: "24:00", end: "24:00" }] } }, one("hours.windows[0].start", 'Giờ bắt đầu không hợp lệ: "24:00" (cần dạng HH:mm, 00:00–23:59).')],
    ["bad end", { ...luan, hours: { kind: "WINDOWS", windows: [{ start: "16:30", end: "17:61" }] } }, one("hours.windows[0].end", 'Giờ kết thúc không hợp lệ: "17:61" (cần dạng HH:mm).')],
    ["end equal to start", { ...luan, hours: { kind: "WINDOWS", windows: [{ start: "16:30", end: "16:30" }] } }, one("hours.windows[0].end", "Giờ kết thúc (16:30) phải sau giờ bắt đầu (16:30).")],
    [
      "overlap, listed out of order",
      { ...luan, hours: { kind: "WINDOWS", windows: [{ start: "17:00", end: "18:00" }, { start: "16:30", end: "17:30" }] } },
      one("hours.windows[0]", "Khung giờ 17:00–18:00 chồng lên khung giờ 16:30–17:30."),
    ],
    ["touching windows do not overlap", { ...luan, hours: { kind: "WINDOWS", windows: [{ start: "16:30", end: "17:00" }, { start: "17:00", end: "17:30" }] } }, []],
    ["bad cut-off", { ...pho, intakeCutoff: "3h30" }, one("intakeCutoff", 'Giờ nhận hồ sơ cuối không hợp lệ: "3h30".')],
    ["cut-off at a window's start", { ...luan, intakeCutoff: "16:30" }, one("intakeCutoff", "Giờ nhận hồ sơ cuối (16:30) nằm ngoài các khung giờ làm việc của mô hình.")],
    ["cut-off at a window's end", { ...luan, intakeCutoff: "17:30" }, []],
    ["cut-off just inside", { ...luan, intakeCutoff: "16:31" }, []],
    ["cut-off in the lunch break", { ...pho, intakeCutoff: "12:00" }, one("intakeCutoff", "Giờ nhận hồ sơ cuối (12:00) nằm ngoài các khung giờ làm việc của mô hình.")],
    ["minutes zero", { ...pho, turnaround: { kind: "MINUTES", minutes: 0 } }, one("turnaround.minutes", "Số phút giải quyết phải là số nguyên lớn hơn 0.")],
    ["minutes fractional", { ...pho, turnaround: { kind: "MINUTES", minutes: 1.5 } }, one("turnaround.minutes", "Số phút giải quyết phải là số nguyên lớn hơn 0.")],
    ["minutes one day", { ...pho, turnaround: { kind: "MINUTES", minutes: 1440 } }, []],
    ["minutes over a day", { ...pho, turnaround: { kind: "MINUTES", minutes: 1441 } }, one("turnaround.minutes", "Số phút giải quyết không được quá một ngày (1440 phút).")],
    ["one working day", { ...pho, turnaround: { kind: "WORKING_DAYS", days: 1 } }, []],
    ["fractional working days", { ...pho, turnaround: { kind: "WORKING_DAYS", days: 1.5 } }, one("turnaround.days", "Số ngày làm việc phải là số nguyên từ 1 trở lên (trả trong ngày: chọn «trong ngày»).")],
    ["unknown turnaround", { ...pho, turnaround: { kind: "SOON" } as never }, one("turnaround", "Cách tính thời hạn không hợp lệ.")],
    ["no unit", { ...pho, scopes: [] }, one("scopes", "Chưa chọn đơn vị áp dụng.")],
    ["blank unit", { ...pho, scopes: [{ ...pho.scopes[0]!, unitId: " " }] }, one("scopes[0].unitId", "Thiếu đơn vị.")],
    ["capacity 1", { ...home, scopes: [{ ...home.scopes[0]!, capacityPerDay: 1 }] }, []],
    ["fractional capacity", { ...home, scopes: [{ ...home.scopes[0]!, capacityPerDay: 2.5 }] }, one("scopes[0].capacityPerDay", "Số lượt mỗi ngày phải là số nguyên từ 1 trở lên.")],
    ["a home visit needs procedures", { ...home, scopes: [{ ...home.scopes[0]!, procedureIds: [] }] }, one("scopes[0].procedureIds", "Chưa chọn thủ tục nào cho đơn vị này.")],
    ["all procedures", { ...pho, scopes: [{ ...pho.scopes[0]!, allProcedures: true, procedureIds: [] }] }, []],
    ["statutory turnaround needs no procedure", { ...luan, scopes: [{ ...luan.scopes[0]!, allProcedures: false, procedureIds: [] }] }, []],
    ["no deferral on a listening session", { ...listening, noDeferralPastWeekend: true }, one("noDeferralPastWeekend", "Quy tắc «không hẹn qua tuần» chỉ áp dụng cho mô hình nhận hồ sơ.")],
    ["no deferral on a desk model", { ...pho, noDeferralPastWeekend: true }, []],
  ])("%s", (_name, rule, issues) => {
    expect(validateRule(rule, { officeHours: OFFICE_HOURS })).toEqual(issues);
  });

  it("without the unit's office hours a cut-off of an office-hours rule is not checked", () => {
    expect(validateRule({ ...pho, intakeCutoff: "12:00" })).toEqual([]);
    expect(validateRule({ ...pho, intakeCutoff: "12:00" }, { officeHours: [] })).toEqual([]);
  });
});

describe("validateOfficeHours", () => {
  const windows = [
    { start: "07:00", end: "11:30" },
    { start: "13:30", end: "17:00" },
  ];
  it.each<[string, string, typeof windows, RuleIssue[]]>([
    ["tomorrow", "2026-11-26", windows, []],
    ["today", "2026-11-25", windows, one("effectiveFrom", "Giờ làm việc mới áp dụng sớm nhất từ ngày mai (sau 25/11/2026): hồ sơ đã nhận giữ giờ làm việc lúc nhận.")],
    ["a bad date", "26/11/2026", windows, one("effectiveFrom", 'Ngày áp dụng không hợp lệ: "26/11/2026".')],
    ["no window", "2026-11-26", [], one("windows", "Chưa có khung giờ làm việc nào.")],
    ["overlap", "2026-11-26", [windows[0]!, { start: "11:00", end: "17:00" }], one("windows[1]", "Khung giờ 11:00–17:00 chồng lên khung giờ 07:00–11:30.")],
  ])("from %s: %s", (_name, effectiveFrom, w, issues) => {
    expect(validateOfficeHours({ effectiveFrom, windows: w }, "2026-11-25")).toEqual(issues);
  });
});

describe("describeRule", () => {
  it.each<[ModelRule, string]>([
    [pho, "Thứ Tư hằng tuần, giờ hành chính (nhận hồ sơ đến 15:30), trừ ngày nghỉ lễ, Tết, từ 01/03/2024"],
    [luan, "Thứ Hai đến thứ Sáu hằng tuần, 16:30–17:30, trừ ngày nghỉ lễ, Tết, từ 23/02/2026 đến hết ngày 23/03/2026"],
    [{ ...luan, workingDaysOnly: false, hours: { kind: "WINDOWS", windows: [{ start: "13:30", end: "14:00" }, { start: "07:00", end: "08:00" }] } }, "Thứ Hai đến thứ Sáu hằng tuần, 07:00–08:00, 13:30–14:00, từ 23/02/2026 đến hết ngày 23/03/2026"],
  ])("%#", (rule, text) => {
    expect(describeRule(rule)).toBe(text);
  });
});
