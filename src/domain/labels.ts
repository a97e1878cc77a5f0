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

/** What an audit-log entry records, as the administrator reads it; the code stays the filter's value. */
export const auditActionLabel: Record<string, string> = {
  "access.forbidden": "Bị từ chối (không có quyền)",
  "access.origin_rejected": "Bị từ chối (biểu mẫu gửi từ trang khác)",
  "account.change_password": "Đổi mật khẩu",
  "account.change_password_failed": "Đổi mật khẩu không thành công",
  "account.change_password_throttled": "Đổi mật khẩu bị tạm khóa (sai nhiều lần)",
  "auth.signin": "Đăng nhập",
  "auth.signin_failed": "Đăng nhập sai",
  "auth.signin_throttled": "Đăng nhập bị tạm khóa (sai nhiều lần)",
  "auth.signout": "Đăng xuất",
  "calendar.add": "Thêm ngày nghỉ, ngày làm bù",
  "calendar.remove": "Xóa ngày nghỉ, ngày làm bù",
  "catalogue.assign": "Gán thủ tục cho đơn vị",
  "catalogue.copy": "Sao chép danh mục thủ tục",
  "catalogue.import": "Nhập danh mục thủ tục",
  "catalogue.save": "Lưu thủ tục",
  "catalogue.create": "Thêm thủ tục",
  "catalogue.update": "Sửa thủ tục",
  "dossier.receive": "Tiếp nhận hồ sơ",
  "dossier.receive_repeated": "Gửi lại phiếu tiếp nhận đã ghi (không tạo hồ sơ mới)",
  "dossier.start": "Bắt đầu giải quyết hồ sơ",
  "dossier.request_supplement": "Yêu cầu bổ sung hồ sơ",
  "dossier.receive_supplement": "Nhận hồ sơ bổ sung",
  "dossier.result_ready": "Có kết quả hồ sơ",
  "dossier.return": "Trả kết quả hồ sơ",
  "dossier.refuse": "Từ chối hồ sơ",
  "dossier.issue_apology": "Phiếu xin lỗi, hẹn lại ngày trả",
  "homeVisit.request": "Người dân đề nghị giải quyết tại nhà",
  "homeVisit.confirm": "Xác nhận lịch đến nhà",
  "homeVisit.decline": "Từ chối đề nghị đến nhà",
  "homeVisit.assign": "Phân công đến nhà",
  "homeVisit.cancel": "Hủy lịch đến nhà",
  "homeVisit.record_outcome": "Ghi kết quả đến nhà",
  "homeVisit.capacity": "Đặt số lượt đến nhà mỗi ngày",
  "letter.save_template": "Lưu mẫu thư",
  "lookup.failed": "Tra cứu hồ sơ sai (mã hoặc số điện thoại không khớp)",
  "lookup.throttled": "Tra cứu hồ sơ bị hoãn (sai nhiều lần)",
  "letter.send": "Gửi thư",
  "model.create": "Tạo mô hình",
  "model.update": "Sửa mô hình",
  "model.delete": "Xóa mô hình",
  "plan.create": "Tạo kế hoạch",
  "plan.update": "Sửa kế hoạch",
  "plan.delete": "Xóa kế hoạch",
  "plan.issue": "Ban hành kế hoạch",
  "plan.end": "Kết thúc kế hoạch",
  "plan.task_add": "Thêm nhiệm vụ của kế hoạch",
  "plan.task_remove": "Bỏ nhiệm vụ của kế hoạch",
  "plan.reporting_add": "Thêm chế độ báo cáo",
  "plan.reporting_remove": "Bỏ chế độ báo cáo",
  "pledge.record": "Ghi cam kết chính quyền thân thiện",
  "report.draft": "Lưu nháp báo cáo",
  "report.submit": "Nộp báo cáo",
  "report.review": "Thẩm định báo cáo",
  "report.accept": "Chấp nhận báo cáo",
  "report.return": "Trả lại báo cáo",
  "session.generate": "Lập lịch buổi lắng nghe",
  "session.hold": "Ghi biên bản buổi lắng nghe",
  "session.add_question": "Ghi ý kiến người dân",
  "session.answer_question": "Trả lời ý kiến người dân",
  "survey.rate_portal": "Người dân đánh giá trên Cổng",
  "survey.record_paper": "Nhập phiếu đánh giá giấy",
  "unit.create": "Tạo đơn vị",
  "unit.update": "Sửa đơn vị",
  "unit.save": "Lưu đơn vị",
  "unit.merge": "Sắp xếp, sáp nhập đơn vị",
  "unit.officeHours.add": "Đặt giờ làm việc",
  "unit.officeHours.withdraw": "Bỏ giờ làm việc",
  "user.create": "Tạo tài khoản",
  "user.update": "Sửa tài khoản",
  "user.reset_password": "Đặt lại mật khẩu",
  "user.enable": "Mở khóa tài khoản",
  "user.disable": "Khóa tài khoản",
  "user.set_active": "Khóa, mở khóa tài khoản",
  "privacy.retention": "Ẩn danh dữ liệu liên hệ đã hết thời hạn lưu",
  "privacy.export": "Trích xuất dữ liệu cá nhân của một người dân",
};

/** The families of audit actions, for the log's filter. */
export const auditFamilyLabel: Record<string, string> = {
  access: "Quyền truy cập",
  account: "Tài khoản cá nhân",
  auth: "Đăng nhập",
  calendar: "Lịch nghỉ",
  catalogue: "Danh mục thủ tục",
  dossier: "Hồ sơ",
  homeVisit: "Đến nhà",
  letter: "Thư",
  lookup: "Tra cứu hồ sơ",
  model: "Mô hình",
  plan: "Kế hoạch",
  pledge: "Cam kết",
  privacy: "Bảo vệ dữ liệu cá nhân",
  report: "Báo cáo",
  session: "Lắng nghe người dân",
  survey: "Đánh giá hài lòng",
  unit: "Đơn vị",
  user: "Người dùng",
};

/** What kind of record an audit entry is about. */
export const auditEntityLabel: Record<string, string> = {
  Action: "Thao tác",
  CalendarEntry: "Ngày nghỉ, ngày làm bù",
  Citizen: "Người dân",
  CitizenQuestion: "Ý kiến người dân",
  Dossier: "Hồ sơ",
  HomeVisitRequest: "Đề nghị đến nhà",
  Letter: "Thư",
  LetterTemplate: "Mẫu thư",
  Lookup: "Mã đã tra cứu",
  ListeningSession: "Buổi lắng nghe",
  OfficeHours: "Giờ làm việc",
  Plan: "Kế hoạch",
  PlanTask: "Nhiệm vụ",
  Procedure: "Thủ tục",
  Report: "Báo cáo",
  ReportingObligation: "Chế độ báo cáo",
  PersonalDataExport: "Trích xuất dữ liệu cá nhân",
  RetentionRun: "Lượt chạy ẩn danh dữ liệu",
  SatisfactionResponse: "Phiếu đánh giá",
  ServiceModel: "Mô hình",
  StaffPledge: "Cam kết",
  Unit: "Đơn vị",
  User: "Tài khoản",
};

/** Who acted, in the audit log: a role, or a citizen or visitor without an account. */
export const auditActorRoleLabel: Record<string, string> = { ...roleLabel, PUBLIC: "Người dân", ANONYMOUS: "Chưa đăng nhập", SYSTEM: "Hệ thống" };
