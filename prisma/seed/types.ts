/**
 * Shapes of the demo data. The files under `prisma/seed/data/` are written by hand from the
 * five plans in `../shared/seeds/` and the law; `prisma/seed/seed.ts` loads them through
 * the same server functions and domain rules the app uses.
 */
import type {
  CalendarEntry,
  EligibleGroup,
  Hours,
  LocalDate,
  LocalTime,
  ModelKind,
  OfficeHours,
  Place,
  Recurrence,
  Turnaround,
} from "../../src/domain/schedule/types";

export type UnitKind =
  | "PROVINCE"
  | "DISTRICT" // huyện, thị xã, thành phố thuộc tỉnh (three-tier structure, until 30/06/2025)
  | "COMMUNE" // xã
  | "WARD" // phường
  | "TOWNSHIP" // thị trấn
  | "DEPARTMENT" // phòng, ban, văn phòng, thanh tra of a district or commune
  | "ONE_STOP_CENTRE" // Bộ phận TN&TKQ / Trung tâm Phục vụ hành chính công
  | "VILLAGE" // thôn, ấp, bản
  | "RESIDENTIAL_GROUP"; // khu phố, tổ dân phố

export interface SeedUnit {
  /** Stable key used by the other seed files, e.g. "an-giang/long-xuyen/my-binh". */
  key: string;
  /** Full Vietnamese name with its level, e.g. "Phường Mỹ Bình". */
  name: string;
  kind: UnitKind;
  parentKey: string | null;
  /** Official administrative unit code (GSO list) when it can be cited; otherwise null. */
  adminCode: string | null;
  /** The unit exists from/until (the July 2025 reform ended districts). */
  validFrom?: LocalDate;
  validTo?: LocalDate;
  /** Office hours when they differ from the parent's (set on provinces). */
  officeHours?: OfficeHours[];
  /** Where a fact comes from when it is not in the plan itself. */
  source?: string;
  /** The unit that took over its procedures when it ended (the 2025 rearrangement). */
  mergedIntoKey?: string;
  /** A fixed slug, for a successor whose name repeats an ended unit's (the ended one keeps its address). */
  slug?: string;
}

export type FieldCode =
  | "HO_TICH"
  | "CHUNG_THUC"
  | "DAT_DAI"
  | "NONG_NGHIEP"
  | "BAO_TRO_XA_HOI"
  | "NGUOI_CO_CONG"
  | "LAO_DONG"
  | "XAY_DUNG"
  | "KINH_DOANH"
  | "GIAO_DUC"
  | "THI_DUA_KHEN_THUONG"
  | "NOI_VU"
  | "VAN_HOA"
  | "KHAC";

export type OnlineLevel = "NONE" | "PARTIAL" | "FULL";

export interface SeedProcedure {
  key: string;
  /** National procedure code from the Cổng Dịch vụ công quốc gia catalogue; null unless citable. */
  code: string | null;
  /** Where the code and facts were found (URL or legal document). */
  source: string | null;
  name: string;
  field: FieldCode;
  level: "PROVINCE" | "DISTRICT" | "COMMUNE";
  statutoryWorkingDays: number;
  sameDayCutoff: LocalTime | null;
  /** The statutory time as the law words it, in Vietnamese. */
  statutoryText: string;
  fees: string;
  documents: string[];
  legalBasis: string[];
  onlineLevel: OnlineLevel;
}

export interface SeedCalendarEntry extends CalendarEntry {
  /** The decision that set it, e.g. "Thông báo 6150/TB-BNV ngày 14/11/2024". */
  legalBasis: string;
}

export type ReportFrequency = "ONCE" | "QUARTERLY" | "SEMIANNUAL" | "ANNUAL" | "END_OF_MODEL";

export interface SeedReportingObligation {
  key: string;
  title: string;
  frequency: ReportFrequency;
  /** Units that must report. */
  reporterUnitKeys: string[];
  /** The unit that receives and reviews (Phòng Nội vụ, Phòng Văn hóa – Xã hội, Sở Nội vụ). */
  reviewerUnitKey: string;
  /** A fixed due date (Long Xuyên: 25/12/2024) … */
  dueOn: LocalDate | null;
  /** … or so many days after each period ends. */
  dueDaysAfterPeriod: number | null;
  sourceQuote: string;
}

export interface SeedTask {
  unitKey: string;
  description: string;
  dueOn: LocalDate | null;
  sourceQuote: string;
}

export interface SeedModelScope {
  unitKey: string;
  allProcedures: boolean;
  procedureKeys: string[];
  capacityPerDay: number | null;
  /** The unit's own name for the model (Phước Long's appendices), if any. */
  localName: string | null;
}

export interface SeedModel {
  key: string;
  kind: ModelKind;
  name: string;
  description: string;
  /** The plan's sentences this model comes from, verbatim. */
  sourceQuotes: string[];
  effectiveFrom: LocalDate;
  validFrom: LocalDate;
  validTo: LocalDate | null;
  recurrence: Recurrence;
  hours: Hours;
  intakeCutoff: LocalTime | null;
  turnaround: Turnaround;
  workingDaysOnly: boolean;
  noDeferralPastWeekend: boolean;
  place: Place;
  placeNote: string | null;
  eligibleGroups: EligibleGroup[];
  scopes: SeedModelScope[];
  /** Listening sessions: who must attend, as the plan names them. */
  attendeeRoles: string[];
  /** Decisions we had to take where the plan is silent, each stated plainly. */
  assumptions: string[];
}

export interface SeedPlan {
  key: string;
  /** The seed file it transcribes, e.g. "001_6ea30bfb0cc3ba6a.txt". */
  sourceFile: string;
  /** "32" — null when the original leaves it blank ("Số: /KH-UBND"). */
  number: string | null;
  symbol: string; // "KH-UBND"
  issuingUnitKey: string;
  signingPlace: string | null;
  /** Any part may be blank in the original. */
  signedOn: { year: number | null; month: number | null; day: number | null };
  title: string;
  legalBases: string[];
  purposes: string[];
  requirements: string[];
  validFrom: LocalDate;
  validTo: LocalDate | null;
  status: "DRAFT" | "ISSUED" | "IN_FORCE" | "ENDED";
  signerName: string;
  signerTitle: string;
  recipients: string[];
  tasks: SeedTask[];
  reporting: SeedReportingObligation[];
  models: SeedModel[];
  assumptions: string[];
}
