import { describe, expect, it } from "vitest";
import { figureValue } from "@/domain/report";
import { addDays, toLocalDate } from "@/domain/schedule";
import { db } from "@/server/db";
import { computeReportFigures, isFrozenFigures } from "@/server/report/figures";
import { dossiersForFigure } from "@/server/report/figures-sql";
import { ensureReportInstances } from "@/server/report/instances";
import { testNow, unitIdByKey } from "./helpers";

const AN_DUNG = "binh-dinh/an-lao/an-dung";
const LONG_PHUOC = "binh-phuoc/phuoc-long/long-phuoc";

/** Counts written independently of src/server/report (plain SQL over explicit instants). */
type Counts = Record<
  "received" | "desk" | "online" | "on_time" | "late" | "online_help" | "written" | "apology_slips" | "same_day" | "same_day_done" | "congratulation" | "condolence" | "rated" | "satisfied" | "unsatisfied" | "sessions_held" | "answered_on_time",
  number
>;

async function independent(unitIds: string[], from: string, to: string): Promise<Counts> {
  const [row] = await db.$queryRawUnsafe<Counts[]>(
    `
    WITH d AS (
      SELECT d.*, COALESCE(d."resultReadyAt", d."refusedAt") AS done_at
      FROM "Dossier" d WHERE d."unitId" = ANY($1::text[]) AND d."receivedAt" >= $2::timestamptz AND d."receivedAt" < $3::timestamptz
    )
    SELECT
      (SELECT count(*) FROM d)::int AS received,
      (SELECT count(*) FROM d WHERE channel = 'DESK')::int AS desk,
      (SELECT count(*) FROM d WHERE channel = 'ONLINE')::int AS online,
      (SELECT count(*) FROM d WHERE done_at < $3::timestamptz AND done_at <= "originalPromisedAt" + "pausedMinutes" * interval '1 minute')::int AS on_time,
      (SELECT count(*) FROM d WHERE (done_at < $3::timestamptz AND done_at > "originalPromisedAt" + "pausedMinutes" * interval '1 minute')
                               OR ((done_at IS NULL OR done_at >= $3::timestamptz) AND status <> 'SUPPLEMENT_REQUESTED' AND "originalPromisedAt" < $3::timestamptz))::int AS late,
      (SELECT count(*) FROM d WHERE "onlineHelp")::int AS online_help,
      (SELECT count(*) FROM d WHERE "writtenOnBehalf")::int AS written,
      (SELECT count(*) FROM "ApologySlip" a JOIN d ON d.id = a."dossierId" WHERE a."issuedAt" < $3::timestamptz)::int AS apology_slips,
      (SELECT count(*) FROM d JOIN "ServiceModelVersion" v ON v.id = d."modelVersionId" WHERE v."turnaroundKind" IN ('SAME_DAY', 'MINUTES'))::int AS same_day,
      (SELECT count(*) FROM d JOIN "ServiceModelVersion" v ON v.id = d."modelVersionId" WHERE v."turnaroundKind" IN ('SAME_DAY', 'MINUTES')
          AND done_at < $3::timestamptz AND date(done_at + interval '7 hours') = date(d."receivedAt" + interval '7 hours'))::int AS same_day_done,
      (SELECT count(*) FROM "Letter" WHERE "unitId" = ANY($1::text[]) AND "sentAt" >= $2::timestamptz AND "sentAt" < $3::timestamptz AND type = 'CONGRATULATION')::int AS congratulation,
      (SELECT count(*) FROM "Letter" WHERE "unitId" = ANY($1::text[]) AND "sentAt" >= $2::timestamptz AND "sentAt" < $3::timestamptz AND type = 'CONDOLENCE')::int AS condolence,
      (SELECT count(*) FROM "SatisfactionResponse" WHERE "unitId" = ANY($1::text[]) AND "respondedAt" >= $2::timestamptz AND "respondedAt" < $3::timestamptz)::int AS rated,
      (SELECT count(*) FROM "SatisfactionResponse" WHERE "unitId" = ANY($1::text[]) AND "respondedAt" >= $2::timestamptz AND "respondedAt" < $3::timestamptz AND rating = 'UNSATISFIED')::int AS unsatisfied,
      (SELECT count(*) FROM "SatisfactionResponse" WHERE "unitId" = ANY($1::text[]) AND "respondedAt" >= $2::timestamptz AND "respondedAt" < $3::timestamptz AND rating = 'SATISFIED')::int AS satisfied,
      (SELECT count(*) FROM "ListeningSession" WHERE "hostUnitId" = ANY($1::text[]) AND status = 'HELD'
          AND date >= date($2::timestamptz + interval '7 hours') AND date < date($3::timestamptz + interval '7 hours'))::int AS sessions_held,
      (SELECT count(*) FROM "CitizenQuestion" q JOIN "ListeningSession" s ON s.id = q."sessionId" WHERE s."hostUnitId" = ANY($1::text[])
          AND s.date >= date($2::timestamptz + interval '7 hours') AND s.date < date($3::timestamptz + interval '7 hours')
          AND q."answeredAt" < $3::timestamptz AND date(q."answeredAt" + interval '7 hours') <= q."dueOn")::int AS answered_on_time
    `,
    unitIds,
    from,
    to,
  );
  return row!;
}

/**
 * The dashboard's counts, written independently: every dossier received in [from, to), with
 * its final resolution whenever it came; open ones late when past their deadline now and not
 * waiting for a supplement.
 */
async function independentAsOfNow(unitIds: string[], from: string, to: string, now: Date) {
  const [row] = await db.$queryRawUnsafe<Record<"received" | "online" | "on_time" | "late" | "same_day" | "same_day_done", number>[]>(
    `
    WITH d AS (
      SELECT d.*, LEAST(d."resultReadyAt", d."refusedAt") AS done_at, d."originalPromisedAt" + d."pausedMinutes" * interval '1 minute' AS deadline,
        v."turnaroundKind" IN ('SAME_DAY', 'MINUTES') AS same_day
      FROM "Dossier" d LEFT JOIN "ServiceModelVersion" v ON v.id = d."modelVersionId"
      WHERE d."unitId" = ANY($1::text[]) AND d."receivedAt" >= $2::timestamptz AND d."receivedAt" < $3::timestamptz
    )
    SELECT count(*)::int AS received,
      count(*) FILTER (WHERE channel = 'ONLINE')::int AS online,
      count(*) FILTER (WHERE done_at <= deadline)::int AS on_time,
      count(*) FILTER (WHERE done_at > deadline OR (done_at IS NULL AND status <> 'SUPPLEMENT_REQUESTED' AND deadline < $4::timestamptz))::int AS late,
      count(*) FILTER (WHERE same_day)::int AS same_day,
      count(*) FILTER (WHERE same_day AND date(done_at + interval '7 hours') = date("receivedAt" + interval '7 hours'))::int AS same_day_done
    FROM d`,
    unitIds,
    from,
    to,
    now,
  );
  return row!;
}

async function subtree(key: string): Promise<string[]> {
  const root = await unitIdByKey(key);
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `WITH RECURSIVE s AS (SELECT id FROM "Unit" WHERE id = $1 UNION ALL SELECT u.id FROM "Unit" u JOIN s ON u."parentId" = s.id) SELECT id FROM s`,
    root,
  );
  return rows.map((r) => r.id);
}

describe("report figures equal independent SQL counts", () => {
  it("An Dũng, Quý I năm 2024 (15/12/2023 – 14/03/2024): every figure", async () => {
    const unitId = await unitIdByKey(AN_DUNG);
    const obligation = await db.reportingObligation.findUniqueOrThrow({ where: { key: "an-dung-bao-cao-quy" }, select: { planId: true } });
    const f = await computeReportFigures(db, { unitId, planId: obligation.planId, start: "2023-12-15", end: "2024-03-14" }, testNow());
    // Local midnights in UTC+7.
    const x = await independent(await subtree(AN_DUNG), "2023-12-14T17:00:00Z", "2024-03-14T17:00:00Z");
    expect(x.received).toBeGreaterThan(50);
    const v = (key: string) => figureValue(f.set, key);
    expect(v("received")).toBe(x.received);
    expect(v("channel.DESK")).toBe(x.desk);
    expect(v("channel.ONLINE")).toBe(x.online);
    expect(v("onTime")).toBe(x.on_time);
    expect(v("late")).toBe(x.late);
    expect(v("onTimeRate")).toBe(Math.round((x.on_time / (x.on_time + x.late)) * 1000) / 10);
    expect(v("help.online")).toBe(x.online_help);
    expect(v("help.writtenOnBehalf")).toBe(x.written);
    expect(v("late.apologySlips")).toBe(x.apology_slips);
    expect(v("sameDay.eligible")).toBe(x.same_day);
    expect(v("sameDay.done")).toBe(x.same_day_done);
    expect(v("letters.CONGRATULATION")).toBe(x.congratulation);
    expect(v("letters.CONDOLENCE")).toBe(x.condolence);
    expect(v("satisfaction.rated")).toBe(x.rated);
    expect(v("q766.satisfaction.procedures")).toBe(Math.round((x.satisfied / x.rated) * 1000) / 10);
    expect(v("q766.satisfaction.procedures")).toBe(v("satisfaction.satisfied"));
    expect(v("sessions.held")).toBe(x.sessions_held);
    expect(v("sessions.answeredOnTime")).toBe(x.answered_on_time);
  });

  it("Phường Long Phước, 6 tháng đầu năm 2024: same-day share against the plan's 100 % target, and each figure lists its dossiers", async () => {
    const unitId = await unitIdByKey(LONG_PHUOC);
    const obligation = await db.reportingObligation.findUniqueOrThrow({ where: { key: "phuoc-long-bao-cao-6-thang" }, select: { planId: true } });
    const f = await computeReportFigures(db, { unitId, planId: obligation.planId, start: "2023-12-15", end: "2024-06-14" }, testNow());
    const x = await independent(await subtree(LONG_PHUOC), "2023-12-14T17:00:00Z", "2024-06-14T17:00:00Z");
    const sameDay = f.set.sections.find((s) => s.key === "sameDay")!;
    const target = sameDay.rows.find((r) => r.target);
    expect(target?.target?.percent).toBe(100);
    expect(target?.denominator).toBe(x.same_day);
    expect(target?.numerator).toBe(x.same_day_done);
    expect(target?.meetsTarget).toBe(x.same_day_done === x.same_day);

    const scope = { unitIds: f.scope.unitIds, start: f.scope.start, end: f.scope.end, recordedBefore: new Date(f.scope.recordedBefore) };
    for (const row of f.set.sections.flatMap((s) => s.rows).filter((r) => r.kind === "count" && r.drill)) {
      const list = await dossiersForFigure(db, scope, row.drill!, { limit: 1, offset: 0 });
      if (["rated", "letter"].includes(row.drill!)) continue; // paper surveys and letters without a dossier are not listed
      expect(list.total, row.key).toBe(row.value);
    }
  });

  it("the reviewer's dashboard: every An Dũng period with a state, and the ranking's counts equal independent SQL as of now", async () => {
    const { reviewerDashboard } = await import("@/server/review/dashboard");
    const { dashboardRates } = await import("@/server/report/dashboard-rates");
    const reviewerUnit = await unitIdByKey("binh-dinh/an-lao/phong-noi-vu");
    const anDung = await unitIdByKey(AN_DUNG);
    const units = await subtree(AN_DUNG);
    const now = testNow();
    const first = await reviewerDashboard(db, reviewerUnit, now);
    const { start, end } = first.range!;
    expect(end < toLocalDate(now)).toBe(true); // An Dũng ended with the July 2025 reform
    const totals = async () => {
      const rates = await dashboardRates(db, units.map((unitId) => ({ unitId, groupId: anDung })), start, end, now);
      const months = [...rates.byMonth.values()];
      // The per-month totals add up to the unit's.
      expect({ onTime: months.reduce((s, r) => s + r.onTime, 0), dueBase: months.reduce((s, r) => s + r.dueBase, 0) }).toEqual({ onTime: rates.byGroup.get(anDung)!.onTime, dueBase: rates.byGroup.get(anDung)!.dueBase });
      return { onTime: rates.byGroup.get(anDung)!.onTime, dueBase: rates.byGroup.get(anDung)!.dueBase };
    };
    const before = await totals();

    // Received two days before the range's end, promised and resolved after it: as of now
    // it is on time; classified at the range's end it would have been open, not yet due.
    const procedure = await db.unitProcedure.findFirstOrThrow({ where: { unitId: anDung }, select: { procedureId: true } });
    const at = (days: number, hour: number) => new Date(Date.parse(`${end}T00:00:00+07:00`) + days * 86_400_000 + hour * 3_600_000);
    const code = `AD-ASOF-${Date.now().toString(36)}`;
    await db.dossier.create({
      data: {
        code,
        unitId: anDung,
        procedureId: procedure.procedureId,
        channel: "DESK",
        status: "RESULT_READY",
        regime: "ND61_2018",
        citizenName: "Nguyễn Văn Thử",
        citizenPhone: "0905123456",
        receivedAt: at(-2, 9),
        recordedAt: at(-2, 9),
        promisedAt: at(3, 17),
        originalPromisedAt: at(3, 17),
        statutoryBoundAt: at(3, 17),
        resultReadyAt: at(2, 10),
      },
    });
    const atCutoff = await dossiersForFigure(db, { unitIds: [anDung], start: addDays(end, -2), end, recordedBefore: now }, "openInTime", { limit: 50, offset: 0 });
    expect(atCutoff.rows.map((r) => r.code)).toContain(code);

    const d = await reviewerDashboard(db, reviewerUnit, now);
    const quarterly = d.obligations.find((o) => o.title.includes("theo quý"))!;
    expect(quarterly.periods).toHaveLength(11);
    expect(quarterly.units[0]!.cells.every((c) => c !== null)).toBe(true);
    expect(d.counts.OVERDUE).toBeGreaterThan(0);
    const adRank = d.ranking.find((r) => r.name === "Xã An Dũng")!;
    const x = await independentAsOfNow(units, `${start}T00:00:00+07:00`, new Date(Date.parse(`${end}T00:00:00+07:00`) + 86_400_000).toISOString(), now);
    // The counts behind the rates, exactly; the new dossier is on time and in the due base.
    expect(await totals()).toEqual({ onTime: x.on_time, dueBase: x.on_time + x.late });
    expect(await totals()).toEqual({ onTime: before.onTime + 1, dueBase: before.dueBase + 1 });
    expect(adRank.received).toBe(x.received);
    expect(adRank.received).toBe(first.ranking.find((r) => r.name === "Xã An Dũng")!.received + 1);
    expect(adRank.onTimeRate).toBe(Math.round((x.on_time / (x.on_time + x.late)) * 1000) / 10);
    expect(adRank.sameDayRate).toBe(x.same_day ? Math.round((x.same_day_done / x.same_day) * 1000) / 10 : null);
    expect(adRank.onlineRate).toBe(Math.round((x.online / x.received) * 1000) / 10);
    expect(d.trend.length).toBeGreaterThan(20);
    await db.dossier.delete({ where: { code } });
  });

  it("a one-stop desk reporting for its commune covers the commune's dossiers", async () => {
    const commune = await unitIdByKey(AN_DUNG);
    const desk = await unitIdByKey(`${AN_DUNG}/bo-phan-tiep-nhan-va-tra-ket-qua`);
    const { reportCoverage } = await import("@/server/report/coverage");
    const plan = await db.reportingObligation.findUniqueOrThrow({ where: { key: "an-dung-bao-cao-quy" }, select: { planId: true } });
    expect(await reportCoverage(db, desk, plan.planId)).toEqual(await reportCoverage(db, commune, plan.planId));
    expect(await reportCoverage(db, commune, plan.planId)).toContain(desk);
  });

  it("instances exist for every obligation, unit and period, and seeded submissions are frozen", async () => {
    expect(await ensureReportInstances(db, {}, "2026-11-25")).toBe(0);
    const adQuarters = await db.report.count({ where: { unit: { key: AN_DUNG }, obligation: { key: "an-dung-bao-cao-quy" } } });
    expect(adQuarters).toBe(11);
    const lx = await db.report.findMany({ where: { obligation: { key: "long-xuyen-bao-cao-ket-qua-2024" } }, select: { dueOn: true } });
    expect(lx.length).toBe(17);
    expect(new Set(lx.map((r) => r.dueOn.toISOString().slice(0, 10)))).toEqual(new Set(["2024-12-25"]));
    const accepted = await db.report.findFirstOrThrow({ where: { status: "ACCEPTED" }, select: { figures: true, submissions: { select: { figures: true } } } });
    expect(isFrozenFigures(accepted.figures)).toBe(true);
    expect(accepted.submissions.length).toBeGreaterThan(0);
  });
});
