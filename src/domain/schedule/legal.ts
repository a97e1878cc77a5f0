/**
 * The law the promise computation relies on, as data with effective dates and citations.
 *
 * `confirmed: true` means the wording was checked against a published text during the
 * research recorded in docs/rules.md ("How we count"); `confirmed: false` marks provisions
 * we rely on by reference but whose exact wording we could not check: the engine does not
 * derive any rule from an unconfirmed wording (see `countingCutoff` below).
 */
import type { LocalDate, LocalTime } from "./types";

export interface LegalCitation {
  /** "Bộ luật Dân sự 2015", "Nghị định 23/2015/NĐ-CP". */
  instrument: string;
  /** "Điều 147 khoản 2". */
  article: string;
  /** What it says, in short (Vietnamese); quoted when confirmed. */
  says: string;
  confirmed: boolean;
  /** Where the wording was checked: the publication, by name. */
  checkedAt?: string;
}

export type RegimeId = "QD09_2015" | "ND61_2018" | "ND118_2025";

export interface OneStopRegime {
  id: RegimeId;
  /** Short Vietnamese name shown in the steps. */
  name: string;
  instruments: string[];
  effectiveFrom: LocalDate;
  /** Inclusive; null while in force. */
  effectiveTo: LocalDate | null;
  /**
   * A regime-wide afternoon time after which the *counting* of a period starts one working
   * day later. None of the regimes has one that we could confirm (Decree 61/2018's 15:00
   * rule is about forwarding the dossier, not about counting), so all are null; the 15:00
   * rules that do change the result are sector rules carried by `ProcedureTiming.sameDayCutoff`.
   */
  countingCutoff: LocalTime | null;
  /** A dossier received outside office hours or on a day off is dated at the next office opening. */
  offHoursReceipt: "NEXT_OFFICE_OPENING";
  citations: LegalCitation[];
}

export const CIVIL_CODE_2015 = {
  start: {
    instrument: "Bộ luật Dân sự 2015 (91/2015/QH13)",
    article: "Điều 147 khoản 2",
    says:
      "Khi thời hạn được xác định bằng ngày, tuần, tháng, năm thì ngày đầu tiên của thời hạn không được tính mà tính từ ngày tiếp theo liền kề ngày được xác định.",
    confirmed: true,
    checkedAt: "Thư viện Pháp luật (hỏi đáp 3896F), ANS Law Firm",
  },
  end: {
    instrument: "Bộ luật Dân sự 2015 (91/2015/QH13)",
    article: "Điều 148 khoản 1, 5, 6",
    says:
      "Thời hạn tính bằng ngày kết thúc tại thời điểm kết thúc ngày cuối cùng của thời hạn; khi ngày cuối cùng là ngày nghỉ cuối tuần hoặc ngày nghỉ lễ thì kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày nghỉ đó; thời điểm kết thúc ngày cuối cùng là hai mươi tư giờ của ngày đó.",
    confirmed: true,
    checkedAt: "Thư viện Pháp luật (hỏi đáp 3896F)",
  },
  applies: {
    instrument: "Bộ luật Dân sự 2015 (91/2015/QH13)",
    article: "Điều 145, 146",
    says:
      "Cách tính thời hạn theo Bộ luật này, trừ khi có thỏa thuận khác hoặc pháp luật có quy định khác; thời hạn tính theo dương lịch.",
    confirmed: true,
    checkedAt: "a bilingual edition of Bộ luật Dân sự 2015, Hệ thống Pháp luật (Điều 146)",
  },
} as const satisfies Record<string, LegalCitation>;

/** The certification cut-off of Decree 23/2015/NĐ-CP art. 7: received after it → the next working day. */
export const CERTIFICATION_CUTOFF: LocalTime = "15:00";

export const CERTIFICATION_RULE: LegalCitation = {
  instrument: "Nghị định 23/2015/NĐ-CP",
  article: "Điều 7",
  says:
    "Thời hạn thực hiện yêu cầu chứng thực phải được bảo đảm ngay trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ; trừ trường hợp quy định tại các Điều 21, 33 và Điều 37.",
  confirmed: true,
  checkedAt: "Thư viện Pháp luật (hỏi đáp 50F18), a law firm's article",
};

export const CERTIFICATION_APPOINTMENT_SLIP: LegalCitation = {
  instrument: "Thông tư 01/2020/TT-BTP",
  article: "Điều 2",
  says:
    "Việc chứng thực tiếp nhận sau 15 giờ mà không thể trả kết quả ngay trong ngày thì người tiếp nhận phải có phiếu hẹn ghi rõ thời gian (giờ, ngày) trả kết quả.",
  confirmed: true,
  checkedAt: "LawNet, Ngân hàng pháp luật (tư vấn 319545)",
};

export const WEEKLY_REST_COMPENSATION: LegalCitation = {
  instrument: "Bộ luật Lao động 2019 (45/2019/QH14)",
  article: "Điều 111 khoản 3, Điều 112",
  says:
    "Ngày nghỉ lễ, tết trùng ngày nghỉ hằng tuần thì được nghỉ bù vào ngày làm việc kế tiếp (dùng cho lịch mặc định; lịch chính thức hằng năm do Thủ tướng/Bộ quyết định được nhập thành mục lịch).",
  confirmed: false,
};

/** Analogous sector texts that do say how off-hours electronic dossiers are dated. */
export const OFF_HOURS_ANALOGUES: LegalCitation[] = [
  {
    instrument: "Thông tư 87/2021/TT-BTC",
    article: "Điều 10",
    says:
      "Hồ sơ thủ tục hành chính được gửi ngoài giờ làm việc hoặc vào ngày nghỉ, ngày lễ, ngày Tết thì công chức Kho bạc tiếp nhận vào ngày làm việc tiếp theo.",
    confirmed: true,
    checkedAt: "Thư viện Nhà đất, LawNet (Receipt time … State Treasury)",
  },
  {
    instrument: "Quyết định 2988/QĐ-TCHQ năm 2018",
    article: "Điều 7 khoản 5",
    says:
      "Hệ thống hoàn thành việc lưu hồ sơ ngoài giờ làm việc thì thời điểm tiếp nhận hồ sơ là giờ làm việc đầu tiên của ngày làm việc kế tiếp.",
    confirmed: true,
    checkedAt: "Thư viện Pháp luật (hỏi đáp 48691)",
  },
];

export const ONE_STOP_REGIMES: readonly OneStopRegime[] = [
  {
    id: "QD09_2015",
    name: "Quyết định 09/2015/QĐ-TTg (cơ chế một cửa)",
    instruments: ["Quyết định 09/2015/QĐ-TTg"],
    effectiveFrom: "2015-05-15",
    effectiveTo: "2018-06-20",
    countingCutoff: null,
    offHoursReceipt: "NEXT_OFFICE_OPENING",
    citations: [
      {
        instrument: "Quyết định 09/2015/QĐ-TTg",
        article: "Điều 2",
        says: "Có hiệu lực từ ngày 15/5/2015; được thay thế bởi Nghị định 61/2018/NĐ-CP từ ngày 21/6/2018.",
        confirmed: true,
        checkedAt: "a legal-text library (Decision No. 09/2015/QD-TTg)",
      },
    ],
  },
  {
    id: "ND61_2018",
    name: "Nghị định 61/2018/NĐ-CP, sửa đổi bởi Nghị định 107/2021/NĐ-CP",
    instruments: ["Nghị định 61/2018/NĐ-CP", "Nghị định 107/2021/NĐ-CP", "Nghị định 45/2020/NĐ-CP"],
    effectiveFrom: "2018-06-21",
    effectiveTo: "2025-06-30",
    countingCutoff: null,
    offHoursReceipt: "NEXT_OFFICE_OPENING",
    citations: [
      {
        instrument: "Nghị định 61/2018/NĐ-CP",
        article: "Điều 17 (chuyển hồ sơ)",
        says:
          "Hồ sơ tiếp nhận trực tiếp được chuyển trong ngày làm việc, hoặc vào đầu giờ ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ — quy định về việc chuyển hồ sơ, không về cách tính thời hạn (chưa đối chiếu được nguyên văn).",
        confirmed: false,
      },
      {
        instrument: "Nghị định 45/2020/NĐ-CP",
        article: "(thời điểm tiếp nhận hồ sơ điện tử)",
        says:
          "Hồ sơ nộp trực tuyến ngoài giờ hành chính, ngày nghỉ: chưa đối chiếu được nguyên văn điều khoản; áp dụng cách xác định của các văn bản chuyên ngành tương tự (OFF_HOURS_ANALOGUES).",
        confirmed: false,
      },
    ],
  },
  {
    id: "ND118_2025",
    name: "Nghị định 118/2025/NĐ-CP",
    instruments: ["Nghị định 118/2025/NĐ-CP"],
    effectiveFrom: "2025-07-01",
    effectiveTo: null,
    countingCutoff: null,
    offHoursReceipt: "NEXT_OFFICE_OPENING",
    citations: [
      {
        instrument: "Nghị định 118/2025/NĐ-CP (09/6/2025)",
        article: "Điều khoản hiệu lực",
        says:
          "Có hiệu lực từ ngày 01/7/2025; Nghị định 61/2018/NĐ-CP và Nghị định 107/2021/NĐ-CP hết hiệu lực từ ngày đó; Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã tiếp nhận hồ sơ không phụ thuộc địa giới hành chính trong tỉnh.",
        confirmed: true,
        checkedAt: "Báo Đắk Nông (11/06/2025), VnEconomy and Lao Động (English editions)",
      },
      {
        instrument: "Nghị định 118/2025/NĐ-CP",
        article: "(giờ tiếp nhận buổi chiều)",
        says:
          "Không xác nhận được có quy định mốc 15 giờ (hay mốc buổi chiều khác) cho việc tính thời hạn; engine không áp dụng mốc nào ở cấp chế độ.",
        confirmed: false,
      },
    ],
  },
];

/** The one-stop regime in force on a local date (the earliest one for dates before 2015). */
export function regimeAt(date: LocalDate): OneStopRegime {
  for (const r of ONE_STOP_REGIMES) {
    if (date >= r.effectiveFrom && (r.effectiveTo === null || date <= r.effectiveTo)) return r;
  }
  return ONE_STOP_REGIMES[0] as OneStopRegime;
}
