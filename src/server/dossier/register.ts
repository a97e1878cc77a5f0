import "server-only";
import { instantAt, toLocalDate } from "@/domain/schedule";
import { db } from "../db";

/** The dossier's number in its unit's register for the year (the order of receipt). */
export async function registerOrdinal(unitId: string, receivedAt: Date): Promise<number> {
  const yearStart = instantAt(`${toLocalDate(receivedAt).slice(0, 4)}-01-01`, "00:00");
  return db.dossier.count({ where: { unitId, receivedAt: { gte: yearStart, lte: receivedAt } } });
}
