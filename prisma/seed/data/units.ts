/**
 * The organisation tree behind the five plans (see docs/sources.md for every external fact).
 *
 * Keys are lowercase ASCII paths: "<province>/<district>/<commune>/<part>". District-level
 * units end on 30/06/2025 (two-tier local government from 01/07/2025, Luật Tổ chức chính
 * quyền địa phương 2025); communes that were merged on that day end with them. Xã Luận Thành is the
 * post-reform commune, directly under the province.
 */
import type { OfficeHours } from "../../../src/domain/schedule/types";
import type { SeedUnit } from "../types";

const DISTRICTS_END = "2025-06-30";
const REFORM_START = "2025-07-01";

/** Keys of the provinces formed on 01/07/2025 (Quảng Ngãi and Thanh Hóa keep their records). */
const AG = "an-giang-2025";
const GL = "gia-lai";
const DN = "dong-nai";

/** GSO list ("Danh mục đơn vị hành chính Việt Nam"), as served by its web service. */
const GSO_2024 =
  "Mã ĐVHC theo Danh mục hành chính của Tổng cục Thống kê, bản ngày 01/09/2024, qua bản chép công khai daohoangson/dvhcvn (data/dvhcvn.json).";

const MERGED_2025 = (resolution: string, into: string) =>
  `${GSO_2024} Chấm dứt từ 01/07/2025: ${resolution} sắp xếp vào ${into}.`;

// ---------------------------------------------------------------------------------------
// Office hours. No provincial decision on working hours could be found in the sources
// available; the windows below are assumptions, stated in each province's `source`.
// ---------------------------------------------------------------------------------------

const HOURS_DEFAULT: OfficeHours[] = [
  {
    effectiveFrom: "2023-01-01",
    windows: [
      { start: "07:00", end: "11:30" },
      { start: "13:30", end: "17:00" },
    ],
  },
];

const HOURS_THANH_HOA: OfficeHours[] = [
  {
    effectiveFrom: "2023-01-01",
    windows: [
      { start: "07:00", end: "11:30" },
      { start: "13:00", end: "16:30" },
    ],
  },
];

const HOURS_ASSUMED =
  "Giờ làm việc 07:00–11:30 và 13:30–17:00 (8 giờ/ngày) là GIẢ ĐỊNH: không tìm được quyết định của UBND tỉnh về giờ làm việc trong nguồn tra cứu được.";

const HOURS_THANH_HOA_NOTE =
  "Giờ làm việc 07:00–11:30 và 13:00–16:30 là SUY RA từ Kế hoạch của Trung tâm PVHCC xã Luận Thành (giờ thứ 9 'ngoài giờ hành chính từ lúc 16 giờ 30 phút đến 17 giờ 30 phút'), giữ 8 giờ/ngày; không tìm được quyết định giờ làm việc của UBND tỉnh Thanh Hóa, và không biết tỉnh có đổi giờ theo mùa hay không.";

// ---------------------------------------------------------------------------------------
// An Giang → Thành phố Long Xuyên (plan 000)
// ---------------------------------------------------------------------------------------

const LX = "an-giang/long-xuyen";

/** The 11 wards and 2 communes of Long Xuyên in 2024, with their GSO codes. */
const longXuyenWards: Array<[slug: string, name: string, kind: "WARD" | "COMMUNE", code: string]> = [
  ["my-binh", "Phường Mỹ Bình", "WARD", "30280"],
  ["my-long", "Phường Mỹ Long", "WARD", "30283"],
  ["dong-xuyen", "Phường Đông Xuyên", "WARD", "30285"],
  ["my-xuyen", "Phường Mỹ Xuyên", "WARD", "30286"],
  ["binh-duc", "Phường Bình Đức", "WARD", "30289"],
  ["binh-khanh", "Phường Bình Khánh", "WARD", "30292"],
  ["my-phuoc", "Phường Mỹ Phước", "WARD", "30295"],
  ["my-quy", "Phường Mỹ Quý", "WARD", "30298"],
  ["my-thoi", "Phường Mỹ Thới", "WARD", "30301"],
  ["my-thanh", "Phường Mỹ Thạnh", "WARD", "30304"],
  ["my-hoa", "Phường Mỹ Hòa", "WARD", "30307"],
  ["my-khanh", "Xã Mỹ Khánh", "COMMUNE", "30310"],
  ["my-hoa-hung", "Xã Mỹ Hòa Hưng", "COMMUNE", "30313"],
];

/**
 * The ward or commune of the new An Giang that took each one over on 01/07/2025 (Nghị quyết
 * 1654/NQ-UBTVQH15, Điều 1 khoản 80–82 and 97). Đông Xuyên ended earlier; its successor was
 * not looked up.
 */
const longXuyenSuccessor: Record<string, string> = {
  "my-binh": "long-xuyen",
  "my-long": "long-xuyen",
  "my-xuyen": "long-xuyen",
  "my-phuoc": "long-xuyen",
  "my-quy": "long-xuyen",
  "my-hoa": "long-xuyen",
  "binh-khanh": "binh-duc",
  "binh-duc": "binh-duc",
  "my-khanh": "binh-duc",
  "my-thanh": "my-thoi",
  "my-thoi": "my-thoi",
  "my-hoa-hung": "my-hoa-hung",
};

/** Unit keys of Long Xuyên's wards and communes (used by the plan's scopes and tasks). */
export const longXuyenWardKeys: string[] = longXuyenWards.map(([slug]) => `${LX}/${slug}`);

const longXuyen: SeedUnit[] = [
  {
    key: "an-giang",
    name: "Tỉnh An Giang",
    kind: "PROVINCE",
    parentKey: null,
    adminCode: "89",
    validTo: DISTRICTS_END,
    mergedIntoKey: AG,
    officeHours: HOURS_DEFAULT,
    source: `${GSO_2024} Từ 01/07/2025 tỉnh An Giang mới (hợp nhất với Kiên Giang, Nghị quyết 202/2025/QH15) mang mã 91 theo Công văn 915/CTK-CSCL, nên đơn vị mã 89 ghi hết hiệu lực 30/06/2025. ${HOURS_ASSUMED}`,
  },
  {
    key: LX,
    name: "Thành phố Long Xuyên",
    kind: "DISTRICT",
    parentKey: "an-giang",
    adminCode: "883",
    validTo: DISTRICTS_END,
    source: `${GSO_2024} Cấp huyện chấm dứt hoạt động từ 01/07/2025.`,
  },
  {
    key: `${LX}/phong-noi-vu`,
    name: "Phòng Nội vụ thành phố Long Xuyên",
    kind: "DEPARTMENT",
    parentKey: LX,
    adminCode: null,
    validTo: DISTRICTS_END,
  },
  {
    key: `${LX}/phong-tu-phap`,
    name: "Phòng Tư pháp thành phố Long Xuyên",
    kind: "DEPARTMENT",
    parentKey: LX,
    adminCode: null,
    validTo: DISTRICTS_END,
  },
  {
    key: `${LX}/phong-lao-dong-thuong-binh-va-xa-hoi`,
    name: "Phòng Lao động – Thương binh và Xã hội thành phố Long Xuyên",
    kind: "DEPARTMENT",
    parentKey: LX,
    adminCode: null,
    validTo: DISTRICTS_END,
  },
  {
    key: `${LX}/phong-van-hoa-va-thong-tin`,
    name: "Phòng Văn hóa và Thông tin thành phố Long Xuyên",
    kind: "DEPARTMENT",
    parentKey: LX,
    adminCode: null,
    validTo: DISTRICTS_END,
    source: "Được Kế hoạch giao phối hợp tuyên truyền (mục III.3).",
  },
  {
    key: `${LX}/trung-tam-van-hoa-the-thao-va-truyen-thanh`,
    name: "Trung tâm Văn hóa – Thể thao và Truyền thanh thành phố Long Xuyên",
    kind: "DEPARTMENT",
    parentKey: LX,
    adminCode: null,
    validTo: DISTRICTS_END,
    source:
      "Được Kế hoạch giao tuyên truyền (mục III.3). Là đơn vị sự nghiệp, không phải phòng chuyên môn; UnitKind không có loại riêng nên ghi DEPARTMENT.",
  },
  ...longXuyenWards.map(
    ([slug, name, kind, code]): SeedUnit => ({
      key: `${LX}/${slug}`,
      name,
      kind,
      parentKey: LX,
      adminCode: code,
      validTo: slug === "dong-xuyen" ? "2024-12-31" : DISTRICTS_END,
      mergedIntoKey: longXuyenSuccessor[slug] ? `${AG}/${longXuyenSuccessor[slug]}` : undefined,
      source:
        slug === "dong-xuyen"
          ? `${GSO_2024} Có trong danh mục ngày 01/11/2024, không còn trong danh mục ngày 01/01/2025 (sắp xếp đơn vị hành chính cấp xã giai đoạn 2023–2025), nên ghi hết hiệu lực 31/12/2024.`
          : slug === "my-hoa-hung"
            ? `${GSO_2024} Danh mục TCTK viết "Mỹ Hoà Hưng" (dấu kiểu cũ); ở đây chuẩn hóa thành "Mỹ Hòa Hưng". Không thực hiện sắp xếp (Nghị quyết 1654/NQ-UBTVQH15, Điều 1 khoản 97) nhưng từ 01/07/2025 trực thuộc tỉnh An Giang mới, nên bản ghi thuộc thành phố Long Xuyên kết thúc 30/06/2025 và xã tiếp tục ở bản ghi mới.`
            : `${GSO_2024} Chấm dứt từ 01/07/2025 (Nghị quyết 1654/NQ-UBTVQH15 ngày 16/06/2025 sắp xếp các đơn vị hành chính cấp xã của tỉnh An Giang, Điều 1 khoản 80–82, theo bản đối chiếu công khai dvhcvn/20250701).`,
    }),
  ),
];

// ---------------------------------------------------------------------------------------
// Bình Định → Huyện An Lão → Xã An Dũng (plan 001)
// ---------------------------------------------------------------------------------------

const AL = "binh-dinh/an-lao";
const AD = `${AL}/an-dung`;

export const anDungVillageKeys: string[] = [1, 2, 3, 4].map((n) => `${AD}/thon-${n}`);

const anDung: SeedUnit[] = [
  {
    key: "binh-dinh",
    name: "Tỉnh Bình Định",
    kind: "PROVINCE",
    parentKey: null,
    adminCode: "52",
    validTo: DISTRICTS_END,
    mergedIntoKey: GL,
    officeHours: HOURS_DEFAULT,
    source: `${GSO_2024} Từ 01/07/2025 hợp nhất với tỉnh Gia Lai thành tỉnh Gia Lai (Nghị quyết 202/2025/QH15; Công văn 915/CTK-CSCL: Gia Lai mã 52). ${HOURS_ASSUMED}`,
  },
  {
    key: AL,
    name: "Huyện An Lão",
    kind: "DISTRICT",
    parentKey: "binh-dinh",
    adminCode: "542",
    validTo: DISTRICTS_END,
    source: `${GSO_2024} Cấp huyện chấm dứt hoạt động từ 01/07/2025.`,
  },
  {
    key: `${AL}/phong-noi-vu`,
    name: "Phòng Nội vụ huyện An Lão",
    kind: "DEPARTMENT",
    parentKey: AL,
    adminCode: null,
    validTo: DISTRICTS_END,
  },
  {
    key: AD,
    name: "Xã An Dũng",
    kind: "COMMUNE",
    parentKey: AL,
    adminCode: "21616",
    validTo: DISTRICTS_END,
    mergedIntoKey: `${GL}/an-vinh`,
    source: MERGED_2025(
      "Nghị quyết 1664/NQ-UBTVQH15 ngày 16/06/2025 (tỉnh Gia Lai), khoản 39:",
      'xã An Vinh mới (cùng xã An Trung và An Vinh) — theo bản đối chiếu công khai dvhcvn/20250701',
    ),
  },
  {
    key: `${AD}/bo-phan-tiep-nhan-va-tra-ket-qua`,
    name: "Bộ phận Tiếp nhận và Trả kết quả xã An Dũng",
    kind: "ONE_STOP_CENTRE",
    parentKey: AD,
    adminCode: null,
    validTo: DISTRICTS_END,
  },
  {
    key: `${AD}/van-phong-thong-ke`,
    name: "Văn phòng – Thống kê xã An Dũng",
    kind: "DEPARTMENT",
    parentKey: AD,
    adminCode: null,
    validTo: DISTRICTS_END,
    source: 'Kế hoạch gọi là "Văn phòng UBND xã" (mục III.1) và "Bộ phận Văn phòng – Thống kê" (mục II.3.2, IV.2); ở đây là một đơn vị.',
  },
  {
    key: `${AD}/dia-chinh`,
    name: "Bộ phận Địa chính xã An Dũng",
    kind: "DEPARTMENT",
    parentKey: AD,
    adminCode: null,
    validTo: DISTRICTS_END,
    source: 'Kế hoạch mục III.2: "Bộ phận chuyên môn (Địa chính, Nông nghiệp, Tư pháp - Hộ tịch, Văn hóa - Xã hội)".',
  },
  {
    key: `${AD}/nong-nghiep`,
    name: "Bộ phận Nông nghiệp xã An Dũng",
    kind: "DEPARTMENT",
    parentKey: AD,
    adminCode: null,
    validTo: DISTRICTS_END,
    source: "Kế hoạch mục III.2.",
  },
  {
    key: `${AD}/tu-phap-ho-tich`,
    name: "Bộ phận Tư pháp – Hộ tịch xã An Dũng",
    kind: "DEPARTMENT",
    parentKey: AD,
    adminCode: null,
    validTo: DISTRICTS_END,
    source: "Kế hoạch mục III.2.",
  },
  {
    key: `${AD}/van-hoa-xa-hoi`,
    name: "Bộ phận Văn hóa – Xã hội xã An Dũng",
    kind: "DEPARTMENT",
    parentKey: AD,
    adminCode: null,
    validTo: DISTRICTS_END,
    source: "Kế hoạch mục III.2.",
  },
  {
    key: `${AD}/dai-phat-thanh`,
    name: "Đài phát thanh xã An Dũng",
    kind: "DEPARTMENT",
    parentKey: AD,
    adminCode: null,
    validTo: DISTRICTS_END,
    source: "Kế hoạch mục III.3. Không phải phòng ban; UnitKind không có loại riêng nên ghi DEPARTMENT.",
  },
  ...anDungVillageKeys.map(
    (key, i): SeedUnit => ({
      key,
      name: `Thôn ${i + 1}`,
      kind: "VILLAGE",
      parentKey: AD,
      adminCode: null,
      validTo: DISTRICTS_END,
      source:
        'Tên thật: xã An Dũng chia thành 4 thôn đánh số "1, 2, 3, 4" (bài Wikipedia "An Dũng, An Lão (Bình Định)", qua một bản chép của Wikipedia). Thôn không có mã ĐVHC. Ghi hết hiệu lực cùng xã (30/06/2025).',
    }),
  ),
];

// ---------------------------------------------------------------------------------------
// Quảng Ngãi → Thị xã Đức Phổ → Xã Phổ Nhơn (plan 002)
// ---------------------------------------------------------------------------------------

const DP = "quang-ngai/duc-pho";
const PN = `${DP}/pho-nhon`;

export const phoNhonVillageKeys: string[] = [1, 2, 3, 4, 5].map((n) => `${PN}/thon-${n}`);

const phoNhon: SeedUnit[] = [
  {
    key: "quang-ngai",
    name: "Tỉnh Quảng Ngãi",
    kind: "PROVINCE",
    parentKey: null,
    adminCode: "51",
    officeHours: HOURS_DEFAULT,
    source: `${GSO_2024} Từ 01/07/2025 hợp nhất với tỉnh Kon Tum, giữ tên Quảng Ngãi và mã 51 (Nghị quyết 202/2025/QH15; Công văn 915/CTK-CSCL), nên không ghi ngày hết hiệu lực. ${HOURS_ASSUMED}`,
  },
  {
    key: DP,
    name: "Thị xã Đức Phổ",
    kind: "DISTRICT",
    parentKey: "quang-ngai",
    adminCode: "534",
    validTo: DISTRICTS_END,
    source: `${GSO_2024} Cấp huyện chấm dứt hoạt động từ 01/07/2025.`,
  },
  {
    key: `${DP}/phong-noi-vu`,
    name: "Phòng Nội vụ thị xã Đức Phổ",
    kind: "DEPARTMENT",
    parentKey: DP,
    adminCode: null,
    validTo: DISTRICTS_END,
  },
  {
    key: `${DP}/phong-tu-phap`,
    name: "Phòng Tư pháp thị xã Đức Phổ",
    kind: "DEPARTMENT",
    parentKey: DP,
    adminCode: null,
    validTo: DISTRICTS_END,
  },
  {
    key: PN,
    name: "Xã Phổ Nhơn",
    kind: "COMMUNE",
    parentKey: DP,
    adminCode: "21457",
    validTo: DISTRICTS_END,
    mergedIntoKey: "quang-ngai/nguyen-nghiem",
    source: MERGED_2025(
      "Nghị quyết 1677/NQ-UBTVQH15 ngày 16/06/2025 (tỉnh Quảng Ngãi), khoản 3:",
      "xã Nguyễn Nghiêm mới (cùng xã Phổ Phong) — theo bản đối chiếu công khai dvhcvn/20250701",
    ),
  },
  {
    key: `${PN}/bo-phan-tiep-nhan-va-tra-ket-qua`,
    name: "Bộ phận Tiếp nhận và Trả kết quả xã Phổ Nhơn",
    kind: "ONE_STOP_CENTRE",
    parentKey: PN,
    adminCode: null,
    validTo: DISTRICTS_END,
  },
  {
    key: `${PN}/dai-truyen-thanh`,
    name: "Đài truyền thanh xã Phổ Nhơn",
    kind: "DEPARTMENT",
    parentKey: PN,
    adminCode: null,
    validTo: DISTRICTS_END,
    source: "Kế hoạch mục III.2. Không phải phòng ban; UnitKind không có loại riêng nên ghi DEPARTMENT.",
  },
  ...phoNhonVillageKeys.map(
    (key, i): SeedUnit => ({
      key,
      name: `Thôn ${i + 1}`,
      kind: "VILLAGE",
      parentKey: PN,
      adminCode: null,
      validTo: DISTRICTS_END,
      source:
        'TÊN ĐÁNH SỐ, KHÔNG PHẢI TÊN THẬT: Kế hoạch chỉ nói "05 thôn" (Nơi nhận); không tìm được nguồn nêu tên các thôn của xã Phổ Nhơn.',
    }),
  ),
];

// ---------------------------------------------------------------------------------------
// Bình Phước → Thị xã Phước Long (plan 003)
// ---------------------------------------------------------------------------------------

const PL = "binh-phuoc/phuoc-long";

/** The 10 departments of the first appendix, in its order, with the appendix's spelling. */
const phuocLongDepartments: Array<[slug: string, name: string]> = [
  ["thanh-tra", "Thanh tra thị xã Phước Long"],
  ["phong-lao-dong-thuong-binh-va-xa-hoi", "Phòng Lao động-Thương binh và Xã hội thị xã Phước Long"],
  ["phong-van-hoa-va-thong-tin", "Phòng Văn hóa và Thông tin thị xã Phước Long"],
  ["phong-kinh-te", "Phòng Kinh tế thị xã Phước Long"],
  ["phong-tai-chinh-ke-hoach", "Phòng Tài chính – Kế hoạch thị xã Phước Long"],
  ["phong-quan-ly-do-thi", "Phòng Quản lý đô thị thị xã Phước Long"],
  ["phong-tu-phap", "Phòng Tư pháp thị xã Phước Long"],
  ["van-phong-hdnd-va-ubnd", "Văn phòng HĐND&UBND thị xã Phước Long"],
  ["phong-noi-vu", "Phòng Nội vụ thị xã Phước Long"],
  ["phong-giao-duc-va-dao-tao", "Phòng Giáo dục và Đào tạo thị xã Phước Long"],
];

/** The 7 wards and communes of the second appendix, in its order. */
const phuocLongWards: Array<[slug: string, name: string, kind: "WARD" | "COMMUNE", code: string]> = [
  ["long-thuy", "Phường Long Thủy", "WARD", "25217"],
  ["thac-mo", "Phường Thác Mơ", "WARD", "25216"],
  ["son-giang", "Phường Sơn Giang", "WARD", "25237"],
  ["long-phuoc", "Phường Long Phước", "WARD", "25220"],
  ["phuoc-binh", "Phường Phước Bình", "WARD", "25219"],
  ["long-giang", "Xã Long Giang", "COMMUNE", "25245"],
  ["phuoc-tin", "Xã Phước Tín", "COMMUNE", "25249"],
];

export const phuocLongDepartmentKeys: string[] = phuocLongDepartments.map(([slug]) => `${PL}/${slug}`);
export const phuocLongWardKeys: string[] = phuocLongWards.map(([slug]) => `${PL}/${slug}`);

const phuocLong: SeedUnit[] = [
  {
    key: "binh-phuoc",
    name: "Tỉnh Bình Phước",
    kind: "PROVINCE",
    parentKey: null,
    adminCode: "70",
    validTo: DISTRICTS_END,
    mergedIntoKey: DN,
    officeHours: HOURS_DEFAULT,
    source: `${GSO_2024} Từ 01/07/2025 hợp nhất vào tỉnh Đồng Nai (Nghị quyết 202/2025/QH15; Công văn 915/CTK-CSCL: Đồng Nai mã 75). ${HOURS_ASSUMED}`,
  },
  {
    key: "binh-phuoc/so-noi-vu",
    name: "Sở Nội vụ tỉnh Bình Phước",
    kind: "DEPARTMENT",
    parentKey: "binh-phuoc",
    adminCode: null,
    validTo: DISTRICTS_END,
    source:
      'Nơi nhận báo cáo tổng hợp của Phòng Nội vụ thị xã (Kế hoạch 190/KH-UBND mục VI.3; "Sở Nội vụ (B/c)" ở Nơi nhận). Cơ quan cấp tỉnh; UnitKind không có loại riêng nên ghi DEPARTMENT.',
  },
  {
    key: PL,
    name: "Thị xã Phước Long",
    kind: "DISTRICT",
    parentKey: "binh-phuoc",
    adminCode: "688",
    validTo: DISTRICTS_END,
    source: `${GSO_2024} Cấp huyện chấm dứt hoạt động từ 01/07/2025.`,
  },
  ...phuocLongDepartments.map(
    ([slug, name]): SeedUnit => ({
      key: `${PL}/${slug}`,
      name,
      kind: "DEPARTMENT",
      parentKey: PL,
      adminCode: null,
      validTo: DISTRICTS_END,
      source:
        slug === "phong-tai-chinh-ke-hoach"
          ? 'Phụ lục viết "Phòng Tài chính Kế hoạch", mục VI.6 "Phòng Tài chính kế hoạch", mục V "Phòng TC-KH".'
          : slug === "phong-van-hoa-va-thong-tin"
            ? 'Phụ lục viết "Phòng Văn hóa và Thông Tin" (viết hoa chữ T); chuẩn hóa chính tả.'
            : slug === "phong-tu-phap"
              ? 'Phụ lục viết "Phòng Tư Pháp"; chuẩn hóa chính tả.'
              : undefined,
    }),
  ),
  {
    key: `${PL}/bo-phan-mot-cua`,
    name: "Bộ phận Một cửa điện tử thị xã Phước Long",
    kind: "ONE_STOP_CENTRE",
    parentKey: PL,
    adminCode: null,
    validTo: DISTRICTS_END,
    source: 'Kế hoạch gọi là "Bộ phận Một cửa điện tử thị xã" / "Bộ phận MCDT", do Văn phòng HĐND&UBND thị xã phụ trách (mục III.1.2, VI.4).',
  },
  ...phuocLongWards.map(
    ([slug, name, kind, code]): SeedUnit => ({
      key: `${PL}/${slug}`,
      name,
      kind,
      parentKey: PL,
      adminCode: code,
      validTo: DISTRICTS_END,
      mergedIntoKey: `${DN}/${["long-phuoc", "phuoc-binh", "long-giang"].includes(slug) ? "phuoc-binh" : "phuoc-long"}`,
      source: `${GSO_2024} Chấm dứt từ 01/07/2025 (Nghị quyết 1662/NQ-UBTVQH15 ngày 16/06/2025 sắp xếp các đơn vị hành chính cấp xã của tỉnh Đồng Nai, khoản 85–86, theo bản đối chiếu công khai dvhcvn/20250701).`,
    }),
  ),
];

// ---------------------------------------------------------------------------------------
// Thanh Hóa → Xã Luận Thành (plan 004, two-tier local government)
// ---------------------------------------------------------------------------------------

const LT = "thanh-hoa/luan-thanh";

const luanThanh: SeedUnit[] = [
  {
    key: "thanh-hoa",
    name: "Tỉnh Thanh Hóa",
    kind: "PROVINCE",
    parentKey: null,
    adminCode: "38",
    officeHours: HOURS_THANH_HOA,
    source: `${GSO_2024} Không hợp nhất năm 2025, giữ mã 38 (Công văn 915/CTK-CSCL). ${HOURS_THANH_HOA_NOTE}`,
  },
  {
    key: "thanh-hoa/so-noi-vu",
    name: "Sở Nội vụ tỉnh Thanh Hóa",
    kind: "DEPARTMENT",
    parentKey: "thanh-hoa",
    adminCode: null,
    source: "Cơ quan cấp tỉnh; UnitKind không có loại riêng nên ghi DEPARTMENT.",
  },
  {
    key: LT,
    name: "Xã Luận Thành",
    kind: "COMMUNE",
    parentKey: "thanh-hoa",
    adminCode: "15634",
    validFrom: REFORM_START,
    source:
      'Xã mới thành lập theo Nghị quyết 1686/NQ-UBTVQH15 ngày 16/06/2025, khoản 122 ("Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của xã Xuân Cao, xã Luận Thành và một phần diện tích tự nhiên, quy mô dân số của xã Luận Khê thành xã mới có tên gọi là xã Luận Thành"), hoạt động từ 01/07/2025; mã 15634 theo Công văn 1027/CTK-CSCL ngày 25/06/2025 của Cục Thống kê (bản chép công khai dvhcvn/20250701). Không tìm được danh sách thôn của xã mới nên không tạo đơn vị thôn.',
  },
  {
    key: `${LT}/trung-tam-phuc-vu-hanh-chinh-cong`,
    name: "Trung tâm Phục vụ hành chính công xã Luận Thành",
    kind: "ONE_STOP_CENTRE",
    parentKey: LT,
    adminCode: null,
    validFrom: REFORM_START,
  },
  {
    key: `${LT}/phong-van-hoa-xa-hoi`,
    name: "Phòng Văn hóa – Xã hội xã Luận Thành",
    kind: "DEPARTMENT",
    parentKey: LT,
    adminCode: null,
    validFrom: REFORM_START,
    source: "Kế hoạch không nhắc tên phòng này (chỉ ghi \"Các phòng chuyên môn\" ở Nơi nhận); tạo theo yêu cầu cơ cấu của dữ liệu mẫu.",
  },
  {
    key: `${LT}/phong-kinh-te`,
    name: "Phòng Kinh tế xã Luận Thành",
    kind: "DEPARTMENT",
    parentKey: LT,
    adminCode: null,
    validFrom: REFORM_START,
    source: "Kế hoạch mục IV.4.",
  },
  {
    key: `${LT}/trung-tam-cung-ung-dich-vu-cong`,
    name: "Trung tâm cung ứng dịch vụ công xã Luận Thành",
    kind: "DEPARTMENT",
    parentKey: LT,
    adminCode: null,
    validFrom: REFORM_START,
    source: "Kế hoạch mục IV.3. Là đơn vị sự nghiệp; UnitKind không có loại riêng nên ghi DEPARTMENT.",
  },
];

// ---------------------------------------------------------------------------------------
// From 01/07/2025: the provinces formed by the merger and the commune-level units that took
// over the demo communes and wards (two-tier local government, directly under the province).
// ---------------------------------------------------------------------------------------

/** Công văn 1027/CTK-CSCL ngày 25/06/2025 (Phụ lục I), as copied in dvhcvn/20250701. */
const CODES_2025 = "Mã ĐVHC theo Công văn 1027/CTK-CSCL ngày 25/06/2025 của Cục Thống kê (Phụ lục I), qua bản chép công khai dvhcvn/20250701 (input/docs/1027_CTK-CSCL.md).";

const PROVINCE_2025 = (merger: string, code: string) =>
  `Thành lập từ 01/07/2025: ${merger} (Nghị quyết 60-NQ/TW; số Nghị quyết 202/2025/QH15 ghi theo trí nhớ, chưa đọc được văn bản). Mã ${code} theo Công văn 915/CTK-CSCL (bản chép công khai dvhcvn/20250701, input/docs/915_CTK-CSCL.csv). ${HOURS_ASSUMED}`;

const COMMUNE_2025 = (resolution: string, text: string) =>
  `${CODES_2025} Hoạt động từ 01/07/2025 theo ${resolution}: "${text}" (đọc trong bản chép công khai dvhcvn/20250701).`;

const successors: SeedUnit[] = [
  {
    key: AG,
    slug: "tinh-an-giang-2025",
    name: "Tỉnh An Giang",
    kind: "PROVINCE",
    parentKey: null,
    adminCode: "91",
    validFrom: REFORM_START,
    officeHours: HOURS_DEFAULT,
    source: PROVINCE_2025("hợp nhất tỉnh An Giang và tỉnh Kiên Giang thành tỉnh An Giang", "91"),
  },
  {
    key: `${AG}/long-xuyen`,
    name: "Phường Long Xuyên",
    kind: "WARD",
    parentKey: AG,
    adminCode: "30307",
    validFrom: REFORM_START,
    source: COMMUNE_2025(
      "Nghị quyết 1654/NQ-UBTVQH15 ngày 16/06/2025, Điều 1 khoản 80",
      "Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các phường Mỹ Bình, Mỹ Long, Mỹ Xuyên, Mỹ Phước, Mỹ Quý và Mỹ Hòa thành phường mới có tên gọi là phường Long Xuyên",
    ),
  },
  {
    key: `${AG}/binh-duc`,
    slug: "phuong-binh-duc-an-giang",
    name: "Phường Bình Đức",
    kind: "WARD",
    parentKey: AG,
    adminCode: "30292",
    validFrom: REFORM_START,
    source: COMMUNE_2025(
      "Nghị quyết 1654/NQ-UBTVQH15 ngày 16/06/2025, Điều 1 khoản 81",
      "Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của phường Bình Khánh, phường Bình Đức và xã Mỹ Khánh thành phường mới có tên gọi là phường Bình Đức",
    ),
  },
  {
    key: `${AG}/my-thoi`,
    slug: "phuong-my-thoi-an-giang",
    name: "Phường Mỹ Thới",
    kind: "WARD",
    parentKey: AG,
    adminCode: "30301",
    validFrom: REFORM_START,
    source: COMMUNE_2025(
      "Nghị quyết 1654/NQ-UBTVQH15 ngày 16/06/2025, Điều 1 khoản 82",
      "Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của phường Mỹ Thạnh và phường Mỹ Thới thành phường mới có tên gọi là phường Mỹ Thới",
    ),
  },
  {
    key: `${AG}/my-hoa-hung`,
    slug: "xa-my-hoa-hung-an-giang",
    name: "Xã Mỹ Hòa Hưng",
    kind: "COMMUNE",
    parentKey: AG,
    adminCode: "30313",
    validFrom: REFORM_START,
    source: COMMUNE_2025(
      "Nghị quyết 1654/NQ-UBTVQH15 ngày 16/06/2025, Điều 1 khoản 97",
      "06 xã không thực hiện sắp xếp là các xã Mỹ Hòa Hưng, Bình Giang, Bình Sơn, Hòn Nghệ, Sơn Hải, Tiên Hải",
    ),
  },
  {
    key: GL,
    name: "Tỉnh Gia Lai",
    kind: "PROVINCE",
    parentKey: null,
    adminCode: "52",
    validFrom: REFORM_START,
    officeHours: HOURS_DEFAULT,
    source: PROVINCE_2025("hợp nhất tỉnh Gia Lai và tỉnh Bình Định thành tỉnh Gia Lai", "52"),
  },
  {
    key: `${GL}/an-vinh`,
    name: "Xã An Vinh",
    kind: "COMMUNE",
    parentKey: GL,
    adminCode: "21616",
    validFrom: REFORM_START,
    source: COMMUNE_2025(
      "Nghị quyết 1664/NQ-UBTVQH15 ngày 16/06/2025 (tỉnh Gia Lai), Điều 1 khoản 39",
      "Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã An Trung (huyện An Lão), An Dũng và An Vinh thành xã mới có tên gọi là xã An Vinh",
    ),
  },
  {
    key: "quang-ngai/nguyen-nghiem",
    name: "Xã Nguyễn Nghiêm",
    kind: "COMMUNE",
    parentKey: "quang-ngai",
    adminCode: "21457",
    validFrom: REFORM_START,
    source: COMMUNE_2025(
      "Nghị quyết 1677/NQ-UBTVQH15 ngày 16/06/2025 (tỉnh Quảng Ngãi), Điều 1 khoản 3",
      "Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của xã Phổ Nhơn và xã Phổ Phong thành xã mới có tên gọi là xã Nguyễn Nghiêm",
    ),
  },
  {
    key: DN,
    name: "Tỉnh Đồng Nai",
    kind: "PROVINCE",
    parentKey: null,
    adminCode: "75",
    validFrom: REFORM_START,
    officeHours: HOURS_DEFAULT,
    source: PROVINCE_2025("hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước thành tỉnh Đồng Nai", "75"),
  },
  {
    key: `${DN}/phuoc-binh`,
    slug: "phuong-phuoc-binh-dong-nai",
    name: "Phường Phước Bình",
    kind: "WARD",
    parentKey: DN,
    adminCode: "25220",
    validFrom: REFORM_START,
    source: COMMUNE_2025(
      "Nghị quyết 1662/NQ-UBTVQH15 ngày 16/06/2025 (tỉnh Đồng Nai), Điều 1 khoản 85",
      "Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của phường Long Phước, phường Phước Bình, xã Bình Sơn (huyện Phú Riềng) và xã Long Giang thành phường mới có tên gọi là phường Phước Bình",
    ),
  },
  {
    key: `${DN}/phuoc-long`,
    name: "Phường Phước Long",
    kind: "WARD",
    parentKey: DN,
    adminCode: "25217",
    validFrom: REFORM_START,
    source: COMMUNE_2025(
      "Nghị quyết 1662/NQ-UBTVQH15 ngày 16/06/2025 (tỉnh Đồng Nai), Điều 1 khoản 86",
      "Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các phường Long Thủy, Thác Mơ, Sơn Giang và xã Phước Tín thành phường mới có tên gọi là phường Phước Long",
    ),
  },
];

/**
 * The provinces' Departments of Home Affairs, which receive a commune's periodic reports since
 * districts ended (two-tier local government from 01/07/2025). In the demo they review the
 * illustrative plans' reports; no real plan names them.
 */
const SO_NOI_VU_2025 = (province: string) =>
  `Cơ quan chuyên môn của UBND ${province} (Nghị định 150/2025/NĐ-CP, Điều 8: Sở Nội vụ được tổ chức ở mọi tỉnh); nơi nhận báo cáo định kỳ của xã, phường từ 01/07/2025, khi cấp huyện chấm dứt. Trong dữ liệu mẫu chỉ nhận báo cáo của kế hoạch minh họa. UnitKind không có loại riêng nên ghi DEPARTMENT.`;

const homeAffairs2025: SeedUnit[] = [
  { key: "quang-ngai/so-noi-vu", name: "Sở Nội vụ tỉnh Quảng Ngãi", kind: "DEPARTMENT", parentKey: "quang-ngai", adminCode: null, validFrom: REFORM_START, source: SO_NOI_VU_2025("tỉnh Quảng Ngãi") },
  { key: `${AG}/so-noi-vu`, name: "Sở Nội vụ tỉnh An Giang", kind: "DEPARTMENT", parentKey: AG, adminCode: null, validFrom: REFORM_START, source: SO_NOI_VU_2025("tỉnh An Giang") },
  { key: `${GL}/so-noi-vu`, name: "Sở Nội vụ tỉnh Gia Lai", kind: "DEPARTMENT", parentKey: GL, adminCode: null, validFrom: REFORM_START, source: SO_NOI_VU_2025("tỉnh Gia Lai") },
];

export const units: SeedUnit[] = [...longXuyen, ...anDung, ...phoNhon, ...phuocLong, ...luanThanh, ...successors, ...homeAffairs2025];
