/** Vietnamese wording of the public pages' enumerations. */
export const onlineLevelLabel: Record<"NONE" | "PARTIAL" | "FULL", string> = {
  NONE: "Không nộp trực tuyến được (phải có mặt trực tiếp)",
  PARTIAL: "Dịch vụ công trực tuyến một phần",
  FULL: "Dịch vụ công trực tuyến toàn trình",
};

export const adminLevelLabel: Record<string, string> = {
  PROVINCE: "Cấp tỉnh",
  DISTRICT: "Cấp huyện",
  COMMUNE: "Cấp xã",
};

export const channelVerb: Record<string, string> = {
  DESK: "Nộp trực tiếp tại Bộ phận Một cửa",
  ONLINE: "Nộp trực tuyến",
  POSTAL: "Gửi qua bưu chính",
  HOME: "Nộp tại nhà",
};
