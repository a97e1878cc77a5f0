import "server-only";
import { forbidden, notFound } from "next/navigation";
import type { UserActor } from "../auth/actor";
import type { Db } from "../db";
import { accessOf, reportDetail, type ReportAccess, type ReportDetailDto } from "./queries";

/** For pages: 404 when unknown, 403 when the user may not read it. */
export async function requireReportPage(db: Db, actor: UserActor, id: string, now: Date, as: ReportAccess): Promise<ReportDetailDto> {
  const r = await reportDetail(db, id, now);
  if (!r) notFound();
  if (accessOf(actor, r) !== as) forbidden();
  return r;
}

