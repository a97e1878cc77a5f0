import "server-only";
import { db } from "../db";

interface AdminOverviewDto {
  plans: number;
  models: number;
  units: number;
  procedures: number;
  users: number;
  calendarEntries: number;
  auditRecords: number;
}

export async function adminOverview(): Promise<AdminOverviewDto> {
  const [plans, models, units, procedures, users, calendarEntries, auditRecords] = await Promise.all([
    db.plan.count(),
    db.serviceModel.count(),
    db.unit.count(),
    db.procedure.count(),
    db.user.count(),
    db.calendarEntry.count(),
    db.auditLog.count(),
  ]);
  return { plans, models, units, procedures, users, calendarEntries, auditRecords };
}
