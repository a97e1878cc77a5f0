import "server-only";
import { availableSteps, needsApology, type DossierStep } from "@/domain/dossier/lifecycle";
import { suggestLetters, type LetterSuggestion } from "@/domain/dossier/letters";
import { addDays, buildCalendar, describeRecurrence, modelStatusOn, occurrenceOn, startOfLocalDay, toLocalDate } from "@/domain/schedule";
import { searchKey } from "@/domain/text/normalize";
import type { Prisma } from "@/generated/prisma/client";
import type { UserActor } from "../auth/actor";
import { requireUnitScope } from "../auth/scope";
import { db } from "../db";
import { loadUnitScheduleContext } from "../schedule/context";

export interface IntakeProcedureDto {
  id: string;
  name: string;
  code: string | null;
  key: string;
  statutoryWorkingDays: number;
  /** Names of the models that cover it and run today. */
  modelsToday: string[];
}

export interface IntakeModelDto {
  id: string;
  name: string;
  runsToday: boolean;
  schedule: string;
}

/** What the intake screen needs: the unit's catalogue and the models in force today. */
export async function intakeOptions(unitId: string, now: Date): Promise<{ procedures: IntakeProcedureDto[]; models: IntakeModelDto[] }> {
  const [rows, ctx] = await Promise.all([
    db.unitProcedure.findMany({
      where: { unitId, procedure: { active: true } },
      select: { procedure: { select: { id: true, name: true, code: true, searchName: true, statutoryWorkingDays: true } } },
      orderBy: { procedure: { name: "asc" } },
    }),
    loadUnitScheduleContext(db, unitId),
  ]);
  const today = toLocalDate(now);
  const calendar = buildCalendar(ctx.calendar);
  const sctx = { officeHours: ctx.officeHours, calendar, asOf: now };
  const models: (IntakeModelDto & { cover: (pid: string) => boolean })[] = [];
  for (const m of ctx.models) {
    // Only a model in force today: an ended one (its last version) is not offered.
    const status = modelStatusOn(m, today);
    if (!status || status.status !== "ACTIVE") continue;
    const rule = status.rule;
    if (rule.scopes.every((s) => !s.allProcedures && s.procedureIds.length === 0)) continue;
    const scope = rule.scopes.find((s) => s.unitId === unitId);
    if (!scope) continue;
    models.push({
      id: m.modelId,
      name: m.name,
      runsToday: occurrenceOn(m, sctx, today) !== null,
      schedule: describeRecurrence(rule.recurrence),
      cover: (pid) => scope.allProcedures || scope.procedureIds.includes(pid),
    });
  }
  return {
    procedures: rows.map(({ procedure: p }) => ({
      id: p.id,
      name: p.name,
      code: p.code,
      key: p.searchName || searchKey(p.name),
      statutoryWorkingDays: p.statutoryWorkingDays,
      modelsToday: models.filter((m) => m.runsToday && m.cover(p.id)).map((m) => m.name),
    })),
    models: models.map(({ cover: _c, ...m }) => m),
  };
}

const detailSelect = {
  id: true,
  code: true,
  unitId: true,
  channel: true,
  status: true,
  receivedAt: true,
  recordedAt: true,
  promisedAt: true,
  originalPromisedAt: true,
  statutoryBoundAt: true,
  regime: true,
  citizenName: true,
  citizenPhone: true,
  citizenAddress: true,
  writtenOnBehalf: true,
  onlineHelp: true,
  resultReadyAt: true,
  returnedAt: true,
  returnMethod: true,
  refusedAt: true,
  refusalReason: true,
  pausedMinutes: true,
  homeVisitRequestId: true,
  unit: { select: { name: true, slug: true, parent: { select: { name: true } } } },
  procedure: { select: { name: true, code: true, statutoryText: true, statutoryWorkingDays: true, documents: true, fees: true } },
  model: { select: { name: true } },
  receivedBy: { select: { fullName: true } },
  handler: { select: { fullName: true } },
  events: { select: { id: true, type: true, at: true, note: true, data: true, actor: { select: { fullName: true } } }, orderBy: { at: "asc" } },
  apologySlips: { select: { id: true, issuedAt: true, previousPromisedAt: true, newPromisedAt: true, reason: true, issuedBy: { select: { fullName: true } } }, orderBy: { issuedAt: "asc" } },
  letters: { select: { id: true, number: true, year: true, type: true, event: true, sentAt: true } },
} satisfies Prisma.DossierSelect;

export type DossierDetail = NonNullable<Awaited<ReturnType<typeof loadDossier>>>;

async function loadDossier(unitId: string, code: string) {
  return db.dossier.findFirst({ where: { code, unitId }, select: detailSelect });
}

interface DossierView {
  d: DossierDetail;
  steps: DossierStep[];
  late: boolean;
  needsApology: boolean;
  letters: LetterSuggestion[];
}

/** A dossier of a unit in the user's scope (citizens' data only for that unit's staff). */
export async function dossierView(user: UserActor, unitId: string, code: string, now: Date): Promise<DossierView | null> {
  requireUnitScope(user, unitId);
  const d = await loadDossier(unitId, code);
  if (!d) return null;
  const apology = needsApology(d, now);
  const late = d.apologySlips.length > 0 || apology;
  return {
    d,
    steps: availableSteps(d, now),
    late,
    needsApology: apology,
    letters: suggestLetters({ procedureName: d.procedure.name, status: d.status, late }).filter((s) => !d.letters.some((l) => l.event === s.event)),
  };
}

interface DossierListItem {
  id: string;
  code: string;
  procedureName: string;
  citizenName: string;
  status: string;
  channel: string;
  receivedAt: Date;
  promisedAt: Date;
}

/** Search a unit's dossiers by code or citizen name, newest first. */
export async function searchDossiers(user: UserActor, unitId: string, q: string, status: string | null, take = 50): Promise<DossierListItem[]> {
  requireUnitScope(user, unitId);
  const query = q.trim();
  const rows = await db.dossier.findMany({
    where: {
      unitId,
      ...(status ? { status: status as never } : {}),
      ...(query ? { OR: [{ code: { contains: query.toUpperCase() } }, { citizenName: { contains: query, mode: "insensitive" } }, { citizenPhone: { contains: query } }] } : {}),
    },
    select: { id: true, code: true, citizenName: true, status: true, channel: true, receivedAt: true, promisedAt: true, procedure: { select: { name: true } } },
    orderBy: { receivedAt: "desc" },
    take,
  });
  return rows.map((r) => ({ ...r, procedureName: r.procedure.name }));
}

/** Mẫu 07 (Mẫu 06 before 07/2025): the register of a unit's dossiers received in [from, to]. */
export async function registerRows(user: UserActor, unitId: string, from: string, to: string) {
  requireUnitScope(user, unitId);
  return db.dossier.findMany({
    where: { unitId, receivedAt: { gte: startOfLocalDay(from), lt: startOfLocalDay(addDays(to, 1)) } },
    select: {
      id: true,
      code: true,
      citizenName: true,
      citizenAddress: true,
      citizenPhone: true,
      receivedAt: true,
      originalPromisedAt: true,
      promisedAt: true,
      resultReadyAt: true,
      returnedAt: true,
      refusedAt: true,
      status: true,
      procedure: { select: { name: true } },
      _count: { select: { apologySlips: true } },
    },
    orderBy: { receivedAt: "asc" },
    take: 2000,
  });
}
