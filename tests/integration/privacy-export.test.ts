/**
 * The export of one citizen's data (exportPersonalData): an officer of the handling unit gets
 * every record held for the phone number — dossiers, home visits, ratings, letters — and none of
 * anyone else's; an officer of another unit is refused; each export and each refusal is audited,
 * without the phone number.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { exportPersonalData } from "@/server/privacy/export-personal-data";
import type { UserActor } from "@/server/auth/actor";
import { actorFor } from "./helpers";
import { dossierRow, freshUnit, visitRow, vn } from "./privacy-fixtures";

const PHONE = "0977000111";
const OTHER_PHONE = "0977000222";
const now = vn("2026-12-07T09:00");

let unit: { id: string; slug: string };
let owner: UserActor;
let stranger: UserActor;
let mine: { returned: string; open: string; visit: string; otherUnitDossier: string };

const auditRows = (action: string, sinceId: bigint) => db.auditLog.findMany({ where: { action, id: { gt: sinceId } }, orderBy: { id: "asc" } });
const lastAuditId = async () => (await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;
const stringify = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? String(x) : x));

beforeAll(async () => {
  unit = await freshUnit("xuat");
  // A one-stop officer of the fresh commune; the stranger is the officer of a neighbouring ward.
  const username = `canbo.${unit.slug}`;
  await db.user.create({ data: { username, fullName: "Cán Bộ Thử", role: "OFFICER", unitId: unit.id, passwordHash: "not-a-hash" } });
  owner = await actorFor(username);
  stranger = await actorFor("canbo.mybinh");

  const returned = await dossierRow(unit.id, "2026-11-02T09:00", { returnedAt: "2026-11-04T10:00" }, { citizenName: "Phạm Thị Xuất", citizenPhone: PHONE, citizenAddress: "Ấp Xuất" });
  const open = await dossierRow(unit.id, "2026-12-01T09:00", {}, { citizenName: "Phạm Thị Xuất", citizenPhone: PHONE });
  await dossierRow(unit.id, "2026-11-03T09:00", { returnedAt: "2026-11-05T10:00" }, { citizenName: "Người Khác", citizenPhone: OTHER_PHONE });
  const visit = await visitRow(unit.id, "2026-11-12", "DONE", "2026-11-12T10:00", { citizenName: "Phạm Thị Xuất", citizenPhone: PHONE });
  await visitRow(unit.id, "2026-11-19", "PENDING", null, { citizenName: "Người Khác", citizenPhone: OTHER_PHONE });
  // The same phone at another unit: not this unit's to give.
  const elsewhere = await dossierRow(stranger.unitId!, "2026-11-02T09:00", {}, { citizenName: "Phạm Thị Xuất", citizenPhone: PHONE });

  await db.satisfactionResponse.create({ data: { unitId: unit.id, dossierId: returned.id, source: "PORTAL", rating: "SATISFIED", comment: "Cán bộ nhiệt tình", respondedAt: vn("2026-11-05T08:00") } });
  await db.letter.create({
    data: {
      unitId: unit.id,
      number: 1,
      year: 2026,
      type: "APOLOGY",
      event: "LATE_DOSSIER",
      recipientName: "Phạm Thị Xuất",
      recipientAddress: "Ấp Xuất",
      body: "Thư xin lỗi vì trễ hẹn",
      dossierId: returned.id,
      sentAt: vn("2026-11-04T09:00"),
    },
  });
  mine = { returned: returned.code, open: open.code, visit: visit.trackingCode, otherUnitDossier: elsewhere.code };
});

describe("exportPersonalData", () => {
  it("gives the handling unit's officer every record of that phone number, and only those", async () => {
    const since = await lastAuditId();
    const r = await exportPersonalData(owner, { unitId: unit.id, phone: "+84 977 000 111" }, { now });
    if (!r.ok) throw new Error(r.error.message);
    const x = r.data;
    expect(x.phone).toBe(PHONE);
    expect(x.dossiers.map((d) => d.code).sort()).toEqual([mine.returned, mine.open].sort());
    expect(x.homeVisits.map((v) => v.trackingCode)).toEqual([mine.visit]);
    expect(x.ratings).toEqual([expect.objectContaining({ dossierCode: mine.returned, rating: "SATISFIED", comment: "Cán bộ nhiệt tình" })]);
    expect(x.letters).toEqual([expect.objectContaining({ dossierCode: mine.returned, type: "APOLOGY", recipientName: "Phạm Thị Xuất" })]);
    expect(x.counts).toEqual({ dossiers: 2, homeVisits: 1, ratings: 1, letters: 1 });
    expect(x.dossiers.find((d) => d.code === mine.returned)).toMatchObject({ citizenName: "Phạm Thị Xuất", citizenAddress: "Ấp Xuất", status: "RETURNED", procedureName: expect.any(String) });
    expect(x.legalBasis).toMatch(/91\/2025\/QH15/);
    expect(stringify(x)).not.toMatch(/Người Khác|0977000222/);
    expect(stringify(x)).not.toContain(mine.otherUnitDossier);

    const audits = await auditRows("privacy.export", since);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: owner.id, unitId: unit.id, entity: "PersonalDataExport", entityId: x.reference, after: { counts: x.counts, units: 1 } });
    expect(stringify(audits)).not.toMatch(/0977000111|977 000 111|Phạm Thị Xuất|Ấp Xuất/);
  });

  it("refuses an officer of another unit, gives nothing, and logs the refusal", async () => {
    const since = await lastAuditId();
    const r = await exportPersonalData(stranger, { unitId: unit.id, phone: PHONE }, { now });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("FORBIDDEN");
    expect(stringify(r)).not.toMatch(/Phạm Thị Xuất|Ấp Xuất/);
    expect(await auditRows("privacy.export", since)).toHaveLength(0);
    const refusals = await auditRows("access.forbidden", since);
    expect(refusals).toEqual([expect.objectContaining({ actorId: stranger.id, entityId: "privacy.export" })]);
    expect(stringify(refusals)).not.toContain("0977000111");
  });

  it("is not for reviewers or administrators, who never see citizens' contact data", async () => {
    for (const username of ["quantri", "thamdinh.longxuyen"]) {
      const actor = await actorFor(username);
      const r = await exportPersonalData({ ...actor, scopeUnitIds: [unit.id] }, { unitId: unit.id, phone: PHONE }, { now });
      expect(r.ok, username).toBe(false);
    }
  });

  it("refuses a malformed phone number before reading anything", async () => {
    const r = await exportPersonalData(owner, { unitId: unit.id, phone: "12345" }, { now });
    expect(r).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });
});
