/**
 * Search benchmark: how fast the accent-insensitive search of the citizen portal answers.
 *   node --conditions=react-server --import tsx bench/search.bench.ts   (or: npm run bench search)
 *
 * Starts a throw-away database (in-memory PGlite by default, or a new database on the
 * PostgreSQL server at BENCH_POSTGRES_URL), migrates and seeds the reference data, then
 * times `searchPublic` — the function behind /tim-kiem and /api/v1/search — on the demo
 * catalogue and again after adding a national-size catalogue of synthetic procedures and
 * communes (names built from the words of real procedure names). Each query runs 5 times to
 * warm up, then 40 timed runs; the median and the 95th percentile are printed.
 */
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
// @ts-expect-error -- plain ES module shared with the CLI scripts
import { startTestStack } from "../src/cli/test-stack.mjs";

const QUERIES = ["chung thuc ban sao", "dang ky khai sinh", "Phổ Nhơn", "đất đai", "khong hen", "2.000884", "xa an dung", "giay phep xay dung gia han"];
const SYNTHETIC_PROCEDURES = 6000;
const SYNTHETIC_UNITS = 3000;
const RUNS = 40;
const WARMUP = 5;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function main() {
  const target = process.env.BENCH_POSTGRES_URL ? "postgres" : "pglite";
  console.log(`Machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length} · Node ${process.version} · database: ${target === "postgres" ? "PostgreSQL" : "PGlite (in memory)"}`);
  const stack = await startTestStack({ target, postgresUrl: process.env.BENCH_POSTGRES_URL, seedArgs: ["--no-history"] });
  process.env.DATABASE_URL = stack.databaseUrl;
  try {
    const { searchPublic } = await import("../src/server/public/search");
    const { searchKey } = await import("../src/domain/text/normalize");
    const { db } = await import("../src/server/db");

    async function time(label: string) {
      const counts = { procedures: await db.procedure.count(), units: await db.unit.count(), models: await db.serviceModel.count() };
      console.log(`\n${label}: ${counts.procedures} procedures, ${counts.units} units, ${counts.models} models`);
      console.log("| query | hits (units/procedures/models/plans) | median ms | p95 ms |");
      console.log("|---|---|---:|---:|");
      const all: number[] = [];
      for (const q of QUERIES) {
        let hits = "";
        for (let i = 0; i < WARMUP; i++) await searchPublic(q);
        const samples: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const t0 = performance.now();
          const r = await searchPublic(q);
          samples.push(performance.now() - t0);
          hits = `${r.units.length}/${r.procedures.length}/${r.models.length}/${r.plans.length}`;
        }
        samples.sort((a, b) => a - b);
        all.push(...samples);
        console.log(`| «${q}» | ${hits} | ${percentile(samples, 0.5).toFixed(1)} | ${percentile(samples, 0.95).toFixed(1)} |`);
      }
      all.sort((a, b) => a - b);
      console.log(`All queries: median ${percentile(all, 0.5).toFixed(1)} ms, p95 ${percentile(all, 0.95).toFixed(1)} ms.`);
    }

    await time("Demo catalogue (the five plans)");

    // A national-size catalogue: names recombined from the words of the real ones.
    const names = (await db.procedure.findMany({ select: { name: true } })).map((p) => p.name.split(/\s+/));
    const words = [...new Set(names.flat())];
    let seed = 20240306;
    const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    const procedures = Array.from({ length: SYNTHETIC_PROCEDURES }, (_, i) => {
      const name = `${pick(names).slice(0, 3).join(" ")} ${Array.from({ length: 4 + Math.floor(rand() * 8) }, () => pick(words)).join(" ")} (${i})`;
      return {
        key: `bench-${i}`,
        name,
        searchName: searchKey(name),
        fieldCode: "KHAC",
        level: "COMMUNE" as const,
        statutoryWorkingDays: 1 + Math.floor(rand() * 20),
        statutoryText: "Theo quy định",
        fees: "Không",
        documents: [],
        legalBasis: [],
        onlineLevel: "PARTIAL" as const,
      };
    });
    for (let i = 0; i < procedures.length; i += 1000) await db.procedure.createMany({ data: procedures.slice(i, i + 1000) });
    const province = await db.unit.findFirstOrThrow({ where: { kind: "PROVINCE" }, select: { id: true } });
    const syllables = ["An", "Bình", "Phú", "Long", "Mỹ", "Tân", "Hòa", "Thạnh", "Đông", "Tây", "Nam", "Bắc", "Phước", "Thành", "Hưng", "Lợi", "Điền", "Quang", "Xuân", "Đức"];
    const units = Array.from({ length: SYNTHETIC_UNITS }, (_, i) => {
      const name = `${rand() < 0.7 ? "Xã" : "Phường"} ${pick(syllables)} ${pick(syllables)} ${i}`;
      return { key: `bench/${i}`, slug: `bench-${i}`, name, searchName: searchKey(name), kind: "COMMUNE" as const, parentId: province.id };
    });
    for (let i = 0; i < units.length; i += 1000) await db.unit.createMany({ data: units.slice(i, i + 1000) });
    await db.$executeRawUnsafe('ANALYZE "Procedure"');
    await db.$executeRawUnsafe('ANALYZE "Unit"');

    await time(`With ${SYNTHETIC_PROCEDURES} synthetic procedures and ${SYNTHETIC_UNITS} synthetic communes`);
    await db.$disconnect();
  } finally {
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
