/**
 * What a citizen reads when a home-visit date is refused: one exact sentence per reason.
 */
import { describe, expect, it } from "vitest";
import { buildCalendar, homeVisitDateAllowed, type AsOf, type ServiceModelDef } from "../../../src/domain/schedule";
import { CALENDAR, CALENDAR_ENTRIES, LONG_XUYEN_HOME, OFFICE_HOURS, PHO_NHON, UNITS, at } from "./fixtures";

const check = (model: ServiceModelDef, unit: string, date: string, asOf: AsOf, bookedCount = 0, calendar = CALENDAR, officeHours = OFFICE_HOURS) =>
  homeVisitDateAllowed(model, unit, date, { calendar, officeHours, asOf, bookedCount });

describe("home-visit refusals", () => {
  it.each<[string, () => ReturnType<typeof check>, string, string]>([
    ["not a home-visit model", () => check(PHO_NHON, UNITS.PHO_NHON, "2024-03-06", "2024-03-01"), "NOT_HOME_VISIT", "«Ngày thứ Tư không hẹn» không phải mô hình giải quyết thủ tục tại nhà."],
    ["before the first version", () => check(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-04-25", "2024-04-01"), "NOT_IN_FORCE", "Mô hình áp dụng từ ngày 02/05/2024."],
    ["no version at all", () => check({ ...LONG_XUYEN_HOME, versions: [] }, UNITS.LX_MY_BINH, "2024-06-06", "2024-06-01"), "NOT_IN_FORCE", "Mô hình chưa có quy định về lịch."],
    ["outside the scope", () => check(LONG_XUYEN_HOME, UNITS.PHO_NHON, "2024-06-06", "2024-06-01"), "UNIT_NOT_IN_SCOPE", "Đơn vị này không thuộc phạm vi áp dụng của mô hình."],
    [
      "before its validity",
      () => check({ ...LONG_XUYEN_HOME, versions: [{ ...LONG_XUYEN_HOME.versions[0]!, validFrom: "2024-06-01" }] }, UNITS.LX_MY_BINH, "2024-05-09", "2024-05-01"),
      "BEFORE_VALIDITY",
      "Mô hình áp dụng từ ngày 01/06/2024.",
    ],
    ["after its validity", () => check(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2025-01-02", "2024-12-01"), "AFTER_VALIDITY", "Mô hình chỉ áp dụng đến hết ngày 31/12/2024."],
    ["in the past", () => check(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-06-06", "2024-06-07"), "IN_PAST", "Ngày 06/06/2024 đã qua."],
    ["not a visit day", () => check(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-06-05", "2024-06-01"), "NOT_VISIT_DAY", "Ngày 05/06/2024 là thứ Tư; mô hình chỉ đến nhà vào: Thứ Năm hằng tuần."],
    [
      "a day off",
      () => check(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-09-05", "2024-08-20", 0, buildCalendar([...CALENDAR_ENTRIES, { date: "2024-09-05", kind: "OFF", name: "Nghỉ theo quyết định của tỉnh", effectiveFrom: "2024-08-01" }])),
      "DAY_OFF",
      "Ngày 05/09/2024 là ngày nghỉ (Nghỉ theo quyết định của tỉnh), không tổ chức đến nhà.",
    ],
    ["a working day without office hours", () => check(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-06-06", "2024-06-01", 0, CALENDAR, []), "DAY_OFF", "Ngày 06/06/2024 không có giờ làm việc, không tổ chức đến nhà."],
    ["too late today", () => check(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-06-06", at("2024-06-06", "07:01")), "TOO_LATE_TODAY", "Đã quá 07:00, không thể đặt lịch đến nhà trong hôm nay; vui lòng chọn ngày khác."],
    ["full", () => check(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-06-06", "2024-06-01", 5), "FULL", "Ngày 06/06/2024 đã đủ 5 lượt đến nhà; vui lòng chọn ngày khác."],
  ])("%s", (_name, run, code, message) => {
    expect(run()).toEqual({ ok: false, code, message });
  });

  it("booked below capacity, or a scope without a capacity, is fine; a bare date means the start of that day", () => {
    expect(check(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-06-06", "2024-06-01", 4)).toEqual({ ok: true });
    expect(check(LONG_XUYEN_HOME, UNITS.LX_MY_BINH, "2024-06-06", "2024-06-06")).toEqual({ ok: true });
    const unlimited = { ...LONG_XUYEN_HOME, versions: [{ ...LONG_XUYEN_HOME.versions[0]!, scopes: [{ ...LONG_XUYEN_HOME.versions[0]!.scopes[0]!, capacityPerDay: null }] }] };
    expect(check(unlimited, UNITS.LX_MY_BINH, "2024-06-06", "2024-06-01", 500)).toEqual({ ok: true });
    // A model at home by its place, whatever its kind.
    const byPlace = { ...LONG_XUYEN_HOME, versions: [{ ...LONG_XUYEN_HOME.versions[0]!, kind: "CUSTOM" as const }] };
    expect(check(byPlace, UNITS.LX_MY_BINH, "2024-06-06", "2024-06-01")).toEqual({ ok: true });
  });
});
