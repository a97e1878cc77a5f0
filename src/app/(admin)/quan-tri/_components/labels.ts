/** Vietnamese labels used only by the administration screens. */

export const reportFrequencyLabel: Record<string, string> = {
  ONCE: "Một lần",
  QUARTERLY: "Hằng quý",
  SEMIANNUAL: "6 tháng một lần",
  ANNUAL: "Hằng năm",
  END_OF_MODEL: "Khi kết thúc mô hình",
};

export const turnaroundLabel: Record<string, string> = {
  STATUTORY: "Theo thời hạn luật định (mô hình đổi nơi, giờ nhận)",
  MINUTES: "Trong số phút làm việc",
  SAME_DAY: "Trả kết quả trong ngày",
  WORKING_DAYS: "Trong số ngày làm việc",
};

export const levelLabel: Record<string, string> = { PROVINCE: "Tỉnh", DISTRICT: "Huyện", COMMUNE: "Xã" };

export const onlineLevelLabel: Record<string, string> = { NONE: "Không", PARTIAL: "Một phần", FULL: "Toàn trình" };

export const roleOptions = [
  { value: "OFFICER", label: "Công chức Bộ phận Một cửa" },
  { value: "UNIT_LEADER", label: "Lãnh đạo đơn vị" },
  { value: "REVIEWER", label: "Cán bộ thẩm định (Nội vụ)" },
  { value: "ADMIN", label: "Quản trị hệ thống" },
];
