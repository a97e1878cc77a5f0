/**
 * The five plans' rules, written inline (the seed data is written separately against the
 * same types), plus the official calendar 2023–2026 for civil servants and test procedures.
 *
 * Where a plan leaves something open, the fixture states the assumption next to the value.
 * Statutory times of procedures are example values for tests (the real ones come from the
 * published procedure catalogue in the seed data).
 */
import {
  buildCalendar,
  instantAt,
  type CalendarEntry,
  type LocalDate,
  type LocalTime,
  type ModelRule,
  type OfficeHours,
  type ProcedureTiming,
  type ScheduleContext,
  type ServiceModelDef,
} from "../../../src/domain/schedule";

export const at = (date: LocalDate, time: LocalTime): Date => instantAt(date, time);

// ---------------------------------------------------------------------------------------
// Units

export const UNITS = {
  PHO_NHON: "xa-pho-nhon", // 002, thị xã Đức Phổ
  AN_DUNG: "xa-an-dung", // 001, huyện An Lão
  LX_MY_BINH: "phuong-my-binh", // 000, thành phố Long Xuyên
  LX_MY_LONG: "phuong-my-long", // 000
  PL_LONG_PHUOC: "phuong-long-phuoc", // 003, thị xã Phước Long
  PL_THAC_MO: "phuong-thac-mo", // 003
  PL_LONG_GIANG: "xa-long-giang", // 003
  LUAN_THANH: "xa-luan-thanh", // 004, two-tier commune
  OTHER: "xa-khac", // a unit with no model
} as const;

// ---------------------------------------------------------------------------------------
// Office hours

/** Summer-style office hours of a commune: 07:00–11:30, 13:30–17:00. */
export const OFFICE_HOURS: OfficeHours[] = [
  {
    effectiveFrom: "2018-01-01",
    windows: [
      { start: "07:00", end: "11:30" },
      { start: "13:30", end: "17:00" },
    ],
  },
];

/**
 * Luận Thành: plan 004 calls 16:30–17:30 "ngoài giờ hành chính", so its office day ends at
 * 16:30 (assumption: 07:00–11:30, 13:00–16:30).
 */
export const OFFICE_HOURS_LUAN_THANH: OfficeHours[] = [
  {
    effectiveFrom: "2018-01-01",
    windows: [
      { start: "07:00", end: "11:30" },
      { start: "13:00", end: "16:30" },
    ],
  },
];

// ---------------------------------------------------------------------------------------
// Official calendar 2023–2026 for civil servants (decisions of the Prime Minister /
// Ministry of Labour, Invalids and Social Affairs, later Ministry of Home Affairs).
// effectiveFrom = the date of the decision (see docs/sources.md for the decisions; where the
// date was not found, an approximate announcement date).

function offRange(from: LocalDate, to: LocalDate, name: string, effectiveFrom: LocalDate): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  const start = new Date(`${from}T00:00:00Z`).getTime();
  const end = new Date(`${to}T00:00:00Z`).getTime();
  for (let t = start; t <= end; t += 86_400_000) {
    out.push({ date: new Date(t).toISOString().slice(0, 10), kind: "OFF", name, effectiveFrom });
  }
  return out;
}

export const CALENDAR_ENTRIES: CalendarEntry[] = [
  // 2023
  { date: "2023-01-02", kind: "OFF", name: "Nghỉ bù Tết Dương lịch", effectiveFrom: "2019-11-20" },
  ...offRange("2023-01-20", "2023-01-26", "Tết Nguyên đán Quý Mão", "2022-12-01"),
  ...offRange("2023-04-29", "2023-05-03", "Giỗ Tổ Hùng Vương, Ngày Giải phóng miền Nam và Quốc tế Lao động", "2023-03-15"),
  ...offRange("2023-09-01", "2023-09-04", "Quốc khánh", "2023-07-01"),
  // 2024
  ...offRange("2024-02-08", "2024-02-14", "Tết Nguyên đán Giáp Thìn", "2023-11-22"),
  { date: "2024-04-18", kind: "OFF", name: "Giỗ Tổ Hùng Vương", effectiveFrom: "2023-11-22" },
  ...offRange("2024-04-27", "2024-05-01", "Ngày Giải phóng miền Nam và Quốc tế Lao động", "2024-04-12"),
  { date: "2024-05-04", kind: "WORKING", name: "Làm bù cho thứ Hai 29/4/2024", effectiveFrom: "2024-04-12" },
  ...offRange("2024-08-31", "2024-09-03", "Quốc khánh", "2023-11-22"),
  // 2025
  ...offRange("2025-01-25", "2025-02-02", "Tết Nguyên đán Ất Tỵ", "2024-11-26"),
  { date: "2025-04-07", kind: "OFF", name: "Giỗ Tổ Hùng Vương", effectiveFrom: "2024-11-26" },
  ...offRange("2025-04-30", "2025-05-04", "Ngày Giải phóng miền Nam và Quốc tế Lao động", "2024-11-26"),
  { date: "2025-04-26", kind: "WORKING", name: "Làm bù cho thứ Sáu 2/5/2025", effectiveFrom: "2024-11-26" },
  ...offRange("2025-08-30", "2025-09-02", "Quốc khánh", "2024-11-26"),
  // 2026
  ...offRange("2026-01-01", "2026-01-04", "Tết Dương lịch", "2025-12-25"),
  { date: "2026-01-10", kind: "WORKING", name: "Làm bù cho thứ Sáu 02/01/2026", effectiveFrom: "2025-12-25" },
  ...offRange("2026-02-14", "2026-02-22", "Tết Nguyên đán Bính Ngọ", "2025-10-16"),
  { date: "2026-04-26", kind: "OFF", name: "Giỗ Tổ Hùng Vương", effectiveFrom: "2025-10-16" },
  { date: "2026-04-27", kind: "OFF", name: "Nghỉ bù Giỗ Tổ Hùng Vương", effectiveFrom: "2025-10-16" },
  ...offRange("2026-04-30", "2026-05-03", "Ngày Giải phóng miền Nam và Quốc tế Lao động", "2026-04-10"),
];

export const CALENDAR = buildCalendar(CALENDAR_ENTRIES);

export const ctxFor = (unit: string, asOf?: LocalDate | Date): ScheduleContext => ({
  officeHours: unit === UNITS.LUAN_THANH ? OFFICE_HOURS_LUAN_THANH : OFFICE_HOURS,
  calendar: CALENDAR,
  asOf,
});

// ---------------------------------------------------------------------------------------
// Procedures (statutory times: example values)

export const P = {
  CT_SAO_Y: "chung-thuc-sao-y", // chứng thực sao y bản chính
  CT_CHU_KY: "chung-thuc-chu-ky", // chứng thực chữ ký
  CT_HOP_DONG: "chung-thuc-hop-dong", // chứng thực hợp đồng giao dịch
  XN_HON_NHAN: "xac-nhan-tinh-trang-hon-nhan",
  DK_LAI_KHAI_SINH: "dang-ky-lai-khai-sinh",
  DK_KET_HON: "dang-ky-ket-hon",
  DK_KHAI_TU: "dang-ky-khai-tu",
  TRICH_LUC: "trich-luc-ban-sao-ho-tich",
  XN_SAN_XUAT_NN: "xac-nhan-ho-truc-tiep-san-xuat-nong-nghiep",
  GIA_HAN_DAT: "gia-han-thoi-gian-su-dung-dat",
  DINH_CHINH_GCN: "dinh-chinh-thong-tin-gcn-qsdd",
  KHUYET_TAT: "doi-cap-lai-giay-xac-nhan-khuyet-tat",
  XAY_DUNG: "cap-phep-xay-dung", // not in any model
} as const;

export const PROCEDURES: Record<string, ProcedureTiming> = {
  [P.CT_SAO_Y]: { procedureId: P.CT_SAO_Y, statutoryWorkingDays: 0, sameDayCutoff: "15:00" },
  [P.CT_CHU_KY]: { procedureId: P.CT_CHU_KY, statutoryWorkingDays: 0, sameDayCutoff: "15:00" },
  [P.CT_HOP_DONG]: { procedureId: P.CT_HOP_DONG, statutoryWorkingDays: 2, sameDayCutoff: null },
  [P.XN_HON_NHAN]: { procedureId: P.XN_HON_NHAN, statutoryWorkingDays: 3, sameDayCutoff: null },
  [P.DK_LAI_KHAI_SINH]: { procedureId: P.DK_LAI_KHAI_SINH, statutoryWorkingDays: 5, sameDayCutoff: null },
  [P.DK_KET_HON]: { procedureId: P.DK_KET_HON, statutoryWorkingDays: 0, sameDayCutoff: "15:00" },
  [P.DK_KHAI_TU]: { procedureId: P.DK_KHAI_TU, statutoryWorkingDays: 0, sameDayCutoff: "15:00" },
  [P.TRICH_LUC]: { procedureId: P.TRICH_LUC, statutoryWorkingDays: 0, sameDayCutoff: "15:00" },
  [P.XN_SAN_XUAT_NN]: { procedureId: P.XN_SAN_XUAT_NN, statutoryWorkingDays: 3, sameDayCutoff: null },
  [P.GIA_HAN_DAT]: { procedureId: P.GIA_HAN_DAT, statutoryWorkingDays: 7, sameDayCutoff: null },
  [P.DINH_CHINH_GCN]: { procedureId: P.DINH_CHINH_GCN, statutoryWorkingDays: 10, sameDayCutoff: null },
  [P.KHUYET_TAT]: { procedureId: P.KHUYET_TAT, statutoryWorkingDays: 5, sameDayCutoff: null },
  [P.XAY_DUNG]: { procedureId: P.XAY_DUNG, statutoryWorkingDays: 15, sameDayCutoff: null },
};

export const proc = (id: string): ProcedureTiming => {
  const p = PROCEDURES[id];
  if (!p) throw new Error(`no procedure ${id}`);
  return p;
};

// ---------------------------------------------------------------------------------------
// The models of the five plans

const base = {
  eligibleGroups: ["EVERYONE"],
  noDeferralPastWeekend: false,
  intakeCutoff: null,
  workingDaysOnly: true,
} satisfies Partial<ModelRule>;

/** 002 Phổ Nhơn: "Ngày thứ Tư không hẹn" — every Wednesday from 01/03/2024, 12 procedures, 07:00–15:30, 30–60 minutes. */
export const PHO_NHON_PROCEDURES = [
  P.XN_HON_NHAN,
  P.DK_LAI_KHAI_SINH,
  P.DK_KET_HON,
  P.DK_KHAI_TU,
  P.TRICH_LUC,
  P.CT_SAO_Y,
  P.CT_CHU_KY,
  P.CT_HOP_DONG,
  P.XN_SAN_XUAT_NN,
  P.GIA_HAN_DAT,
  P.DINH_CHINH_GCN,
  P.KHUYET_TAT,
];

export const PHO_NHON: ServiceModelDef = {
  modelId: "pho-nhon-thu-tu-khong-hen",
  planId: "002",
  kind: "NO_APPOINTMENT_DAY",
  name: "Ngày thứ Tư không hẹn",
  versions: [
    {
      ...base,
      versionId: "pho-nhon-v1",
      modelId: "pho-nhon-thu-tu-khong-hen",
      kind: "NO_APPOINTMENT_DAY",
      effectiveFrom: "2024-03-01",
      validFrom: "2024-03-01",
      validTo: null, // "Thường xuyên … tiếp tục thực hiện Mô hình nếu thấy đạt hiệu quả"
      recurrence: { rrule: "FREQ=WEEKLY;BYDAY=WE", dates: [], exdates: [] },
      hours: { kind: "OFFICE_HOURS" },
      intakeCutoff: "15:30", // "thời gian nộp hồ sơ từ 7 giờ đến 15h30"
      turnaround: { kind: "MINUTES", minutes: 60 }, // "từ 30 – 60 phút"
      place: "OFFICE_DESK",
      scopes: [{ unitId: UNITS.PHO_NHON, allProcedures: false, procedureIds: PHO_NHON_PROCEDURES, capacityPerDay: null }],
    },
  ],
};

/** 001 An Dũng: "Ba không" Friday from 13/03/2023 until 2025: results the same day. */
export const AN_DUNG_PROCEDURES = [P.CT_SAO_Y, P.CT_CHU_KY, P.XN_HON_NHAN, P.DK_KHAI_TU, P.TRICH_LUC];

export const AN_DUNG_FRIDAY: ServiceModelDef = {
  modelId: "an-dung-ba-khong",
  planId: "001",
  kind: "NO_APPOINTMENT_DAY",
  name: "Ngày thứ Sáu không viết – không nộp – không hẹn",
  versions: [
    {
      ...base,
      versionId: "an-dung-ba-khong-v1",
      modelId: "an-dung-ba-khong",
      kind: "NO_APPOINTMENT_DAY",
      effectiveFrom: "2023-03-13",
      validFrom: "2023-03-13", // "thời gian thực hiện bắt đầu từ ngày 13/3/2023"
      validTo: "2025-12-31", // "từ khi được ký ban hành cho đến năm 2025"
      recurrence: { rrule: "FREQ=WEEKLY;BYDAY=FR", dates: [], exdates: [] },
      hours: { kind: "OFFICE_HOURS" },
      turnaround: { kind: "SAME_DAY" }, // "giải quyết và trả kết quả ngay trong ngày"
      place: "OFFICE_DESK",
      eligibleGroups: ["EVERYONE", "ELDERLY_FRAIL", "LOW_LITERACY"],
      scopes: [{ unitId: UNITS.AN_DUNG, allProcedures: false, procedureIds: AN_DUNG_PROCEDURES, capacityPerDay: null }],
    },
  ],
};

/**
 * 001 An Dũng: "Ngày thứ 7 lắng nghe dân nói" — Saturday evening of the last week of each
 * quarter, in the culture houses of the 4 villages. Evening hours are not in the plan:
 * assumption 19:00–21:00.
 */
export const AN_DUNG_LISTENING: ServiceModelDef = {
  modelId: "an-dung-lang-nghe",
  planId: "001",
  kind: "LISTENING_SESSION",
  name: "Ngày thứ 7 lắng nghe dân nói",
  versions: [
    {
      ...base,
      versionId: "an-dung-lang-nghe-v1",
      modelId: "an-dung-lang-nghe",
      kind: "LISTENING_SESSION",
      effectiveFrom: "2023-03-07",
      validFrom: "2023-03-07",
      validTo: "2025-12-31",
      recurrence: { rrule: "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=SA;BYSETPOS=-1", dates: [], exdates: [] },
      hours: { kind: "WINDOWS", windows: [{ start: "19:00", end: "21:00" }] },
      turnaround: { kind: "STATUTORY" },
      workingDaysOnly: false,
      place: "VILLAGE_HALL",
      scopes: [{ unitId: UNITS.AN_DUNG, allProcedures: false, procedureIds: [], capacityPerDay: null }],
    },
  ],
};

/**
 * 000 Long Xuyên: home visits every Thursday, certification of signatures, until 31/12/2024.
 * The plan's signing day is blank: assumption validFrom 02/05/2024 (after the 26/4/2024
 * plan it cites). Capacity: 5 visits a day per ward (assumption).
 */
export const LONG_XUYEN_HOME: ServiceModelDef = {
  modelId: "long-xuyen-tai-nha-thu-nam",
  planId: "000",
  kind: "HOME_VISIT",
  name: "Giải quyết thủ tục hành chính tại nhà vào thứ Năm hằng tuần",
  versions: [
    {
      ...base,
      versionId: "long-xuyen-v1",
      modelId: "long-xuyen-tai-nha-thu-nam",
      kind: "HOME_VISIT",
      effectiveFrom: "2024-05-02",
      validFrom: "2024-05-02",
      validTo: "2024-12-31",
      recurrence: { rrule: "FREQ=WEEKLY;BYDAY=TH", dates: [], exdates: [] },
      hours: { kind: "OFFICE_HOURS" },
      turnaround: { kind: "STATUTORY" },
      place: "HOME",
      eligibleGroups: ["ELDERLY_FRAIL", "LIVING_ALONE", "DISABLED_LIMITED_MOBILITY", "MERIT_PERSON", "WAR_INVALID", "SICK_SOLDIER"],
      scopes: [
        { unitId: UNITS.LX_MY_BINH, allProcedures: false, procedureIds: [P.CT_CHU_KY], capacityPerDay: 5 },
        { unitId: UNITS.LX_MY_LONG, allProcedures: false, procedureIds: [P.CT_CHU_KY], capacityPerDay: 3 },
      ],
    },
  ],
};

/** 003 Phước Long: registered same-day procedures, Monday–Friday, "không để ngày thứ 6 hẹn qua tuần", from 08/2023 to 2025. */
export const PHUOC_LONG: ServiceModelDef = {
  modelId: "phuoc-long-trong-ngay",
  planId: "003",
  kind: "NO_APPOINTMENT_DAY",
  name: "Giải quyết trong ngày, không để thứ Sáu hẹn qua tuần",
  versions: [
    {
      ...base,
      versionId: "phuoc-long-v1",
      modelId: "phuoc-long-trong-ngay",
      kind: "NO_APPOINTMENT_DAY",
      effectiveFrom: "2023-08-01",
      validFrom: "2023-08-01", // "kể từ tháng 8/2023"
      validTo: "2025-12-31", // "tổng kết vào cuối năm 2025"
      recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", dates: [], exdates: [] },
      hours: { kind: "OFFICE_HOURS" },
      turnaround: { kind: "SAME_DAY" },
      noDeferralPastWeekend: true,
      place: "OFFICE_DESK",
      scopes: [
        { unitId: UNITS.PL_LONG_PHUOC, allProcedures: false, procedureIds: [P.CT_CHU_KY, P.CT_SAO_Y, P.DK_KET_HON, P.DK_KHAI_TU, P.TRICH_LUC], capacityPerDay: null },
        { unitId: UNITS.PL_THAC_MO, allProcedures: false, procedureIds: [P.DK_KHAI_TU, P.DK_KET_HON, P.XN_HON_NHAN, P.CT_SAO_Y], capacityPerDay: null },
        { unitId: UNITS.PL_LONG_GIANG, allProcedures: false, procedureIds: [P.XN_HON_NHAN], capacityPerDay: null },
      ],
    },
  ],
};

/** 004 Luận Thành: "Giờ thứ 9", 16:30–17:30 on working days Mon–Fri, 23/02/2026 to 23/03/2026, all procedures. */
export const LUAN_THANH: ServiceModelDef = {
  modelId: "luan-thanh-gio-thu-9",
  planId: "004",
  kind: "EXTENDED_HOURS",
  name: "Giải quyết thủ tục hành chính giờ thứ 9",
  versions: [
    {
      ...base,
      versionId: "luan-thanh-v1",
      modelId: "luan-thanh-gio-thu-9",
      kind: "EXTENDED_HOURS",
      effectiveFrom: "2026-02-23",
      validFrom: "2026-02-23",
      validTo: "2026-03-23", // "đến hết ngày 23/03/2026"
      recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", dates: [], exdates: [] },
      hours: { kind: "WINDOWS", windows: [{ start: "16:30", end: "17:30" }] },
      turnaround: { kind: "STATUTORY" },
      place: "OFFICE_DESK",
      scopes: [{ unitId: UNITS.LUAN_THANH, allProcedures: true, procedureIds: [], capacityPerDay: null }],
    },
  ],
};

export const ALL_MODELS: ServiceModelDef[] = [PHO_NHON, AN_DUNG_FRIDAY, AN_DUNG_LISTENING, LONG_XUYEN_HOME, PHUOC_LONG, LUAN_THANH];

/** A unit with every procedure, for property tests. */
export const ALL_UNITS: string[] = Object.values(UNITS);
