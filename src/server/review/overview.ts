import "server-only";
import type { UserActor } from "../auth/actor";
import { db } from "../db";
import { localDateOrNull } from "../dates";

export interface ReviewObligationDto {
  id: string;
  title: string;
  frequency: string;
  planTitle: string;
  dueOn: string | null;
  reporters: { name: string; slug: string }[];
  reports: { submitted: number; accepted: number; returned: number; draft: number };
}

/** The reporting obligations whose reports this reviewer's unit receives. */
export async function reviewerObligations(user: UserActor): Promise<ReviewObligationDto[]> {
  if (!user.unitId) return [];
  const rows = await db.reportingObligation.findMany({
    where: { reviewerUnitId: user.unitId },
    select: {
      id: true,
      title: true,
      frequency: true,
      dueOn: true,
      plan: { select: { title: true } },
      reporters: { select: { unit: { select: { name: true, slug: true } } } },
      reports: { select: { status: true } },
    },
    orderBy: { title: "asc" },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    frequency: r.frequency,
    planTitle: r.plan.title,
    dueOn: localDateOrNull(r.dueOn),
    reporters: r.reporters.map((x) => x.unit).sort((a, b) => a.name.localeCompare(b.name, "vi")),
    reports: {
      submitted: r.reports.filter((x) => x.status === "SUBMITTED").length,
      accepted: r.reports.filter((x) => x.status === "ACCEPTED").length,
      returned: r.reports.filter((x) => x.status === "RETURNED").length,
      draft: r.reports.filter((x) => x.status === "DRAFT").length,
    },
  }));
}
