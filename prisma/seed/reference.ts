/**
 * Reference data: the units, catalogue, official calendar, plans and their models, demo
 * accounts and letter templates. Every write is an upsert on a stable key, so running it
 * again changes nothing.
 */
import type { PrismaClient, Prisma } from "../../src/generated/prisma/client";
import { procedureColumns } from "../../src/domain/catalogue/procedure-row";
import { searchKey, slugify } from "../../src/domain/text/normalize";
import { hashPassword } from "../../src/server/auth/password";
import { instantAt } from "../../src/domain/schedule";
import { dbDate } from "../../src/server/dates";
import { calendarEntries, plans, procedures, units } from "./data";
import demoAccounts from "./demo-accounts.json" with { type: "json" };
import { procedureFields } from "./fields";
import { letterTemplates } from "./letter-templates";
import type { SeedPlan, SeedUnit } from "./types";

export interface DemoAccount {
  username: string;
  password: string;
  role: "OFFICER" | "UNIT_LEADER" | "REVIEWER" | "ADMIN";
  fullName: string;
  position: string;
  unitKey: string | null;
  description: string;
}

export interface KeyMaps {
  unitId: Map<string, string>;
  procedureId: Map<string, string>;
  planId: Map<string, string>;
  modelId: Map<string, string>;
  userId: Map<string, string>;
}

function orderedUnits(list: SeedUnit[]): SeedUnit[] {
  const byKey = new Map(list.map((u) => [u.key, u]));
  const out: SeedUnit[] = [];
  const seen = new Set<string>();
  const visit = (u: SeedUnit) => {
    if (seen.has(u.key)) return;
    if (u.parentKey) visit(byKey.get(u.parentKey)!);
    seen.add(u.key);
    out.push(u);
  };
  list.forEach(visit);
  return out;
}

/** Slugs must be unique across the country: add the parent's name when a name repeats. */
function unitSlugs(list: SeedUnit[]): Map<string, string> {
  const byKey = new Map(list.map((u) => [u.key, u]));
  const counts = new Map<string, number>();
  for (const u of list.filter((x) => !x.slug)) counts.set(slugify(u.name), (counts.get(slugify(u.name)) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const u of list) {
    if (u.slug) {
      out.set(u.key, u.slug);
      continue;
    }
    let slug = slugify(u.name);
    let parent = u.parentKey ? byKey.get(u.parentKey) : undefined;
    while ((counts.get(slug) ?? 0) > 1 && parent) {
      slug = `${slug}-${slugify(parent.name.replace(/^(Tỉnh|Thành phố|Thị xã|Huyện|Xã|Phường|Thị trấn)\s+/i, ""))}`;
      parent = parent.parentKey ? byKey.get(parent.parentKey) : undefined;
      if (!(counts.get(slug) ?? 0)) break;
    }
    out.set(u.key, slug);
  }
  return out;
}

export async function seedReference(db: PrismaClient): Promise<KeyMaps> {
  const maps: KeyMaps = { unitId: new Map(), procedureId: new Map(), planId: new Map(), modelId: new Map(), userId: new Map() };

  for (const [position, f] of procedureFields.entries()) {
    await db.procedureField.upsert({ where: { code: f.code }, create: { ...f, position }, update: { name: f.name, position } });
  }

  const slugs = unitSlugs(units);
  for (const u of orderedUnits(units)) {
    const data = {
      name: u.name,
      searchName: searchKey(u.name),
      slug: slugs.get(u.key)!,
      kind: u.kind,
      parentId: u.parentKey ? maps.unitId.get(u.parentKey)! : null,
      adminCode: u.adminCode,
      validFrom: u.validFrom ? dbDate(u.validFrom) : null,
      validTo: u.validTo ? dbDate(u.validTo) : null,
      officeHours: (u.officeHours ?? undefined) as Prisma.InputJsonValue | undefined,
      source: u.source ?? null,
    };
    const row = await db.unit.upsert({ where: { key: u.key }, create: { key: u.key, ...data }, update: data, select: { id: true } });
    maps.unitId.set(u.key, row.id);
  }
  // Successors exist once every unit is written.
  for (const u of units) {
    if (!u.mergedIntoKey) continue;
    const mergedIntoId = maps.unitId.get(u.mergedIntoKey);
    if (!mergedIntoId) throw new Error(`Unit ${u.key}: unknown successor ${u.mergedIntoKey}`);
    await db.unit.update({ where: { id: maps.unitId.get(u.key)! }, data: { mergedIntoId } });
  }

  for (const p of procedures) {
    const data = {
      ...procedureColumns({ ...p, fieldCode: p.field }),
      source: p.source,
    };
    const row = await db.procedure.upsert({ where: { key: p.key }, create: { key: p.key, ...data }, update: data, select: { id: true } });
    maps.procedureId.set(p.key, row.id);
  }

  // Each commune-level unit handles the commune procedures; departments and district
  // units the district ones. Published catalogues per unit.
  const unitProcedureRows: { unitId: string; procedureId: string }[] = [];
  for (const u of units) {
    const level = ["COMMUNE", "WARD", "TOWNSHIP"].includes(u.kind) ? "COMMUNE" : u.kind === "DISTRICT" ? "DISTRICT" : null;
    if (!level) continue;
    for (const p of procedures) if (p.level === level) unitProcedureRows.push({ unitId: maps.unitId.get(u.key)!, procedureId: maps.procedureId.get(p.key)! });
  }
  await db.unitProcedure.createMany({ data: unitProcedureRows, skipDuplicates: true });

  for (const e of calendarEntries) {
    const where = { date_effectiveFrom: { date: dbDate(e.date), effectiveFrom: dbDate(e.effectiveFrom) } };
    const data = { kind: e.kind, name: e.name, legalBasis: e.legalBasis };
    // Entered on the day it applies from (the seed has no other date for it), so never "entered today" and withdrawable.
    const createdAt = instantAt(e.effectiveFrom, "08:00");
    await db.calendarEntry.upsert({ where, create: { date: dbDate(e.date), effectiveFrom: dbDate(e.effectiveFrom), createdAt, ...data }, update: data });
  }

  for (const plan of plans) await seedPlan(db, plan, maps);

  for (const account of demoAccounts as DemoAccount[]) {
    const existing = await db.user.findUnique({ where: { username: account.username }, select: { id: true } });
    const unitId = account.unitKey ? maps.unitId.get(account.unitKey) : null;
    if (account.unitKey && !unitId) throw new Error(`Demo account ${account.username}: unknown unit ${account.unitKey}`);
    const data = { fullName: account.fullName, position: account.position, role: account.role, unitId: unitId ?? null };
    const row = existing
      ? await db.user.update({ where: { id: existing.id }, data, select: { id: true } })
      : await db.user.create({ data: { username: account.username, passwordHash: await hashPassword(account.password), ...data }, select: { id: true } });
    maps.userId.set(account.username, row.id);
  }

  for (const t of letterTemplates) {
    const existing = await db.letterTemplate.findFirst({ where: { unitId: null, type: t.type, event: t.event }, select: { id: true } });
    if (existing) await db.letterTemplate.update({ where: { id: existing.id }, data: { title: t.title, body: t.body } });
    else await db.letterTemplate.create({ data: { unitId: null, type: t.type, event: t.event, title: t.title, body: t.body } });
  }

  return maps;
}

export async function seedPlan(db: PrismaClient, plan: SeedPlan, maps: KeyMaps): Promise<void> {
  const unit = (key: string) => {
    const id = maps.unitId.get(key);
    if (!id) throw new Error(`Plan ${plan.key}: unknown unit ${key}`);
    return id;
  };
  const data = {
    number: plan.number,
    symbol: plan.symbol,
    issuingUnitId: unit(plan.issuingUnitKey),
    signingPlace: plan.signingPlace,
    signedYear: plan.signedOn.year,
    signedMonth: plan.signedOn.month,
    signedDay: plan.signedOn.day,
    title: plan.title,
    searchTitle: searchKey(plan.title),
    legalBases: plan.legalBases,
    purposes: plan.purposes,
    requirements: plan.requirements,
    validFrom: dbDate(plan.validFrom),
    validTo: plan.validTo ? dbDate(plan.validTo) : null,
    status: plan.status,
    signerName: plan.signerName,
    signerTitle: plan.signerTitle,
    recipients: plan.recipients,
    // Illustrative plans transcribe no document.
    sourceFile: plan.sourceFile || null,
    assumptions: plan.assumptions,
  };
  const row = await db.plan.upsert({ where: { key: plan.key }, create: { key: plan.key, ...data }, update: data, select: { id: true } });
  maps.planId.set(plan.key, row.id);

  await db.planTask.deleteMany({ where: { planId: row.id } });
  await db.planTask.createMany({
    data: plan.tasks.map((t, position) => ({
      planId: row.id,
      unitId: unit(t.unitKey),
      description: t.description,
      dueOn: t.dueOn ? dbDate(t.dueOn) : null,
      sourceQuote: t.sourceQuote,
      position,
    })),
  });

  for (const o of plan.reporting) {
    const oData = {
      planId: row.id,
      title: o.title,
      frequency: o.frequency,
      reviewerUnitId: unit(o.reviewerUnitKey),
      dueOn: o.dueOn ? dbDate(o.dueOn) : null,
      dueDaysAfterPeriod: o.dueDaysAfterPeriod,
      sourceQuote: o.sourceQuote,
    };
    const ob = await db.reportingObligation.upsert({ where: { key: o.key }, create: { key: o.key, ...oData }, update: oData, select: { id: true } });
    await db.reportingObligationUnit.createMany({ data: o.reporterUnitKeys.map((k) => ({ obligationId: ob.id, unitId: unit(k) })), skipDuplicates: true });
  }

  for (const m of plan.models) {
    const mData = {
      planId: row.id,
      kind: m.kind,
      name: m.name,
      searchName: searchKey(m.name),
      description: m.description,
      sourceQuotes: m.sourceQuotes,
      attendeeRoles: m.attendeeRoles,
      assumptions: m.assumptions,
    };
    const model = await db.serviceModel.upsert({ where: { key: m.key }, create: { key: m.key, ...mData }, update: mData, select: { id: true } });
    maps.modelId.set(m.key, model.id);
    const vData = {
      validFrom: dbDate(m.validFrom),
      validTo: m.validTo ? dbDate(m.validTo) : null,
      rrule: m.recurrence.rrule,
      rdates: m.recurrence.dates,
      exdates: m.recurrence.exdates,
      hoursKind: m.hours.kind,
      windows: (m.hours.kind === "WINDOWS" ? m.hours.windows : []) as unknown as Prisma.InputJsonValue,
      intakeCutoff: m.intakeCutoff,
      turnaroundKind: m.turnaround.kind,
      turnaroundValue: m.turnaround.kind === "MINUTES" ? m.turnaround.minutes : m.turnaround.kind === "WORKING_DAYS" ? m.turnaround.days : null,
      workingDaysOnly: m.workingDaysOnly,
      noDeferralPastWeekend: m.noDeferralPastWeekend,
      place: m.place,
      placeNote: m.placeNote,
      eligibleGroups: m.eligibleGroups,
      note: "Phiên bản ban đầu theo kế hoạch.",
    };
    const version = await db.serviceModelVersion.upsert({
      where: { modelId_effectiveFrom: { modelId: model.id, effectiveFrom: dbDate(m.effectiveFrom) } },
      create: { modelId: model.id, effectiveFrom: dbDate(m.effectiveFrom), ...vData },
      update: vData,
      select: { id: true },
    });
    for (const s of m.scopes) {
      const sData = { allProcedures: s.allProcedures, capacityPerDay: s.capacityPerDay, localName: s.localName };
      const scope = await db.modelScope.upsert({
        where: { versionId_unitId: { versionId: version.id, unitId: unit(s.unitKey) } },
        create: { versionId: version.id, unitId: unit(s.unitKey), ...sData },
        update: sData,
        select: { id: true },
      });
      const procedureIds = s.procedureKeys.map((k) => {
        const id = maps.procedureId.get(k);
        if (!id) throw new Error(`Model ${m.key}: unknown procedure ${k}`);
        return id;
      });
      await db.modelScopeProcedure.deleteMany({ where: { scopeId: scope.id, procedureId: { notIn: procedureIds } } });
      await db.modelScopeProcedure.createMany({ data: procedureIds.map((procedureId) => ({ scopeId: scope.id, procedureId })), skipDuplicates: true });
      // A unit that runs a model for a procedure handles that procedure.
      await db.unitProcedure.createMany({ data: procedureIds.map((procedureId) => ({ unitId: unit(s.unitKey), procedureId })), skipDuplicates: true });
    }
  }
}
