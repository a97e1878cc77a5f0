import "server-only";
import { startOfLocalDay, toLocalDate } from "@/domain/schedule";
import { db } from "../db";

/** The dossier's number in its unit's register for the year (the order of receipt). */
export async function registerOrdinal(unitId: string, receivedAt: Date): Promise<number> {
  const yearStart = startOfLocalDay(`${toLocalDate(receivedAt).slice(0, 4)}-01-01`);
  return db.dossier.count({ where: { unitId, receivedAt: { gte: yearStart, lte: receivedAt } } });
}
