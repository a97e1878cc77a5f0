/** Vietnamese labels of the domain's enumerations, shared by every audience's pages. */
import type { Channel, EligibleGroup, ModelKind, Place } from "./schedule/types";

export const modelKindLabel: Record<ModelKind, string> = {
  HOME_VISIT: "Giải quyết thủ tục tại nhà",
  NO_APPOINTMENT_DAY: "Trả kết quả trong ngày, không hẹn",
  EXTENDED_HOURS: "Làm thêm giờ",
  ONLINE_SERVICE_DAY: "Ngày dịch vụ công trực tuyến",
  LISTENING_SESSION: "Lắng nghe dân nói",
  LETTERS: "Thư chúc mừng, chia buồn, xin lỗi",
  FRIENDLY_PLEDGE: "Chính quyền thân thiện",
  CUSTOM: "Mô hình khác",
};

export const placeLabel: Record<Place, string> = {
  OFFICE_DESK: "Bộ phận Tiếp nhận và Trả kết quả",
  HOME: "Tại nhà người dân",
  VILLAGE_HALL: "Nhà văn hóa thôn",
  ONLINE: "Trực tuyến",
  OTHER: "Địa điểm khác",
};

export const channelLabel: Record<Channel, string> = {
  DESK: "Trực tiếp tại Bộ phận Một cửa",
  ONLINE: "Trực tuyến",
  POSTAL: "Qua bưu chính",
  HOME: "Tại nhà",
};

export const eligibleGroupLabel: Record<EligibleGroup, string> = {
  ELDERLY_FRAIL: "Người già yếu",
  LIVING_ALONE: "Người neo đơn",
  DISABLED_LIMITED_MOBILITY: "Người khuyết tật đi lại khó khăn",
  MERIT_PERSON: "Người có công với cách mạng",
  WAR_INVALID: "Thương binh",
  SICK_SOLDIER: "Bệnh binh",
  LOW_LITERACY: "Người lớn tuổi, không thành thạo chữ viết",
  EVERYONE: "Mọi người dân",
};

export const unitKindLabel: Record<string, string> = {
  PROVINCE: "Tỉnh",
  DISTRICT: "Cấp huyện",
  COMMUNE: "Xã",
  WARD: "Phường",
  TOWNSHIP: "Thị trấn",
  DEPARTMENT: "Cơ quan chuyên môn",
  ONE_STOP_CENTRE: "Bộ phận Một cửa",
  VILLAGE: "Thôn",
  RESIDENTIAL_GROUP: "Khu phố",
};

export const dossierStatusLabel: Record<string, string> = {
  RECEIVED: "Đã tiếp nhận",
  IN_PROGRESS: "Đang giải quyết",
  SUPPLEMENT_REQUESTED: "Chờ bổ sung hồ sơ",
  RESULT_READY: "Đã có kết quả, chờ trả",
  RETURNED: "Đã trả kết quả",
  REFUSED: "Từ chối giải quyết",
};

export const planStatusLabel: Record<string, string> = {
  DRAFT: "Dự thảo",
  ISSUED: "Đã ban hành",
  IN_FORCE: "Đang thực hiện",
  ENDED: "Đã kết thúc",
};
