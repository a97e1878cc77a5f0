/**
 * The retention rule: when a home-visit request or a dossier is due for anonymisation, counted
 * in Asia/Ho_Chi_Minh calendar days whatever the host's time zone (the unit suite runs under three).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOSSIER_RETENTION_MONTHS, HOME_VISIT_RETENTION_MONTHS, dossierEndedAt, homeVisitEndedAt, isDueForAnonymisation, retentionCutoff } from "@/domain/privacy/retention";

const vn = (s: string) => new Date(`${s}+07:00`);

describe("the retention periods", () => {
  it("are six months for home visits and 24 for dossiers", () => {
    expect(HOME_VISIT_RETENTION_MONTHS).toBe(6);
    expect(DOSSIER_RETENTION_MONTHS).toBe(24);
  });
});

describe("retentionCutoff and isDueForAnonymisation", () => {
  it.each([
    // ended (local)            now (local)                 due?
    ["2026-01-15T10:00:00", "2026-07-14T23:59:59", false],
    ["2026-01-15T10:00:00", "2026-07-15T00:00:00", true],
    // the last minute of the local day it ended is still that day
    ["2026-01-15T23:59:00", "2026-07-15T00:00:00", true],
    ["2026-01-16T00:00:00", "2026-07-15T23:59:59", false],
    ["2026-01-16T00:00:00", "2026-07-16T00:00:00", true],
    // a day that does not exist six months later: 31/08 is due on 01/03 (28/02 minus six months is 28/08)
    ["2025-08-31T09:00:00", "2026-02-28T12:00:00", false],
    ["2025-08-31T09:00:00", "2026-03-01T00:00:00", true],
    ["2025-08-28T09:00:00", "2026-02-28T00:00:00", true],
    // across a year
    ["2025-12-31T16:00:00", "2026-06-30T23:59:00", false],
    ["2025-12-31T16:00:00", "2026-07-01T00:00:00", true],
  ])("a home visit ended %s is due at %s: %s", (ended, now, due) => {
    expect(isDueForAnonymisation("homeVisit", vn(ended), vn(now))).toBe(due);
  });

  it("counts local days, not UTC days: ended at 06:30 local (23:30 UTC the day before)", () => {
    const ended = new Date("2026-01-14T23:30:00Z"); // 15/01 06:30 in Việt Nam
    expect(isDueForAnonymisation("homeVisit", ended, vn("2026-07-14T23:59:59"))).toBe(false);
    expect(isDueForAnonymisation("homeVisit", ended, vn("2026-07-15T00:00:00"))).toBe(true);
  });

  it.each([
    ["2024-03-06T15:00:00", "2026-03-05T23:59:59", false],
    ["2024-03-06T15:00:00", "2026-03-06T00:00:00", true],
    // 29/02 has no match two years on: due on 01/03, like 31/08 above
    ["2024-02-29T08:00:00", "2026-02-28T23:59:59", false],
    ["2024-02-29T08:00:00", "2026-03-01T00:00:00", true],
  ])("a dossier ended %s is due at %s: %s", (ended, now, due) => {
    expect(isDueForAnonymisation("dossier", vn(ended), vn(now))).toBe(due);
  });

  it("never makes an open record due", () => {
    expect(isDueForAnonymisation("dossier", null, vn("2099-01-01T00:00:00"))).toBe(false);
  });

  it("the cut-off is a local midnight and never moves backwards as time goes on", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.integer({ min: 0, max: 90 * 86_400_000 }),
        fc.constantFrom("homeVisit" as const, "dossier" as const),
        (t, step, kind) => {
          const a = retentionCutoff(kind, new Date(t));
          const b = retentionCutoff(kind, new Date(t + step));
          expect(b.getTime()).toBeGreaterThanOrEqual(a.getTime());
          expect((a.getTime() + 7 * 3_600_000) % 86_400_000).toBe(0);
          // and lies at least the period back: never earlier than period + 1 month, never later than the period
          const months = kind === "homeVisit" ? 6 : 24;
          expect(a.getTime()).toBeLessThanOrEqual(t - (months * 28 - 1) * 86_400_000);
          expect(a.getTime()).toBeGreaterThan(t - (months * 31 + 2) * 86_400_000);
        },
      ),
    );
  });
});

describe("when a record ended", () => {
  const base = { completedAt: null, decidedAt: null, updatedAt: vn("2026-03-01T08:00:00"), requestedDate: "2026-02-26", confirmedDate: null };
  it("a done visit at its completion, a declined one at the decision, a cancelled one at its last change", () => {
    expect(homeVisitEndedAt({ ...base, status: "DONE", completedAt: vn("2026-02-26T10:00:00") })).toEqual(vn("2026-02-26T10:00:00"));
    expect(homeVisitEndedAt({ ...base, status: "DECLINED", decidedAt: vn("2026-02-20T09:00:00") })).toEqual(vn("2026-02-20T09:00:00"));
    expect(homeVisitEndedAt({ ...base, status: "CANCELLED" })).toEqual(base.updatedAt);
  });
  it("a pending or confirmed visit at the local midnight after its day (it expired)", () => {
    expect(homeVisitEndedAt({ ...base, status: "PENDING" })).toEqual(vn("2026-02-27T00:00:00"));
    expect(homeVisitEndedAt({ ...base, status: "CONFIRMED", confirmedDate: "2026-03-05" })).toEqual(vn("2026-03-06T00:00:00"));
  });
  it("a dossier when returned or refused, else not at all", () => {
    expect(dossierEndedAt({ returnedAt: vn("2026-01-02T10:00:00"), refusedAt: null })).toEqual(vn("2026-01-02T10:00:00"));
    expect(dossierEndedAt({ returnedAt: null, refusedAt: vn("2026-01-03T10:00:00") })).toEqual(vn("2026-01-03T10:00:00"));
    expect(dossierEndedAt({ returnedAt: null, refusedAt: null })).toBeNull();
  });
});
