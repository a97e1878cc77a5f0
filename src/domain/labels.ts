/**
 * The one registry of Vietnamese labels for the domain's enumerations, shared by every
 * audience's pages, the API and the reports: one map per enumeration, so a word changes in
 * one place. Phrasings that only make sense inside one sentence (a form's wording, a
 * promise's steps) stay with that sentence.
 */
import type { AdminLevel, OnlineLevel } from "./catalogue/procedure-row";
import type { LetterEvent, LetterType } from "./dossier/letters";
import type { Channel, EligibleGroup, ModelKind, Place } from "./schedule/types";

/** A label map as the options of a select or a group of radios, in the map's order. */
export function labelOptions<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}

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

/** How a dossier was submitted. */
export const channelLabel: Record<Channel, string> = {
  DESK: "Trực tiếp tại Bộ phận Một cửa",
  ONLINE: "Trực tuyến",
  POSTAL: "Qua bưu chính",
  HOME: "Tại nhà người dân",
};

/** The same, as what the citizen does ("Nộp trực tuyến lúc …"). */
export const channelVerb: Record<Channel, string> = {
  DESK: "Nộp trực tiếp tại Bộ phận Một cửa",
  ONLINE: "Nộp trực tuyến",
  POSTAL: "Gửi qua bưu chính",
  HOME: "Nộp tại nhà",
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

/** The level of government a procedure is carried out at. */
export const adminLevelLabel: Record<AdminLevel, string> = {
  PROVINCE: "Cấp tỉnh",
  DISTRICT: "Cấp huyện",
  COMMUNE: "Cấp xã",
};

export const onlineLevelLabel: Record<OnlineLevel, string> = {
  NONE: "Không nộp trực tuyến được (phải có mặt trực tiếp)",
  PARTIAL: "Dịch vụ công trực tuyến một phần",
  FULL: "Dịch vụ công trực tuyến toàn trình",
};

export const dossierStatusLabel: Record<string, string> = {
  RECEIVED: "Đã tiếp nhận",
  IN_PROGRESS: "Đang giải quyết",
  SUPPLEMENT_REQUESTED: "Chờ bổ sung hồ sơ",
  RESULT_READY: "Đã có kết quả, chờ trả",
  RETURNED: "Đã trả kết quả",
  REFUSED: "Từ chối giải quyết",
};

export const homeVisitStatusLabel: Record<string, string> = {
  PENDING: "Đã gửi, chờ cán bộ xác nhận",
  CONFIRMED: "Đã xác nhận lịch đến nhà",
  DECLINED: "Không nhận đến nhà",
  DONE: "Đã đến nhà giải quyết",
  CANCELLED: "Đã hủy",
};

export const planStatusLabel: Record<string, string> = {
  DRAFT: "Dự thảo",
  ISSUED: "Đã ban hành",
  IN_FORCE: "Đang thực hiện",
  ENDED: "Đã kết thúc",
};

export const reportFrequencyLabel: Record<string, string> = {
  ONCE: "Một lần",
  QUARTERLY: "Hằng quý",
  SEMIANNUAL: "6 tháng một lần",
  ANNUAL: "Hằng năm",
  END_OF_MODEL: "Khi kết thúc mô hình",
};

export const turnaroundLabel: Record<"STATUTORY" | "MINUTES" | "SAME_DAY" | "WORKING_DAYS", string> = {
  STATUTORY: "Theo thời hạn luật định (mô hình đổi nơi, giờ nhận)",
  MINUTES: "Trong số phút làm việc",
  SAME_DAY: "Trả kết quả trong ngày",
  WORKING_DAYS: "Trong số ngày làm việc",
};

export const roleLabel: Record<"OFFICER" | "UNIT_LEADER" | "REVIEWER" | "ADMIN", string> = {
  OFFICER: "Công chức Bộ phận Một cửa",
  UNIT_LEADER: "Lãnh đạo đơn vị",
  REVIEWER: "Cán bộ thẩm định (Nội vụ)",
  ADMIN: "Quản trị hệ thống",
};

export const letterTypeLabel: Record<LetterType, string> = {
  CONGRATULATION: "Thư chúc mừng",
  CONDOLENCE: "Thư chia buồn",
  APOLOGY: "Thư xin lỗi",
};

export const letterEventLabel: Record<LetterEvent, string> = {
  MARRIAGE: "Kết hôn",
  BIRTH: "Sinh con",
  NEW_HOUSE: "Xây nhà mới",
  DEATH: "Mất người thân",
  FIRE: "Hỏa hoạn",
  ACCIDENT: "Tai nạn",
  SERVICE_INCIDENT: "Sự cố trong quản lý nhà nước",
  LATE_DOSSIER: "Hồ sơ trễ hẹn",
  OTHER: "Khác",
};

/** A citizen's satisfaction rating (on the portal or on paper). */
export const ratingLabel: Record<"SATISFIED" | "NEUTRAL" | "UNSATISFIED", string> = {
  SATISFIED: "Hài lòng",
  NEUTRAL: "Bình thường",
  UNSATISFIED: "Không hài lòng",
};
