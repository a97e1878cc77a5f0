/**
 * The retention job (anonymiseExpired): contact data past their period are anonymised, those
 * within are kept; a second run does nothing more; two runs at once never do a row twice; the
 * report figures and roll-ups are the same before and after; one audit row per run, with counts.
 * Every run is kept to a commune made for this file (`unitIds`), and is given its instant.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildFigures, sameDayTargets } from "@/domain/report";
import { ANONYMISED_NAME } from "@/domain/privacy/retention";
import { db } from "@/server/db";
import { anonymiseExpired } from "@/server/privacy/anonymise-expired";
import { computeRawFigures } from "@/server/report/figures-sql";
import { dossierRow, freshUnit, visitRow, vn } from "./privacy-fixtures";

const contact = (id: string) =>
  db.homeVisitRequest.findUniqueOrThrow({ where: { id }, select: { citizenName: true, citizenPhone: true, address: true, note: true, eligibleGroup: true, status: true, anonymisedAt: true } });
const applicant = (id: string) => db.dossier.findUniqueOrThrow({ where: { id }, select: { citizenName: true, citizenPhone: true, citizenAddress: true, status: true, anonymisedAt: true } });

async function lastRunAudit(unitId: string) {
  const rows = await db.auditLog.findMany({ where: { action: "privacy.retention" }, orderBy: { id: "desc" }, take: 20 });
  return rows.filter((r) => JSON.stringify(r.after).includes(unitId));
}

describe("anonymiseExpired: which records", () => {
  let unit: string;
  // Run at 15/07/2025 00:00 local: home visits ended up to 15/01/2025 (local day) are due,
  // dossiers ended up to 15/07/2023.
  const runAt = vn("2025-07-15T00:00");
  const rows: Record<string, string> = {};

  beforeAll(async () => {
    unit = (await freshUnit("luu")).id;
    rows.doneDue = (await visitRow(unit, "2025-01-15", "DONE", "2025-01-15T23:59")).id;
    rows.doneKept = (await visitRow(unit, "2025-01-16", "DONE", "2025-01-16T00:00")).id;
    rows.declinedDue = (await visitRow(unit, "2025-01-20", "DECLINED", "2025-01-10T09:00")).id;
    rows.cancelledDue = (await visitRow(unit, "2025-01-23", "CANCELLED", "2025-01-14T09:00")).id;
    // Pending and confirmed ones never visited end with their day: 14/01 ends 15/01 00:00 (due), 15/01 ends 16/01 (kept).
    rows.expiredDue = (await visitRow(unit, "2025-01-14", "PENDING", null)).id;
    rows.expiredKept = (await visitRow(unit, "2025-01-15", "CONFIRMED", null)).id;
    rows.futureKept = (await visitRow(unit, "2025-07-24", "PENDING", null)).id;
    rows.dossierReturnedDue = (await dossierRow(unit, "2023-07-10T09:00", { returnedAt: "2023-07-15T16:00" })).id;
    rows.dossierRefusedDue = (await dossierRow(unit, "2023-07-01T09:00", { refusedAt: "2023-07-03T10:00" })).id;
    rows.dossierReturnedKept = (await dossierRow(unit, "2023-07-10T09:00", { returnedAt: "2023-07-16T08:00" })).id;
    rows.dossierOpenKept = (await dossierRow(unit, "2022-01-10T09:00")).id;
  });

  it("anonymises the records past their period and keeps those within, at the local-day edge", async () => {
    const run = await anonymiseExpired(db, runAt, { unitIds: [unit] });
    expect(run).toMatchObject({ homeVisits: 4, dossiers: 2 });

    for (const key of ["doneDue", "declinedDue", "cancelledDue", "expiredDue"]) {
      expect(await contact(rows[key]!), key).toMatchObject({
        citizenName: ANONYMISED_NAME,
        citizenPhone: "",
        address: ANONYMISED_NAME,
        note: null,
        eligibleGroup: ANONYMISED_NAME,
        anonymisedAt: runAt,
      });
    }
    for (const key of ["doneKept", "expiredKept", "futureKept"]) {
      expect(await contact(rows[key]!), key).toMatchObject({ citizenName: "Lê Thị Riêng", citizenPhone: "0933444555", eligibleGroup: "DISABLED", anonymisedAt: null });
    }
    // The status stays: it is what the reports count.
    expect((await contact(rows.declinedDue!)).status).toBe("DECLINED");

    for (const key of ["dossierReturnedDue", "dossierRefusedDue"]) {
      expect(await applicant(rows[key]!), key).toMatchObject({ citizenName: ANONYMISED_NAME, citizenPhone: "", citizenAddress: null, anonymisedAt: runAt });
    }
    for (const key of ["dossierReturnedKept", "dossierOpenKept"]) {
      expect(await applicant(rows[key]!), key).toMatchObject({ citizenName: "Trần Văn Lưu", citizenPhone: "0911222333", anonymisedAt: null });
    }
  });

  it("a second run changes nothing more, and each run writes one audit row with its counts only", async () => {
    const before = await db.homeVisitRequest.findMany({ where: { unitId: unit }, orderBy: { id: "asc" } });
    const again = await anonymiseExpired(db, new Date(runAt.getTime() + 3_600_000), { unitIds: [unit] });
    expect(again).toMatchObject({ homeVisits: 0, dossiers: 0 });
    expect(await db.homeVisitRequest.findMany({ where: { unitId: unit }, orderBy: { id: "asc" } })).toEqual(before);

    const audits = await lastRunAudit(unit);
    expect(audits).toHaveLength(2);
    expect(audits.map((a) => a.after)).toEqual([
      expect.objectContaining({ homeVisits: 0, dossiers: 0 }),
      expect.objectContaining({ homeVisits: 4, dossiers: 2, months: { homeVisit: 6, dossier: 24 } }),
    ]);
    expect(audits[1]).toMatchObject({ actorRole: "SYSTEM", actorId: null, entity: "RetentionRun" });
    // No personal data in the log.
    expect(JSON.stringify(audits, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toMatch(/Lê Thị Riêng|Trần Văn Lưu|0933444555|0911222333|khóm Thử/);
  });
});

describe("anonymiseExpired: two instances at once", () => {
  it("do every due record exactly once between them, in batches", async () => {
    const unit = (await freshUnit("song-song")).id;
    for (let i = 0; i < 7; i++) await visitRow(unit, "2024-03-07", "DONE", "2024-03-07T10:00");
    for (let i = 0; i < 5; i++) await dossierRow(unit, "2022-03-06T09:00", { returnedAt: "2022-03-07T10:00" });
    const now = vn("2025-01-01T08:00");

    const [a, b] = await Promise.all([anonymiseExpired(db, now, { unitIds: [unit], batchSize: 2 }), anonymiseExpired(db, now, { unitIds: [unit], batchSize: 2 })]);
    expect(a.homeVisits + b.homeVisits).toBe(7);
    expect(a.dossiers + b.dossiers).toBe(5);
    expect(await db.homeVisitRequest.count({ where: { unitId: unit, anonymisedAt: null } })).toBe(0);
    expect(await db.dossier.count({ where: { unitId: unit, anonymisedAt: null } })).toBe(0);
    expect(await lastRunAudit(unit)).toHaveLength(2);
  });
});

describe("anonymiseExpired and the reports", () => {
  it("leaves every report figure and the roll-ups exactly as they were", async () => {
    const unit = (await freshUnit("bao-cao")).id;
    // A year of activity: returned on time and late, refused, still open; visits of every ending.
    await dossierRow(unit, "2023-03-06T09:00", { returnedAt: "2023-03-07T10:00" });
    await dossierRow(unit, "2023-04-03T09:00", { returnedAt: "2023-04-20T10:00" });
    await dossierRow(unit, "2023-05-02T15:00", { refusedAt: "2023-05-03T08:00" });
    await dossierRow(unit, "2023-11-20T09:00");
    await visitRow(unit, "2023-03-09", "DONE", "2023-03-09T10:00");
    await visitRow(unit, "2023-04-13", "DECLINED", "2023-04-10T10:00");
    await visitRow(unit, "2023-05-11", "CANCELLED", "2023-05-08T10:00");
    await visitRow(unit, "2023-06-15", "PENDING", null);
    const scope = { unitIds: [unit], start: "2023-01-01", end: "2023-12-31", recordedBefore: vn("2024-01-10T00:00") };
    const figures = async () => buildFigures(await computeRawFigures(db, scope), sameDayTargets);
    const rollUps = async () => [
      await db.dossierMonthStat.findMany({ where: { unitId: unit }, orderBy: { month: "asc" } }),
      await db.dossierDayStat.findMany({ where: { unitId: unit }, orderBy: { day: "asc" } }),
    ];

    const before = await figures();
    const rollUpsBefore = await rollUps();
    expect(before).toBeTruthy();
    const run = await anonymiseExpired(db, vn("2026-01-01T00:00"), { unitIds: [unit] });
    expect(run).toMatchObject({ homeVisits: 4, dossiers: 3 });
    expect(await figures()).toEqual(before);
    expect(await rollUps()).toEqual(rollUpsBefore);
    expect(rollUpsBefore[0]!.length).toBeGreaterThan(0);
  });
});
