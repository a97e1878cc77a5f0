import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { ANONYMISED_NAME, DOSSIER_RETENTION_MONTHS, HOME_VISIT_RETENTION_MONTHS, retentionCutoff } from "@/domain/privacy/retention";
import { writeSystemAudit } from "../audit/audit";
import type { Db, Tx } from "../db";

export interface RetentionRun {
  homeVisits: number;
  dossiers: number;
  homeVisitCutoff: Date;
  dossierCutoff: Date;
}

export interface RetentionOptions {
  /** Rows per transaction: a long run never holds many row locks at once. */
  batchSize?: number;
  /** Only these units (an operator doing one unit; tests keeping to their own rows). */
  unitIds?: string[];
}

const DEFAULT_BATCH = 500;

/**
 * The retention job: replaces the contact data of home-visit requests and dossiers whose period
 * has passed at `now` (src/domain/privacy/retention.ts), rows kept so that every count and report
 * figure stays. One transaction per batch; `anonymisedAt IS NULL` makes it idempotent, and
 * `FOR UPDATE SKIP LOCKED` lets several instances run at once without doing a row twice (a row
 * another run holds is skipped; once committed it no longer matches). One audit row per run,
 * with the counts and cut-offs only.
 */
export async function anonymiseExpired(db: Db, now: Date, options: RetentionOptions = {}): Promise<RetentionRun> {
  const batch = options.batchSize ?? DEFAULT_BATCH;
  const units = options.unitIds ? Prisma.sql`AND "unitId" = ANY(${options.unitIds}::text[])` : Prisma.empty;
  const homeVisitCutoff = retentionCutoff("homeVisit", now);
  const dossierCutoff = retentionCutoff("dossier", now);

  const homeVisits = await inBatches(
    db,
    batch,
    (tx) =>
      // The end of a request as homeVisitEndedAt() in the domain defines it.
      tx.$executeRaw`
      UPDATE "HomeVisitRequest"
      SET "citizenName" = ${ANONYMISED_NAME}, "citizenPhone" = '', "address" = ${ANONYMISED_NAME}, "note" = NULL, "eligibleGroup" = ${ANONYMISED_NAME}, "anonymisedAt" = ${now}
      WHERE "id" IN (
        SELECT "id" FROM "HomeVisitRequest"
        WHERE "anonymisedAt" IS NULL ${units}
          AND CASE "status"
            WHEN 'DONE' THEN COALESCE("completedAt", "updatedAt")
            WHEN 'DECLINED' THEN COALESCE("decidedAt", "updatedAt")
            WHEN 'CANCELLED' THEN "updatedAt"
            ELSE ((COALESCE("confirmedDate", "requestedDate") + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
          END < ${homeVisitCutoff}
        ORDER BY "id" LIMIT ${batch}
        FOR UPDATE SKIP LOCKED)`,
  );

  const dossiers = await inBatches(
    db,
    batch,
    (tx) =>
      tx.$executeRaw`
      UPDATE "Dossier"
      SET "citizenName" = ${ANONYMISED_NAME}, "citizenPhone" = '', "citizenAddress" = NULL, "anonymisedAt" = ${now}
      WHERE "id" IN (
        SELECT "id" FROM "Dossier"
        WHERE "anonymisedAt" IS NULL ${units}
          AND COALESCE("returnedAt", "refusedAt") < ${dossierCutoff}
        ORDER BY "id" LIMIT ${batch}
        FOR UPDATE SKIP LOCKED)`,
  );

  await writeSystemAudit(db, {
    action: "privacy.retention",
    entity: "RetentionRun",
    after: {
      homeVisits,
      dossiers,
      homeVisitCutoff: homeVisitCutoff.toISOString(),
      dossierCutoff: dossierCutoff.toISOString(),
      months: { homeVisit: HOME_VISIT_RETENTION_MONTHS, dossier: DOSSIER_RETENTION_MONTHS },
      ...(options.unitIds ? { unitIds: options.unitIds } : {}),
    },
  });
  return { homeVisits, dossiers, homeVisitCutoff, dossierCutoff };
}

/** Runs `step` in its own transaction until a batch comes back short; the rows done in all. */
async function inBatches(db: Db, batch: number, step: (tx: Tx) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await db.$transaction(step, { timeout: 60_000, maxWait: 60_000 });
    total += n;
    if (n < batch) return total;
  }
}
