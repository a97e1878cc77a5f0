import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { availableSteps, checkStep, needsApology, TRANSITIONS, type DossierStatus, type DossierStep } from "../../../src/domain/dossier/lifecycle";
import { formSetFor } from "../../../src/domain/dossier/forms";
import { at } from "../schedule/fixtures";

const d = (status: DossierStatus, receivedAt: Date, promisedAt: Date) => ({ status, receivedAt, promisedAt });

describe("dossier lifecycle", () => {
  const received = at("2024-03-04", "09:00");
  const promised = at("2024-03-07", "17:00");
  const before = at("2024-03-05", "10:00");

  it.each<[DossierStep, DossierStatus, DossierStatus | null]>([
    ["start", "RECEIVED", "IN_PROGRESS"],
    ["requestSupplement", "IN_PROGRESS", "SUPPLEMENT_REQUESTED"],
    ["requestSupplement", "RECEIVED", "SUPPLEMENT_REQUESTED"],
    ["supplementReceived", "SUPPLEMENT_REQUESTED", "IN_PROGRESS"],
    ["resultReady", "IN_PROGRESS", "RESULT_READY"],
    ["return", "RESULT_READY", "RETURNED"],
    ["refuse", "IN_PROGRESS", "REFUSED"],
    ["refuse", "SUPPLEMENT_REQUESTED", "REFUSED"],
    ["issueApology", "IN_PROGRESS", null],
  ])("%s from %s → %s", (step, from, to) => {
    expect(checkStep(step, d(from, received, promised), before)).toEqual({ ok: true, to });
  });

  it.each<[DossierStep, DossierStatus, RegExp]>([
    ["return", "REFUSED", /đã bị từ chối/],
    ["return", "IN_PROGRESS", /đang giải quyết/],
    ["start", "RETURNED", /đã trả kết quả/],
    ["refuse", "RETURNED", /đã trả kết quả/],
    ["resultReady", "SUPPLEMENT_REQUESTED", /chờ bổ sung/],
    ["supplementReceived", "IN_PROGRESS", /đang giải quyết/],
    ["issueApology", "RESULT_READY", /đã có kết quả/],
  ])("refuses %s from %s", (step, from, message) => {
    const r = checkStep(step, d(from, received, promised), before);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it("a multi-day dossier due today and not ready needs the apology slip before anything else", () => {
    const today = at("2024-03-07", "08:00");
    expect(needsApology(d("IN_PROGRESS", received, promised), today)).toBe(true);
    const r = checkStep("resultReady", d("IN_PROGRESS", received, promised), today);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Mẫu 04/);
    expect(checkStep("issueApology", d("IN_PROGRESS", received, promised), today).ok).toBe(true);
    expect(availableSteps(d("IN_PROGRESS", received, promised), today)).toEqual(["issueApology"]);
  });

  it("a same-day dossier is flagged only once its promise has passed", () => {
    const r = at("2024-03-06", "09:00");
    const p = at("2024-03-06", "10:00");
    expect(needsApology(d("RECEIVED", r, p), at("2024-03-06", "09:30"))).toBe(false);
    expect(needsApology(d("RECEIVED", r, p), at("2024-03-06", "10:00"))).toBe(true);
  });

  it("a paused or finished dossier never needs an apology", () => {
    for (const s of ["SUPPLEMENT_REQUESTED", "RESULT_READY", "RETURNED", "REFUSED"] as const) {
      expect(needsApology(d(s, received, promised), at("2024-04-01", "09:00"))).toBe(false);
    }
  });

  it("property: terminal statuses accept no step; every allowed step's target is reachable", () => {
    const statuses: DossierStatus[] = ["RECEIVED", "IN_PROGRESS", "SUPPLEMENT_REQUESTED", "RESULT_READY", "RETURNED", "REFUSED"];
    const seen = { steps: 0, apologies: 0, free: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...statuses), fc.integer({ min: 0, max: 30 * 24 * 60 }), (status, minutes) => {
        const now = new Date(received.getTime() + minutes * 60_000);
        const steps = availableSteps(d(status, received, promised), now);
        if (status === "RETURNED" || status === "REFUSED") expect(steps).toEqual([]);
        else expect(steps.length).toBeGreaterThan(0);
        for (const s of steps) expect(TRANSITIONS[s].from).toContain(status);
        seen.steps += steps.length;
        if (needsApology(d(status, received, promised), now)) {
          expect(steps).toEqual(["issueApology"]);
          seen.apologies++;
        } else if (status === "IN_PROGRESS") {
          // Before the slip is due the work goes on.
          expect(steps).toContain("resultReady");
          seen.free++;
        }
      }),
    );
    // Each branch was exercised: steps were checked, some dossiers needed the slip, some did not.
    expect(seen.steps).toBeGreaterThan(0);
    expect(seen.apologies).toBeGreaterThan(0);
    expect(seen.free).toBeGreaterThan(0);
  });
});

describe("official forms by regime", () => {
  it("dossiers before 01/07/2025 use Circular 01/2018, from then Circular 03/2025", () => {
    expect(formSetFor("2025-06-30").circular).toMatch(/01\/2018\/TT-VPCP/);
    expect(formSetFor("2025-06-30").forms.control.number).toBe("Mẫu số 05");
    expect(formSetFor("2025-07-01").circular).toMatch(/03\/2025\/TT-VPCP/);
    expect(formSetFor("2025-07-01").forms.register.number).toBe("Mẫu số 07");
    expect(formSetFor("2026-11-25").forms.apology.title).toMatch(/XIN LỖI/);
  });
});
