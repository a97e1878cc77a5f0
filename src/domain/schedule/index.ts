/**
 * The schedule rule engine: pure functions over the data of `types.ts`.
 * Time is always a parameter; everything reasons in Asia/Ho_Chi_Minh.
 */
export * from "./types";
export {
  TIME_ZONE,
  WEEKDAYS,
  addDays,
  compareLocalDates,
  daysBetween,
  eachLocalDate,
  formatDateVi,
  formatDayVi,
  formatInstantVi,
  instantAt,
  instantAtMinutes,
  isLocalDate,
  isLocalTime,
  isoWeekday,
  isWeekend,
  maxLocalDate,
  minLocalDate,
  minutesToTime,
  parseLocalDate,
  parseVnDate,
  startOfIsoWeek,
  startOfLocalDay,
  timeToMinutes,
  toLocalDate,
  toLocalParts,
  toLocalTime,
  tryParseLocalDate,
  tryTimeToMinutes,
  weekdayNameVi,
  weekdayOf,
  type DateParts,
} from "./local-time";
export {
  LATEST,
  buildCalendar,
  defaultHolidays,
  normalizeAsOf,
  validateCalendarEntry,
  type AsOf,
  type CalendarOptions,
  type DayInfo,
  type DayReason,
  type DefaultHoliday,
  type OfficialCalendar,
} from "./calendar";
export {
  DEFAULT_OFFICE_HOURS,
  addWorkingMinutes,
  mergeWindows,
  officeHoursAt,
  officeWindowsOn,
  windowsToInstants,
} from "./office-hours";
export { contains, windowContaining, type InstantWindow } from "./interval";
export {
  buildRRule,
  buildRecurrence,
  clearRecurrenceCache,
  describeRecurrence,
  hasSchedule,
  parseRRule,
  recurrenceDates,
  recurrenceIncludes,
  rruleError,
  type RecurrenceForm,
} from "./recurrence";
export { isHomeVisitRule, isSameDayRule, isWithinValidity, placeServesChannel, ruleAt, ruleCovers, scopeCovers, scopeFor } from "./rules";
export {
  OPENINGS_HORIZON_DAYS,
  beforeIntakeCutoff,
  isOpenAt,
  modelsFor,
  nextOpenings,
  occurrenceOn,
  occurrences,
  openWindowAt,
  ruleWindowsOn,
  type ModelInEffect,
  type Occurrence,
  type OpenWindow,
  type Opening,
  type ScheduleContext,
} from "./occurrences";
export {
  CERTIFICATION_APPOINTMENT_SLIP,
  CERTIFICATION_CUTOFF,
  CERTIFICATION_RULE,
  CIVIL_CODE_2015,
  OFF_HOURS_ANALOGUES,
  ONE_STOP_REGIMES,
  WEEKLY_REST_COMPENSATION,
  regimeAt,
  type LegalCitation,
  type OneStopRegime,
  type RegimeId,
} from "./legal";
export { deemedReceipt, promiseResult, type PromiseBasis, type PromiseInput, type PromiseResult } from "./promise";
export {
  allowedHomeVisitDates,
  homeVisitDateAllowed,
  homeVisitModelsFor,
  homeVisitRequestDecision,
  isHomeVisitModel,
  servesGroup,
  type HomeVisitCheck,
  type HomeVisitContext,
  type HomeVisitErrorCode,
  type HomeVisitRangeContext,
  type HomeVisitRequestDecision,
  type HomeVisitRequestFacts,
  type HomeVisitRequestRefusal,
  type HomeVisitRequestRefusalCode,
} from "./home-visit";
export { describeRule, validateOfficeHours, validateRule, type RuleIssue, type ValidateOptions } from "./validate";
export {
  weeklyTable,
  type ServiceTag,
  type WeeklyCell,
  type WeeklyDay,
  type WeeklyModelEntry,
  type WeeklyTable,
  type WeeklyTableInput,
} from "./weekly";
