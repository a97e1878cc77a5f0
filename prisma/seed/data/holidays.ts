/**
 * The official schedule of days off and swapped working Saturdays for civil servants
 * (cán bộ, công chức, viên chức), 2023–2026.
 *
 * Every weekday that is OFF and every Saturday that is WORKED is listed; ordinary weekends
 * need no entry. Statutory holidays come from Bộ luật Lao động 2019 (Luật 45/2019/QH14,
 * adopted 20/11/2019): Điều 112 khoản 1 lists them, Điều 111 khoản 3 gives the make-up day
 * when one falls on a weekly rest day. Tết's five days, the second National Day day and any
 * swap are decided each year by the Prime Minister and announced in the notices cited.
 * Sources and what could not be verified: docs/sources.md.
 */
import type { SeedCalendarEntry } from "../types";

const LABOUR_CODE = "Bộ luật Lao động 2019 (Luật 45/2019/QH14 ngày 20/11/2019), Điều 112 khoản 1";
const LABOUR_CODE_MAKEUP =
  "Bộ luật Lao động 2019 (Luật 45/2019/QH14 ngày 20/11/2019), Điều 111 khoản 3 và Điều 112 khoản 1 (nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần)";
const LABOUR_CODE_DATE = "2019-11-20";

const off = (date: string, name: string, legalBasis: string, effectiveFrom: string): SeedCalendarEntry => ({
  date,
  kind: "OFF",
  name,
  legalBasis,
  effectiveFrom,
});

const working = (date: string, name: string, legalBasis: string, effectiveFrom: string): SeedCalendarEntry => ({
  date,
  kind: "WORKING",
  name,
  legalBasis,
  effectiveFrom,
});

// 2023 -----------------------------------------------------------------------------------
const N2023 =
  "Công văn 8056/VPCP-KGVX ngày 01/12/2022 của Văn phòng Chính phủ; Thông báo 5034/TB-LĐTBXH của Bộ Lao động – Thương binh và Xã hội (nghỉ Tết Âm lịch và Quốc khánh năm 2023)";
const N2023_DATE = "2022-12-01";

const y2023: SeedCalendarEntry[] = [
  off("2023-01-02", "Nghỉ bù Tết Dương lịch (01/01/2023 trùng Chủ nhật)", LABOUR_CODE_MAKEUP, LABOUR_CODE_DATE),
  off("2023-01-20", "Tết Nguyên đán Quý Mão (29 tháng Chạp)", N2023, N2023_DATE),
  off("2023-01-23", "Tết Nguyên đán Quý Mão (mùng 2 Tết)", N2023, N2023_DATE),
  off("2023-01-24", "Tết Nguyên đán Quý Mão (mùng 3 Tết)", N2023, N2023_DATE),
  off("2023-01-25", "Tết Nguyên đán Quý Mão (mùng 4 Tết, nghỉ bù ngày Tết trùng thứ Bảy)", N2023, N2023_DATE),
  off("2023-01-26", "Tết Nguyên đán Quý Mão (mùng 5 Tết, nghỉ bù ngày Tết trùng Chủ nhật)", N2023, N2023_DATE),
  off("2023-05-01", "Ngày Quốc tế Lao động", LABOUR_CODE, LABOUR_CODE_DATE),
  off("2023-05-02", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 Quý Mão, 29/4/2023 trùng thứ Bảy)", LABOUR_CODE_MAKEUP, LABOUR_CODE_DATE),
  off("2023-05-03", "Nghỉ bù Ngày Chiến thắng (30/4/2023 trùng Chủ nhật)", LABOUR_CODE_MAKEUP, LABOUR_CODE_DATE),
  off("2023-09-01", "Quốc khánh (ngày liền kề trước 02/9)", N2023, N2023_DATE),
  off("2023-09-04", "Nghỉ bù Quốc khánh (02/9/2023 trùng thứ Bảy)", N2023, N2023_DATE),
];

// 2024 -----------------------------------------------------------------------------------
const N2024 =
  "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ Lao động – Thương binh và Xã hội (nghỉ Tết Âm lịch và Quốc khánh năm 2024)";
const N2024_DATE = "2023-11-22";
const SWAP2024 =
  "Công văn 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ; Thông báo 1570/TB-LĐTBXH của Bộ Lao động – Thương binh và Xã hội (hoán đổi ngày làm việc dịp 30/4 và 01/5/2024)";
const SWAP2024_DATE = "2024-04-12";

const y2024: SeedCalendarEntry[] = [
  off("2024-01-01", "Tết Dương lịch", LABOUR_CODE, LABOUR_CODE_DATE),
  off("2024-02-08", "Tết Nguyên đán Giáp Thìn (29 tháng Chạp)", N2024, N2024_DATE),
  off("2024-02-09", "Tết Nguyên đán Giáp Thìn (30 tháng Chạp)", N2024, N2024_DATE),
  off("2024-02-12", "Tết Nguyên đán Giáp Thìn (mùng 3 Tết)", N2024, N2024_DATE),
  off("2024-02-13", "Tết Nguyên đán Giáp Thìn (mùng 4 Tết, nghỉ bù ngày Tết trùng thứ Bảy)", N2024, N2024_DATE),
  off("2024-02-14", "Tết Nguyên đán Giáp Thìn (mùng 5 Tết, nghỉ bù ngày Tết trùng Chủ nhật)", N2024, N2024_DATE),
  off("2024-04-18", "Giỗ Tổ Hùng Vương (10/3 Giáp Thìn)", LABOUR_CODE, LABOUR_CODE_DATE),
  off("2024-04-29", "Nghỉ hoán đổi dịp 30/4 – 01/5 (làm bù thứ Bảy 04/5/2024)", SWAP2024, SWAP2024_DATE),
  off("2024-04-30", "Ngày Chiến thắng", LABOUR_CODE, LABOUR_CODE_DATE),
  off("2024-05-01", "Ngày Quốc tế Lao động", LABOUR_CODE, LABOUR_CODE_DATE),
  working("2024-05-04", "Làm bù cho ngày nghỉ hoán đổi thứ Hai 29/4/2024", SWAP2024, SWAP2024_DATE),
  off("2024-09-02", "Quốc khánh", N2024, N2024_DATE),
  off("2024-09-03", "Quốc khánh (ngày liền kề sau 02/9)", N2024, N2024_DATE),
];

// 2025 -----------------------------------------------------------------------------------
const N2025 =
  "Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ; Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024 của Bộ Lao động – Thương binh và Xã hội (nghỉ Tết Âm lịch, Quốc khánh và hoán đổi dịp 30/4 – 01/5 năm 2025)";
const N2025_DATE = "2024-11-26";

const y2025: SeedCalendarEntry[] = [
  off("2025-01-01", "Tết Dương lịch", LABOUR_CODE, LABOUR_CODE_DATE),
  off("2025-01-27", "Tết Nguyên đán Ất Tỵ (28 tháng Chạp)", N2025, N2025_DATE),
  off("2025-01-28", "Tết Nguyên đán Ất Tỵ (29 tháng Chạp, giao thừa)", N2025, N2025_DATE),
  off("2025-01-29", "Tết Nguyên đán Ất Tỵ (mùng 1 Tết)", N2025, N2025_DATE),
  off("2025-01-30", "Tết Nguyên đán Ất Tỵ (mùng 2 Tết)", N2025, N2025_DATE),
  off("2025-01-31", "Tết Nguyên đán Ất Tỵ (mùng 3 Tết)", N2025, N2025_DATE),
  off("2025-04-07", "Giỗ Tổ Hùng Vương (10/3 Ất Tỵ)", LABOUR_CODE, LABOUR_CODE_DATE),
  working("2025-04-26", "Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/5/2025", N2025, N2025_DATE),
  off("2025-04-30", "Ngày Chiến thắng", LABOUR_CODE, LABOUR_CODE_DATE),
  off("2025-05-01", "Ngày Quốc tế Lao động", LABOUR_CODE, LABOUR_CODE_DATE),
  off("2025-05-02", "Nghỉ hoán đổi dịp 30/4 – 01/5 (làm bù thứ Bảy 26/4/2025)", N2025, N2025_DATE),
  off("2025-09-01", "Quốc khánh (ngày liền kề trước 02/9)", N2025, N2025_DATE),
  off("2025-09-02", "Quốc khánh", N2025, N2025_DATE),
];

// 2026 -----------------------------------------------------------------------------------
const NEWYEAR2026 =
  "Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ (hoán đổi ngày làm việc dịp Tết Dương lịch 2026)";
const NEWYEAR2026_DATE = "2025-12-25";
const N2026 =
  "Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ (nghỉ Tết Âm lịch và Quốc khánh năm 2026)";
const N2026_DATE = "2025-10-16";
const CULTURE_DAY =
  "Nghị quyết 28/2026/QH16, Điều 2 (Ngày Văn hóa Việt Nam 24/11, người lao động được nghỉ làm việc, hưởng nguyên lương; hiệu lực 01/7/2026) — chưa đối chiếu được văn bản gốc, xem docs/sources.md";

const y2026: SeedCalendarEntry[] = [
  off("2026-01-01", "Tết Dương lịch", LABOUR_CODE, LABOUR_CODE_DATE),
  off("2026-01-02", "Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)", NEWYEAR2026, NEWYEAR2026_DATE),
  working("2026-01-10", "Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/01/2026", NEWYEAR2026, NEWYEAR2026_DATE),
  off("2026-02-16", "Tết Nguyên đán Bính Ngọ (29 tháng Chạp)", N2026, N2026_DATE),
  off("2026-02-17", "Tết Nguyên đán Bính Ngọ (mùng 1 Tết)", N2026, N2026_DATE),
  off("2026-02-18", "Tết Nguyên đán Bính Ngọ (mùng 2 Tết)", N2026, N2026_DATE),
  off("2026-02-19", "Tết Nguyên đán Bính Ngọ (mùng 3 Tết)", N2026, N2026_DATE),
  off("2026-02-20", "Tết Nguyên đán Bính Ngọ (mùng 4 Tết)", N2026, N2026_DATE),
  off("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 Bính Ngọ, 26/4/2026 trùng Chủ nhật)", LABOUR_CODE_MAKEUP, LABOUR_CODE_DATE),
  off("2026-04-30", "Ngày Chiến thắng", LABOUR_CODE, LABOUR_CODE_DATE),
  off("2026-05-01", "Ngày Quốc tế Lao động", LABOUR_CODE, LABOUR_CODE_DATE),
  working("2026-08-22", "Làm bù cho ngày nghỉ hoán đổi thứ Hai 31/8/2026", N2026, N2026_DATE),
  off("2026-08-31", "Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8/2026)", N2026, N2026_DATE),
  off("2026-09-01", "Quốc khánh (ngày liền kề trước 02/9)", N2026, N2026_DATE),
  off("2026-09-02", "Quốc khánh", N2026, N2026_DATE),
  off("2026-11-24", "Ngày Văn hóa Việt Nam", CULTURE_DAY, "2026-07-01"),
];

export const calendarEntries: SeedCalendarEntry[] = [...y2023, ...y2024, ...y2025, ...y2026];
