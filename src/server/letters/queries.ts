import "server-only";
import { suggestLetters, type LetterSuggestion } from "@/domain/dossier/letters";
import { needsApology } from "@/domain/dossier/lifecycle";
import { addDays, startOfLocalDay, toLocalDate } from "@/domain/schedule";
import type { UserActor } from "../auth/actor";
import { requireUnitScope } from "../auth/scope";
import { db } from "../db";

/** The unit's own templates first, then the portal's defaults (plan 32/KH-UBND, II.2). */
export async function letterTemplates(unitId: string) {
  const rows = await db.letterTemplate.findMany({
    where: { active: true, OR: [{ unitId }, { unitId: null }] },
    select: { id: true, unitId: true, type: true, event: true, title: true, body: true },
    orderBy: [{ type: "asc" }, { title: "asc" }],
  });
  return rows.sort((a, b) => Number(b.unitId !== null) - Number(a.unitId !== null));
}

interface SuggestionRow extends LetterSuggestion {
  dossierId: string;
  code: string;
  citizenName: string;
  procedureName: string;
  at: Date;
}

/** Dossiers of the last 90 days whose events call for a letter not sent yet. */
export async function letterSuggestions(user: UserActor, unitId: string, now: Date): Promise<SuggestionRow[]> {
  requireUnitScope(user, unitId);
  const since = startOfLocalDay(addDays(toLocalDate(now), -90));
  const rows = await db.dossier.findMany({
    where: {
      unitId,
      receivedAt: { gte: since, lte: now },
      OR: [
        { procedure: { searchName: { contains: "ket hon" } } },
        { procedure: { searchName: { contains: "khai tu" } } },
        { procedure: { searchName: { contains: "khai sinh" } } },
        { apologySlips: { some: {} } },
        { status: { in: ["RECEIVED", "IN_PROGRESS"] }, promisedAt: { lte: now } },
      ],
    },
    select: { id: true, code: true, citizenName: true, status: true, receivedAt: true, promisedAt: true, returnedAt: true, procedure: { select: { name: true } }, letters: { select: { event: true } }, _count: { select: { apologySlips: true } } },
    orderBy: { receivedAt: "desc" },
    take: 300,
  });
  const out: SuggestionRow[] = [];
  for (const d of rows) {
    const late = d._count.apologySlips > 0 || needsApology(d, now);
    for (const s of suggestLetters({ procedureName: d.procedure.name, status: d.status, late })) {
      if (d.letters.some((l) => l.event === s.event)) continue;
      out.push({ ...s, dossierId: d.id, code: d.code, citizenName: d.citizenName, procedureName: d.procedure.name, at: d.returnedAt ?? d.receivedAt });
    }
  }
  return out.slice(0, 60);
}

/** The register of letters sent by the unit in a year, in number order. */
export async function letterRegister(user: UserActor, unitId: string, year: number) {
  requireUnitScope(user, unitId);
  return db.letter.findMany({
    where: { unitId, year },
    select: { id: true, number: true, year: true, type: true, event: true, recipientName: true, recipientAddress: true, sentAt: true, ceremonyAt: true, dossier: { select: { code: true } }, sentBy: { select: { fullName: true } } },
    orderBy: { number: "asc" },
  });
}

export async function letterById(user: UserActor, unitId: string, id: string) {
  requireUnitScope(user, unitId);
  return db.letter.findFirst({
    where: { id, unitId },
    select: { id: true, number: true, year: true, type: true, event: true, recipientName: true, recipientAddress: true, body: true, sentAt: true, ceremonyAt: true, template: { select: { title: true } }, unit: { select: { name: true } }, sentBy: { select: { fullName: true } } },
  });
}

/** What the compose screen starts from: a dossier (if any) and the template for the event. */
export async function composeContext(user: UserActor, unitId: string, code: string | null) {
  requireUnitScope(user, unitId);
  if (!code) return null;
  return db.dossier.findFirst({
    where: { unitId, code },
    select: {
      id: true,
      code: true,
      citizenName: true,
      citizenAddress: true,
      receivedAt: true,
      returnedAt: true,
      originalPromisedAt: true,
      promisedAt: true,
      procedure: { select: { name: true } },
      apologySlips: { select: { reason: true, previousPromisedAt: true, newPromisedAt: true }, orderBy: { issuedAt: "desc" }, take: 1 },
    },
  });
}
