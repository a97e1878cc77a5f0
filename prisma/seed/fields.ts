import type { FieldCode } from "./types";

/** Procedure fields (lĩnh vực) as the national catalogue names them. */
export const procedureFields: { code: FieldCode; name: string }[] = [
  { code: "HO_TICH", name: "Hộ tịch" },
  { code: "CHUNG_THUC", name: "Chứng thực" },
  { code: "DAT_DAI", name: "Đất đai" },
  { code: "NONG_NGHIEP", name: "Nông nghiệp" },
  { code: "BAO_TRO_XA_HOI", name: "Bảo trợ xã hội" },
  { code: "NGUOI_CO_CONG", name: "Người có công" },
  { code: "LAO_DONG", name: "Lao động" },
  { code: "XAY_DUNG", name: "Xây dựng" },
  { code: "KINH_DOANH", name: "Thành lập và hoạt động của hộ kinh doanh" },
  { code: "GIAO_DUC", name: "Giáo dục và Đào tạo" },
  { code: "THI_DUA_KHEN_THUONG", name: "Thi đua, khen thưởng" },
  { code: "NOI_VU", name: "Nội vụ" },
  { code: "VAN_HOA", name: "Văn hóa" },
  { code: "KHAC", name: "Lĩnh vực khác" },
];
