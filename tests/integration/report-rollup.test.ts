import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { issueApology } from "@/server/dossier/issue-apology";
import { markResultReady } from "@/server/dossier/mark-result-ready";
import { receiveSupplement } from "@/server/dossier/receive-supplement";
import { refuseDossier } from "@/server/dossier/refuse-dossier";
import { requestSupplement } from "@/server/dossier/request-supplement";
import { returnDossier } from "@/server/dossier/return-dossier";
import { startDossier } from "@/server/dossier/start-dossier";
import { classifiedDossiers } from "@/server/report/figures-sql";
import type { UserActor } from "@/server/auth/actor";
import { actorFor, unitIdByKey } from "./helpers";
import { PHO_NHON, at, nonce, otherProcedure, receive } from "./officer-fixtures";

/**
 * The database's roll-ups "DossierDayStat" and "DossierMonthStat" (kept by triggers on
 * "Dossier") must always equal a count from scratch of the dossiers, classified by the report
 * module's own query with every resolution known (`classifiedDossiers` with a cut-off far in
 * the future), per local day and per month of receipt.
 */
type Row = { unit_id: string; key: string; received: number; online: number; same_day: number; resolved: number; on_time: number; late_resolved: number; same_day_done: number };
type Grain = "day" | "month";
const FORMAT: Record<Grain, string> = { day: "YYYY-MM-DD", month: "YYYY-MM" };

async function fromScratch(grain: Grain, unitIds?: string[]): Promise<Row[]> {
  const ids = unitIds ?? (await db.unit.findMany({ select: { id: true } })).map((u) => u.id);
  const all = classifiedDossiers({ unitIds: ids, from: new Date("1970-01-01T00:00:00Z"), cutoff: new Date("9999-01-01T00:00:00Z"), recordedBefore: null });
  return db.$queryRaw<Row[]>`
    SELECT c.unit_id, to_char(c.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh', ${FORMAT[grain]}) AS key,
      count(*)::int AS received,
      count(*) FILTER (WHERE c.channel = 'ONLINE')::int AS online,
      count(*) FILTER (WHERE c.same_day)::int AS same_day,
      count(*) FILTER (WHERE c.resolved_at IS NOT NULL)::int AS resolved,
      count(*) FILTER (WHERE c.cls = 'onTime')::int AS on_time,
      count(*) FILTER (WHERE c.cls = 'lateResolved')::int AS late_resolved,
      count(*) FILTER (WHERE c.same_day AND (c.resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = (c.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)::int AS same_day_done
    FROM (${all}) c
    GROUP BY 1, 2 ORDER BY 1, 2`;
}

async function rollup(grain: Grain, unitIds?: string[]): Promise<Row[]> {
  const ids = unitIds ?? null;
  const columns = Prisma.sql`received, online, "sameDay" AS same_day, resolved, "onTime" AS on_time, "lateResolved" AS late_resolved, "sameDayDone" AS same_day_done`;
  return grain === "day"
    ? db.$queryRaw<Row[]>`SELECT "unitId" AS unit_id, to_char(day::timestamp, 'YYYY-MM-DD') AS key, ${columns} FROM "DossierDayStat"
        WHERE ${ids}::text[] IS NULL OR "unitId" = ANY(${ids}::text[]) ORDER BY 1, 2`
    : db.$queryRaw<Row[]>`SELECT "unitId" AS unit_id, to_char(month::timestamp, 'YYYY-MM') AS key, ${columns} FROM "DossierMonthStat"
        WHERE ${ids}::text[] IS NULL OR "unitId" = ANY(${ids}::text[]) ORDER BY 1, 2`;
}

/** Both roll-ups equal row for row; on failure the message lists the rows that differ. */
async function expectExact(unitIds?: string[]): Promise<Row[]> {
  const days: Row[] = [];
  for (const grain of ["day", "month"] as const) {
    const [scratch, rolled] = await Promise.all([fromScratch(grain, unitIds), rollup(grain, unitIds)]);
    const key = (r: Row) => JSON.stringify(r);
    const a = new Set(scratch.map(key));
    const b = new Set(rolled.map(key));
    expect({ grain, missing: scratch.map(key).filter((k) => !b.has(k)), extra: rolled.map(key).filter((k) => !a.has(k)) }).toEqual({ grain, missing: [], extra: [] });
    if (grain === "day") days.push(...rolled);
  }
  return days;
}

async function dayRow(unitId: string, day: string): Promise<Row | undefined> {
  return (await rollup("day", [unitId])).find((r) => r.key === day);
}

let officer: UserActor;
let unitId: string;
let procedure: { id: string; name: string };

beforeAll(async () => {
  officer = await actorFor("canbo.phonhon");
  unitId = await unitIdByKey(PHO_NHON);
  procedure = await otherProcedure(PHO_NHON, ["chung-thuc-chu-ky"], 3);
});

describe("the dossier roll-up kept by the database", () => {
  it("equals a count from scratch over every seeded dossier", async () => {
    const rows = await expectExact();
    const total = rows.reduce((s, r) => s + r.received, 0);
    expect(total).toBe(await db.dossier.count());
    expect(total).toBeGreaterThan(3000);
    expect(rows.some((r) => r.late_resolved > 0) && rows.some((r) => r.same_day_done > 0) && rows.some((r) => r.online > 0)).toBe(true);
  });

  it("follows the officers' actions: receive, supplement pause, result ready, return, refuse, apology", async () => {
    const day = "2024-04-08";
    const before = (await dayRow(unitId, day)) ?? { received: 0, resolved: 0, on_time: 0, late_resolved: 0 };
    const a = await receive(officer, { unitId, procedureId: procedure.id }, at(day, "09:00"));
    const b = await receive(officer, { unitId, procedureId: procedure.id, channel: "ONLINE" }, at(day, "09:05"));
    const c = await receive(officer, { unitId, procedureId: procedure.id }, at(day, "09:10"));
    expect(await dayRow(unitId, day)).toMatchObject({ received: before.received + 3, resolved: before.resolved });
    await expectExact([unitId]);

    // a: paused four days for a supplement, then ready and returned: on time against the moved deadline.
    expect((await startDossier(officer, { dossierId: a.id }, at(day, "09:30"))).ok).toBe(true);
    expect((await requestSupplement(officer, { dossierId: a.id, missing: "Bổ sung bản sao giấy tờ." }, at(day, "10:00"))).ok).toBe(true);
    expect((await receiveSupplement(officer, { dossierId: a.id }, at("2024-04-12", "09:00"))).ok).toBe(true);
    await expectExact([unitId]);
    expect((await markResultReady(officer, { dossierId: a.id }, at("2024-04-12", "10:00"))).ok).toBe(true);
    expect((await returnDossier(officer, { dossierId: a.id, method: "AT_DESK" }, at("2024-04-12", "11:00"))).ok).toBe(true);
    await expectExact([unitId]);

    // b: refused.
    expect((await refuseDossier(officer, { dossierId: b.id, reason: "Hồ sơ không thuộc thẩm quyền giải quyết của xã." }, at(day, "10:30"))).ok).toBe(true);
    await expectExact([unitId]);

    // c: late; the apology slip moves the promise shown to the citizen, not the statistics' deadline.
    const promised = (await db.dossier.findUniqueOrThrow({ where: { id: c.id }, select: { promisedAt: true } })).promisedAt;
    const late = { now: new Date(promised.getTime() + 3600_000) };
    const apology = await issueApology(officer, { dossierId: c.id, newDate: "2024-04-22", reason: "Chờ xác minh thông tin từ cơ quan khác." }, late);
    expect(apology.ok).toBe(true);
    await expectExact([unitId]);
    // An hour after the promise may fall after office hours: the officer confirms the time.
    expect((await markResultReady(officer, { dossierId: c.id, outsideHours: true }, late)).ok).toBe(true);
    await expectExact([unitId]);
    expect(await dayRow(unitId, day)).toMatchObject({ received: before.received + 3, resolved: before.resolved + 3, on_time: before.on_time + 2, late_resolved: before.late_resolved + 1 });
  });

  it("follows direct SQL: a bulk insert, updates that move dossiers to another day or unit, a DELETE", async () => {
    const other = await unitIdByKey("binh-dinh/an-lao/an-dung");
    const tag = nonce().slice(0, 8);
    const base = {
      unitId,
      procedureId: procedure.id,
      channel: "DESK" as const,
      regime: "ND61_2018",
      citizenName: "Nguyễn Văn Thử",
      citizenPhone: "0905123456",
    };
    const t = (iso: string) => new Date(iso);
    await db.dossier.createMany({
      data: [
        { ...base, code: `RU-${tag}-1`, receivedAt: t("2024-05-06T02:00:00Z"), promisedAt: t("2024-05-08T10:00:00Z"), originalPromisedAt: t("2024-05-08T10:00:00Z"), statutoryBoundAt: t("2024-05-08T10:00:00Z"), status: "RESULT_READY", resultReadyAt: t("2024-05-07T03:00:00Z") },
        { ...base, code: `RU-${tag}-2`, receivedAt: t("2024-05-06T16:30:00Z"), promisedAt: t("2024-05-08T10:00:00Z"), originalPromisedAt: t("2024-05-08T10:00:00Z"), statutoryBoundAt: t("2024-05-08T10:00:00Z"), status: "RESULT_READY", resultReadyAt: t("2024-05-09T03:00:00Z") },
        { ...base, code: `RU-${tag}-3`, receivedAt: t("2024-05-06T03:00:00Z"), promisedAt: t("2024-05-08T10:00:00Z"), originalPromisedAt: t("2024-05-08T10:00:00Z"), statutoryBoundAt: t("2024-05-08T10:00:00Z"), status: "IN_PROGRESS" },
      ],
    });
    await expectExact([unitId, other]);
    const [one, two, three] = await Promise.all([1, 2, 3].map((n) => db.dossier.findUniqueOrThrow({ where: { code: `RU-${tag}-${n}` }, select: { id: true } })));
    // 16:30 UTC is 23:30 local: the second dossier counts on the 6th; moved by 9 hours it is the 7th's, and An Dũng's.
    expect(await db.$executeRaw`UPDATE "Dossier" SET "receivedAt" = "receivedAt" + interval '9 hours', "unitId" = ${other} WHERE id = ${two!.id}`).toBe(1);
    expect(await db.$executeRaw`UPDATE "Dossier" SET "pausedMinutes" = 3000, "refusedAt" = ${t("2024-05-10T03:00:00Z")} WHERE id = ${three!.id}`).toBe(1);
    // Another day of the same month: the day rows change, the month row does not.
    expect(await db.$executeRaw`UPDATE "Dossier" SET "receivedAt" = "receivedAt" + interval '1 day' WHERE id = ${one!.id}`).toBe(1);
    await expectExact([unitId, other]);
    expect(await db.$executeRaw`DELETE FROM "Dossier" WHERE id IN (${one!.id}, ${two!.id}, ${three!.id})`).toBe(3);
    await expectExact([unitId, other]);
  });

  it("follows a change of a model version's turnaround, and the deletion of the model", async () => {
    const tag = nonce().slice(0, 8);
    // A plan of its own (a draft, no source file), so that no seeded plan gains a model.
    const plan = await db.plan.create({
      data: { key: `rollup-${tag}`, symbol: "KH-UBND", issuingUnitId: unitId, title: "Kế hoạch thử nghiệm roll-up", searchTitle: "ke hoach thu nghiem roll up", validFrom: new Date("2024-01-01") },
      select: { id: true },
    });
    const model = await db.serviceModel.create({ data: { key: `rollup-${tag}`, planId: plan.id, kind: "NO_APPOINTMENT_DAY", name: "Thử nghiệm roll-up", searchName: "thu nghiem", description: "-" } });
    const version = await db.serviceModelVersion.create({
      data: { modelId: model.id, effectiveFrom: new Date("2024-01-01"), validFrom: new Date("2024-01-01"), hoursKind: "OFFICE_HOURS", windows: [], turnaroundKind: "SAME_DAY", place: "OFFICE_DESK" },
    });
    const received = new Date("2024-05-13T02:00:00Z");
    await db.dossier.createMany({
      data: [1, 2].map((n) => ({
        code: `RV-${tag}-${n}`,
        unitId,
        procedureId: procedure.id,
        modelId: model.id,
        modelVersionId: version.id,
        channel: "DESK" as const,
        status: "RESULT_READY" as const,
        receivedAt: received,
        promisedAt: new Date("2024-05-13T10:00:00Z"),
        originalPromisedAt: new Date("2024-05-13T10:00:00Z"),
        statutoryBoundAt: new Date("2024-05-15T10:00:00Z"),
        regime: "ND61_2018",
        citizenName: "Nguyễn Văn Thử",
        citizenPhone: "0905123456",
        resultReadyAt: new Date("2024-05-13T08:00:00Z"),
      })),
    });
    const before = (await expectExact([unitId])).find((r) => r.key === "2024-05-13")!;
    expect(before.same_day_done).toBeGreaterThanOrEqual(2);

    await db.serviceModelVersion.update({ where: { id: version.id }, data: { turnaroundKind: "WORKING_DAYS", turnaroundValue: 2 } });
    const after = (await expectExact([unitId])).find((r) => r.key === "2024-05-13")!;
    expect(after.same_day_done).toBe(before.same_day_done - 2);

    await db.serviceModelVersion.update({ where: { id: version.id }, data: { turnaroundKind: "MINUTES", turnaroundValue: 60 } });
    await expectExact([unitId]);
    await db.serviceModel.delete({ where: { id: model.id } });
    expect(await db.dossier.count({ where: { code: { startsWith: `RV-${tag}` }, modelVersionId: null } })).toBe(2);
    expect((await expectExact([unitId])).find((r) => r.key === "2024-05-13")!.same_day_done).toBe(before.same_day_done - 2);
    await db.dossier.deleteMany({ where: { code: { startsWith: `RV-${tag}` } } });
    await db.plan.delete({ where: { id: plan.id } });
    await expectExact([unitId]);
  });

  it("the rebuild function recounts exactly what the triggers keep", async () => {
    const kept = { day: await rollup("day"), month: await rollup("month") };
    expect(kept.month.reduce((s, r) => s + r.received, 0)).toBe(await db.dossier.count());
    const counted = await db.$queryRaw<{ n: bigint }[]>`SELECT "rebuild_dossier_roll_up"() AS n`;
    expect(Number(counted[0]!.n)).toBe(await db.dossier.count());
    expect({ day: await rollup("day"), month: await rollup("month") }).toEqual(kept);
    await db.$queryRaw`SELECT "rebuild_dossier_roll_up"(ARRAY[${unitId}]::text[])`;
    expect({ day: await rollup("day"), month: await rollup("month") }).toEqual(kept);
  });
});
