import { describe, expect, it } from "vitest";
import { resumeAfterSupplement } from "../../../src/domain/dossier/supplement";
import { at, CALENDAR, OFFICE_HOURS } from "../schedule/fixtures";

const base = { officeHours: OFFICE_HOURS, calendar: CALENDAR };

describe("supplement requests stop the clock", () => {
  it("whole working days left run again from the day the complete dossier is received", () => {
    // Promise Thursday 07/03/2024 17:00; requested Tuesday 05/03 10:00 → 2 working days left (Wed, Thu).
    // Supplement received Monday 11/03 → Tuesday, Wednesday → Wednesday 13/03 17:00.
    const r = resumeAfterSupplement({ ...base, promisedAt: at("2024-03-07", "17:00"), requestedAt: at("2024-03-05", "10:00"), resumedAt: at("2024-03-11", "08:00") });
    expect(r.daysLeft).toBe(2);
    expect(r.promisedAt).toEqual(at("2024-03-13", "17:00"));
    expect(r.pausedMinutes).toBe(6 * 24 * 60 - 120);
  });

  it("skips Tết when counting the days left", () => {
    // Requested Wed 31/01/2024 with a promise on Thu 01/02: 1 day left. Received Wed 07/02 → next working day is after Tết (15/02).
    const r = resumeAfterSupplement({ ...base, promisedAt: at("2024-02-01", "17:00"), requestedAt: at("2024-01-31", "09:00"), resumedAt: at("2024-02-07", "09:00") });
    expect(r.daysLeft).toBe(1);
    expect(r.promisedAt).toEqual(at("2024-02-15", "17:00"));
  });

  it("less than a day left: the remaining working minutes from the moment the supplement arrives", () => {
    // Same-day promise 10:00 requested at 09:30 → 30 minutes left; received 14:00 another day → 14:30.
    const r = resumeAfterSupplement({ ...base, promisedAt: at("2024-03-06", "10:00"), requestedAt: at("2024-03-06", "09:30"), resumedAt: at("2024-03-08", "14:00") });
    expect(r.minutesLeft).toBe(30);
    expect(r.promisedAt).toEqual(at("2024-03-08", "14:30"));
  });

  it("minutes left never run past the close; a supplement received at night counts from the next opening", () => {
    const late = resumeAfterSupplement({ ...base, promisedAt: at("2024-03-06", "16:00"), requestedAt: at("2024-03-06", "13:30"), resumedAt: at("2024-03-08", "16:50") });
    expect(late.promisedAt).toEqual(at("2024-03-08", "17:00"));
    const night = resumeAfterSupplement({ ...base, promisedAt: at("2024-03-06", "10:00"), requestedAt: at("2024-03-06", "09:00"), resumedAt: at("2024-03-09", "20:00") });
    expect(night.promisedAt).toEqual(at("2024-03-11", "08:00"));
  });

  it("refuses a resumption before the request", () => {
    expect(() => resumeAfterSupplement({ ...base, promisedAt: at("2024-03-06", "10:00"), requestedAt: at("2024-03-06", "09:00"), resumedAt: at("2024-03-06", "08:00") })).toThrow();
  });
});
