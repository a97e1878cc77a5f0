/**
 * The procedure catalogue of the demo: every procedure the five plans name, plus the common
 * commune and district procedures around them.
 *
 * Names are those of the national catalogue (Cơ sở dữ liệu quốc gia về TTHC) as they stood
 * when the plans were written (2023–2024); some were renamed in 2025 (noted in `source`).
 * A national code is given ONLY where it was seen next to the procedure's name in a source
 * named in `source` (see docs/sources.md); otherwise `code` is null.
 *
 * Statutory times: `statutoryWorkingDays: 0` means "in the day"; `sameDayCutoff: "15:00"`
 * means a dossier received after 15:00 is returned on the next working day (Nghị định
 * 23/2015/NĐ-CP Điều 7 for certification; the catalogue's wording for civil status).
 */
import type { SeedProcedure } from "../types";

// Legal bases used repeatedly ------------------------------------------------------------
const LHT = "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014";
const ND123 = "Nghị định 123/2015/NĐ-CP ngày 15/11/2015 quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch";
const TT04 = "Thông tư 04/2020/TT-BTP ngày 28/5/2020 quy định chi tiết thi hành Luật Hộ tịch và Nghị định 123/2015/NĐ-CP";
const TT85 = "Thông tư 85/2019/TT-BTC ngày 29/11/2019 hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND tỉnh";
const TT281 = "Thông tư 281/2016/TT-BTC ngày 14/11/2016 (phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch)";
const ND23 = "Nghị định 23/2015/NĐ-CP ngày 16/02/2015 về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch";
const TT01_2020 = "Thông tư 01/2020/TT-BTP ngày 03/3/2020 quy định chi tiết, hướng dẫn thi hành Nghị định 23/2015/NĐ-CP";
const TT226 = "Thông tư 226/2016/TT-BTC ngày 11/11/2016 quy định mức thu, chế độ thu, nộp phí chứng thực";
const ND01_2021 = "Nghị định 01/2021/NĐ-CP ngày 04/01/2021 về đăng ký doanh nghiệp (Chương VIII – hộ kinh doanh)";
const LXD = "Luật Xây dựng 2014 (sửa đổi, bổ sung năm 2020)";
const ND15_2021 = "Nghị định 15/2021/NĐ-CP ngày 03/3/2021 quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng";
const LDD2013 = "Luật Đất đai 2013 (áp dụng đến 31/7/2024)";
const ND43_2014 = "Nghị định 43/2014/NĐ-CP ngày 15/5/2014 (sửa đổi bởi Nghị định 01/2017/NĐ-CP và 148/2020/NĐ-CP), Điều 61 về thời gian thực hiện thủ tục";

/** Where a code was seen: the catalogue's page id, found in public code that drives the national portal. */
const CODE_SEEN = (code: string) =>
  `Mã ${code} (ma_thu_tuc trên Cổng Dịch vụ công quốc gia), thấy kèm đúng tên thủ tục trong mã nguồn công khai dùng để điền hồ sơ trên Cổng Dịch vụ công quốc gia (xem docs/sources.md, mục "Mã thủ tục").`;
const SAME_DAY_TEXT =
  "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.";
const UNVERIFIED = "Chưa đối chiếu được văn bản gốc về thời hạn; xem docs/sources.md.";

const FREE = "Miễn phí (không thu phí, lệ phí)";
const FEE_BY_PROVINCE = `Lệ phí theo mức do HĐND cấp tỉnh quy định (${TT85}).`;

// ---------------------------------------------------------------------------------------
// Hộ tịch — cấp xã
// ---------------------------------------------------------------------------------------

const hoTichXa: SeedProcedure[] = [
  {
    key: "dang-ky-khai-sinh",
    code: "1.001193",
    source: CODE_SEEN("1.001193"),
    name: "Đăng ký khai sinh",
    field: "HO_TICH",
    level: "COMMUNE",
    statutoryWorkingDays: 0,
    sameDayCutoff: "15:00",
    statutoryText: SAME_DAY_TEXT,
    fees: `Miễn lệ phí đối với đăng ký khai sinh đúng hạn (Luật Hộ tịch, Điều 11 khoản 1); trường hợp không đúng hạn: ${FEE_BY_PROVINCE}`,
    documents: [
      "Tờ khai đăng ký khai sinh theo mẫu",
      "Giấy chứng sinh (hoặc văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì giấy cam đoan về việc sinh)",
      "Giấy tờ tùy thân của người đi đăng ký (xuất trình)",
      "Giấy chứng nhận kết hôn của cha, mẹ nếu cha, mẹ đã đăng ký kết hôn (xuất trình)",
    ],
    legalBasis: [`${LHT}, Điều 16`, ND123, TT04, TT85],
    onlineLevel: "FULL",
  },
  {
    key: "dang-ky-ket-hon",
    code: "1.000894",
    source: CODE_SEEN("1.000894"),
    name: "Đăng ký kết hôn",
    field: "HO_TICH",
    level: "COMMUNE",
    statutoryWorkingDays: 0,
    sameDayCutoff: "15:00",
    statutoryText: `${SAME_DAY_TEXT} Trường hợp cần xác minh điều kiện kết hôn của hai bên nam, nữ thì thời hạn giải quyết không quá 05 ngày làm việc.`,
    fees: "Miễn lệ phí đối với kết hôn của công dân Việt Nam cư trú ở trong nước (Luật Hộ tịch, Điều 11 khoản 1 điểm b).",
    documents: [
      "Tờ khai đăng ký kết hôn theo mẫu (hai bên có thể khai chung một tờ khai)",
      "Giấy xác nhận tình trạng hôn nhân (nếu đăng ký kết hôn không phải tại nơi thường trú)",
      "Giấy tờ tùy thân của hai bên nam, nữ (xuất trình)",
    ],
    legalBasis: [`${LHT}, Điều 17–18`, ND123, TT04],
    onlineLevel: "PARTIAL",
  },
  {
    key: "dang-ky-khai-tu",
    code: "1.000656",
    source: CODE_SEEN("1.000656"),
    name: "Đăng ký khai tử",
    field: "HO_TICH",
    level: "COMMUNE",
    statutoryWorkingDays: 0,
    sameDayCutoff: "15:00",
    statutoryText: `${SAME_DAY_TEXT} Trường hợp cần xác minh thì thời hạn giải quyết không quá 03 ngày làm việc.`,
    fees: `Miễn lệ phí đối với đăng ký khai tử đúng hạn (Luật Hộ tịch, Điều 11 khoản 1); trường hợp không đúng hạn: ${FEE_BY_PROVINCE}`,
    documents: [
      "Tờ khai đăng ký khai tử theo mẫu",
      "Giấy báo tử hoặc giấy tờ thay thế giấy báo tử",
      "Giấy tờ tùy thân của người đi đăng ký (xuất trình)",
    ],
    legalBasis: [`${LHT}, Điều 33–34`, ND123, TT04, TT85],
    onlineLevel: "FULL",
  },
  {
    key: "cap-giay-xac-nhan-tinh-trang-hon-nhan",
    code: "1.004873",
    source: CODE_SEEN("1.004873"),
    name: "Cấp Giấy xác nhận tình trạng hôn nhân",
    field: "HO_TICH",
    level: "COMMUNE",
    statutoryWorkingDays: 3,
    sameDayCutoff: null,
    statutoryText:
      "03 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì thời hạn được kéo dài (Nghị định 123/2015/NĐ-CP, Điều 22).",
    fees: FEE_BY_PROVINCE,
    documents: [
      "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu",
      "Giấy tờ chứng minh việc ly hôn, hủy kết hôn hoặc người kia đã chết (nếu đã có vợ/chồng)",
      "Giấy tờ tùy thân của người yêu cầu (xuất trình)",
    ],
    legalBasis: [ND123 + ", Điều 21–23", TT04, TT85],
    onlineLevel: "FULL",
  },
  {
    key: "dang-ky-lai-khai-sinh",
    code: "1.004884",
    source: CODE_SEEN("1.004884"),
    name: "Đăng ký lại khai sinh",
    field: "HO_TICH",
    level: "COMMUNE",
    statutoryWorkingDays: 5,
    sameDayCutoff: null,
    statutoryText:
      "05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì kéo dài thêm không quá 05 ngày làm việc (Nghị định 123/2015/NĐ-CP, Điều 27).",
    fees: FEE_BY_PROVINCE,
    documents: [
      "Tờ khai đăng ký lại khai sinh theo mẫu",
      "Bản sao Giấy khai sinh cũ (nếu có) hoặc giấy tờ, tài liệu có nội dung khai sinh (hồ sơ, giấy tờ cá nhân)",
      "Văn bản cam đoan về việc đã đăng ký khai sinh nhưng người yêu cầu không còn lưu giữ được bản sao (nếu không có bản sao Giấy khai sinh)",
    ],
    legalBasis: [ND123 + ", Điều 24–27", TT04, TT85],
    onlineLevel: "PARTIAL",
  },
  {
    key: "dang-ky-lai-ket-hon",
    code: "1.004746",
    source: CODE_SEEN("1.004746"),
    name: "Đăng ký lại kết hôn",
    field: "HO_TICH",
    level: "COMMUNE",
    statutoryWorkingDays: 5,
    sameDayCutoff: null,
    statutoryText:
      "05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì kéo dài thêm không quá 05 ngày làm việc (Nghị định 123/2015/NĐ-CP, Điều 27–28).",
    fees: FEE_BY_PROVINCE,
    documents: [
      "Tờ khai đăng ký lại kết hôn theo mẫu",
      "Bản sao Giấy chứng nhận kết hôn cũ (nếu có) hoặc giấy tờ có nội dung liên quan",
      "Giấy tờ tùy thân của hai bên (xuất trình)",
    ],
    legalBasis: [ND123 + ", Điều 24, 27, 28", TT04, TT85],
    onlineLevel: "PARTIAL",
  },
  {
    key: "dang-ky-lai-khai-tu",
    code: "1.005461",
    source: CODE_SEEN("1.005461"),
    name: "Đăng ký lại khai tử",
    field: "HO_TICH",
    level: "COMMUNE",
    statutoryWorkingDays: 5,
    sameDayCutoff: null,
    statutoryText:
      "05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì kéo dài thêm không quá 05 ngày làm việc (Nghị định 123/2015/NĐ-CP, Điều 27, 29).",
    fees: FEE_BY_PROVINCE,
    documents: [
      "Tờ khai đăng ký lại khai tử theo mẫu",
      "Bản sao Giấy chứng tử trước đây được cấp hợp lệ (nếu có) hoặc giấy tờ liên quan",
    ],
    legalBasis: [ND123 + ", Điều 24, 27, 29", TT04, TT85],
    onlineLevel: "PARTIAL",
  },
  {
    key: "cap-ban-sao-trich-luc-ho-tich",
    code: "2.000635",
    source: `${CODE_SEEN("2.000635")} Từ năm 2025 cổng ghi tên "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh".`,
    name: "Cấp bản sao Trích lục hộ tịch",
    field: "HO_TICH",
    level: "COMMUNE",
    statutoryWorkingDays: 0,
    sameDayCutoff: "15:00",
    statutoryText: SAME_DAY_TEXT,
    fees: `Phí 8.000 đồng/bản sao Trích lục/sự kiện hộ tịch đã đăng ký (${TT281}); miễn cho người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật.`,
    documents: [
      "Tờ khai cấp bản sao Trích lục hộ tịch theo mẫu (hoặc văn bản yêu cầu của cơ quan, tổ chức)",
      "Văn bản ủy quyền (nếu người yêu cầu ủy quyền cho người khác; ông, bà, cha, mẹ, con, vợ, chồng, anh chị em ruột không cần ủy quyền)",
      "Giấy tờ tùy thân của người yêu cầu (xuất trình)",
    ],
    legalBasis: [`${LHT}, Điều 63–64`, ND123, TT04, TT281],
    onlineLevel: "FULL",
  },
  {
    key: "dang-ky-khai-sinh-ket-hop-nhan-cha-me-con",
    code: "1.000689",
    source: CODE_SEEN("1.000689"),
    name: "Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con",
    field: "HO_TICH",
    level: "COMMUNE",
    statutoryWorkingDays: 3,
    sameDayCutoff: null,
    statutoryText:
      "03 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thì kéo dài thêm không quá 05 ngày làm việc (Luật Hộ tịch, Điều 25; Nghị định 123/2015/NĐ-CP, Điều 15).",
    fees: `Miễn lệ phí đăng ký khai sinh đúng hạn; lệ phí nhận cha, mẹ, con: ${FEE_BY_PROVINCE}`,
    documents: [
      "Tờ khai đăng ký khai sinh và Tờ khai đăng ký nhận cha, mẹ, con theo mẫu",
      "Giấy chứng sinh hoặc giấy tờ thay thế",
      "Chứng cứ chứng minh quan hệ cha, mẹ, con (văn bản của cơ quan y tế, giám định hoặc cơ quan có thẩm quyền xác nhận quan hệ; hoặc văn bản cam đoan có hai người làm chứng)",
    ],
    legalBasis: [`${LHT}, Điều 16, 24–25`, ND123 + ", Điều 15", TT04],
    onlineLevel: "PARTIAL",
  },
  {
    key: "dang-ky-nhan-cha-me-con",
    code: null,
    source: "Không tìm được mã trong nguồn đã tra; thời hạn theo Luật Hộ tịch, Điều 25.",
    name: "Đăng ký nhận cha, mẹ, con",
    field: "HO_TICH",
    level: "COMMUNE",
    statutoryWorkingDays: 3,
    sameDayCutoff: null,
    statutoryText:
      "03 ngày làm việc, kể từ ngày nhận đủ giấy tờ; trường hợp cần xác minh thì kéo dài thêm không quá 05 ngày làm việc (Luật Hộ tịch, Điều 25).",
    fees: FEE_BY_PROVINCE,
    documents: [
      "Tờ khai đăng ký nhận cha, mẹ, con theo mẫu",
      "Chứng cứ chứng minh quan hệ cha, mẹ, con",
      "Giấy tờ tùy thân của các bên (xuất trình)",
    ],
    legalBasis: [`${LHT}, Điều 24–25`, ND123 + ", Điều 14", TT04, TT85],
    onlineLevel: "PARTIAL",
  },
  {
    key: "dang-ky-thay-doi-cai-chinh-bo-sung-thong-tin-ho-tich",
    code: null,
    source: "Không tìm được mã cho bản cấp xã trước 2025 trong nguồn đã tra; thời hạn theo Luật Hộ tịch, Điều 28.",
    name: "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
    field: "HO_TICH",
    level: "COMMUNE",
    statutoryWorkingDays: 3,
    sameDayCutoff: null,
    statutoryText:
      "03 ngày làm việc, kể từ ngày nhận đủ giấy tờ; trường hợp cần xác minh thì kéo dài thêm không quá 03 ngày làm việc (Luật Hộ tịch, Điều 28).",
    fees: FEE_BY_PROVINCE,
    documents: [
      "Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch theo mẫu",
      "Giấy tờ liên quan làm căn cứ cho việc thay đổi, cải chính, bổ sung",
      "Giấy tờ hộ tịch cần thay đổi, cải chính, bổ sung (xuất trình)",
    ],
    legalBasis: [`${LHT}, Điều 26–29`, ND123, TT04, TT85],
    onlineLevel: "PARTIAL",
  },
  {
    key: "dang-ky-giam-ho",
    code: null,
    source: "Không tìm được mã trong nguồn đã tra; thời hạn theo Luật Hộ tịch, Điều 21 (\"ngay sau khi nhận đủ giấy tờ\").",
    name: "Đăng ký giám hộ",
    field: "HO_TICH",
    level: "COMMUNE",
    statutoryWorkingDays: 0,
    sameDayCutoff: "15:00",
    statutoryText: SAME_DAY_TEXT,
    fees: "Miễn lệ phí (Luật Hộ tịch, Điều 11 khoản 1 điểm b).",
    documents: [
      "Tờ khai đăng ký giám hộ theo mẫu",
      "Văn bản cử người giám hộ (giám hộ cử) hoặc giấy tờ chứng minh điều kiện giám hộ đương nhiên",
    ],
    legalBasis: [`${LHT}, Điều 20–21`, ND123, TT04],
    onlineLevel: "PARTIAL",
  },
  {
    key: "dang-ky-cham-dut-giam-ho",
    code: "1.004845",
    source:
      "Mã 1.004845 thấy gắn với \"đăng ký chấm dứt giám hộ\" trong bộ ca kiểm thử công khai đối chiếu với một bản sao CSDL TTHC quốc gia (xem docs/sources.md).",
    name: "Đăng ký chấm dứt giám hộ",
    field: "HO_TICH",
    level: "COMMUNE",
    statutoryWorkingDays: 2,
    sameDayCutoff: null,
    statutoryText: "02 ngày làm việc, kể từ ngày nhận đủ giấy tờ (Luật Hộ tịch, Điều 23).",
    fees: "Miễn lệ phí (Luật Hộ tịch, Điều 11 khoản 1 điểm b).",
    documents: ["Tờ khai đăng ký chấm dứt giám hộ theo mẫu", "Giấy tờ làm căn cứ chấm dứt giám hộ"],
    legalBasis: [`${LHT}, Điều 22–23`, ND123, TT04],
    onlineLevel: "PARTIAL",
  },
];

// ---------------------------------------------------------------------------------------
// Hộ tịch — cấp huyện (Phòng Tư pháp; "Lĩnh vực hộ tịch" of Phước Long's appendix)
// ---------------------------------------------------------------------------------------

const hoTichHuyen: SeedProcedure[] = [
  {
    key: "dang-ky-khai-sinh-co-yeu-to-nuoc-ngoai",
    code: "2.000528",
    source:
      "Mã 2.000528 thấy gắn với \"khai sinh có yếu tố nước ngoài\" trong bộ ca kiểm thử công khai đối chiếu với một bản sao CSDL TTHC quốc gia (xem docs/sources.md).",
    name: "Đăng ký khai sinh có yếu tố nước ngoài",
    field: "HO_TICH",
    level: "DISTRICT",
    statutoryWorkingDays: 0,
    sameDayCutoff: "15:00",
    statutoryText: `${SAME_DAY_TEXT} (Luật Hộ tịch, Điều 36: \"ngay sau khi nhận đủ giấy tờ\").`,
    fees: FEE_BY_PROVINCE,
    documents: [
      "Tờ khai đăng ký khai sinh theo mẫu",
      "Giấy chứng sinh hoặc giấy tờ thay thế",
      "Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con (nếu có)",
      "Giấy tờ tùy thân của người đi đăng ký (xuất trình)",
    ],
    legalBasis: [`${LHT}, Điều 35–36`, ND123, TT04, TT85],
    onlineLevel: "PARTIAL",
  },
  {
    key: "dang-ky-ket-hon-co-yeu-to-nuoc-ngoai",
    code: "2.000806",
    source: CODE_SEEN("2.000806").replace(
      "thấy kèm đúng tên thủ tục trong mã nguồn công khai dùng để điền hồ sơ trên Cổng Dịch vụ công quốc gia",
      "thấy gắn với \"đăng ký kết hôn có yếu tố nước ngoài\" trong bộ ca kiểm thử công khai đối chiếu với một bản sao CSDL TTHC quốc gia",
    ),
    name: "Đăng ký kết hôn có yếu tố nước ngoài",
    field: "HO_TICH",
    level: "DISTRICT",
    statutoryWorkingDays: 15,
    sameDayCutoff: null,
    statutoryText: "15 ngày, kể từ ngày nhận đủ giấy tờ theo quy định (Luật Hộ tịch, Điều 38 khoản 3).",
    fees: FEE_BY_PROVINCE,
    documents: [
      "Tờ khai đăng ký kết hôn theo mẫu",
      "Giấy tờ chứng minh tình trạng hôn nhân của mỗi bên",
      "Giấy xác nhận của tổ chức y tế có thẩm quyền xác nhận không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi",
      "Hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài (bản sao)",
    ],
    legalBasis: [`${LHT}, Điều 37–38`, ND123 + ", Điều 30–32", TT04, TT85],
    onlineLevel: "PARTIAL",
  },
  {
    key: "dang-ky-khai-tu-co-yeu-to-nuoc-ngoai",
    code: null,
    source: "Không tìm được mã trong nguồn đã tra; thời hạn theo Luật Hộ tịch, Điều 52.",
    name: "Đăng ký khai tử có yếu tố nước ngoài",
    field: "HO_TICH",
    level: "DISTRICT",
    statutoryWorkingDays: 0,
    sameDayCutoff: "15:00",
    statutoryText: `${SAME_DAY_TEXT} (Luật Hộ tịch, Điều 52: \"ngay sau khi nhận giấy tờ\"; cần xác minh thì không quá 03 ngày làm việc).`,
    fees: FEE_BY_PROVINCE,
    documents: ["Tờ khai đăng ký khai tử theo mẫu", "Giấy báo tử hoặc giấy tờ thay thế giấy báo tử"],
    legalBasis: [`${LHT}, Điều 51–52`, ND123, TT04, TT85],
    onlineLevel: "PARTIAL",
  },
  {
    key: "thay-doi-cai-chinh-ho-tich-xac-dinh-lai-dan-toc-cap-huyen",
    code: null,
    source: "Không tìm được mã cho bản cấp huyện trước 2025 trong nguồn đã tra; thời hạn theo Luật Hộ tịch, Điều 47.",
    name: "Thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc (cấp huyện)",
    field: "HO_TICH",
    level: "DISTRICT",
    statutoryWorkingDays: 3,
    sameDayCutoff: null,
    statutoryText:
      "03 ngày làm việc, kể từ ngày nhận đủ giấy tờ; trường hợp cần xác minh thì kéo dài thêm không quá 03 ngày làm việc (Luật Hộ tịch, Điều 47).",
    fees: FEE_BY_PROVINCE,
    documents: [
      "Tờ khai đăng ký thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc theo mẫu",
      "Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung, xác định lại dân tộc",
    ],
    legalBasis: [`${LHT}, Điều 46–47`, ND123, TT04, TT85],
    onlineLevel: "PARTIAL",
  },
];

// ---------------------------------------------------------------------------------------
// Chứng thực
// ---------------------------------------------------------------------------------------

const CERT_SAME_DAY =
  "Ngay trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ (Nghị định 23/2015/NĐ-CP, Điều 7).";
const CERT_CONTRACT =
  "Không quá 02 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ, hoặc dài hơn theo thỏa thuận bằng văn bản với người yêu cầu chứng thực (Nghị định 23/2015/NĐ-CP, Điều 37).";

const chungThuc: SeedProcedure[] = [
  {
    key: "chung-thuc-ban-sao-tu-ban-chinh",
    code: "2.000815",
    source: `${CODE_SEEN("2.000815")} Cổng năm 2026 ghi tên dài hơn (gộp cả giấy tờ do cơ quan nước ngoài cấp).`,
    name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
    field: "CHUNG_THUC",
    level: "COMMUNE",
    statutoryWorkingDays: 0,
    sameDayCutoff: "15:00",
    statutoryText: CERT_SAME_DAY,
    fees: `2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản (${TT226}).`,
    documents: ["Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao", "Bản sao cần chứng thực (nếu người yêu cầu tự mang theo)"],
    legalBasis: [ND23 + ", Điều 5, 7, 20", TT01_2020, TT226],
    onlineLevel: "PARTIAL",
  },
  {
    key: "chung-thuc-chu-ky",
    code: "2.000884",
    source: CODE_SEEN("2.000884"),
    name: "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)",
    field: "CHUNG_THUC",
    level: "COMMUNE",
    statutoryWorkingDays: 0,
    sameDayCutoff: "15:00",
    statutoryText: CERT_SAME_DAY,
    fees: `10.000 đồng/trường hợp (${TT226}).`,
    documents: [
      "Giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu chứng thực (bản chính hoặc bản sao có chứng thực)",
      "Giấy tờ, văn bản mà mình sẽ ký (hoặc điểm chỉ)",
    ],
    legalBasis: [ND23 + ", Điều 5, 7, 24–25", TT01_2020, TT226],
    onlineLevel: "NONE",
  },
  {
    key: "chung-thuc-hop-dong-giao-dich",
    code: "2.001035",
    source: `${CODE_SEEN("2.001035")} Cổng năm 2026 ghi tên "Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở".`,
    name: "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở",
    field: "CHUNG_THUC",
    level: "COMMUNE",
    statutoryWorkingDays: 2,
    sameDayCutoff: null,
    statutoryText: CERT_CONTRACT,
    fees: `50.000 đồng/hợp đồng, giao dịch (${TT226}).`,
    documents: [
      "Dự thảo hợp đồng, giao dịch",
      "Bản sao giấy tờ tùy thân của người yêu cầu chứng thực",
      "Bản sao Giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế đối với tài sản",
    ],
    legalBasis: [ND23 + ", Điều 5, 36–37", TT01_2020, TT226],
    onlineLevel: "NONE",
  },
  {
    key: "chung-thuc-sua-doi-bo-sung-huy-bo-hop-dong-giao-dich",
    code: "2.000913",
    source: `${CODE_SEEN("2.000913")} Cổng năm 2026 ghi tên "Chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch".`,
    name: "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch",
    field: "CHUNG_THUC",
    level: "COMMUNE",
    statutoryWorkingDays: 2,
    sameDayCutoff: null,
    statutoryText: CERT_CONTRACT,
    fees: `30.000 đồng/hợp đồng, giao dịch (${TT226}).`,
    documents: ["Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", "Hợp đồng, giao dịch đã được chứng thực"],
    legalBasis: [ND23 + ", Điều 37–38", TT01_2020, TT226],
    onlineLevel: "NONE",
  },
  {
    key: "chung-thuc-di-chuc",
    code: "2.001019",
    source: CODE_SEEN("2.001019"),
    name: "Chứng thực di chúc",
    field: "CHUNG_THUC",
    level: "COMMUNE",
    statutoryWorkingDays: 2,
    sameDayCutoff: null,
    statutoryText: CERT_CONTRACT,
    fees: `50.000 đồng/di chúc (${TT226}).`,
    documents: [
      "Dự thảo di chúc",
      "Bản sao giấy tờ tùy thân của người lập di chúc",
      "Bản sao Giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế đối với tài sản",
    ],
    legalBasis: [ND23 + ", Điều 5, 36–37", TT01_2020, TT226],
    onlineLevel: "NONE",
  },
  {
    key: "chung-thuc-van-ban-thoa-thuan-phan-chia-di-san",
    code: "2.001406",
    source: CODE_SEEN("2.001406"),
    name: "Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở",
    field: "CHUNG_THUC",
    level: "COMMUNE",
    statutoryWorkingDays: 2,
    sameDayCutoff: null,
    statutoryText: CERT_CONTRACT,
    fees: `50.000 đồng/văn bản (${TT226}).`,
    documents: [
      "Dự thảo văn bản thỏa thuận phân chia di sản",
      "Bản sao giấy tờ tùy thân của người yêu cầu chứng thực",
      "Bản sao Giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế đối với tài sản",
      "Giấy chứng tử hoặc giấy tờ chứng minh người để lại di sản đã chết; giấy tờ chứng minh quan hệ với người để lại di sản",
    ],
    legalBasis: [ND23 + ", Điều 36–37, 40", TT01_2020, TT226],
    onlineLevel: "NONE",
  },
  {
    key: "chung-thuc-van-ban-tu-choi-nhan-di-san",
    code: null,
    source: "Không tìm được mã trong nguồn đã tra.",
    name: "Chứng thực văn bản từ chối nhận di sản",
    field: "CHUNG_THUC",
    level: "COMMUNE",
    statutoryWorkingDays: 2,
    sameDayCutoff: null,
    statutoryText: CERT_CONTRACT,
    fees: `50.000 đồng/văn bản (${TT226}).`,
    documents: ["Dự thảo văn bản từ chối nhận di sản", "Bản sao giấy tờ tùy thân của người yêu cầu chứng thực"],
    legalBasis: [ND23 + ", Điều 36–37", TT01_2020, TT226],
    onlineLevel: "NONE",
  },
  {
    key: "cap-ban-sao-co-chung-thuc-tu-ban-chinh-hop-dong-giao-dich",
    code: "2.000942",
    source:
      "Mã 2.000942 thấy gắn với \"cấp bản sao có chứng thực từ bản chính giao dịch đã chứng thực\" trong bộ ca kiểm thử công khai đối chiếu với một bản sao CSDL TTHC quốc gia (xem docs/sources.md).",
    name: "Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực",
    field: "CHUNG_THUC",
    level: "COMMUNE",
    statutoryWorkingDays: 0,
    sameDayCutoff: "15:00",
    statutoryText: CERT_SAME_DAY,
    fees: `2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản (${TT226}).`,
    documents: ["Văn bản yêu cầu cấp bản sao", "Giấy tờ tùy thân của người yêu cầu (xuất trình)"],
    legalBasis: [ND23 + ", Điều 7, 41", TT01_2020, TT226],
    onlineLevel: "PARTIAL",
  },
  {
    key: "chung-thuc-ban-sao-giay-to-nuoc-ngoai-cap-huyen",
    code: null,
    source: "Không tìm được mã cho bản cấp huyện trong nguồn đã tra.",
    name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận",
    field: "CHUNG_THUC",
    level: "DISTRICT",
    statutoryWorkingDays: 0,
    sameDayCutoff: "15:00",
    statutoryText: CERT_SAME_DAY,
    fees: `2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản (${TT226}).`,
    documents: [
      "Bản chính giấy tờ, văn bản (đã được hợp pháp hóa lãnh sự, trừ trường hợp được miễn)",
      "Bản sao cần chứng thực",
    ],
    legalBasis: [ND23 + ", Điều 5 khoản 1, Điều 7, 20", TT01_2020, TT226],
    onlineLevel: "PARTIAL",
  },
];

// ---------------------------------------------------------------------------------------
// Bảo trợ xã hội, người có công, nông nghiệp, đất đai (Phổ Nhơn's list and Phước Long's)
// ---------------------------------------------------------------------------------------

const xaHoiVaDatDai: SeedProcedure[] = [
  {
    key: "doi-cap-lai-giay-xac-nhan-khuyet-tat",
    code: "1.001653",
    source: CODE_SEEN("1.001653"),
    name: "Đổi, cấp lại Giấy xác nhận khuyết tật",
    field: "BAO_TRO_XA_HOI",
    level: "COMMUNE",
    statutoryWorkingDays: 5,
    sameDayCutoff: null,
    statutoryText:
      "05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ (Thông tư 01/2019/TT-BLĐTBXH). " + UNVERIFIED,
    fees: FREE,
    documents: ["Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật theo mẫu", "Giấy xác nhận khuyết tật cũ (trường hợp đổi do hư hỏng)"],
    legalBasis: [
      "Luật Người khuyết tật 2010",
      "Nghị định 28/2012/NĐ-CP ngày 10/4/2012 quy định chi tiết và hướng dẫn thi hành Luật Người khuyết tật",
      "Thông tư 01/2019/TT-BLĐTBXH ngày 02/01/2019 quy định về việc xác định mức độ khuyết tật",
    ],
    onlineLevel: "PARTIAL",
  },
  {
    key: "xac-nhan-ho-truc-tiep-san-xuat-nong-nghiep",
    code: null,
    source:
      "Tên theo Kế hoạch của UBND xã Phổ Nhơn (\"xác nhận hộ trực tiếp sản xuất nông nghiệp\"). Không tìm thấy thủ tục cùng tên trong nguồn đã tra, nên không có mã; thời hạn 05 ngày làm việc là GIẢ ĐỊNH của dữ liệu mẫu.",
    name: "Xác nhận hộ trực tiếp sản xuất nông nghiệp",
    field: "NONG_NGHIEP",
    level: "COMMUNE",
    statutoryWorkingDays: 5,
    sameDayCutoff: null,
    statutoryText: "Không tìm được thời hạn luật định; dữ liệu mẫu giả định 05 ngày làm việc.",
    fees: FREE,
    documents: ["Đơn đề nghị xác nhận hộ gia đình, cá nhân trực tiếp sản xuất nông nghiệp", "Giấy tờ tùy thân của người yêu cầu (xuất trình)"],
    legalBasis: [LDD2013 + ", Điều 3 khoản 30 và Điều 191–192"],
    onlineLevel: "NONE",
  },
  {
    key: "gia-han-su-dung-dat",
    code: null,
    source:
      "Kế hoạch xã Phổ Nhơn ghi \"hồ sơ xin gia hạn thời gian sử dụng đất\"; thủ tục do Chi nhánh Văn phòng đăng ký đất đai/UBND cấp huyện giải quyết, xã tiếp nhận. Không tìm được mã trong nguồn đã tra.",
    name: "Gia hạn sử dụng đất ngoài khu công nghệ cao, khu kinh tế",
    field: "DAT_DAI",
    level: "DISTRICT",
    statutoryWorkingDays: 7,
    sameDayCutoff: null,
    statutoryText:
      "Không quá 07 ngày làm việc (không kể thời gian thực hiện nghĩa vụ tài chính; tăng thêm 10 ngày ở xã miền núi, vùng khó khăn) (Nghị định 43/2014/NĐ-CP, Điều 61). " +
      UNVERIFIED,
    fees: `Lệ phí, phí thẩm định hồ sơ theo mức do HĐND tỉnh quy định (${TT85}).`,
    documents: [
      "Đơn đề nghị gia hạn sử dụng đất theo mẫu",
      "Bản gốc Giấy chứng nhận đã cấp",
      "Chứng từ đã thực hiện xong nghĩa vụ tài chính (nếu có)",
    ],
    legalBasis: [LDD2013 + ", Điều 126", ND43_2014, "Thông tư 24/2014/TT-BTNMT về hồ sơ địa chính"],
    onlineLevel: "PARTIAL",
  },
  {
    key: "dinh-chinh-giay-chung-nhan",
    code: null,
    source:
      "Kế hoạch xã Phổ Nhơn ghi \"thủ tục đính chính thông tin trong giấy chứng nhận quyền sử dụng đất\". Mã 1.012796 trên cổng năm 2025–2026 là thủ tục theo Luật Đất đai 2024, không dùng cho năm 2024.",
    name: "Đính chính Giấy chứng nhận đã cấp",
    field: "DAT_DAI",
    level: "DISTRICT",
    statutoryWorkingDays: 10,
    sameDayCutoff: null,
    statutoryText:
      "Không quá 10 ngày làm việc (tăng thêm 10 ngày ở xã miền núi, vùng khó khăn) (Nghị định 43/2014/NĐ-CP, Điều 61). " + UNVERIFIED,
    fees: `Lệ phí cấp Giấy chứng nhận (nếu cấp mới) theo mức do HĐND tỉnh quy định (${TT85}).`,
    documents: ["Đơn đề nghị đính chính đối với trường hợp người sử dụng đất phát hiện sai sót", "Bản gốc Giấy chứng nhận đã cấp"],
    legalBasis: [LDD2013 + ", Điều 106", ND43_2014, "Thông tư 24/2014/TT-BTNMT về hồ sơ địa chính"],
    onlineLevel: "PARTIAL",
  },
  {
    key: "mai-tang-phi-cuu-chien-binh",
    code: "2.002307",
    source:
      "Mã 2.002307 thấy gắn với \"mai táng phí đối với cựu chiến binh\" trong bộ ca kiểm thử công khai đối chiếu với một bản sao CSDL TTHC quốc gia. Thời hạn theo trang dịch vụ công của Phường 6, quận Gò Vấp, thủ tục «Giải quyết chế độ mai táng phí đối với cựu chiến binh». Phụ lục Kế hoạch 190 chỉ ghi \"Thủ tục giải quyết chế độ mai táng phí\" — việc chọn đối tượng cựu chiến binh là giả định.",
    name: "Giải quyết chế độ mai táng phí đối với cựu chiến binh",
    field: "NGUOI_CO_CONG",
    level: "DISTRICT",
    statutoryWorkingDays: 30,
    sameDayCutoff: null,
    statutoryText:
      "30 ngày làm việc: UBND cấp xã 15 ngày làm việc; Phòng Lao động – Thương binh và Xã hội 10 ngày làm việc; UBND cấp huyện ra quyết định trong 05 ngày làm việc.",
    fees: FREE,
    documents: ["Bản khai đề nghị hưởng chế độ mai táng phí theo mẫu (thân nhân hoặc đơn vị tổ chức mai táng)", "Giấy chứng tử (bản sao)"],
    legalBasis: [
      "Pháp lệnh Cựu chiến binh 2005",
      "Nghị định 150/2006/NĐ-CP (sửa đổi bởi Nghị định 157/2016/NĐ-CP) quy định chi tiết Pháp lệnh Cựu chiến binh",
      "Thông tư liên tịch 10/2007/TTLT-BLĐTBXH-HCCBVN-BTC-BQP",
    ],
    onlineLevel: "PARTIAL",
  },
];

// ---------------------------------------------------------------------------------------
// Kinh doanh, xây dựng, thi đua – khen thưởng, giáo dục (Phước Long's department appendix)
// ---------------------------------------------------------------------------------------

const capHuyenKhac: SeedProcedure[] = [
  {
    key: "dang-ky-thanh-lap-ho-kinh-doanh",
    code: "1.001612",
    source:
      "Mã 1.001612 ghi kèm tên \"Đăng ký thành lập hộ kinh doanh\" trong mã nguồn công khai dùng để điền hồ sơ trên Cổng Dịch vụ công quốc gia (xem docs/sources.md).",
    name: "Đăng ký thành lập hộ kinh doanh",
    field: "KINH_DOANH",
    level: "DISTRICT",
    statutoryWorkingDays: 3,
    sameDayCutoff: null,
    statutoryText: "03 ngày làm việc, kể từ ngày nhận được hồ sơ hợp lệ (Nghị định 01/2021/NĐ-CP, Điều 88).",
    fees: `Lệ phí đăng ký hộ kinh doanh theo mức do HĐND tỉnh quy định (${TT85}).`,
    documents: [
      "Giấy đề nghị đăng ký hộ kinh doanh",
      "Bản sao giấy tờ pháp lý của cá nhân đối với chủ hộ và thành viên hộ gia đình đăng ký hộ kinh doanh",
      "Bản sao biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (nếu các thành viên hộ gia đình cùng đăng ký)",
      "Bản sao văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ (nếu có)",
    ],
    legalBasis: [ND01_2021 + ", Điều 87–88", "Thông tư 01/2021/TT-BKHĐT", TT85],
    onlineLevel: "FULL",
  },
  {
    key: "dang-ky-thay-doi-noi-dung-ho-kinh-doanh",
    code: "2.000720",
    source:
      "Mã 2.000720 thấy gắn với \"đăng ký thay đổi nội dung hộ kinh doanh\" trong bộ ca kiểm thử công khai đối chiếu với một bản sao CSDL TTHC quốc gia (xem docs/sources.md).",
    name: "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
    field: "KINH_DOANH",
    level: "DISTRICT",
    statutoryWorkingDays: 3,
    sameDayCutoff: null,
    statutoryText: "03 ngày làm việc, kể từ ngày nhận được hồ sơ hợp lệ (Nghị định 01/2021/NĐ-CP, Điều 90).",
    fees: `Lệ phí theo mức do HĐND tỉnh quy định (${TT85}).`,
    documents: ["Thông báo thay đổi nội dung đăng ký hộ kinh doanh", "Giấy tờ liên quan đến nội dung thay đổi"],
    legalBasis: [ND01_2021 + ", Điều 90", "Thông tư 01/2021/TT-BKHĐT", TT85],
    onlineLevel: "FULL",
  },
  {
    key: "cham-dut-hoat-dong-ho-kinh-doanh",
    code: "1.001266",
    source:
      "Mã 1.001266 thấy gắn với việc chấm dứt hộ kinh doanh trong bộ ca kiểm thử công khai đối chiếu với một bản sao CSDL TTHC quốc gia (xem docs/sources.md).",
    name: "Chấm dứt hoạt động hộ kinh doanh",
    field: "KINH_DOANH",
    level: "DISTRICT",
    statutoryWorkingDays: 3,
    sameDayCutoff: null,
    statutoryText: "03 ngày làm việc, kể từ ngày nhận được hồ sơ hợp lệ (Nghị định 01/2021/NĐ-CP, Điều 92). " + UNVERIFIED,
    fees: FREE,
    documents: [
      "Thông báo về việc chấm dứt hoạt động hộ kinh doanh",
      "Thông báo của cơ quan thuế về việc chấm dứt hiệu lực mã số thuế",
      "Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh",
    ],
    legalBasis: [ND01_2021 + ", Điều 92", "Thông tư 01/2021/TT-BKHĐT"],
    onlineLevel: "FULL",
  },
  {
    key: "cap-giay-phep-xay-dung-nha-o-rieng-le",
    code: null,
    source: "Không tìm được mã áp dụng năm 2023 trong nguồn đã tra (mã trên cổng năm 2026 thuộc bộ thủ tục ban hành theo Nghị định 175/2024/NĐ-CP).",
    name: "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
    field: "XAY_DUNG",
    level: "DISTRICT",
    statutoryWorkingDays: 15,
    sameDayCutoff: null,
    statutoryText: "15 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ (Luật Xây dựng 2014, Điều 102 khoản 1 điểm e, sửa đổi năm 2020).",
    fees: `Lệ phí cấp giấy phép xây dựng theo mức do HĐND tỉnh quy định (${TT85}).`,
    documents: [
      "Đơn đề nghị cấp giấy phép xây dựng theo mẫu",
      "Bản sao giấy tờ chứng minh quyền sử dụng đất",
      "Bản vẽ thiết kế xây dựng",
    ],
    legalBasis: [LXD + ", Điều 95, 102", ND15_2021],
    onlineLevel: "PARTIAL",
  },
  {
    key: "gia-han-giay-phep-xay-dung",
    code: null,
    source:
      "Phụ lục Kế hoạch 190: \"Thủ tục gia hạn giấy phép xây dựng\" (Phòng Quản lý đô thị). Không tìm được mã áp dụng năm 2023; cổng năm 2026 dùng mã 1.013227 cho thủ tục mới cùng tên (Nghị định 175/2024/NĐ-CP).",
    name: "Gia hạn giấy phép xây dựng",
    field: "XAY_DUNG",
    level: "DISTRICT",
    statutoryWorkingDays: 5,
    sameDayCutoff: null,
    statutoryText: "05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ (Nghị định 15/2021/NĐ-CP, Điều 99). " + UNVERIFIED,
    fees: `Lệ phí theo mức do HĐND tỉnh quy định (${TT85}).`,
    documents: ["Đơn đề nghị gia hạn giấy phép xây dựng theo mẫu", "Bản chính giấy phép xây dựng đã được cấp"],
    legalBasis: [LXD + ", Điều 99", ND15_2021 + ", Điều 99"],
    onlineLevel: "PARTIAL",
  },
  {
    key: "cap-lai-giay-phep-xay-dung",
    code: null,
    source:
      "Phụ lục Kế hoạch 190: \"Cấp lại giấy phép xây dựng\" (Phòng Quản lý đô thị). Không tìm được mã áp dụng năm 2023; cổng năm 2026 dùng mã 1.013228 cho thủ tục mới cùng tên (Nghị định 175/2024/NĐ-CP).",
    name: "Cấp lại giấy phép xây dựng",
    field: "XAY_DUNG",
    level: "DISTRICT",
    statutoryWorkingDays: 5,
    sameDayCutoff: null,
    statutoryText: "05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ (Nghị định 15/2021/NĐ-CP, Điều 100). " + UNVERIFIED,
    fees: `Lệ phí theo mức do HĐND tỉnh quy định (${TT85}).`,
    documents: ["Đơn đề nghị cấp lại giấy phép xây dựng (nêu rõ lý do)", "Bản chính giấy phép xây dựng đã được cấp (trường hợp bị rách, nát)"],
    legalBasis: [LXD + ", Điều 100", ND15_2021 + ", Điều 100"],
    onlineLevel: "PARTIAL",
  },
  {
    key: "tang-giay-khen-chu-tich-ubnd-cap-huyen-thanh-tich-dot-xuat",
    code: "1.000804",
    source:
      "Mã 1.000804 và thời hạn 08 ngày làm việc theo trang thủ tục của Cổng một cửa tỉnh Hà Nam (\"Ký hiệu thủ tục: 1.000804.000.00.00.H25\"); Bình Phước có thể công bố thời hạn khác.",
    name: "Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện về thành tích đột xuất",
    field: "THI_DUA_KHEN_THUONG",
    level: "DISTRICT",
    statutoryWorkingDays: 8,
    sameDayCutoff: null,
    statutoryText: "08 ngày làm việc (theo danh mục TTHC được công bố; một số tỉnh công bố 10 ngày làm việc).",
    fees: FREE,
    documents: ["Tờ trình đề nghị khen thưởng", "Báo cáo tóm tắt thành tích, ghi rõ hành động, thành tích, công trạng"],
    legalBasis: ["Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2013)", "Nghị định 91/2017/NĐ-CP ngày 31/7/2017"],
    onlineLevel: "FULL",
  },
  {
    key: "chuyen-truong-hoc-sinh-trung-hoc-co-so",
    code: null,
    source:
      "Phụ lục Kế hoạch 190 (Phòng Giáo dục và Đào tạo). Thời hạn 01 ngày theo trang thủ tục của Trường THCS Quảng Yên (Quảng Ninh); nơi khác công bố \"giải quyết ngay hoặc hẹn 2–7 ngày\". Không tìm được mã.",
    name: "Chuyển trường đối với học sinh trung học cơ sở",
    field: "GIAO_DUC",
    level: "DISTRICT",
    statutoryWorkingDays: 1,
    sameDayCutoff: null,
    statutoryText: "01 ngày kể từ ngày nhận hồ sơ hợp lệ (theo danh mục TTHC được công bố). " + UNVERIFIED,
    fees: FREE,
    documents: [
      "Đơn xin chuyển trường do cha mẹ hoặc người giám hộ ký",
      "Học bạ (bản chính)",
      "Giấy giới thiệu chuyển trường do hiệu trưởng nhà trường nơi đi cấp",
      "Giấy giới thiệu chuyển trường do Trưởng phòng Giáo dục và Đào tạo nơi đi cấp (trường hợp chuyển tỉnh)",
    ],
    legalBasis: ["Thông tư 32/2020/TT-BGDĐT ban hành Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học"],
    onlineLevel: "PARTIAL",
  },
  {
    key: "chuyen-truong-hoc-sinh-tieu-hoc",
    code: null,
    source:
      "Phụ lục Kế hoạch 190 (Phòng Giáo dục và Đào tạo). Không tìm được mã và thời hạn công bố; thời hạn 01 ngày là GIẢ ĐỊNH theo thủ tục THCS tương ứng.",
    name: "Chuyển trường đối với học sinh tiểu học",
    field: "GIAO_DUC",
    level: "DISTRICT",
    statutoryWorkingDays: 1,
    sameDayCutoff: null,
    statutoryText: "Không tìm được thời hạn công bố; dữ liệu mẫu giả định 01 ngày làm việc.",
    fees: FREE,
    documents: ["Đơn xin chuyển trường của cha mẹ hoặc người giám hộ", "Học bạ", "Giấy giới thiệu chuyển trường"],
    legalBasis: ["Thông tư 28/2020/TT-BGDĐT ban hành Điều lệ trường tiểu học"],
    onlineLevel: "PARTIAL",
  },
];

export const procedures: SeedProcedure[] = [
  ...hoTichXa,
  ...hoTichHuyen,
  ...chungThuc,
  ...xaHoiVaDatDai,
  ...capHuyenKhac,
];

/** Keys of the district-level civil-status procedures (Phòng Tư pháp's "Lĩnh vực hộ tịch"). */
export const districtCivilStatusProcedureKeys: string[] = hoTichHuyen.map((p) => p.key);
