import { describe, expect, it } from "vitest";
import {
  buildRRule,
  buildRecurrence,
  describeRecurrence,
  describeRule,
  recurrenceDates,
  rruleError,
  validateOfficeHours,
  validateRule,
  type ModelRule,
} from "../../../src/domain/schedule";
import { AN_DUNG_LISTENING, LONG_XUYEN_HOME, LUAN_THANH, OFFICE_HOURS, PHO_NHON, PHUOC_LONG, AN_DUNG_FRIDAY } from "./fixtures";

const pho = PHO_NHON.versions[0]!;
const luan = LUAN_THANH.versions[0]!;
const paths = (r: ModelRule) => validateRule(r, { officeHours: OFFICE_HOURS }).map((i) => i.path);

describe("validateRule", () => {
  it("accepts the five plans' rules", () => {
    for (const m of [PHO_NHON, AN_DUNG_FRIDAY, AN_DUNG_LISTENING, LONG_XUYEN_HOME, PHUOC_LONG, LUAN_THANH]) {
      expect(validateRule(m.versions[0]!, { officeHours: OFFICE_HOURS })).toEqual([]);
    }
  });

  it.each<[string, ModelRule, string, string]>([
    ["end before start", { ...luan, validTo: "2026-02-01" }, "validTo", "Ngày kết thúc (01/02/2026) trước ngày bắt đầu (23/02/2026)."],
    ["bad date", { ...luan, validFrom: "2026-02-30" }, "validFrom", 'Ngày bắt đầu không hợp lệ: "2026-02-30".'],
    ["bad effectiveFrom", { ...luan, effectiveFrom: "23/02/2026" }, "effectiveFrom", "Ngày hiệu lực không hợp lệ"],
    ["empty windows", { ...luan, hours: { kind: "WINDOWS", windows: [] } }, "hours.windows", "Chưa có khung giờ nào."],
    [
      "window end <= start",
      { ...luan, hours: { kind: "WINDOWS", windows: [{ start: "17:30", end: "16:30" }] } },
      "hours.windows[0].end",
      "Giờ kết thúc (16:30) phải sau giờ bắt đầu (17:30).",
    ],
    [
      "overlapping windows",
      { ...luan, hours: { kind: "WINDOWS", windows: [{ start: "16:30", end: "17:30" }, { start: "17:00", end: "18:00" }] } },
      "hours.windows[1]",
      "chồng lên",
    ],
    ["bad time", { ...luan, hours: { kind: "WINDOWS", windows: [{ start: "16h30", end: "17:30" }] } }, "hours.windows[0].start", "Giờ bắt đầu không hợp lệ"],
    ["cut-off outside the windows", { ...luan, intakeCutoff: "18:00" }, "intakeCutoff", "nằm ngoài các khung giờ"],
    ["cut-off outside office hours", { ...pho, intakeCutoff: "12:00" }, "intakeCutoff", "nằm ngoài các khung giờ"],
    ["invalid RRULE", { ...pho, recurrence: { rrule: "FREQ=SOMETIMES", dates: [], exdates: [] } }, "recurrence.rrule", "không hợp lệ"],
    ["garbage RRULE", { ...pho, recurrence: { rrule: "mỗi thứ Tư", dates: [], exdates: [] } }, "recurrence.rrule", "không hợp lệ"],
    ["unknown RRULE part", { ...pho, recurrence: { rrule: "FREQ=WEEKLY;FOO=1", dates: [], exdates: [] } }, "recurrence.rrule", "không hợp lệ"],
    ["hourly RRULE", { ...pho, recurrence: { rrule: "FREQ=HOURLY", dates: [], exdates: [] } }, "recurrence.rrule", "không theo giờ"],
    ["no schedule", { ...pho, recurrence: { rrule: null, dates: [], exdates: [] } }, "recurrence", "Mô hình này cần lịch"],
    ["minutes <= 0", { ...pho, turnaround: { kind: "MINUTES", minutes: 0 } }, "turnaround.minutes", "lớn hơn 0"],
    ["fractional minutes", { ...pho, turnaround: { kind: "MINUTES", minutes: 30.5 } }, "turnaround.minutes", "số nguyên"],
    ["working days < 1", { ...pho, turnaround: { kind: "WORKING_DAYS", days: 0 } }, "turnaround.days", "từ 1 trở lên"],
    ["bad capacity", { ...LONG_XUYEN_HOME.versions[0]!, scopes: [{ unitId: "u", allProcedures: false, procedureIds: ["p"], capacityPerDay: 0 }] }, "scopes[0].capacityPerDay", "từ 1 trở lên"],
    ["no procedure", { ...pho, scopes: [{ unitId: "u", allProcedures: false, procedureIds: [], capacityPerDay: null }] }, "scopes[0].procedureIds", "Chưa chọn thủ tục"],
    ["duplicate unit", { ...pho, scopes: [pho.scopes[0]!, pho.scopes[0]!] }, "scopes[1].unitId", "hai lần"],
    ["extra date outside validity", { ...luan, recurrence: { ...luan.recurrence, dates: ["2026-04-01"] } }, "recurrence.dates[0]", "ngoài thời gian áp dụng"],
  ])("%s", (_name, rule, path, message) => {
    const issues = validateRule(rule, { officeHours: OFFICE_HOURS });
    const issue = issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.message).toContain(message);
  });

  it("reports several problems at once", () => {
    expect(paths({ ...luan, validTo: "2026-01-01", turnaround: { kind: "MINUTES", minutes: -5 } })).toEqual(["validTo", "turnaround.minutes"]);
  });

  it("accepts a window ending at midnight and a cut-off at a window's end", () => {
    expect(validateRule({ ...luan, hours: { kind: "WINDOWS", windows: [{ start: "19:00", end: "24:00" }] }, intakeCutoff: "24:00" })).toEqual([]);
    expect(validateRule({ ...luan, hours: { kind: "WINDOWS", windows: [{ start: "24:00", end: "24:00" }] } })[0]?.path).toBe("hours.windows[0].start");
  });
});

describe("RRULE from the friendly form", () => {
  it.each([
    [{ kind: "WEEKLY", weekdays: ["WE"] } as const, "FREQ=WEEKLY;BYDAY=WE"],
    [{ kind: "WEEKLY", weekdays: ["FR", "MO", "TU", "WE", "TH"] } as const, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"],
    [{ kind: "WEEKLY", weekdays: ["TH"], interval: 2 } as const, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"],
    [{ kind: "MONTHLY_NTH_WEEKDAY", weekday: "SA", nth: -1, months: [12, 3, 9, 6] } as const, "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=SA;BYSETPOS=-1"],
    [{ kind: "MONTHLY_NTH_WEEKDAY", weekday: "MO", nth: 1 } as const, "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1"],
    [{ kind: "DAILY" } as const, "FREQ=DAILY"],
    [{ kind: "DATES", dates: ["2024-05-01"] } as const, null],
  ])("%j → %s", (form, rrule) => {
    expect(buildRRule(form)).toBe(rrule);
    if (rrule) expect(rruleError(rrule)).toBeNull();
  });

  it("rejects an empty weekday list and bad months", () => {
    expect(() => buildRRule({ kind: "WEEKLY", weekdays: [] })).toThrow("Chọn ít nhất một ngày");
    expect(() => buildRRule({ kind: "MONTHLY_NTH_WEEKDAY", weekday: "SA", nth: -1, months: [13] })).toThrow("Tháng");
  });

  it("builds a whole recurrence, explicit dates sorted and unique", () => {
    expect(buildRecurrence({ kind: "DATES", dates: ["2024-06-01", "2024-05-01", "2024-06-01"] })).toEqual({
      rrule: null,
      dates: ["2024-05-01", "2024-06-01"],
      exdates: [],
    });
    expect(() => buildRecurrence({ kind: "DATES", dates: ["2024-02-30"] })).toThrow();
  });

  it("the last Saturday of each quarter expands as expected", () => {
    const rec = buildRecurrence({ kind: "MONTHLY_NTH_WEEKDAY", weekday: "SA", nth: -1, months: [3, 6, 9, 12] });
    expect(recurrenceDates({ recurrence: rec, validFrom: "2024-01-01", validTo: null }, "2024-01-01", "2024-12-31")).toEqual([
      "2024-03-30",
      "2024-06-29",
      "2024-09-28",
      "2024-12-28",
    ]);
  });
});

describe("descriptions in Vietnamese", () => {
  it.each([
    [PHO_NHON, "Thứ Tư hằng tuần, giờ hành chính (nhận hồ sơ đến 15:30), trừ ngày nghỉ lễ, Tết, từ 01/03/2024"],
    [LUAN_THANH, "Thứ Hai đến thứ Sáu hằng tuần, 16:30–17:30, trừ ngày nghỉ lễ, Tết, từ 23/02/2026 đến hết ngày 23/03/2026"],
    [AN_DUNG_LISTENING, "Thứ Bảy cuối cùng của mỗi quý (tháng 3, 6, 9, 12), 19:00–21:00, từ 07/03/2023 đến hết ngày 31/12/2025"],
    [LONG_XUYEN_HOME, "Thứ Năm hằng tuần, giờ hành chính, trừ ngày nghỉ lễ, Tết, từ 02/05/2024 đến hết ngày 31/12/2024"],
  ])("%#", (model, text) => {
    expect(describeRule(model.versions[0]!)).toBe(text);
  });

  it("describes explicit dates, exclusions and other patterns", () => {
    expect(describeRecurrence({ rrule: null, dates: ["2024-05-01", "2024-06-01"], exdates: [] })).toBe("Các ngày 01/05/2024, 01/06/2024");
    expect(describeRecurrence({ rrule: "FREQ=WEEKLY;BYDAY=MO,TH", dates: [], exdates: ["2024-05-02"] })).toBe(
      "Thứ Hai và thứ Năm hằng tuần (trừ các ngày 02/05/2024)",
    );
    expect(describeRecurrence({ rrule: "FREQ=DAILY", dates: [], exdates: [] })).toBe("Hằng ngày");
    expect(describeRecurrence({ rrule: null, dates: [], exdates: [] })).toBe("Không có lịch cố định");
  });
});

describe("validateOfficeHours", () => {
  const today = "2026-11-25";
  const day = [
    { start: "07:00", end: "11:30" },
    { start: "13:30", end: "17:00" },
  ];
  it("accepts a day of windows from tomorrow on", () => {
    expect(validateOfficeHours({ effectiveFrom: "2026-11-26", windows: day }, today)).toEqual([]);
    expect(validateOfficeHours({ effectiveFrom: "2027-01-01", windows: [{ start: "07:30", end: "17:00" }] }, today)).toEqual([]);
  });
  it("refuses today, a past date or an impossible one: promises made under the old hours keep them", () => {
    for (const from of ["2026-11-25", "2024-01-01"]) {
      const issues = validateOfficeHours({ effectiveFrom: from, windows: day }, today);
      expect(issues.map((i) => i.path)).toEqual(["effectiveFrom"]);
      expect(issues[0]!.message).toBe("Giờ làm việc mới áp dụng sớm nhất từ ngày mai (sau 25/11/2026): hồ sơ đã nhận giữ giờ làm việc lúc nhận.");
    }
    expect(validateOfficeHours({ effectiveFrom: "2027-02-30", windows: day }, today).map((i) => i.path)).toEqual(["effectiveFrom"]);
  });
  it("refuses no window, an end before its start, a bad time and overlapping windows, each with its message", () => {
    expect(validateOfficeHours({ effectiveFrom: "2026-12-01", windows: [] }, today)).toEqual([{ path: "windows", message: "Chưa có khung giờ làm việc nào." }]);
    expect(validateOfficeHours({ effectiveFrom: "2026-12-01", windows: [{ start: "11:30", end: "07:00" }] }, today)[0]!.message).toBe("Giờ kết thúc (07:00) phải sau giờ bắt đầu (11:30).");
    expect(validateOfficeHours({ effectiveFrom: "2026-12-01", windows: [{ start: "7h", end: "11:30" }] }, today)[0]!.path).toBe("windows[0].start");
    expect(validateOfficeHours({ effectiveFrom: "2026-12-01", windows: [{ start: "07:00", end: "12:00" }, { start: "11:30", end: "17:00" }] }, today)[0]!.message).toBe(
      "Khung giờ 11:30–17:00 chồng lên khung giờ 07:00–12:00.",
    );
  });
});
