/**
 * Report figures and reviewer dashboard at province scale. Run:
 *   npx tsx --conditions=react-server bench/report.bench.ts            (PostgreSQL at BENCH_POSTGRES_URL, 5 000 000 dossiers)
 *   BENCH_DB=pglite npx tsx --conditions=react-server bench/report.bench.ts   (embedded PGlite, 500 000 dossiers)
 *   BENCH_DOSSIERS=200000 … to try a smaller run.
 *
 * Generates a two-tier province: 300 communes reporting quarterly to one Sở Nội vụ, three
 * years of dossiers (2023–2025; 30 % under a same-day model, some late, some open, 3 % with
 * an apology slip). The dossiers are inserted with the roll-up triggers on, as any write is,
 * so the dashboard reads what the triggers kept (the rebuild function is timed and checked
 * against it afterwards). Times, in the same run, the portal's functions and hand-written SQL
 * giving the same numbers:
 *   1. one commune's quarterly figures (computeReportFigures) vs one GROUP BY query;
 *   2. the province dashboard (reviewerDashboard: status matrix, ranking, monthly trend over
 *      the three years) vs (a) the baseline from scratch: report statuses and one GROUP BY
 *      over every dossier, and (b) a second hand-written baseline reading the roll-up.
 * Each: one warm-up, then the median of 5 runs.
 */
import { cpus } from "node:os";
// @ts-expect-error -- plain ES module shared with the CLI scripts
import { migrate, startEmbeddedDb } from "../src/cli/lib.mjs";
// @ts-expect-error -- plain ES module shared with the CLI scripts
import { freePort } from "../src/cli/test-stack.mjs";

const target = process.env.BENCH_DB === "pglite" ? "pglite" : "postgres";
const N = Number(process.env.BENCH_DOSSIERS ?? (target === "pglite" ? 500_000 : 5_000_000));
const COMMUNES = 300;

async function setupDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (target === "pglite") {
    const embedded = await startEmbeddedDb({ port: await freePort(), memory: true });
    return { url: embedded.url, stop: embedded.stop };
  }
  const { default: pg } = await import("pg");
  const admin = process.env.BENCH_POSTGRES_URL ?? "postgresql://cchc:cchc@127.0.0.1:5432/postgres";
  const name = `cchc_bench_${Date.now().toString(36)}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async stop() {
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await d.end();
    },
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  await fn();
  const runs: number[] = [];
  let result!: T;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    result = await fn();
    runs.push(performance.now() - t);
  }
  return { ms: median(runs), result };
}

const database = await setupDatabase();
try {
  const started = performance.now();
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  const { db } = await import("../src/server/db");
  const { computeReportFigures } = await import("../src/server/report/figures");
  const { reviewerDashboard } = await import("../src/server/review/dashboard");
  const { figureValue, rate } = await import("../src/domain/report");

  // ── Province, communes, catalogue, plan, model and obligation ───────────────────────────
  const province = await db.unit.create({ data: { key: "bench", slug: "bench", name: "Tỉnh Thử Nghiệm", searchName: "tinh thu nghiem", kind: "PROVINCE" } });
  const soNoiVu = await db.unit.create({ data: { key: "bench/so-noi-vu", slug: "bench-so-noi-vu", name: "Sở Nội vụ tỉnh Thử Nghiệm", searchName: "so noi vu", kind: "DEPARTMENT", parentId: province.id } });
  await db.unit.createMany({
    data: Array.from({ length: COMMUNES }, (_, i) => ({ key: `bench/xa-${i}`, slug: `bench-xa-${i}`, name: `Xã Thử Nghiệm ${i + 1}`, searchName: `xa thu nghiem ${i + 1}`, kind: "COMMUNE" as const, parentId: province.id })),
  });
  const communes = await db.unit.findMany({ where: { key: { startsWith: "bench/xa-" } }, select: { id: true }, orderBy: { key: "asc" } });
  await db.procedureField.create({ data: { code: "BENCH", name: "Thử nghiệm" } });
  await db.procedure.createMany({
    data: Array.from({ length: 10 }, (_, i) => ({ key: `bench-p${i}`, name: `Thủ tục ${i}`, searchName: `thu tuc ${i}`, fieldCode: "BENCH", level: "COMMUNE" as const, statutoryWorkingDays: i, statutoryText: "-", fees: "-", onlineLevel: i < 3 ? ("FULL" as const) : ("PARTIAL" as const) })),
  });
  const plan = await db.plan.create({ data: { key: "bench-plan", symbol: "KH-UBND", issuingUnitId: province.id, title: "Kế hoạch thử nghiệm", searchTitle: "ke hoach", validFrom: new Date("2023-01-01"), validTo: new Date("2025-12-31"), status: "ISSUED" } });
  const model = await db.serviceModel.create({ data: { key: "bench-model", planId: plan.id, kind: "NO_APPOINTMENT_DAY", name: "Trả kết quả trong ngày", searchName: "trong ngay", description: "-" } });
  const version = await db.serviceModelVersion.create({ data: { modelId: model.id, effectiveFrom: new Date("2023-01-01"), validFrom: new Date("2023-01-01"), hoursKind: "OFFICE_HOURS", windows: [], turnaroundKind: "SAME_DAY", place: "OFFICE_DESK" } });
  const obligation = await db.reportingObligation.create({ data: { key: "bench-quy", planId: plan.id, title: "Báo cáo quý", frequency: "QUARTERLY", reviewerUnitId: soNoiVu.id } });
  await db.reportingObligationUnit.createMany({ data: communes.map((c) => ({ obligationId: obligation.id, unitId: c.id })) });

  // ── Dossiers, generated in SQL in chunks (the roll-up triggers on) ──────────────────────
  const dossiersStarted = performance.now();
  const chunk = 500_000;
  for (let from = 1; from <= N; from += chunk) {
    const to = Math.min(N, from + chunk - 1);
    await db.$executeRawUnsafe(
      `
      INSERT INTO "Dossier" (id, code, "unitId", "procedureId", "modelId", "modelVersionId", channel, status, "receivedAt", "recordedAt",
        "promisedAt", "originalPromisedAt", "statutoryBoundAt", regime, "citizenName", "citizenPhone", "onlineHelp", "writtenOnBehalf",
        "resultReadyAt", "updatedAt")
      SELECT 'bd' || g, 'B-' || g, c.ids[1 + (g % ${COMMUNES})], p.ids[1 + (g % 10)],
        CASE WHEN g % 10 < 3 THEN $1 END, CASE WHEN g % 10 < 3 THEN $2 END,
        (ARRAY['DESK','DESK','DESK','ONLINE','ONLINE','POSTAL'])[1 + ((g * 7) % 6)]::"Channel",
        CASE WHEN h % 50 = 0 THEN 'IN_PROGRESS' ELSE 'RETURNED' END::"DossierStatus",
        r, r, r + o, r + o, r + o, 'ND61_2018', 'Bench', '0900000000', (g % 7 = 0), (g % 11 = 0),
        CASE WHEN h % 50 = 0 THEN NULL WHEN h % 50 < 4 THEN r + o + interval '5 hours' ELSE r + o * 0.6 END,
        now()
      FROM (
        SELECT g, (g * 2654435761::bigint) % 4294967291 AS h,
          timestamptz '2022-12-31 17:00:00+00' + (((g * 2654435761::bigint) % 94608000) * interval '1 second') AS r,
          CASE WHEN g % 10 < 3 THEN interval '4 hours' ELSE (1 + (g % 10)) * interval '1 day' END AS o
        FROM generate_series(${from}, ${to}) g
      ) s,
      (SELECT array_agg(id ORDER BY key) AS ids FROM "Unit" WHERE key LIKE 'bench/xa-%') c,
      (SELECT array_agg(id ORDER BY key) AS ids FROM "Procedure" WHERE key LIKE 'bench-p%') p`,
      model.id,
      version.id,
    );
  }
  await db.$executeRawUnsafe(`INSERT INTO "ApologySlip" (id, "dossierId", "issuedAt", "previousPromisedAt", "newPromisedAt", reason)
    SELECT 'ba' || d.id, d.id, d."promisedAt" - interval '1 hour', d."promisedAt", d."promisedAt" + interval '2 days', 'Bench'
    FROM "Dossier" d WHERE d.id LIKE 'bd%' AND d."resultReadyAt" > d."originalPromisedAt"`);
  const dossiersIn = performance.now() - dossiersStarted;
  await db.$executeRawUnsafe(`ANALYZE`);
  const generatedIn = performance.now() - started;
  // The operators' rebuild gives back exactly what the triggers kept.
  const kept = async () =>
    (
      await db.$queryRawUnsafe<{ h: string; n: number }[]>(
        `SELECT md5((SELECT string_agg(s::text, ',' ORDER BY "unitId", day) FROM "DossierDayStat" s) || (SELECT string_agg(s::text, ',' ORDER BY "unitId", month) FROM "DossierMonthStat" s)) AS h,
           (SELECT count(*) FROM "DossierDayStat")::int + (SELECT count(*) FROM "DossierMonthStat")::int AS n`,
      )
    )[0]!;
  const byTriggers = await kept();
  const rebuildStarted = performance.now();
  await db.$queryRawUnsafe(`SELECT "rebuild_dossier_roll_up"()`);
  const rebuildIn = performance.now() - rebuildStarted;
  const rebuilt = await kept();
  // What autovacuum does after a bulk change (the rebuild rewrote every roll-up row).
  await db.$executeRawUnsafe(`VACUUM ANALYZE "DossierDayStat", "DossierMonthStat", "Dossier"`);
  const now = new Date("2026-01-15T03:00:00Z");

  // ── 1. One commune's quarterly figures ──────────────────────────────────────────────────
  const unitId = communes[0]!.id;
  const quarter = { start: "2024-12-15", end: "2025-03-14" };
  const figures = await time(() => computeReportFigures(db, { unitId, planId: plan.id, ...quarter }, now));
  const baseline1 = await time(async () => {
    const rows = await db.$queryRawUnsafe<{ received: number; on_time: number; late: number; same_day: number; same_day_done: number; slips: number }[]>(
      `SELECT count(*)::int AS received,
         count(*) FILTER (WHERE COALESCE(d."resultReadyAt", d."refusedAt") < $3 AND COALESCE(d."resultReadyAt", d."refusedAt") <= d."originalPromisedAt" + d."pausedMinutes" * interval '1 minute')::int AS on_time,
         count(*) FILTER (WHERE (COALESCE(d."resultReadyAt", d."refusedAt") < $3 AND COALESCE(d."resultReadyAt", d."refusedAt") > d."originalPromisedAt" + d."pausedMinutes" * interval '1 minute')
                             OR (COALESCE(d."resultReadyAt", d."refusedAt", $3) >= $3 AND d."originalPromisedAt" < $3))::int AS late,
         count(*) FILTER (WHERE v."turnaroundKind" IN ('SAME_DAY', 'MINUTES'))::int AS same_day,
         count(*) FILTER (WHERE v."turnaroundKind" IN ('SAME_DAY', 'MINUTES') AND d."resultReadyAt" < $3
                            AND (d."resultReadyAt" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = (d."receivedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)::int AS same_day_done,
         COALESCE(sum(a.n), 0)::int AS slips
       FROM "Dossier" d
       LEFT JOIN "ServiceModelVersion" v ON v.id = d."modelVersionId"
       LEFT JOIN (SELECT "dossierId", count(*) AS n FROM "ApologySlip" WHERE "issuedAt" < $3 GROUP BY 1) a ON a."dossierId" = d.id
       WHERE d."unitId" = $1 AND d."receivedAt" >= $2 AND d."receivedAt" < $3`,
      unitId,
      new Date("2024-12-14T17:00:00Z"),
      new Date("2025-03-14T17:00:00Z"),
    );
    return rows[0]!;
  });
  const same1 =
    figureValue(figures.result.set, "received") === baseline1.result.received &&
    figureValue(figures.result.set, "onTime") === baseline1.result.on_time &&
    figureValue(figures.result.set, "late") === baseline1.result.late &&
    figureValue(figures.result.set, "sameDay.done") === baseline1.result.same_day_done &&
    figureValue(figures.result.set, "late.apologySlips") === baseline1.result.slips;

  // ── 2. The province dashboard, at two instants: after the last period (every month of the
  // range whole) and on a day inside the last month (the range ends today: that month so far
  // is read from day rows) ───────────────────────────────────────────────────────────────
  const communeIds = communes.map((c) => c.id);
  const { splitByWholeMonths } = await import("../src/domain/report");
  const dashboardAt = async (now: Date) => {
    const dashboard = await time(() => reviewerDashboard(db, soNoiVu.id, now));
    const range = dashboard.result.range!;
    const rangeFrom = new Date(`${range.start}T00:00:00+07:00`);
    const rangeCutoff = new Date(Date.parse(`${range.end}T00:00:00+07:00`) + 86_400_000);
    type UnitMonth = { unit_id: string; month: string; received: number; on_time: number; due: number; same_day: number; same_day_done: number; online: number };
    const statuses = () =>
      db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM (SELECT "unitId", "periodStart", status, "dueOn" FROM "Report" WHERE "obligationId" = $1) s`, obligation.id);
    // (a) From scratch, as the dashboard counts (as of now: a resolved dossier with its resolution,
    // an open one late when past its deadline now; the bench logs no supplement requests).
    const baseline2 = await time(async () => {
      const [st, monthly] = await Promise.all([
        statuses(),
        db.$queryRawUnsafe<UnitMonth[]>(
          `SELECT d."unitId" AS unit_id, to_char(d."receivedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month, count(*)::int AS received,
             count(*) FILTER (WHERE LEAST(d."resultReadyAt", d."refusedAt") <= d."originalPromisedAt" + d."pausedMinutes" * interval '1 minute')::int AS on_time,
             count(*) FILTER (WHERE COALESCE(d."resultReadyAt", d."refusedAt") IS NOT NULL OR d."originalPromisedAt" + d."pausedMinutes" * interval '1 minute' < $4)::int AS due,
             count(*) FILTER (WHERE v."turnaroundKind" IN ('SAME_DAY', 'MINUTES'))::int AS same_day,
             count(*) FILTER (WHERE v."turnaroundKind" IN ('SAME_DAY', 'MINUTES')
               AND (LEAST(d."resultReadyAt", d."refusedAt") AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = (d."receivedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)::int AS same_day_done,
             count(*) FILTER (WHERE d.channel = 'ONLINE')::int AS online
           FROM "Dossier" d LEFT JOIN "ServiceModelVersion" v ON v.id = d."modelVersionId"
           WHERE d."unitId" = ANY($1::text[]) AND d."receivedAt" >= $2 AND d."receivedAt" < $3
           GROUP BY 1, 2`,
          communeIds,
          rangeFrom,
          rangeCutoff,
          now,
        ),
      ]);
      return { statuses: st[0]!.n, monthly };
    });
    // (b) The same numbers read by hand from the roll-ups (whole months from the month rows, the
    // partial months at the ends from the day rows), plus the open dossiers past their deadline.
    const split = splitByWholeMonths(range.start, range.end);
    const baseline2b = await time(async () => {
      const [st, rolled, open] = await Promise.all([
        statuses(),
        db.$queryRawUnsafe<UnitMonth[]>(
          `SELECT "unitId" AS unit_id, to_char(month::timestamp, 'YYYY-MM') AS month, received, "onTime" AS on_time, "onTime" + "lateResolved" AS due,
             "sameDay" AS same_day, "sameDayDone" AS same_day_done, online
           FROM "DossierMonthStat" WHERE "unitId" = ANY($1::text[]) AND month BETWEEN $2::date AND $3::date
           UNION ALL
           SELECT "unitId", to_char(day::timestamp, 'YYYY-MM'), sum(received)::int, sum("onTime")::int, sum("onTime" + "lateResolved")::int, sum("sameDay")::int, sum("sameDayDone")::int, sum(online)::int
           FROM "DossierDayStat" WHERE "unitId" = ANY($1::text[]) AND (day BETWEEN $4::date AND $5::date OR day BETWEEN $6::date AND $7::date) GROUP BY 1, 2`,
          communeIds,
          split.months?.first ?? "9999-01-01",
          split.months?.last ?? "0001-01-01",
          split.days[0]?.start ?? "9999-01-01",
          split.days[0]?.end ?? "0001-01-01",
          split.days[1]?.start ?? "9999-01-01",
          split.days[1]?.end ?? "0001-01-01",
        ),
        db.$queryRawUnsafe<UnitMonth[]>(
          `SELECT "unitId" AS unit_id, to_char("receivedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month, 0 AS received, 0 AS on_time, count(*)::int AS due, 0 AS same_day, 0 AS same_day_done, 0 AS online
           FROM "Dossier" WHERE "resultReadyAt" IS NULL AND "refusedAt" IS NULL AND "unitId" = ANY($1::text[]) AND "receivedAt" >= $2 AND "receivedAt" < $3
             AND "originalPromisedAt" + "pausedMinutes" * interval '1 minute' < $4
           GROUP BY 1, 2`,
          communeIds,
          rangeFrom,
          rangeCutoff,
          now,
        ),
      ]);
      return { statuses: st[0]!.n, monthly: [...rolled, ...open] };
    });
    const cells = dashboard.result.obligations.reduce((s, o) => s + o.units.reduce((t, u) => t + u.cells.filter(Boolean).length, 0), 0);
    // The dashboard's ranking against each baseline, commune by commune.
    const sameAsDashboard = (rows: UnitMonth[]) =>
      dashboard.result.ranking.length === COMMUNES &&
      dashboard.result.ranking.every((r) => {
        const mine = rows.filter((x) => x.unit_id === r.unitId);
        const sum = (k: keyof Omit<UnitMonth, "unit_id" | "month">) => mine.reduce((a, x) => a + x[k], 0);
        return r.received === sum("received") && r.onTimeRate === rate(sum("on_time"), sum("due")) && r.sameDayRate === rate(sum("same_day_done"), sum("same_day")) && r.onlineRate === rate(sum("online"), sum("received"));
      });
    const same2 = sameAsDashboard(baseline2.result.monthly) && baseline2.result.statuses === cells;
    const same2b = sameAsDashboard(baseline2b.result.monthly) && baseline2b.result.statuses === cells;
    return { dashboard, baseline2, baseline2b, same2, same2b, cells, range, split };
  };
  const dashboards = [await dashboardAt(now), await dashboardAt(new Date("2025-12-20T03:00:00Z"))];

  const rollupRows = (await db.$queryRawUnsafe<{ days: number; months: number }[]>(`SELECT (SELECT count(*)::int FROM "DossierDayStat") AS days, (SELECT count(*)::int FROM "DossierMonthStat") AS months`))[0]!;
  const openRows = (await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Dossier" WHERE "resultReadyAt" IS NULL AND "refusedAt" IS NULL`))[0]!.n;

  const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
  console.log(`target: ${target} · dossiers: ${N.toLocaleString("en")} · communes: ${COMMUNES} · Node ${process.version} · ${cpus().length} CPU · data generated in ${(generatedIn / 1000).toFixed(0)} s`);
  console.log(`1. one commune's quarterly figures: ${fmt(figures.ms)} · hand-written SQL baseline: ${fmt(baseline1.ms)} · ratio ${(figures.ms / baseline1.ms).toFixed(2)}× · same numbers: ${same1}`);
  console.log(
    `roll-ups: ${rollupRows.days.toLocaleString("en")} unit-day and ${rollupRows.months.toLocaleString("en")} unit-month rows kept by the triggers while inserting the dossiers (${(dossiersIn / 1000).toFixed(0)} s for the inserts); rebuild_dossier_roll_up(): ${(rebuildIn / 1000).toFixed(1)} s, same tables: ${byTriggers.h === rebuilt.h && byTriggers.n === rebuilt.n}; open dossiers classified live: ${openRows.toLocaleString("en")}`,
  );
  for (const [n, d] of dashboards.entries()) {
    console.log(
      `2${"ab"[n]}. province dashboard on ${n === 0 ? now.toISOString() : "2025-12-20T03:00:00Z"} (${d.cells} unit × period cells, ${d.dashboard.result.ranking.length} ranked, ${d.dashboard.result.trend.length} months, range ${d.range.start} – ${d.range.end}, read as ${JSON.stringify(d.split)}): ${fmt(d.dashboard.ms)}`,
    );
    console.log(`   (a) baseline from scratch (statuses + one GROUP BY over the dossiers): ${fmt(d.baseline2.ms)} · ratio ${(d.dashboard.ms / d.baseline2.ms).toFixed(2)}× · same numbers: ${d.same2}`);
    console.log(`   (b) hand-written SQL over the roll-ups (statuses + month and day rows + open dossiers): ${fmt(d.baseline2b.ms)} · ratio ${(d.dashboard.ms / d.baseline2b.ms).toFixed(2)}× · same numbers: ${d.same2b}`);
  }
  await db.$disconnect();
} finally {
  // BENCH_KEEP=1 leaves a PostgreSQL bench database in place for EXPLAIN.
  if (process.env.BENCH_KEEP && target === "postgres") console.log(`kept: ${database.url}`);
  else await database.stop();
}
