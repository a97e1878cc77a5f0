/**
 * The vocabulary of the schedule rule engine. Everything here is plain data so that the
 * server layer can load it from the database, and tests can write it inline.
 *
 * Time model: instants are `Date` (UTC inside); every rule reasons in Asia/Ho_Chi_Minh
 * local dates and times, written as strings so that the host's time zone never matters.
 */

/** A calendar date in Asia/Ho_Chi_Minh, `YYYY-MM-DD`. */
export type LocalDate = string;
/** A wall-clock time in Asia/Ho_Chi_Minh, `HH:mm` (24 h). */
export type LocalTime = string;

/** A half-open local window [start, end) on one day. */
export interface TimeWindow {
  start: LocalTime;
  end: LocalTime;
}

export type Weekday = "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";

export type ModelKind =
  | "HOME_VISIT"
  | "NO_APPOINTMENT_DAY"
  | "EXTENDED_HOURS"
  | "ONLINE_SERVICE_DAY"
  | "LISTENING_SESSION"
  | "LETTERS"
  | "FRIENDLY_PLEDGE"
  | "CUSTOM";

export type Place = "OFFICE_DESK" | "HOME" | "VILLAGE_HALL" | "ONLINE" | "OTHER";

/**
 * Recurrence as stored: an RFC 5545 RRULE value (without DTSTART, which is the rule's
 * `validFrom`), plus explicit extra dates (RDATE) and removed dates (EXDATE).
 * `rrule: null` with no `dates` means the model has no schedule (letters, pledges).
 * Examples: "FREQ=WEEKLY;BYDAY=WE", "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=SA;BYSETPOS=-1".
 */
export interface Recurrence {
  rrule: string | null;
  dates: LocalDate[];
  exdates: LocalDate[];
}

/** When a model is open on one of its days. */
export type Hours =
  | { kind: "OFFICE_HOURS" } // the unit's office hours of that day
  | { kind: "WINDOWS"; windows: TimeWindow[] };

/** What the model promises for a dossier it takes. */
export type Turnaround =
  | { kind: "STATUTORY" } // the model changes where/when, not how fast
  | { kind: "MINUTES"; minutes: number } // working minutes, never past that day's close
  | { kind: "SAME_DAY" } // by the close of office hours of the receiving day
  | { kind: "WORKING_DAYS"; days: number };

export type EligibleGroup =
  | "ELDERLY_FRAIL" // già yếu
  | "LIVING_ALONE" // neo đơn
  | "DISABLED_LIMITED_MOBILITY" // người khuyết tật đi lại khó khăn
  | "MERIT_PERSON" // người có công với cách mạng
  | "WAR_INVALID" // thương binh
  | "SICK_SOLDIER" // bệnh binh
  | "LOW_LITERACY" // trình độ học vấn thấp, không thành thạo chữ viết
  | "EVERYONE";

/** Which procedures a model covers in one unit. */
export interface ModelScope {
  unitId: string;
  allProcedures: boolean;
  procedureIds: string[];
  /** Home visits: how many visits the unit can make on one day. */
  capacityPerDay: number | null;
}

/** One version of a model's rule. A plan amendment adds a version with a later `effectiveFrom`. */
export interface ModelRule {
  versionId: string;
  modelId: string;
  kind: ModelKind;
  /** The version applies to occurrences and dossiers on or after this local date. */
  effectiveFrom: LocalDate;
  /** The model runs from `validFrom` to `validTo` inclusive (null: open-ended). */
  validFrom: LocalDate;
  validTo: LocalDate | null;
  recurrence: Recurrence;
  hours: Hours;
  /** Dossiers are taken under the model only until this time (e.g. "15:30"); null: until the window closes. */
  intakeCutoff: LocalTime | null;
  turnaround: Turnaround;
  /** Skip days that are not working days (holidays, Tết). False for e.g. evening listening sessions on Saturdays. */
  workingDaysOnly: boolean;
  /**
   * Phước Long's "không để ngày thứ 6 hẹn qua tuần": a dossier the model takes on a Friday is
   * never promised for the following week, whatever the cut-off.
   */
  noDeferralPastWeekend: boolean;
  place: Place;
  eligibleGroups: EligibleGroup[];
  scopes: ModelScope[];
}

/** A model with all its versions. */
export interface ServiceModelDef {
  modelId: string;
  planId: string;
  kind: ModelKind;
  name: string;
  versions: ModelRule[];
}

/** An entry of the year's official schedule, overriding the computed default. */
export interface CalendarEntry {
  date: LocalDate;
  kind: "OFF" | "WORKING";
  name: string;
  /** The decision is known (and applied) from this local date on; earlier questions ignore it. */
  effectiveFrom: LocalDate;
}

/** A unit's office hours on working days, versioned. */
export interface OfficeHours {
  effectiveFrom: LocalDate;
  windows: TimeWindow[];
}

/** How long a procedure takes by law. */
export interface ProcedureTiming {
  procedureId: string;
  /** Statutory time in working days; 0 means "in the day" (see `sameDayCutoff`). */
  statutoryWorkingDays: number;
  /**
   * Sector rule for same-day procedures: received after this time → the next working day
   * (e.g. certification, Decree 23/2015/NĐ-CP art. 7: "sau 15 giờ").
   */
  sameDayCutoff: LocalTime | null;
}

export type Channel = "DESK" | "ONLINE" | "POSTAL" | "HOME";
