/**
 * The five plans of /work/shared/seeds/, transcribed. Quotes are verbatim (typos included);
 * names and recipients fix only obvious typos, each stated in the plan's `assumptions`.
 *
 * `status` describes the document as we hold it: a plan whose number (or signing day) is
 * blank in the original is still recorded as issued when its models were carried out, its blanks shown as blanks (seeds README: "show it as such"); a numbered, dated
 * plan is "ISSUED". Whether it is in force on a given day follows from validFrom/validTo.
 */
import type { SeedModel, SeedModelScope, SeedPlan, SeedTask } from "../types";
import { districtCivilStatusProcedureKeys } from "./procedures";
import {
  anDungVillageKeys,
  longXuyenWardKeys,
  phoNhonVillageKeys,
  phuocLongDepartmentKeys,
  phuocLongWardKeys,
} from "./units";

const scope = (
  unitKey: string,
  procedureKeys: string[],
  extra: Partial<Omit<SeedModelScope, "unitKey" | "procedureKeys">> = {},
): SeedModelScope => ({
  unitKey,
  allProcedures: false,
  procedureKeys,
  capacityPerDay: null,
  localName: null,
  ...extra,
});

const allProceduresScope = (unitKey: string, localName: string | null = null): SeedModelScope => ({
  unitKey,
  allProcedures: true,
  procedureKeys: [],
  capacityPerDay: null,
  localName,
});

// =======================================================================================
// 000 — UBND thành phố Long Xuyên: giải quyết TTHC tại nhà vào thứ Năm (2024)
// =======================================================================================

const LX = "an-giang/long-xuyen";
const LX_NOI_VU = `${LX}/phong-noi-vu`;
const LX_DEPARTMENTS = [
  `${LX}/phong-tu-phap`,
  `${LX}/phong-lao-dong-thuong-binh-va-xa-hoi`,
  `${LX}/phong-van-hoa-va-thong-tin`,
  `${LX}/trung-tam-van-hoa-the-thao-va-truyen-thanh`,
];

const longXuyenHomeVisit: SeedModel = {
  key: "long-xuyen-tthc-tai-nha-thu-nam",
  kind: "HOME_VISIT",
  name: "Giải quyết thủ tục hành chính tại nhà cho người dân vào ngày thứ năm hàng tuần",
  description:
    "Ủy ban nhân dân các xã, phường của thành phố Long Xuyên đến tận nhà chứng thực chữ ký hoặc điểm chỉ giấy ủy quyền cho người già yếu, neo đơn, người khuyết tật đi lại khó khăn, người có công với cách mạng, thương binh, bệnh binh, vào thứ Năm hằng tuần đến hết năm 2024.",
  sourceQuotes: [
    "Ủy ban nhân dân xã, phường thực hiện: **Giải quyết thủ tục hành chính tại nhà cho người dân vào ngày thứ năm hàng tuần** đối với thủ tục Chứng thực chữ ký cho các trường hợp già yếu, neo đơn, người khuyết tật đi lại khó khăn, người có công với cách mạng, thương binh, bệnh binh có nhu cầu chứng thực chữ ký hoặc điếm chỉ giấy ủy quyền.",
    "2. Thời gian: Vào ngày thứ năm hàng tuần, kể từ ngày ban hành Kế hoạch này đến ngày **31 tháng 12 năm 2024**.",
  ],
  effectiveFrom: "2024-04-27",
  validFrom: "2024-04-27",
  validTo: "2024-12-31",
  recurrence: { rrule: "FREQ=WEEKLY;BYDAY=TH", dates: [], exdates: [] },
  hours: { kind: "OFFICE_HOURS" },
  intakeCutoff: null,
  turnaround: { kind: "STATUTORY" },
  workingDaysOnly: true,
  noDeferralPastWeekend: false,
  place: "HOME",
  placeNote: "Tại nhà người dân có nhu cầu, trên địa bàn xã, phường.",
  eligibleGroups: [
    "ELDERLY_FRAIL",
    "LIVING_ALONE",
    "DISABLED_LIMITED_MOBILITY",
    "MERIT_PERSON",
    "WAR_INVALID",
    "SICK_SOLDIER",
  ],
  scopes: longXuyenWardKeys.map((unitKey) => scope(unitKey, ["chung-thuc-chu-ky"], { capacityPerDay: 6 })),
  attendeeRoles: [],
  assumptions: [
    "The plan is undated and says the model runs from the plan's issue; it cannot predate its latest basis, Kế hoạch 118-KH/TU of 26/04/2024, so the model starts on 27/04/2024.",
    "The plan names only signature certification (including fingerprinting of a power of attorney), which the national procedure 2.000884 covers, so the scope is that one procedure.",
    "The plan sets no daily limit; each ward or commune is given a capacity of 6 home visits per Thursday.",
    "The plan sets no hours for the visits; they take place within the province's office hours.",
    "The plan does not change the legal time limit of the certification, so the turnaround is the statutory one (same day, next working day after 15:00).",
    "A Thursday that is an official day off has no visits.",
    "Phường Đông Xuyên ceased to exist on 01/01/2025, after the model ended, so it is in scope for all of 2024.",
  ],
};

const longXuyenPlan: SeedPlan = {
  key: "long-xuyen-2024-tthc-tai-nha",
  sourceFile: "000_717e08190f908aaf.txt",
  number: null,
  symbol: "KH-UBND",
  issuingUnitKey: LX,
  signingPlace: "Long Xuyên",
  signedOn: { year: 2024, month: null, day: null },
  title: "Thực hiện mô hình giải quyết thủ tục hành chính tại nhà cho người dân vào thứ năm hàng tuần năm 2024",
  legalBases: [
    "Căn cứ Kế hoạch số 1247/KH-UBND ngày 29 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh về cải cách hành chính tỉnh An Giang năm 2024;",
    "Căn cứ Kế hoạch số 118-KH/TU ngày 26 tháng 4 năm 2024 của Ban Thường vụ Thành ủy về thực hiện mô hình điểm “Chính quyền thân thiện vì Nhân dân phục vụ” ở các xã, phường trên địa bàn thành phố Long Xuyên;",
  ],
  purposes: [
    "Tăng cường sự lãnh đạo của các cấp ủy Đảng, sự điều hành của chính quyền các cấp trong thực hiện mô hình cải cách hành chính, thể hiện ý thức tự giác, trách nhiệm của mỗi cấp, mỗi ngành, mỗi đơn vị, cá nhân.",
    "Đổi mới mạnh mẽ tác phong, lề lối làm việc mạnh mẽ của chính quyền cấp xã theo hướng phục vụ, hướng dẫn, vận động, thuyết phục theo đúng chủ trương của Đảng, pháp luật của Nhà nước; đổi mới tác phong làm việc của đội ngũ cán bộ, công chức ở cơ sở, nâng cao chất lượng, hiệu quả phục vụ nhân dân. Qua đó, tạo bước chuyển biến mạnh mẽ, thực chất, hiệu quả trong công tác cải cách hành chính, cải thiện và nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân về sự phục vụ hành chính của cơ quan Nhà nước.",
  ],
  requirements: [
    "Việc thực hiện mô hình phải được nghiêm túc, chặt chẽ, chất lượng, hiệu quả, đúng quy trình các bước thực hiện; thường xuyên kiểm tra, đánh giá, rút kinh nghiệm nhằm tạo chuyển biến, mạnh mẽ, tích cực về nhận thức và hành động của người đứng đầu cấp ủy đảng, chính quyền, cán bộ, công chức trong việc thực hiện nhiệm vụ được giao; đồng thời, có sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền và sự phối hợp chặt chẽ giữa các tổ chức trong hệ thống chính trị.",
  ],
  validFrom: "2024-04-27",
  validTo: "2024-12-31",
  status: "ISSUED",
  signerName: "Đình Văn Bảo",
  signerTitle: "Chủ tịch Ủy ban nhân dân thành phố Long Xuyên",
  recipients: [
    "Sở Nội vụ;",
    "TT.ThU; HĐND TP;",
    "CT, PCT UBND TP;",
    "Thủ trưởng các CQ, ĐV TP;",
    "CT UBND xã, phường;",
    "Cổng TTĐT thành phố;",
    "Lưu: VT.NV.",
  ],
  tasks: [
    ...longXuyenWardKeys.map(
      (unitKey): SeedTask => ({
        unitKey,
        description:
          "Triển khai kế hoạch đến cán bộ, công chức; tổ chức giải quyết thủ tục chứng thực chữ ký tại nhà vào thứ Năm hằng tuần; đưa nội dung tuyên truyền lên Trang thông tin điện tử của xã, phường.",
        dueOn: null,
        sourceQuote: "- Ủy ban nhân dân xã, phường đưa những nội dung tuyên truyền trên Trang thông tin điện tử.",
      }),
    ),
    {
      unitKey: `${LX}/phong-tu-phap`,
      description: "Hỗ trợ, hướng dẫn chuyên môn, nghiệp vụ cho cán bộ, công chức thực hiện thủ tục hành chính tại nhà.",
      dueOn: null,
      sourceQuote:
        "Hỗ trợ, hướng dẫn về chuyên môn, nghiệp vụ cho cán bộ, công chức thực hiện thủ tục hành chính tại nhà cho người dân.",
    },
    {
      unitKey: `${LX}/phong-lao-dong-thuong-binh-va-xa-hoi`,
      description: "Hỗ trợ, hướng dẫn chuyên môn, nghiệp vụ cho cán bộ, công chức thực hiện thủ tục hành chính tại nhà.",
      dueOn: null,
      sourceQuote:
        "Hỗ trợ, hướng dẫn về chuyên môn, nghiệp vụ cho cán bộ, công chức thực hiện thủ tục hành chính tại nhà cho người dân.",
    },
    {
      unitKey: `${LX}/trung-tam-van-hoa-the-thao-va-truyen-thanh`,
      description: "Tuyên truyền về mô hình bằng tin, phóng sự, bài viết, câu chuyện truyền thanh; phối hợp đưa tin lên Cổng thông tin điện tử thành phố.",
      dueOn: null,
      sourceQuote:
        "- Tổ chức triển khai, tuyên truyền với nhiều hình thức phong phú gồm tin, phóng sự, bài viết, câu chuyện truyền thanh... về thực hiện mô hình giải quyết TTHC tại nhà cho người ở các xã, phường;",
    },
    {
      unitKey: `${LX}/phong-van-hoa-va-thong-tin`,
      description: "Phối hợp với Trung tâm Văn hóa – Thể thao và Truyền thanh đưa nội dung tuyên truyền lên Cổng thông tin điện tử thành phố.",
      dueOn: null,
      sourceQuote:
        "- Phối hợp với phòng Văn hoá và Thông tin thành phố đưa những nội dung tuyên truyền lên Cổng thông tin điện tử thành phố.",
    },
    {
      unitKey: LX_NOI_VU,
      description:
        "Theo dõi tình hình triển khai; tham mưu Ban Chỉ đạo CCHC thành phố chọn tập thể, cá nhân tiêu biểu; tổng hợp, báo cáo kết quả trình Chủ tịch UBND thành phố.",
      dueOn: null,
      sourceQuote: "- Tổng hợp, báo cáo kết quả thực hiện mô hình trình Chủ tịch Ủy ban nhân dân thành phố.",
    },
  ],
  reporting: [
    {
      key: "long-xuyen-bao-cao-ket-qua-2024",
      title: "Báo cáo kết quả thực hiện mô hình giải quyết TTHC tại nhà năm 2024",
      frequency: "ONCE",
      reporterUnitKeys: [...longXuyenWardKeys, ...LX_DEPARTMENTS],
      reviewerUnitKey: LX_NOI_VU,
      dueOn: "2024-12-25",
      dueDaysAfterPeriod: null,
      sourceQuote: "- Các đơn vị, địa phương báo cáo kết quả chậm nhất vào ngày **25 tháng 12 năm 2024** gửi về phòng Nội vụ.",
    },
    {
      key: "long-xuyen-tong-hop-trinh-chu-tich",
      title: "Tổng hợp, báo cáo kết quả thực hiện mô hình trình Chủ tịch UBND thành phố",
      frequency: "END_OF_MODEL",
      reporterUnitKeys: [LX_NOI_VU],
      reviewerUnitKey: LX,
      dueOn: null,
      dueDaysAfterPeriod: null,
      sourceQuote: "- Tổng hợp, báo cáo kết quả thực hiện mô hình trình Chủ tịch Ủy ban nhân dân thành phố.",
    },
  ],
  models: [longXuyenHomeVisit],
  assumptions: [
    "The number and the signing day and month are blank in the original (\"Số: /KH-UBND\", \"ngày tháng năm 2024\"), in the copy we have; the model was carried out, so the plan is recorded as issued with its number and day shown blank.",
    "The plan's validity starts on 27/04/2024, the day after its latest basis (Kế hoạch 118-KH/TU of 26/04/2024), because the plan itself is undated.",
    "Section I is titled \"Mục đích yêu cầu\" without separating purposes from requirements; its first two paragraphs are recorded as purposes and the third as a requirement.",
    "The recipient line \"Công TTĐT thành phố\" is an obvious typo for \"Cổng TTĐT thành phố\" and is recorded corrected.",
    "The signer's name is kept as printed (\"Đình Văn Bảo\"); \"Đình\" may be an OCR error for the common surname \"Đinh\".",
    "\"Các đơn vị, địa phương\" that must report are taken to be every ward and commune of the city plus the city departments the plan assigns tasks to.",
    "Phòng Nội vụ's own summary to the Chairman has no date in the plan; it is recorded as due at the end of the model.",
  ],
};

// =======================================================================================
// 001 — UBND xã An Dũng: Kế hoạch 32/KH-UBND (2023–2025)
// =======================================================================================

const AD = "binh-dinh/an-lao/an-dung";
const AD_VP = `${AD}/van-phong-thong-ke`;
const AD_DESK = `${AD}/bo-phan-tiep-nhan-va-tra-ket-qua`;
const AD_FROM = "2023-03-07";
const AD_TO = "2025-12-31";

const anDungBaKhong: SeedModel = {
  key: "an-dung-ba-khong-thu-sau",
  kind: "NO_APPOINTMENT_DAY",
  name: "BA KHÔNG: Ngày thứ 6 không viết – không nộp – không hẹn",
  description:
    "Mỗi thứ Sáu, tại Bộ phận Tiếp nhận và Trả kết quả xã An Dũng: công chức viết giúp hồ sơ cho người không thể viết (không viết), hướng dẫn nộp trực tuyến mức độ 3, 4 hoặc qua bưu chính công ích (không nộp), và trả kết quả ngay trong ngày cho hồ sơ đầy đủ; kết quả chưa nhận được gửi cho người dân qua Trưởng thôn thay vì hẹn quay lại (không hẹn).",
  sourceQuotes: [
    "- Thực hiện mô hình **BA KHÔNG** nhằm mục đích giải quyết và trả kết quả ngay trong ngày cho tổ chức, công dân đối với các thủ tục hành chính đầy đủ các thành phần hồ sơ theo quy định khi công dân đến giao dịch vào ngày thứ **SÁU** hàng tuần.",
    "Hỗ trợ công dân đặc biệt là người lớn tuổi, trình độ học vấn thấp, không thành thạo chữ viết giúp điền thông tin, biểu mẫu khi thực hiện hồ sơ góp phần tạo không khí gần gũi giữa cán bộ, công chức và người dân khi đến giao dịch, góp phần đáp ứng sự hài lòng của tổ chức, công dân.",
    "Đối với các TTHC thực hiện DVCTT 3,4: Tổ tuyên truyền CCHC xã sẽ hướng dẫn khai báo thông tin trên máy tính và nộp trực tuyến.",
    "Trả kết quả ngay tại Bộ phận Tiếp nhận và Trả kết quả đối với một số thủ tục hành chính thuộc thẩm quyền giải quyết của xã khi thủ tục đó có thành phần hồ sơ đầy đủ và điều kiện giải quyết hợp lý.",
    "- Giao Cán bộ đầu mối tại Bộ phận Tiếp nhận và trả kết quả chủ trì thực hiện, phối hợp với công chức các ngành có thực hiện thủ tục hành chính triển khai thực hiện các nội dung của kế hoạch, thời gian thực hiện bắt đầu từ ngày 13/3/2023.",
  ],
  effectiveFrom: "2023-03-13",
  validFrom: "2023-03-13",
  validTo: AD_TO,
  recurrence: { rrule: "FREQ=WEEKLY;BYDAY=FR", dates: [], exdates: [] },
  hours: { kind: "OFFICE_HOURS" },
  intakeCutoff: null,
  turnaround: { kind: "SAME_DAY" },
  workingDaysOnly: true,
  noDeferralPastWeekend: false,
  place: "OFFICE_DESK",
  placeNote: "Bộ phận Tiếp nhận và Trả kết quả xã An Dũng; kết quả gửi cho người dân qua Trưởng các thôn.",
  eligibleGroups: ["EVERYONE", "LOW_LITERACY", "ELDERLY_FRAIL"],
  scopes: [
    scope(AD, [
      "dang-ky-khai-sinh",
      "dang-ky-khai-tu",
      "dang-ky-ket-hon",
      "cap-giay-xac-nhan-tinh-trang-hon-nhan",
      "cap-ban-sao-trich-luc-ho-tich",
      "chung-thuc-ban-sao-tu-ban-chinh",
      "chung-thuc-chu-ky",
    ]),
  ],
  attendeeRoles: [],
  assumptions: [
    "The plan leaves the list of procedures to a review due before 10/03/2023 that we do not have; the scope is a realistic commune list of seven civil-status and certification procedures that the law already allows to be settled in the day.",
    "The model runs from 13/03/2023, the start date the plan sets, to 31/12/2025, the end of the plan's period \"đến năm 2025\".",
    "Xã An Dũng was merged into the new xã An Vinh (Gia Lai) on 01/07/2025; the model's end date is kept as the plan states it and the product must not schedule it for a unit that no longer exists.",
    "The plan gives no hours for Fridays, so the model follows office hours and \"same day\" means by the close of office hours.",
    "\"Không viết\" helps everyone who asks, in particular the elderly, people with low literacy and (in section 1.3a) people who cannot write because of age or disability; the model serves everyone and lists the elderly and low-literacy groups as the ones the help is aimed at.",
    "A Friday that is an official day off has no session.",
  ],
};

const anDungLetters: SeedModel = {
  key: "an-dung-thu-chuc-mung-chia-buon-xin-loi",
  kind: "LETTERS",
  name: "Gửi “Thư chúc mừng”, “Thư chia buồn”, “Thư xin lỗi” với người dân, doanh nghiệp",
  description:
    "UBND xã An Dũng gửi thư chúc mừng (kết hôn — kèm lễ trao Giấy chứng nhận kết hôn —, sinh con, xây nhà mới), thư chia buồn (mất người thân, hỏa hoạn, tai nạn) và thư xin lỗi khi có sự cố trong quản lý nhà nước gây thiệt hại cho người dân.",
  sourceQuotes: [
    "+ UBND xã gửi thư chúc mừng đến người dân khi có sự kiện trọng đại, tin vui như: Kết hôn, sinh con, xây nhà mới... Riêng đối với các trường hợp đăng ký kết hôn, kết hợp việc tổ chức Lễ đăng ký kết hôn với trao Giấy đăng ký kết hôn.",
    "+ UBND xã gửi thư chia buồn đến người dân khi có chuyện không vui, như: Mất người thân, hỏa hoạn, các tai nạn gây thiệt hại đến vật chất và tinh thần...",
    "+ UBND xã gửi thư xin lỗi cá nhân, tổ chức khi có sự cố xảy ra liên quan trực tiếp đến công tác quản lý nhà nước, gây thiệt hại và ảnh hưởng trực tiếp đến quyền, lợi ích các bên có liên quan (bên cạnh việc kịp thời giải quyết, xử lý vụ việc theo đúng quy định pháp luật).",
  ],
  effectiveFrom: AD_FROM,
  validFrom: AD_FROM,
  validTo: AD_TO,
  recurrence: { rrule: null, dates: [], exdates: [] },
  hours: { kind: "OFFICE_HOURS" },
  intakeCutoff: null,
  turnaround: { kind: "STATUTORY" },
  workingDaysOnly: true,
  noDeferralPastWeekend: false,
  place: "OTHER",
  placeNote: "Thư gửi đến người dân; lễ trao Giấy chứng nhận kết hôn tại UBND xã.",
  eligibleGroups: ["EVERYONE"],
  scopes: [scope(AD, ["dang-ky-ket-hon", "dang-ky-khai-sinh", "dang-ky-khai-tu"])],
  attendeeRoles: [],
  assumptions: [
    "The letters are triggered by events, not by a schedule, so the model has no recurrence.",
    "The procedures linked to the letters are those whose registration reveals the event: marriage (congratulation and ceremony), birth (congratulation) and death (condolence); house-building, fires, accidents and apologies have no procedure.",
    "The plan gives no start date for the letters; they start when the plan was signed (07/03/2023) and end with the plan's period (31/12/2025).",
  ],
};

const anDungListening: SeedModel = {
  key: "an-dung-thu-7-lang-nghe-dan-noi",
  kind: "LISTENING_SESSION",
  name: "Ngày thứ 7 lắng nghe dân nói",
  description:
    "Mỗi quý một lần, tối thứ Bảy của tuần cuối cùng trong quý, tại nhà văn hóa của cả 4 thôn, lãnh đạo UBND, HĐND, Ban chỉ đạo CCHC và các ban ngành của xã gặp gỡ, lắng nghe và trả lời ý kiến người dân (chế độ chính sách bảo trợ xã hội, người có công, chứng thực – hộ tịch...).",
  sourceQuotes: [
    "- Chương trình được hiện đồng loạt tại nhà văn hóa 4/4 thôn vào tối thứ 7 của tuần cuối cùng trong quý, trùng bình 01 lần/quý. Giao bộ phận Văn phòng – Thống kê chuẩn bị nội dung, chương trình gặp mặt; thông báo thời gian cụ thể để cho các thành viên Ban chỉ đạo CCHC chuẩn bị và tham gia.",
    "- Chương trình có sự tham gia đầy đủ của Chủ tịch, Phó Chủ tịch UBND; HĐND, Ban chỉ đạo CCHC xã, các ban ngành liên quan của xã.",
  ],
  effectiveFrom: AD_FROM,
  validFrom: AD_FROM,
  validTo: AD_TO,
  recurrence: { rrule: "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=SA;BYSETPOS=-1", dates: [], exdates: [] },
  hours: { kind: "WINDOWS", windows: [{ start: "19:00", end: "21:00" }] },
  intakeCutoff: null,
  turnaround: { kind: "STATUTORY" },
  workingDaysOnly: false,
  noDeferralPastWeekend: false,
  place: "VILLAGE_HALL",
  placeNote: "Nhà văn hóa của cả 4 thôn (đồng loạt).",
  eligibleGroups: ["EVERYONE"],
  scopes: anDungVillageKeys.map((unitKey) => scope(unitKey, [])),
  attendeeRoles: [
    "Chủ tịch UBND xã",
    "Phó Chủ tịch UBND xã",
    "HĐND xã",
    "Ban chỉ đạo CCHC xã",
    "Các ban ngành liên quan của xã",
  ],
  assumptions: [
    "\"Tối thứ 7 của tuần cuối cùng trong quý\" is read as the last Saturday of March, June, September and December.",
    "The plan says \"tối\" (evening) without hours; the session is set to 19:00–21:00.",
    "The session is on a Saturday evening, outside working days, so official days off do not cancel it.",
    "The plan says the Văn phòng – Thống kê announces the exact time; the product should let that unit move a session, which this rule alone does not express.",
    "The sessions cover no procedure: the scopes are the four villages with empty procedure lists.",
    "The first session falls on 25/03/2023, the last Saturday of the quarter in which the plan was signed.",
  ],
};

const anDungRadio: SeedModel = {
  key: "an-dung-dai-phat-thanh-thu-2-thu-5",
  kind: "CUSTOM",
  name: "Phát thanh giới thiệu các mô hình vào thứ 2 và thứ 5 hàng tuần",
  description: "Đài phát thanh xã xây dựng tin bài giới thiệu các mô hình, phát định kỳ 2 lần/tuần vào thứ Hai và thứ Năm.",
  sourceQuotes: [
    "Xây dựng tin bài, giới thiệu các mô hình trên, thông tin rộng rãi đến người dân, định kì phát 2 lần/tuần vào thứ 2 và thứ 5 hàng tuần.",
  ],
  effectiveFrom: AD_FROM,
  validFrom: AD_FROM,
  validTo: AD_TO,
  recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO,TH", dates: [], exdates: [] },
  hours: { kind: "OFFICE_HOURS" },
  intakeCutoff: null,
  turnaround: { kind: "STATUTORY" },
  workingDaysOnly: true,
  noDeferralPastWeekend: false,
  place: "OTHER",
  placeNote: "Đài phát thanh xã An Dũng.",
  eligibleGroups: ["EVERYONE"],
  scopes: [scope(`${AD}/dai-phat-thanh`, [])],
  attendeeRoles: [],
  assumptions: [
    "The plan gives no broadcast time; broadcasts are placed within office hours.",
    "Broadcasts are made by commune staff and are skipped on official days off.",
    "The broadcasts cover no procedure; the scope is the radio station with an empty procedure list.",
  ],
};

const anDungPlan: SeedPlan = {
  key: "an-dung-2023-2025-sang-kien-cchc",
  sourceFile: "001_6ea30bfb0cc3ba6a.txt",
  number: "32",
  symbol: "KH-UBND",
  issuingUnitKey: AD,
  signingPlace: "An Dũng",
  signedOn: { year: 2023, month: 3, day: 7 },
  title: "Chuyên đề phát huy sáng kiến về công tác cải cách hành chính trên địa bàn xã giai đoạn 2023-2025",
  legalBases: [
    "Thực hiện Quyết định số 895/QĐ-UBND ngày 31/12/2022 của UBND xã An Dũng về việc “Ban hành Kế hoạch cải cách hành chính xã An Dũng năm 2023”.",
  ],
  purposes: [
    "Nhằm đẩy mạnh công tác CCHC, phát huy những sáng kiến, giải pháp hay được đề xuất trong thực tiễn góp phần nâng cao hiệu lực, hiệu quả hoạt động của cơ quan, nâng cao chất lượng phục vụ tạo sự hài lòng của người dân và doanh nghiệp. Từ đó, tạo động lực thúc đẩy xây dựng nền hành chính dân chủ, hiện đại, chuyên nghiệp, kỷ cương, công khai, minh bạch, nâng cao chất lượng giải trình.",
  ],
  requirements: [
    "Việc triển khai thực hiện các mô hình CCHC với mục tiêu xây dựng chính quyền thân thiện, phục vụ Nhân dân giai đoạn 2023 - 2025 phải bảo đảm thiết thực, hiệu quả, thực chất, không hình thức, tạo đột phá trong công tác CCHC của địa phương.",
    "Gắn kết quả của việc triển khai thực hiện các mô hình với trách nhiệm của người đứng đầu cơ quan, của công chức thực hiện các thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả và Ban chỉ đạo CCHC xã.",
  ],
  validFrom: AD_FROM,
  validTo: AD_TO,
  status: "ISSUED",
  signerName: "Đình Văn Phiên",
  signerTitle: "Chủ tịch Ủy ban nhân dân xã An Dũng",
  recipients: [
    "UBND huyện An Lão;",
    "Phòng Nội vụ huyện;",
    "Thường trực Đảng ủy xã;",
    "CT, PCT HĐND xã;",
    "CT, PCT UBND xã;",
    "Mặt trận và các đoàn thể xã;",
    "BND 4 thôn;",
    "Đài phát thanh;",
    "Bộ phận Tiếp nhận và trả kết quả xã;",
    "Lưu: VT.",
  ],
  tasks: [
    ...[`${AD}/dia-chinh`, `${AD}/nong-nghiep`, `${AD}/tu-phap-ho-tich`, `${AD}/van-hoa-xa-hoi`].map(
      (unitKey): SeedTask => ({
        unitKey,
        description:
          "Rà soát, lập danh sách các thủ tục hành chính áp dụng vào mô hình “Ngày thứ sáu không viết – không nộp – không hẹn” và thông báo, xong trước ngày 10/3/2023.",
        dueOn: "2023-03-09",
        sourceQuote:
          "- Thực hiện rà soát, lập danh sách các thủ tục hành chính áp dụng vào mô hình “*Ngày thứ sáu không viết – không nộp – không hẹn*”. Việc rà soát, lập danh mục TTHC và thông báo xong cần thực hiện trước ngày 10/3/2023.",
      }),
    ),
    {
      unitKey: AD_VP,
      description:
        "Tổng hợp kết quả rà soát danh mục TTHC áp dụng mô hình “Ngày thứ sáu không viết – không nộp – không hẹn”, tham mưu văn bản, thông báo rộng rãi và niêm yết công khai tại Bộ phận Tiếp nhận và trả kết quả.",
      dueOn: null,
      sourceQuote:
        "- Tổng hợp kết quả rà soát danh mục TTHC áp dụng thực hiện mô hình “*Ngày thứ sáu không viết – không nộp – không hẹn*” của các ngành, tham mưu văn bản, thông báo rộng rãi và niêm yết công khai tại Bộ phận Tiếp nhận và trả kết quả của xã.",
    },
    {
      unitKey: AD_DESK,
      description:
        "Cán bộ đầu mối chủ trì thực hiện mô hình “Ba không”, phối hợp với công chức các ngành; bắt đầu thực hiện từ ngày 13/3/2023.",
      dueOn: "2023-03-13",
      sourceQuote:
        "- Giao Cán bộ đầu mối tại Bộ phận Tiếp nhận và trả kết quả chủ trì thực hiện, phối hợp với công chức các ngành có thực hiện thủ tục hành chính triển khai thực hiện các nội dung của kế hoạch, thời gian thực hiện bắt đầu từ ngày 13/3/2023.",
    },
    {
      unitKey: AD_VP,
      description: "Dựng các mẫu thư chúc mừng, thư chia buồn, thư xin lỗi.",
      dueOn: null,
      sourceQuote:
        "- Dựng các mẫu thư chúc mừng, thư chia buồn, thư xin lỗi cho phù hợp với hoàn cảnh và tình hình thực tế hiện nay khi thực hiện mô hình gửi “Thư chúc mừng”, “Thư chia buồn”, “Thư xin lỗi” với người dân, doanh nghiệp”.",
    },
    {
      unitKey: AD_VP,
      description:
        "Sắp xếp lịch để lãnh đạo UBND, thành viên BCĐ CCHC, các ban ngành tham gia “Ngày thứ bảy lắng nghe dân nói”; chuẩn bị nội dung, chương trình và thông báo thời gian cụ thể.",
      dueOn: null,
      sourceQuote:
        "- Linh hoạt sắp xếp lịch, thời gian để lãnh đạo UBND, thành viên BCĐ CCHC, các ban ngành liên quan tham gia mô hình “Ngày thứ bảy lắng nghe dân nói”.",
    },
    {
      unitKey: `${AD}/dai-phat-thanh`,
      description: "Xây dựng tin bài giới thiệu các mô hình, phát 2 lần/tuần vào thứ Hai và thứ Năm.",
      dueOn: null,
      sourceQuote:
        "Xây dựng tin bài, giới thiệu các mô hình trên, thông tin rộng rãi đến người dân, định kì phát 2 lần/tuần vào thứ 2 và thứ 5 hàng tuần.",
    },
    {
      unitKey: AD_VP,
      description: "Hằng năm tham mưu UBND xã thành lập Tổ kiểm tra, khảo sát, đánh giá kết quả thực hiện kế hoạch.",
      dueOn: null,
      sourceQuote:
        "- Trong từng năm, tùy theo tình hình thực tế, Văn phòng - Thống kê tham mưu UBND xã thành lập Tổ kiểm tra, khảo sát, đánh giá tình hình kết quả thực hiện kế hoạch này.",
    },
  ],
  reporting: [
    {
      key: "an-dung-bao-cao-quy",
      title: "Báo cáo kết quả thực hiện các mô hình theo quý (lồng ghép báo cáo CCHC định kỳ)",
      frequency: "QUARTERLY",
      reporterUnitKeys: [AD],
      reviewerUnitKey: "binh-dinh/an-lao/phong-noi-vu",
      dueOn: null,
      dueDaysAfterPeriod: null,
      sourceQuote: "- Tổng hợp, báo cáo kết quả thực hiện các mô hình theo quý, theo năm.",
    },
    {
      key: "an-dung-bao-cao-nam",
      title: "Báo cáo kết quả thực hiện các mô hình theo năm (lồng ghép báo cáo CCHC định kỳ)",
      frequency: "ANNUAL",
      reporterUnitKeys: [AD],
      reviewerUnitKey: "binh-dinh/an-lao/phong-noi-vu",
      dueOn: null,
      dueDaysAfterPeriod: null,
      sourceQuote:
        "- Bộ phận Văn phòng – Thống kê xã có trách nhiệm tổng hợp, báo cáo kết quả thực hiện các mô hình lồng ghép với báo cáo CCHC định kỳ theo văn bản chỉ đạo của UBND huyện tại Công văn số 240/UBND Ngày 07/3/2022 “V/v hướng dẫn thực hiện báo cáo cải cách hành chính định kỳ”,",
    },
  ],
  models: [anDungBaKhong, anDungLetters, anDungListening, anDungRadio],
  assumptions: [
    "The plan runs \"từ khi được ký ban hành cho đến năm 2025\"; its validity is 07/03/2023 (signing) to 31/12/2025.",
    "The reports are folded into the district's periodic administrative-reform report (Công văn 240/UBND of 07/03/2022), which goes to the district Phòng Nội vụ; the plan does not name the reviewer or the due days, so dueDaysAfterPeriod is null.",
    "\"Trước ngày 10/3/2023\" is read as due on 09/03/2023.",
    "\"Văn phòng UBND xã\" (section III.1) and \"Bộ phận Văn phòng – Thống kê\" (sections II.3.2 and IV.2) are taken to be the same unit.",
    "The recipient line \"BND 4thôn\" is recorded with the missing space restored (\"BND 4 thôn\").",
    "The signer's name is kept as printed (\"Đình Văn Phiên\"); \"Đình\" may be an OCR error for the common surname \"Đinh\".",
    "Xã An Dũng and huyện An Lão ceased to exist on 01/07/2025 (two-tier reform); the plan's stated end (2025) is kept and the product should stop its rules at the units' end.",
  ],
};

// =======================================================================================
// 002 — UBND xã Phổ Nhơn: “Ngày thứ Tư không hẹn” và “ngày Dịch vụ công trực tuyến” (2024)
// =======================================================================================

const PN = "quang-ngai/duc-pho/pho-nhon";
const PN_FROM = "2024-03-01";

/** The 12 procedures of section II.1, in the plan's order. */
const phoNhonProcedures = [
  "cap-giay-xac-nhan-tinh-trang-hon-nhan",
  "dang-ky-lai-khai-sinh",
  "dang-ky-ket-hon",
  "dang-ky-khai-tu",
  "cap-ban-sao-trich-luc-ho-tich",
  "chung-thuc-ban-sao-tu-ban-chinh",
  "chung-thuc-chu-ky",
  "chung-thuc-hop-dong-giao-dich",
  "xac-nhan-ho-truc-tiep-san-xuat-nong-nghiep",
  "gia-han-su-dung-dat",
  "dinh-chinh-giay-chung-nhan",
  "doi-cap-lai-giay-xac-nhan-khuyet-tat",
];

const PN_QUOTE_LIST =
  "Mô hình này được triển khai thực hiện vào ngày thứ Tư hàng tuần, công dân đến Bộ phận Tiếp nhận và Trả kết quả (TN&TKQ) của xã Phổ Nhơn thực hiện các loại thủ tục hành chính (TTHC) thuộc lĩnh vực như: Thủ tục xác nhận tình trạng hôn nhân; thủ tục đăng ký lại khai sinh; đăng ký kết hôn; đăng ký khai tử; trích lục bản sao hộ tịch; chứng thực sao y bản chính; chứng thực chữ ký; chứng thực hợp đồng giao dịch; xác nhận hộ trực tiếp sản xuất nông nghiệp; hồ sơ xin gia hạn thời gian sử dụng đất; thủ tục đính chính thông tin trong giấy chứng nhận quyền sử dụng đất; thủ tục đổi, cấp lại giấy xác nhận khuyết tật.";
const PN_QUOTE_TIME =
  "Với mô hình “**Ngày thứ Tư không hẹn**” và “**ngày Dịch vụ công trực tuyến**” là mô hình thực hiện giải quyết hồ sơ ngay trong ngày, thời gian giải quyết từ 30 – 60 phút hoặc nửa buổi, với điều kiện hồ sơ hợp lệ và thời gian nộp hồ sơ từ 7 giờ đến 15h30 trong ngày.";
const PN_QUOTE_START =
  "3. Thời gian thực hiện: Thường xuyên ngày thứ **Tư** hàng tuần, thời gian bắt đầu áp dụng Mô hình từ ngày **01/3/2024**. Hàng năm có sơ kết, tổng kết đánh giá quá trình thực hiện Mô hình, tiếp tục thực hiện Mô hình nếu thấy đạt hiệu quả.";

const phoNhonNoAppointment: SeedModel = {
  key: "pho-nhon-thu-tu-khong-hen",
  kind: "NO_APPOINTMENT_DAY",
  name: "Ngày thứ Tư không hẹn",
  description:
    "Mỗi thứ Tư, tại Bộ phận TN&TKQ xã Phổ Nhơn, 12 thủ tục được giải quyết ngay trong ngày (30–60 phút hoặc nửa buổi) khi hồ sơ hợp lệ và nộp từ 7 giờ đến 15 giờ 30.",
  sourceQuotes: [
    PN_QUOTE_LIST,
    PN_QUOTE_TIME,
    PN_QUOTE_START,
    "4. Địa điểm: Bộ phận Tiếp nhận và Trả kết quả của xã Phổ Nhơn.",
    "Khi tổ chức, cá nhân đến Bộ phận TN&TKQ của xã thực hiện các TTHC nêu tại Mục 1 phần II Kế hoạch này vào ngày thứ **Tư** hàng tuần sẽ được các công chức chuyên môn làm việc tại Bộ phận TN&TKQ của xã tập trung thực hiện giải quyết TTHC do mình phụ trách đảm bảo thời gian nhanh nhất để trả kết quả cho người dân.",
  ],
  effectiveFrom: PN_FROM,
  validFrom: PN_FROM,
  validTo: null,
  recurrence: { rrule: "FREQ=WEEKLY;BYDAY=WE", dates: [], exdates: [] },
  hours: { kind: "OFFICE_HOURS" },
  intakeCutoff: "15:30",
  turnaround: { kind: "MINUTES", minutes: 60 },
  workingDaysOnly: true,
  noDeferralPastWeekend: false,
  place: "OFFICE_DESK",
  placeNote: "Bộ phận Tiếp nhận và Trả kết quả của xã Phổ Nhơn.",
  eligibleGroups: ["EVERYONE"],
  scopes: [scope(PN, phoNhonProcedures)],
  attendeeRoles: [],
  assumptions: [
    "\"30 – 60 phút hoặc nửa buổi\" is recorded as a promise of 60 working minutes, never past the day's close; \"nửa buổi\" (half a session) is not expressed.",
    "\"Thời gian nộp hồ sơ từ 7 giờ đến 15h30\" is recorded as the office hours of the day (which open at 07:00 and keep the lunch break) with an intake cut-off at 15:30.",
    "The plan is open-ended (\"tiếp tục thực hiện Mô hình nếu thấy đạt hiệu quả\"), so validTo is null; xã Phổ Nhơn was merged into the new xã Nguyễn Nghiêm on 01/07/2025 and the product should stop the rule at the unit's end.",
    "\"Trích lục bản sao hộ tịch\" is mapped to the national procedure \"Cấp bản sao Trích lục hộ tịch\", \"chứng thực sao y bản chính\" to \"Chứng thực bản sao từ bản chính\", and the land procedures to the district-level procedures that the commune receives.",
    "Section II.2 says renamed or replaced procedures keep their place in the list; the product should follow the catalogue's successor procedure.",
    "A Wednesday that is an official day off has no session.",
  ],
};

const phoNhonOnlineDay: SeedModel = {
  key: "pho-nhon-ngay-dich-vu-cong-truc-tuyen",
  kind: "ONLINE_SERVICE_DAY",
  name: "Ngày Dịch vụ công trực tuyến",
  description:
    "Mỗi thứ Tư, lãnh đạo và công chức trực tại Bộ phận TN&TKQ xã Phổ Nhơn hướng dẫn người dân tạo tài khoản, nộp hồ sơ trực tuyến và thanh toán phí, lệ phí trực tuyến.",
  sourceQuotes: [
    "Phân công 01 đồng chí lãnh đạo trực tiếp ký giấy và thành viên trực tại Bộ phận TN&TKQ của xã để hướng dẫn người dân kê khai TTHC, đồng thời hướng dẫn tạo tài khoản và nộp hồ sơ trực tuyến cho người dân khi có nhu cầu hỗ trợ thực hiện dịch vụ công trực tuyến và thanh toán trực tuyến đối với các TTHC quy định có thu phí, lệ phí.",
    "Nhằm giúp tổ chức, cá nhân nhận thức rõ lợi ích của dịch vụ công trực tuyến mang lại như: Giảm thời gian trong giải quyết thủ tục hành chính, giảm thời gian đi lại trong quá trình liên hệ giải quyết giấy tờ, giảm phí, lệ phí (nếu có)... từ đó từng bước hình thành và thay đổi thói quen nộp hồ sơ từ **trực tiếp** sang **trực tuyến**, không phải đến Bộ phận Tiếp nhận và Trả kết quả mới thực hiện được dịch vụ công trực tuyến, qua đó mang đến sự hài lòng cho người dân, tổ chức, doanh nghiệp tại Bộ phận Tiếp nhận và Trả kết quả của xã.",
    PN_QUOTE_START,
  ],
  effectiveFrom: PN_FROM,
  validFrom: PN_FROM,
  validTo: null,
  recurrence: { rrule: "FREQ=WEEKLY;BYDAY=WE", dates: [], exdates: [] },
  hours: { kind: "OFFICE_HOURS" },
  intakeCutoff: null,
  turnaround: { kind: "STATUTORY" },
  workingDaysOnly: true,
  noDeferralPastWeekend: false,
  place: "OFFICE_DESK",
  placeNote: "Hỗ trợ nộp hồ sơ trực tuyến tại Bộ phận TN&TKQ xã Phổ Nhơn.",
  eligibleGroups: ["EVERYONE"],
  scopes: [allProceduresScope(PN)],
  attendeeRoles: [],
  assumptions: [
    "The help with online submission is given at the desk during office hours on Wednesdays; the plan names no other hours.",
    "The online day helps with every procedure of the commune that can be submitted online, so the scope is all procedures, and it does not change their legal time limits.",
  ],
};

const phoNhonPlan: SeedPlan = {
  key: "pho-nhon-2024-thu-tu-khong-hen",
  sourceFile: "002_9519aefdb11fd813.txt",
  number: null,
  symbol: "KH-UBND",
  issuingUnitKey: PN,
  signingPlace: "Phổ Nhơn",
  signedOn: { year: 2024, month: 2, day: null },
  title:
    "Thực hiện mô hình “Ngày thứ Tư không hẹn” và “ngày Dịch vụ công trực tuyến” trong công tác cải cách hành chính trên địa bàn xã Phổ Nhơn",
  legalBases: [
    "Thực hiện Chương trình công tác năm của UBND xã và được sự thống nhất các đồng chí lãnh đạo Đảng ủy, UBND xã tại cuộc họp thường kỳ của UBND xã ngày 16/02/2024, UBND xã xây dựng Kế hoạch triển khai thực hiện mô hình “Ngày thứ Tư không hẹn” và “ngày Dịch vụ công trực tuyến” trong công tác cải cách hành chính trên địa bàn xã Phổ Nhơn với nội dung như sau:",
  ],
  purposes: [
    "Nhằm giúp tổ chức, cá nhân nhận thức rõ lợi ích của dịch vụ công trực tuyến mang lại như: Giảm thời gian trong giải quyết thủ tục hành chính, giảm thời gian đi lại trong quá trình liên hệ giải quyết giấy tờ, giảm phí, lệ phí (nếu có)... từ đó từng bước hình thành và thay đổi thói quen nộp hồ sơ từ trực tiếp sang trực tuyến, không phải đến Bộ phận Tiếp nhận và Trả kết quả mới thực hiện được dịch vụ công trực tuyến, qua đó mang đến sự hài lòng cho người dân, tổ chức, doanh nghiệp tại Bộ phận Tiếp nhận và Trả kết quả của xã.",
    "Đổi mới, nâng cao hiệu quả hoạt động của Bộ phận Tiếp nhận và Trả kết quả xã Phổ Nhơn về thực hiện cơ chế Một cửa, Một cửa liên thông trong giải quyết thủ tục hành chính cho tổ chức, cá nhân.",
  ],
  requirements: [
    "Thực hiện các nhiệm vụ của địa phương gắn với công tác cải cách hành chính, trong đó xác định cụ thể các nhiệm vụ triển khai thực hiện mô hình “Ngày thứ Tư không hẹn” và “ngày Dịch vụ công trực tuyến”. Góp phần nâng cao hiệu lực, hiệu quả hoạt động của địa phương, nâng cao chất lượng phục vụ tạo sự hài lòng của người dân, tổ chức và doanh nghiệp; cải thiện các chỉ số cải cách hành chính của xã.",
  ],
  validFrom: PN_FROM,
  validTo: null,
  status: "ISSUED",
  signerName: "Nguyễn Bảo Toàn",
  signerTitle: "Chủ tịch Ủy ban nhân dân xã Phổ Nhơn",
  recipients: [
    "UBND thị xã Đức Phổ;",
    "Phòng Nội vụ thị xã;",
    "Phòng Tư pháp thị xã;",
    "TT. Đảng ủy xã;",
    "TT. HĐND xã;",
    "CT, các PCT UBND xã;",
    "TT. UBMTTQVN xã;",
    "Các Hội đoàn thể của xã;",
    "Các ngành thuộc UBND xã;",
    "Đài truyền thanh xã;",
    "05 thôn;",
    "Lưu: VT.",
  ],
  tasks: [
    {
      unitKey: PN,
      description:
        "Phân công 01 lãnh đạo trực tiếp ký giấy và thành viên trực tại Bộ phận TN&TKQ vào thứ Tư để hướng dẫn kê khai, tạo tài khoản, nộp hồ sơ và thanh toán trực tuyến.",
      dueOn: PN_FROM,
      sourceQuote:
        "Phân công 01 đồng chí lãnh đạo trực tiếp ký giấy và thành viên trực tại Bộ phận TN&TKQ của xã để hướng dẫn người dân kê khai TTHC, đồng thời hướng dẫn tạo tài khoản và nộp hồ sơ trực tuyến cho người dân khi có nhu cầu hỗ trợ thực hiện dịch vụ công trực tuyến và thanh toán trực tuyến đối với các TTHC quy định có thu phí, lệ phí.",
    },
    {
      unitKey: `${PN}/dai-truyen-thanh`,
      description:
        "Thường xuyên tuyên truyền Kế hoạch trên hệ thống Đài truyền thanh xã; hằng tuần ghi hình tại bộ phận Một cửa và đưa tin lên Trang thông tin điện tử của xã.",
      dueOn: null,
      sourceQuote: "Hàng tuần đến bộ phận Một cửa xã ghi hình và đưa tin lên Trang thông tin điện tử của xã.",
    },
    ...phoNhonVillageKeys.map(
      (unitKey): SeedTask => ({
        unitKey,
        description: "Tuyên truyền các thủ tục hành chính và thời gian giải quyết theo mô hình đến người dân, tổ chức.",
        dueOn: null,
        sourceQuote:
          "Tuyên truyền những Thủ tục hành chính, thời gian giải quyết về nội dung của mô hình đến người dân, tổ chức được biết.",
      }),
    ),
  ],
  reporting: [
    {
      key: "pho-nhon-so-ket-hang-nam",
      title: "Sơ kết, tổng kết đánh giá hằng năm quá trình thực hiện Mô hình",
      frequency: "ANNUAL",
      reporterUnitKeys: [PN],
      reviewerUnitKey: "quang-ngai/duc-pho/phong-noi-vu",
      dueOn: null,
      dueDaysAfterPeriod: null,
      sourceQuote:
        "Hàng năm có sơ kết, tổng kết đánh giá quá trình thực hiện Mô hình, tiếp tục thực hiện Mô hình nếu thấy đạt hiệu quả.",
    },
  ],
  models: [phoNhonNoAppointment, phoNhonOnlineDay],
  assumptions: [
    "The number and the signing day are blank in the original (\"Số: /KH-UBND\", \"ngày tháng 02 năm 2024\"), in the copy we have; the model was carried out from 01/03/2024, so the plan is recorded as issued in February 2024 (on or after the meeting of 16/02/2024) with its number and day shown blank.",
    "The plan has no section \"Căn cứ\"; its opening \"Thực hiện…\" sentence is recorded as its basis.",
    "The yearly review names no reviewer; it is sent to the town's Phòng Nội vụ, the first specialist recipient of the plan.",
    "The tasks of the commune's Fatherland Front, associations and departments have no unit in the tree; the villages' part of that task is recorded, one task per village.",
    "The five villages are numbered \"Thôn 1\"…\"Thôn 5\" because their real names could not be sourced.",
    "The commune leadership's duty roster is recorded as due on the model's first day, 01/03/2024.",
  ],
};

// =======================================================================================
// 003 — UBND thị xã Phước Long: Kế hoạch 190/KH-UBND, “Chính quyền thân thiện” (2023–2025)
// =======================================================================================

const PL = "binh-phuoc/phuoc-long";
const PL_NOI_VU = `${PL}/phong-noi-vu`;
const PL_FROM = "2023-08-01";
const PL_TO = "2025-12-31";

const PL_SAME_DAY_QUOTES = [
  "2. Lựa chọn các thủ tục hành chính khi đủ hồ sơ có thể giải quyết và trả kết quả trong ngày, đặc biệt là ngày thứ 6 không hẹn qua tuần để triển khai",
  "- Các thủ tục hành chính được chọn giải quyết trong ngày, đảm bảo đạt 100% .",
  "Căn cứ thủ tục hành chính đã đăng ký giải quyết trong ngày theo phụ lục đính kèm, chịu trách nhiệm triển khai thực hiện có hiệu quả. Đối với đơn vị chưa đăng ký, yêu cầu thủ trưởng các đơn vị tiếp tục rà soát đăng ký, triển khai thực hiện.",
  "Thời gian thực hiện: kể từ tháng 8/2023.",
  "- Tổ chức quán triệt, tuyên truyền trong CBCCVC về thực hiện mô hình; thực hiện tiếp nhận và giải quyết TTHC đủ hồ sơ giải quyết ngay trong ngày (*đặc biệt là ngày thứ sáu không hẹn quan tuần*) đảm bảo đạt chỉ tiêu kế hoạch đề ra.",
];

/** Scopes of the same-day model: the units that registered, with their appendix entries. */
const phuocLongSameDayScopes: SeedModelScope[] = [
  scope(`${PL}/phong-lao-dong-thuong-binh-va-xa-hoi`, ["mai-tang-phi-cuu-chien-binh"], {
    localName: "Chính quyền thân thiện",
  }),
  scope(`${PL}/phong-tai-chinh-ke-hoach`, ["dang-ky-thanh-lap-ho-kinh-doanh"], {
    localName: "Chính quyền thân thiện",
  }),
  scope(`${PL}/phong-quan-ly-do-thi`, ["gia-han-giay-phep-xay-dung", "cap-lai-giay-phep-xay-dung"], {
    localName: "Chính quyền thân thiện",
  }),
  scope(`${PL}/phong-tu-phap`, districtCivilStatusProcedureKeys, { localName: "Chính quyền thân thiện" }),
  scope(`${PL}/van-phong-hdnd-va-ubnd`, [], { localName: "Chính quyền thân thiện" }),
  scope(`${PL}/phong-noi-vu`, ["tang-giay-khen-chu-tich-ubnd-cap-huyen-thanh-tich-dot-xuat"], {
    localName: "Chính quyền thân thiện",
  }),
  scope(
    `${PL}/phong-giao-duc-va-dao-tao`,
    ["chuyen-truong-hoc-sinh-trung-hoc-co-so", "chuyen-truong-hoc-sinh-tieu-hoc"],
    { localName: "Bốn tại chỗ" },
  ),
  scope(
    `${PL}/long-thuy`,
    ["chung-thuc-ban-sao-tu-ban-chinh", "chung-thuc-hop-dong-giao-dich", "chung-thuc-chu-ky"],
    { localName: "Nâng cao chất lượng phục vụ nhân dân tại bộ phận một cửa" },
  ),
  scope(
    `${PL}/thac-mo`,
    [
      "dang-ky-khai-sinh",
      "dang-ky-khai-tu",
      "dang-ky-ket-hon",
      "cap-giay-xac-nhan-tinh-trang-hon-nhan",
      "chung-thuc-ban-sao-tu-ban-chinh",
    ],
    { localName: "Chính quyền thân thiện trong giải quyết TTHC" },
  ),
  scope(`${PL}/son-giang`, ["dang-ky-khai-tu", "dang-ky-ket-hon"], { localName: "5 biết và 3 thể hiện" }),
  scope(
    `${PL}/long-phuoc`,
    [
      "chung-thuc-chu-ky",
      "chung-thuc-ban-sao-tu-ban-chinh",
      "dang-ky-ket-hon",
      "dang-ky-khai-tu",
      "cap-ban-sao-trich-luc-ho-tich",
    ],
    { localName: "Chính quyền thân thiện" },
  ),
  scope(
    `${PL}/phuoc-binh`,
    ["dang-ky-ket-hon", "dang-ky-khai-tu", "chung-thuc-chu-ky", "chung-thuc-ban-sao-tu-ban-chinh"],
    { localName: "Chính quyền thân thiện" },
  ),
  scope(`${PL}/long-giang`, ["cap-giay-xac-nhan-tinh-trang-hon-nhan"], {
    localName: "Chính quyền thân thiện 3 biết, 3 không",
  }),
  scope(`${PL}/phuoc-tin`, ["cap-giay-xac-nhan-tinh-trang-hon-nhan", "cap-ban-sao-trich-luc-ho-tich"], {
    localName: "Chính quyền thân thiện",
  }),
];

const phuocLongPledge: SeedModel = {
  key: "phuoc-long-4-xin-4-luon-5-khong",
  kind: "FRIENDLY_PLEDGE",
  name: "Chính quyền thân thiện: “4 xin”, “4 luôn”, “5 không”",
  description:
    "Cán bộ, công chức, viên chức toàn thị xã thực hiện “4 xin” (xin chào, xin lỗi, xin cảm ơn, xin phép), “4 luôn” (luôn mỉm cười, luôn nhẹ nhàng, luôn lắng nghe, luôn giúp đỡ) và “5 không”; ký cam kết, treo khẩu hiệu, khảo sát sự hài lòng, xong trong tháng 8/2023.",
  sourceQuotes: [
    "Thực hiện nghiêm “4 xin” gồm: Xin chào, xin lỗi, xin cảm ơn, xin phép; “4 luôn” gồm: Luôn mỉm cười, luôn nhẹ nhàng, luôn lắng nghe, luôn giúp đỡ; “5 không” gồm: Không cửa quyền, hách dịch, gây khó khăn, phiền hà; không quan liêu, vô cảm, vô trách nhiệm; không tham nhũng, lãng phí, lợi ích nhóm; không xu nịnh, chạy chọt, gian dối; không lợi dụng chức vụ, quyền hạn trong thực thi công vụ.",
    "- Tổ chức ký cam kết thực hiện: Thủ trưởng các cơ quan chuyên môn trực thuộc UBND thị xã, Chủ tịch UBND xã, phường tổ chức cho CBCCVC ký cam kết thực hiện mô hình “*Chính quyền thân thiện*”.",
    "Thời gian: Thực hiện xong trong **tháng 8/2023**.",
    "1. Thời gian bắt đầu triển khai thực hiện mô hình: Tháng 8/2023.",
  ],
  effectiveFrom: PL_FROM,
  validFrom: PL_FROM,
  validTo: PL_TO,
  recurrence: { rrule: null, dates: [], exdates: [] },
  hours: { kind: "OFFICE_HOURS" },
  intakeCutoff: null,
  turnaround: { kind: "STATUTORY" },
  workingDaysOnly: true,
  noDeferralPastWeekend: false,
  place: "OFFICE_DESK",
  placeNote: "Trụ sở các cơ quan, đơn vị, UBND xã, phường; Bộ phận Một cửa điện tử thị xã, xã, phường.",
  eligibleGroups: ["EVERYONE"],
  scopes: [
    ...phuocLongDepartmentKeys.map((unitKey) => allProceduresScope(unitKey)),
    allProceduresScope(`${PL}/bo-phan-mot-cua`),
    ...phuocLongWardKeys.map((unitKey) => allProceduresScope(unitKey)),
  ],
  attendeeRoles: [],
  assumptions: [
    "The code of conduct applies to every department and ward of the town, including the three departments that registered no same-day procedure, and to every dealing with the public, so each scope covers all procedures.",
    "\"Tháng 8/2023\" as the start is read as 01/08/2023; the plan ends with the final review \"vào cuối năm 2025\", read as 31/12/2025.",
    "The pledge has no schedule: it has no recurrence and does not change any time limit.",
  ],
};

const phuocLongSameDay: SeedModel = {
  key: "phuoc-long-giai-quyet-trong-ngay",
  kind: "NO_APPOINTMENT_DAY",
  name: "Giải quyết hồ sơ khi đủ điều kiện ngay trong ngày, không để ngày thứ 6 hẹn qua tuần",
  description:
    "Các phòng chuyên môn và UBND xã, phường đã đăng ký (phụ lục của Kế hoạch 190/KH-UBND) giải quyết và trả kết quả ngay trong ngày đối với các thủ tục đã chọn khi hồ sơ đầy đủ; hồ sơ nhận vào thứ Sáu không được hẹn sang tuần sau. Chỉ tiêu: 100% thủ tục đã chọn được giải quyết trong ngày.",
  sourceQuotes: PL_SAME_DAY_QUOTES,
  effectiveFrom: PL_FROM,
  validFrom: PL_FROM,
  validTo: PL_TO,
  recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", dates: [], exdates: [] },
  hours: { kind: "OFFICE_HOURS" },
  intakeCutoff: null,
  turnaround: { kind: "SAME_DAY" },
  workingDaysOnly: true,
  noDeferralPastWeekend: true,
  place: "OFFICE_DESK",
  placeNote: "Bộ phận Một cửa điện tử thị xã (cho các phòng chuyên môn) và Bộ phận Một cửa của UBND xã, phường.",
  eligibleGroups: ["EVERYONE"],
  scopes: phuocLongSameDayScopes,
  attendeeRoles: [],
  assumptions: [
    "The same-day rule applies on every working day, Monday to Friday, with Friday's extra promise that no dossier is deferred to the next week.",
    "Each scope is one unit that registered in the appendices, with its own model name as `localName`; Thanh tra thị xã, Phòng Văn hóa và Thông tin and Phòng Kinh tế registered nothing and have no scope.",
    "Văn phòng HĐND&UBND chose the model but the appendix lists no procedure for it, so its scope has an empty procedure list.",
    "Phòng Tư pháp registered \"Lĩnh vực hộ tịch\" (the whole civil-status field); its scope lists the district-level civil-status procedures of the catalogue.",
    "Phòng Lao động-Thương binh và Xã hội registered \"Thủ tục giải quyết chế độ mai táng phí\" without naming the beneficiaries; it is mapped to the funeral allowance for veterans (Giải quyết chế độ mai táng phí đối với cựu chiến binh).",
    "The appendix's \"bản sau\" (\"chứng thực bản sau từ bản chính\", \"cấp bản sau lục hộ tịch\") is the obvious typo for \"bản sao\" and is mapped to the certification of copies and to \"Cấp bản sao Trích lục hộ tịch\"; \"cấp sao trích lục hộ tịch\" (Phước Tín) likewise.",
    "The model promises the same day for procedures whose legal time limit is longer (e.g. contract certification, construction permits): that is the plan's commitment, not the law's.",
    "\"Tháng 8/2023\" is read as 01/08/2023 and the end of the period (final review \"vào cuối năm 2025\") as 31/12/2025; thị xã Phước Long and its wards ceased to exist on 01/07/2025 and the product should stop the rule at the units' end.",
  ],
};

const phuocLongPlan: SeedPlan = {
  key: "phuoc-long-2023-2025-chinh-quyen-than-thien",
  sourceFile: "003_3f8a77aab6a1debd.txt",
  number: "190",
  symbol: "KH-UBND",
  issuingUnitKey: PL,
  signingPlace: "Phước Long",
  signedOn: { year: 2023, month: 8, day: 8 },
  title: "Triển khai thực hiện mô hình “Chính quyền thân thiện” trên địa bàn thị xã Phước Long, giai đoạn 2023 - 2025",
  legalBases: [
    "Thực hiện Quyết định số 2685/QĐ-UBND ngày 18/10/2021 của UBND tỉnh ban hành Kế hoạch cải cách hành chính nhà nước giai đoạn 2021-2025 trên địa bàn tỉnh Bình Phước; Nghị quyết Đại hội Đảng bộ thị xã khóa XII, nhiệm kỳ 2020-2025; Chương trình hành động số 02-CTr/TU ngày 22/7/2020 của Thị ủy thực hiện Nghị quyết Đại hội Đảng bộ thị xã; Chương trình số 17-CTr/TU ngày 31/3/2023 của Thị ủy.",
    "Căn cứ Công văn số 1736/UBND-NC ngày 30/5/2023 của UBND tỉnh V/v triển khai các nhiệm vụ cải cách hành chính nhà nước.",
  ],
  purposes: [
    "Xây dựng “Chính quyền thân thiện” nhằm thực hiện tốt việc phục vụ nhân dân khi đến giải quyết công việc hành chính với tinh thần trách nhiệm “Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân” theo tư tưởng đạo đức, phong cách Hồ Chí Minh, góp phần thực hiện tốt phương châm hành động của Chính phủ “Đoàn kết, kỷ cương, đổi mới, sáng tạo, khát vọng phát triển”.",
    "Đổi mới lề lối làm việc của cán bộ, công chức, viên chức (CBCCVC) tại các cơ quan hành chính nhà nước, các đơn vị sự nghiệp công lập trong công tác phục vụ người dân, tổ chức.",
    "Tạo chuyển biến tích cực về nhận thức, trách nhiệm của các cơ quan, đơn vị, CBCCVC trong thực thi nhiệm vụ được giao nhất là thái độ của CBCCVC được giao nhiệm vụ giao tiếp, tiếp nhận, xử lý, giải quyết hồ sơ, thủ tục hành chính cho tổ chức, công dân; xây dựng đội ngũ CBCCVC có phẩm chất đạo đức, trình độ năng lực, có tinh thần trách nhiệm cao, tận tụy phục vụ nhân dân.",
    "Nâng cao trách nhiệm của CBCCVC và các cơ quan hành chính nhà nước đối với nền hành chính phục vụ, tạo bước chuyển biến mạnh mẽ trong chỉ đạo, điều hành và công tác phối hợp đồng bộ, kịp thời của các cơ quan, đơn vị.",
    "Cải thiện và nâng cao chất lượng phục vụ nhân dân góp phần nâng cao kết quả chỉ số cải cách hành chính, chỉ số hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan nhà nước; xây dựng hình ảnh chính quyền thân thiện vì nhân dân phục vụ trên địa bàn thị xã.",
  ],
  requirements: [
    "Xây dựng “Chính quyền thân thiện” đảm bảo sự hài lòng của người dân, tổ chức, cá nhân khi đến liên hệ giải quyết công việc hành chính; từng bước nâng cao chỉ số cải cách hành chính, chỉ số hài lòng của cá nhân, tổ chức.",
    "CBCCVC phải thể hiện văn minh, văn hóa trong giao tiếp ứng xử, tạo được hình ảnh người CBCCVC thân thiện, gần gũi với người dân, tổ chức khi đến liên hệ làm việc.",
    "Việc triển khai thực hiện mô hình “Chính quyền thân thiện”; lựa chọn thủ tục hành chính khi đủ hồ sơ có thể giải quyết trong ngày, đặc biệt là ngày thứ 6 không hẹn qua tuần, phải đảm bảo hiệu quả, không chạy theo thành tích.",
  ],
  validFrom: PL_FROM,
  validTo: PL_TO,
  status: "ISSUED",
  signerName: "Nguyễn Ngọc Công",
  signerTitle: "Chủ tịch Ủy ban nhân dân thị xã Phước Long",
  recipients: [
    "Sở Nội vụ (B/c);",
    "TT.TU- HĐND tx;",
    "CT, PCT.UBND tx;",
    "Các cơ quan, ban, ngành, đoàn thể;",
    "ĐU, UBND các xã, phường;",
    "LĐVP, CVVP;",
    "Lưu: VP",
  ],
  tasks: [
    ...[...phuocLongDepartmentKeys, ...phuocLongWardKeys].map(
      (unitKey): SeedTask => ({
        unitKey,
        description:
          "Tổ chức cho CBCCVC ký cam kết thực hiện mô hình “Chính quyền thân thiện”; xây dựng các bảng khẩu hiệu “4 xin”, “4 luôn”, “5 không” tại trụ sở — xong trong tháng 8/2023.",
        dueOn: "2023-08-31",
        sourceQuote:
          "- Tổ chức ký cam kết thực hiện: Thủ trưởng các cơ quan chuyên môn trực thuộc UBND thị xã, Chủ tịch UBND xã, phường tổ chức cho CBCCVC ký cam kết thực hiện mô hình “*Chính quyền thân thiện*”.",
      }),
    ),
    ...["thanh-tra", "phong-van-hoa-va-thong-tin", "phong-kinh-te"].map(
      (slug): SeedTask => ({
        unitKey: `${PL}/${slug}`,
        description: "Tiếp tục rà soát, đăng ký thủ tục hành chính giải quyết trong ngày và triển khai thực hiện.",
        dueOn: null,
        sourceQuote:
          "Đối với đơn vị chưa đăng ký, yêu cầu thủ trưởng các đơn vị tiếp tục rà soát đăng ký, triển khai thực hiện.",
      }),
    ),
    {
      unitKey: `${PL}/van-phong-hdnd-va-ubnd`,
      description:
        "Chủ trì triển khai mô hình tại Một cửa điện tử thị xã; đưa nội dung mô hình lên màn hình LED; nhắc công chức bấm kết thúc hồ sơ; họp giao ban hằng tháng tại Bộ phận một cửa điện tử và báo cáo Chủ tịch UBND thị xã.",
      dueOn: "2023-08-31",
      sourceQuote:
        "- Định kỳ hàng tháng tổ chức họp giao ban tại Bộ phận một cửa điện tử; báo cáo kết quả tiếp nhận, giải quyết hồ sơ, kết quả khảo sát sự hài lòng của tổ chức, cá nhân, báo cáo Chủ tịch UBND thị xã, đồng thời gửi các phòng, ban biết, phối hợp thực hiện.",
    },
    {
      unitKey: `${PL}/phong-van-hoa-va-thong-tin`,
      description:
        "Chủ trì, tham mưu tuyên truyền mô hình “Chính quyền thân thiện”, làm khẩu hiệu; thực hiện chuyển đổi số, hướng dẫn số hóa hồ sơ.",
      dueOn: null,
      sourceQuote:
        "- Chủ trì, tham mưu công tác tuyên truyền mô hình “*Chính quyền thân thiện*”; tham mưu làm các khẩu hiệu đảm bảo ngắn gọn, dễ hiểu, dễ nhớ, để tuyên truyền đúng mục đích, ý nghĩa các nội dung thực hiện Kế hoạch “*Chính quyền thân thiện*” bảo đảm thiết thực, hiệu quả.",
    },
    {
      unitKey: `${PL}/phong-tai-chinh-ke-hoach`,
      description: "Tham mưu bố trí kinh phí cho các đơn vị triển khai thực hiện Kế hoạch.",
      dueOn: null,
      sourceQuote: "Tham mưu bố trí kinh phí cho các đơn vị triển khai thực hiện Kế hoạch này.",
    },
    {
      unitKey: PL_NOI_VU,
      description:
        "Theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch (kết hợp kiểm tra CCHC, kỷ luật kỷ cương hành chính hằng năm); tổng hợp báo cáo trình UBND thị xã và gửi Sở Nội vụ; tham mưu khen thưởng.",
      dueOn: null,
      sourceQuote:
        "- Định kỳ tổng hợp Báo cáo trình UBND thị xã và gửi Sở Nội vụ đúng thời gian quy định và đề xuất giải quyết những khó khăn, vướng mắc nếu có.",
    },
  ],
  reporting: [
    {
      key: "phuoc-long-bao-cao-6-thang",
      title: "Báo cáo kết quả thực hiện Kế hoạch “Chính quyền thân thiện” 6 tháng",
      frequency: "SEMIANNUAL",
      reporterUnitKeys: [...phuocLongDepartmentKeys.filter((k) => k !== PL_NOI_VU), ...phuocLongWardKeys],
      reviewerUnitKey: PL_NOI_VU,
      dueOn: null,
      dueDaysAfterPeriod: null,
      sourceQuote:
        "- Định kỳ 6 tháng, năm: Căn cứ quy định về thời gian báo cáo CCHC, yêu cầu các phòng, ban, đơn vị liên quan, UBND xã, phường báo cáo kết quả thực hiện về UBND thị xã (qua Phòng Nội vụ); báo cáo đột xuất khi có yêu cầu.",
    },
    {
      key: "phuoc-long-bao-cao-nam",
      title: "Báo cáo kết quả thực hiện Kế hoạch “Chính quyền thân thiện” năm",
      frequency: "ANNUAL",
      reporterUnitKeys: [...phuocLongDepartmentKeys.filter((k) => k !== PL_NOI_VU), ...phuocLongWardKeys],
      reviewerUnitKey: PL_NOI_VU,
      dueOn: null,
      dueDaysAfterPeriod: null,
      sourceQuote:
        "- Định kỳ 6 tháng, năm: Căn cứ quy định về thời gian báo cáo CCHC, yêu cầu các phòng, ban, đơn vị liên quan, UBND xã, phường báo cáo kết quả thực hiện về UBND thị xã (qua Phòng Nội vụ); báo cáo đột xuất khi có yêu cầu.",
    },
    {
      key: "phuoc-long-tong-hop-gui-so-noi-vu",
      title: "Tổng hợp báo cáo trình UBND thị xã và gửi Sở Nội vụ",
      frequency: "SEMIANNUAL",
      reporterUnitKeys: [PL_NOI_VU],
      reviewerUnitKey: "binh-phuoc/so-noi-vu",
      dueOn: null,
      dueDaysAfterPeriod: null,
      sourceQuote:
        "- Định kỳ tổng hợp Báo cáo trình UBND thị xã và gửi Sở Nội vụ đúng thời gian quy định và đề xuất giải quyết những khó khăn, vướng mắc nếu có.",
    },
  ],
  models: [phuocLongPledge, phuocLongSameDay],
  assumptions: [
    "The plan's validity is 01/08/2023 (\"Tháng 8/2023\", section IV.1) to 31/12/2025 (final review at the end of 2025).",
    "The first appendix's heading cites \"Kế hoạch số: 10/C/KH-UBND ngày 8/8/2023\", an obvious OCR error for 190/KH-UBND; the second appendix's heading leaves number and date blank; both appendices are read as part of Kế hoạch 190/KH-UBND.",
    "Department names follow the appendix with capitalisation normalised (\"Phòng Văn hóa và Thông Tin\" → \"Thông tin\", \"Phòng Tư Pháp\" → \"Tư pháp\") and \"Phòng Tài chính Kế hoạch\" written \"Phòng Tài chính – Kế hoạch\".",
    "\"phuong châm\" in the first purpose is the obvious typo for \"phương châm\" and is recorded corrected in `purposes`; quotes stay verbatim.",
    "Every department except Phòng Nội vụ and every ward and commune reports six-monthly and yearly to Phòng Nội vụ; the due days follow the province's reporting rules, which the plan does not restate, so dueDaysAfterPeriod is null.",
    "Phòng Nội vụ's summary to Sở Nội vụ is \"định kỳ\" without a period; it is recorded as six-monthly like the reports it summarises.",
    "Tasks given to the Party's propaganda board, the town Youth Union, the Fatherland Front and the Party committees of wards (section VI.1, 7–9) have no unit in the tree and are not recorded as tasks.",
    "The signing and slogan tasks \"xong trong tháng 8/2023\" are due on 31/08/2023.",
  ],
};

// =======================================================================================
// 004 — Trung tâm PVHCC xã Luận Thành: “Giải quyết TTHC giờ thứ 9” (2026)
// =======================================================================================

const LT = "thanh-hoa/luan-thanh";
const LT_CENTRE = `${LT}/trung-tam-phuc-vu-hanh-chinh-cong`;

const luanThanhNinthHour: SeedModel = {
  key: "luan-thanh-gio-thu-9",
  kind: "EXTENDED_HOURS",
  name: "Giải quyết thủ tục hành chính giờ thứ 9",
  description:
    "Từ 23/02/2026 đến hết 23/03/2026, vào các ngày làm việc từ thứ Hai đến thứ Sáu, Trung tâm Phục vụ hành chính công xã Luận Thành làm thêm 01 giờ (16 giờ 30 – 17 giờ 30) cho mọi thủ tục có phát sinh hồ sơ, và hướng dẫn nộp hồ sơ trực tuyến ngoài giờ hành chính.",
  sourceQuotes: [
    "- Mô hình “Giải quyết thủ tục hành chính giờ thứ 9” áp dụng từ ngày 23/02/2026 đến hết ngày 23/03/2026 tại Trung tâm Phục vụ hành chính công xã Luận Thành vào ngày **làm việc từ thứ 2 đến thứ 6** hàng tuần.",
    "- Thời gian bắt đầu thực hiện **từ ngày 23/02/2026 (thứ Hai)**.",
    "Mô hình “Giải quyết thủ tục hành chính giờ thứ 9” tại Trung tâm Phục vụ hành chính công vào ngày **làm việc hàng tuần** sẽ tăng thời gian làm việc thêm 01 tiếng đồng hồ (ngoài giờ hành chính) từ lúc 16 giờ 30 phút đến 17 giờ 30 phút để phục vụ người dân có nhu cầu giải quyết các TTHC mà không có thời gian đến Trung tâm Phục vụ hành chính công xã Luận Thành trong giờ hành chính. (mô hình áp dụng chung cho các TTHC có phát sinh hồ sơ).",
    "- Thực hiện việc hướng dẫn hỗ trợ tổ chức, công dân nộp hồ sơ trực tuyến ngoài giờ hành chính để từ đó nâng cao chất lượng, hiệu quả của việc cung ứng dịch vụ công một phần, toàn trình.",
  ],
  effectiveFrom: "2026-02-23",
  validFrom: "2026-02-23",
  validTo: "2026-03-23",
  recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", dates: [], exdates: [] },
  hours: { kind: "WINDOWS", windows: [{ start: "16:30", end: "17:30" }] },
  intakeCutoff: null,
  turnaround: { kind: "STATUTORY" },
  workingDaysOnly: true,
  noDeferralPastWeekend: false,
  place: "OFFICE_DESK",
  placeNote: "Trung tâm Phục vụ hành chính công xã Luận Thành.",
  eligibleGroups: ["EVERYONE"],
  scopes: [allProceduresScope(LT)],
  attendeeRoles: [],
  assumptions: [
    "The extra hour changes when dossiers are received, not how fast they are settled, so the turnaround is statutory.",
    "A dossier received in the ninth hour counts as received that day; whether the statutory 15:00 cut-off of same-day procedures still pushes it to the next working day is left to the engine's sector rules.",
    "\"Các TTHC có phát sinh hồ sơ\" is read as every procedure the centre receives, so the scope is all procedures of the centre.",
    "The help with online submission outside office hours is part of the same model and has no schedule of its own.",
  ],
};

const luanThanhPlan: SeedPlan = {
  key: "luan-thanh-2026-gio-thu-9",
  sourceFile: "004_b2696af3e13bd410.txt",
  number: null,
  symbol: "KH-TTPVHCC",
  issuingUnitKey: LT_CENTRE,
  signingPlace: "Luận Thành",
  signedOn: { year: 2026, month: 2, day: 12 },
  title:
    "Triển khai thực hiện mô hình “Giải quyết thủ tục hành chính giờ thứ 9” tại Trung tâm Phục vụ hành chính công xã Luận Thành",
  legalBases: [
    "Thực hiện Quyết định số Kế hoạch số 05/KH-UBND ngày 10/01/2026 của UBND xã Luận Thành Cải cách hành chính trên địa bàn xã Luận Thành năm 2026; Kế hoạch số 01/KH-TTPVHCC ngày 15/01/2026 của Trung tâm phục vụ hành chính công về Hoạt động trọng tâm của Trung tâm Phục vụ hành chính công xã Luận Thành năm 2026.",
  ],
  purposes: [
    "Nhằm tăng cường nhận thức và nâng cao trách nhiệm của cán bộ, công chức trong việc thực hiện các mục tiêu, nhiệm vụ cải cách hành chính năm 2026 và những năm tiếp theo; nâng cao chất lượng phục vụ người dân, doanh nghiệp của Trung tâm Phục vụ hành chính công xã, lấy sự hài lòng của tổ chức, cá nhân là thước đo chất lượng và hiệu quả phục vụ của đội ngũ cán bộ, công chức.",
    "Thực hiện mô hình “Giải quyết thủ tục hành chính giờ thứ 9” vào ngày làm việc trong tuần tuần tại Trung tâm Phục vụ hành chính công xã trong thời gian sau nghỉ Tết Nguyên đán 2026 nhằm mục đích tăng thời gian hỗ trợ các công dân chưa có thời gian đến thực hiện các thủ tục trong giờ hành chính, qua đó tạo không khí gần gũi giữa cán bộ, công chức và công dân khi đến giao dịch, góp phần nâng cao mức độ hài lòng của tổ chức, công dân.",
    "Thực hiện việc hướng dẫn hỗ trợ tổ chức, công dân nộp hồ sơ trực tuyến ngoài giờ hành chính để từ đó nâng cao chất lượng, hiệu quả của việc cung ứng dịch vụ công một phần, toàn trình. Tạo động lực khuyến khích tổ chức, công dân thường xuyên sử dụng dịch vụ công trực tuyến trong nộp hồ sơ và nhận kết quả giải quyết TTHC khi có nhu cầu thực hiện các TTHC, qua đó tiết kiệm thời gian, giảm chi phí trong thực hiện các TTHC.",
  ],
  requirements: [
    "Việc triển khai thực hiện mô hình phải bảo đảm thiết thực, hiệu quả, thực chất, không hình thức, phải được thực hiện thường xuyên, kịp thời nhằm tạo mối quan hệ gắn bó, chia sẻ giữa chính quyền với người dân trên địa bàn xã.",
    "Giải quyết TTHC kịp thời, nhanh chóng, thuận tiện, đúng pháp luật, công bằng, bình đẳng, khách quan, công khai, minh bạch và có sự phối hợp chặt chẽ giữa các bộ phận có liên quan.",
    "Trung tâm Phục vụ hành chính công xã chủ động bố trí công chức đảm bảo đáp ứng yêu cầu phục vụ người dân, tổ chức trong quá trình tiếp nhận và giải quyết TTHC tại Trung tâm.",
  ],
  validFrom: "2026-02-23",
  validTo: "2026-03-23",
  status: "ISSUED",
  signerName: "Lương Thị Dung",
  signerTitle: "KT. Giám đốc – Phó Giám đốc Trung tâm Phục vụ hành chính công xã Luận Thành",
  recipients: [
    "TTr.Đ ủy; TTr.HĐND xã;",
    "Chủ tịch, các PCT UBND xã;",
    "UBMTTQ xã;",
    "Các phòng chuyên môn;",
    "Các thôn trên địa bàn xã;",
    "Lưu: HCC.",
  ],
  tasks: [
    {
      unitKey: LT,
      description: "Lãnh đạo UBND xã phân công cán bộ lãnh đạo trực chỉ đạo hoạt động mô hình và giải quyết hồ sơ TTHC.",
      dueOn: "2026-02-23",
      sourceQuote:
        "Phân công cán bộ Lãnh đạo trực chỉ đạo hoạt động mô hình và giải quyết hồ sơ TTHC theo kế hoạch đề ra.",
    },
    {
      unitKey: LT_CENTRE,
      description:
        "Bố trí cán bộ, công chức; tham mưu văn bản thông báo và niêm yết công khai tại Trung tâm; tuyên truyền trên trang thông tin điện tử, Zalo OA; báo cáo kết quả thực hiện mô hình và đề xuất giải pháp.",
      dueOn: "2026-02-23",
      sourceQuote:
        "- Tham mưu văn bản thông báo rộng rãi và niêm yết công khai tại Trung tâm để tổ chức, công dân biết và thực hiện khi có nhu cầu.",
    },
    {
      unitKey: `${LT}/trung-tam-cung-ung-dich-vu-cong`,
      description:
        "Tuyên truyền mô hình hằng tuần trên các phương tiện thông tin và các trang Zalo của xã; theo dõi, đề xuất giải pháp tuyên truyền và báo cáo kết quả tuyên truyền.",
      dueOn: null,
      sourceQuote:
        "- Tăng cường công tác phổ biến, tuyên truyền công tác CCHC gắn với mô hình “Giải quyết thủ tục hành chính giờ thứ 9” hàng tuần; thực hiện tuyên truyền rộng rãi trên các phương tiện thông tin, trên các trang Zalo của xã để người dân, doanh nghiệp nắm bắt, thực hiện.",
    },
    {
      unitKey: `${LT}/phong-kinh-te`,
      description: "Tham mưu UBND xã bố trí kinh phí tổ chức các hoạt động theo Kế hoạch.",
      dueOn: null,
      sourceQuote:
        "Tham mưu UBND xã bố trí kinh phí để tổ chức các hoạt động theo Kế hoạch này, đảm bảo đúng quy định, tiết kiệm và hiệu quả.",
    },
  ],
  reporting: [
    {
      key: "luan-thanh-bao-cao-ket-qua-gio-thu-9",
      title: "Báo cáo kết quả thực hiện mô hình “Giải quyết thủ tục hành chính giờ thứ 9”",
      frequency: "END_OF_MODEL",
      reporterUnitKeys: [LT],
      reviewerUnitKey: `${LT}/phong-van-hoa-xa-hoi`,
      dueOn: null,
      dueDaysAfterPeriod: null,
      sourceQuote: "- Báo cáo kết quả thực hiện mô hình; tham mưu UBND xã đề xuất các giải pháp phù hợp để nâng cao hiệu quả.",
    },
  ],
  models: [luanThanhNinthHour],
  assumptions: [
    "The header reads \"ngày 12 tháng 02 năm 2025\", but the plan cites documents of 10/01/2026 and 15/01/2026 and runs from 23/02/2026; the year is recorded as 2026 (12/02/2026, as in the seeds README).",
    "The number is blank in the copy we have (\"Số: /KH-TTPVHCC\"); the model was carried out, so the plan is recorded as issued and its number is shown blank.",
    "The basis sentence is kept verbatim, including the garbled \"Quyết định số Kế hoạch số 05/KH-UBND\".",
    "The plan sends its report to the commune leadership (\"tham mưu UBND xã\"; difficulties go to \"Lãnh đạo UBND xã (thông qua Trung tâm phục vụ hành chính công)\") and names no Phòng Văn hóa – Xã hội; the reviewer is therefore the commune (UBND xã Luận Thành).",
    "The plan gives no report date; the report is due at the end of the model (23/03/2026).",
    "Tasks of the Fatherland Front, the socio-political organisations and the village heads (section IV.5) have no unit in the tree (the commune's villages could not be sourced) and are not recorded as tasks.",
    "The leadership's duty roster and the centre's staffing and announcements are due on the model's first day, 23/02/2026.",
  ],
};

export const plans: SeedPlan[] = [longXuyenPlan, anDungPlan, phoNhonPlan, phuocLongPlan, luanThanhPlan];

