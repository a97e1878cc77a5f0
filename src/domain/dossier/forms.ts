/**
 * Which official one-stop forms a dossier's papers follow. The regime the dossier was
 * received under decides: Decree 61/2018/NĐ-CP with Circular 01/2018/TT-VPCP (six forms,
 * the control sheet is Mẫu 05 and the register Mẫu 06), or Decree 118/2025/NĐ-CP with
 * Circular 03/2025/TT-VPCP (seven forms: Mẫu 05 is the notice stopping a dossier, so the
 * control sheet is Mẫu 06 and the register Mẫu 07). Titles as printed in each circular's
 * appendix (sources in docs/rules.md "## Supplement requests" (official forms)).
 */
type FormKind = "receipt" | "supplement" | "refusal" | "apology" | "control" | "register";

interface FormSet {
  circular: string;
  decree: string;
  forms: Record<FormKind, { number: string; title: string }>;
}

const CIRCULAR_01_2018: FormSet = {
  circular: "Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ",
  decree: "Nghị định số 61/2018/NĐ-CP",
  forms: {
    receipt: { number: "Mẫu số 01", title: "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" },
    supplement: { number: "Mẫu số 02", title: "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" },
    refusal: { number: "Mẫu số 03", title: "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ" },
    apology: { number: "Mẫu số 04", title: "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ" },
    control: { number: "Mẫu số 05", title: "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ" },
    register: { number: "Mẫu số 06", title: "SỔ THEO DÕI HỒ SƠ" },
  },
};

const CIRCULAR_03_2025: FormSet = {
  circular: "Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ",
  decree: "Nghị định số 118/2025/NĐ-CP",
  forms: {
    receipt: { number: "Mẫu số 01", title: "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" },
    supplement: { number: "Mẫu số 02", title: "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" },
    refusal: { number: "Mẫu số 03", title: "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ" },
    apology: { number: "Mẫu số 04", title: "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT" },
    control: { number: "Mẫu số 06", title: "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ" },
    register: { number: "Mẫu số 07", title: "SỔ THEO DÕI HỒ SƠ" },
  },
};

/** Decree 118/2025/NĐ-CP replaced Decree 61/2018/NĐ-CP on 01/07/2025. */
const FORMS_118_FROM = "2025-07-01";

/** The form set for a dossier received on `receivedOn` (local date). */
export function formSetFor(receivedOn: string): FormSet {
  return receivedOn >= FORMS_118_FROM ? CIRCULAR_03_2025 : CIRCULAR_01_2018;
}
