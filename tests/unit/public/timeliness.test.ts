import { describe, expect, it } from "vitest";
import { dossierTimeliness, type TimelinessInput } from "../../../src/domain/dossier/timeliness";

const t = (s: string) => new Date(s);
const base: TimelinessInput = {
  status: "IN_PROGRESS",
  originalPromisedAt: t("2024-03-06T10:00:00Z"),
  promisedAt: t("2024-03-06T10:00:00Z"),
  resultReadyAt: null,
  returnedAt: null,
  refusedAt: null,
};

describe("is a dossier late?", () => {
  it("open and before the promise: pending", () => {
    expect(dossierTimeliness(base, t("2024-03-06T09:00:00Z"))).toMatchObject({ state: "PENDING", late: false, overdue: false });
  });
  it("open and past the promise: late and overdue", () => {
    expect(dossierTimeliness(base, t("2024-03-06T10:00:01Z"))).toMatchObject({ state: "LATE", late: true, overdue: true });
  });
  it("moved by an apology slip: still late against the original, not overdue before the new date", () => {
    const moved = { ...base, promisedAt: t("2024-03-08T10:00:00Z") };
    expect(dossierTimeliness(moved, t("2024-03-07T03:00:00Z"))).toMatchObject({ state: "LATE", late: true, overdue: false });
  });
  it("result ready by the original promise: on time, whenever it is returned", () => {
    const done = { ...base, status: "RETURNED" as const, resultReadyAt: t("2024-03-06T09:59:00Z"), returnedAt: t("2024-03-11T02:00:00Z") };
    expect(dossierTimeliness(done, t("2026-01-01T00:00:00Z"))).toMatchObject({ state: "ON_TIME", late: false, finishedAt: done.resultReadyAt });
  });
  it("result ready after the original promise: late", () => {
    const done = { ...base, status: "RESULT_READY" as const, resultReadyAt: t("2024-03-06T10:30:00Z") };
    expect(dossierTimeliness(done, t("2024-03-06T11:00:00Z"))).toMatchObject({ state: "LATE", late: true, overdue: false });
  });
  it("waiting for a supplement: the clock is stopped", () => {
    expect(dossierTimeliness({ ...base, status: "SUPPLEMENT_REQUESTED" }, t("2024-04-01T00:00:00Z"))).toMatchObject({ state: "WAITING_SUPPLEMENT", late: false, overdue: false });
  });
});
