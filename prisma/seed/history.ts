/**
 * A few thousand realistic historical cases over the plans' periods, so that every view has
 * data: dossiers (promised by the schedule engine, as the intake would), their steps,
 * apology slips, ratings, home visits, listening sessions with questions, letters and staff
 * pledges. Deterministic for a given `now` (seeded random numbers).
 */
import type { Prisma } from "../../src/generated/prisma/client";
import type { Tx } from "../../src/server/db";
import { unitAbbreviation, randomPart } from "../../src/domain/dossier/code";
import { committeeName } from "../../src/domain/dossier/letters";
import {
  addDays,
  buildCalendar,
  eachLocalDate,
  instantAtMinutes,
  minLocalDate,
  modelStatusOn,
  occurrences,
  officeWindowsOn,
  promiseResult,
  timeToMinutes,
  toLocalDate,
  weekdayOf,
  type Channel,
  type LocalDate,
  type OfficeHours,
  type OfficialCalendar,
  type ServiceModelDef,
} from "../../src/domain/schedule";
import { dbDate, localDateOf } from "../../src/server/dates";
import { loadCalendar, loadModelsForUnits, loadOfficeHours } from "../../src/server/schedule/context";
import { plans } from "./data";
import type { KeyMaps } from "./reference";
import { randomFor, type Random } from "./random";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh"];
const MIDDLE_M = ["Văn", "Minh", "Quốc", "Hữu", "Đức", "Thanh", "Công", "Xuân"];
const MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Bích"];
const GIVEN_M = ["An", "Bình", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Thắng", "Tuấn", "Vinh"];
const GIVEN_F = ["Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Oanh", "Phương", "Thảo", "Trang", "Vy", "Yến", "Nhung"];

function personName(r: Random): string {
  const female = r.chance(0.5);
  return `${r.pick(FAMILY)} ${r.pick(female ? MIDDLE_F : MIDDLE_M)} ${r.pick(female ? GIVEN_F : GIVEN_M)}`;
}

function phone(r: Random): string {
  return `0${r.pick(["3", "7", "8", "9"])}${String(r.int(0, 99_999_999)).padStart(8, "0")}`;
}

/** Dossiers per working day for each plan's units (realistic for small communes). */
const RATES: Record<string, { commune: number; department: number }> = {
  "000_717e08190f908aaf.txt": { commune: 0.3, department: 0 },
  "001_6ea30bfb0cc3ba6a.txt": { commune: 2.2, department: 0 },
  "002_9519aefdb11fd813.txt": { commune: 3.0, department: 0 },
  "003_3f8a77aab6a1debd.txt": { commune: 0.45, department: 0.2 },
  "004_b2696af3e13bd410.txt": { commune: 2.4, department: 0 },
};

/** The units of today (illustrative plans): dossiers a working day, over the last RECENT_DAYS days. */
const CURRENT_UNIT_RATE = 2;
const RECENT_DAYS = 45;
/** How far ahead the demo has home-visit requests already made. */
const UPCOMING_DAYS = 21;

/** Communes and wards: the units that log a commune's rate of dossiers. */
const COMMUNE_KINDS = ["COMMUNE", "WARD", "TOWNSHIP"];

const DOSSIER_KINDS = new Set(["NO_APPOINTMENT_DAY", "EXTENDED_HOURS", "ONLINE_SERVICE_DAY", "HOME_VISIT"]);

interface ServiceUnit {
  unitId: string;
  key: string;
  name: string;
  kind: string;
  from: LocalDate;
  to: LocalDate;
  rate: number;
  planKey: string;
}

interface ProcedureInfo {
  id: string;
  name: string;
  fieldCode: string;
  statutoryWorkingDays: number;
  sameDayCutoff: string | null;
}

interface Counters {
  dossiers: number;
  events: number;
  apologies: number;
  ratings: number;
  homeVisits: number;
  sessions: number;
  questions: number;
  letters: number;
  pledges: number;
}

export async function seedHistory(db: Tx, maps: KeyMaps, now: Date): Promise<Counters> {
  const counters: Counters = { dossiers: 0, events: 0, apologies: 0, ratings: 0, homeVisits: 0, sessions: 0, questions: 0, letters: 0, pledges: 0 };
  const today = toLocalDate(now);
  const calendarEntries = await loadCalendar(db);
  const calendar = buildCalendar(calendarEntries);

  const serviceUnits = await collectServiceUnits(db, maps, today);
  const officerByUnit = await officersByUnit(db);
  const usedCodes = new Set<string>();

  for (const su of serviceUnits) {
    const [officeHours, models, procs] = await Promise.all([
      loadOfficeHours(db, su.unitId),
      loadModelsForUnits(db, [su.unitId]),
      db.unitProcedure.findMany({
        where: { unitId: su.unitId, procedure: { active: true } },
        select: { procedure: { select: { id: true, name: true, fieldCode: true, statutoryWorkingDays: true, sameDayCutoff: true } } },
      }),
    ]);
    const procedures = procs.map((p) => p.procedure);
    if (procedures.length === 0) continue;
    const officers = officerByUnit.get(su.unitId) ?? [];
    const batch = new DossierBatch(db, counters);
    const r = randomFor("dossiers", su.key);
    for (const day of eachLocalDate(su.from, su.to)) {
      const working = calendar.isWorkingDay(day);
      // Online dossiers also arrive on days off.
      const n = working ? r.poisson(su.rate) : r.chance(0.15 * su.rate) ? 1 : 0;
      for (let k = 0; k < n; k++) {
        const d = makeDossier({ r, su, day, working, calendar, officeHours, models, procedures, now, officers, usedCodes });
        if (d) batch.add(d);
      }
      if (batch.size >= 400) await batch.flush();
    }
    await batch.flush();
  }

  await seedHomeVisits(db, calendar, now, counters, officerByUnit, usedCodes);
  await seedListeningSessions(db, calendar, now, counters, maps);
  await seedLetters(db, counters);
  await seedPledges(db, maps, counters);
  return counters;
}

/** The units that log dossiers under each plan, with the period to fill. */
async function collectServiceUnits(db: Tx, maps: KeyMaps, today: LocalDate): Promise<ServiceUnit[]> {
  const out = new Map<string, ServiceUnit>();
  for (const plan of plans) {
    const rates = RATES[plan.sourceFile] ?? { commune: 1, department: 0.2 };
    for (const model of plan.models) {
      if (!DOSSIER_KINDS.has(model.kind)) continue;
      for (const scope of model.scopes) {
        const unitId = maps.unitId.get(scope.unitKey)!;
        const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, key: true, name: true, kind: true, validFrom: true, validTo: true } });
        if (unit.kind === "VILLAGE") continue;
        const commune = COMMUNE_KINDS.includes(unit.kind);
        const rate = commune ? rates.commune : rates.department;
        if (rate <= 0) continue;
        // Ordinary days too: the unit logs every dossier, from the plan's start to the
        // unit's end (or yesterday).
        const from = unit.validFrom && localDateOf(unit.validFrom) > plan.validFrom ? localDateOf(unit.validFrom) : plan.validFrom;
        let to = addDays(today, -1);
        if (unit.validTo) to = minLocalDate(to, localDateOf(unit.validTo));
        // Units that only run a short model keep logging after it (the commune goes on).
        const existing = out.get(unitId);
        if (existing) {
          existing.from = existing.from < from ? existing.from : from;
          continue;
        }
        if (from > to) continue;
        out.set(unitId, { unitId, key: unit.key, name: unit.name, kind: unit.kind, from, to, rate, planKey: plan.key });
      }
    }
  }
  // The units of today that continue a model in an illustrative plan have logged their
  // ordinary dossiers for some weeks before it, so that their queue and figures are current.
  const current = await db.modelScope.findMany({
    where: { version: { model: { plan: { illustrative: true } } } },
    select: { unit: { select: { id: true, key: true, name: true, kind: true, validFrom: true } }, version: { select: { model: { select: { plan: { select: { key: true } } } } } } },
  });
  for (const { unit, version } of current) {
    if (out.has(unit.id) || !COMMUNE_KINDS.includes(unit.kind)) continue;
    const recent = addDays(today, -RECENT_DAYS);
    const from = unit.validFrom && localDateOf(unit.validFrom) > recent ? localDateOf(unit.validFrom) : recent;
    const to = addDays(today, -1);
    if (from > to) continue;
    out.set(unit.id, { unitId: unit.id, key: unit.key, name: unit.name, kind: unit.kind, from, to, rate: CURRENT_UNIT_RATE, planKey: version.model.plan.key });
  }
  return [...out.values()];
}

async function officersByUnit(db: Tx): Promise<Map<string, string[]>> {
  const users = await db.user.findMany({ where: { role: { in: ["OFFICER", "UNIT_LEADER"] } }, select: { id: true, unitId: true, role: true } });
  const out = new Map<string, string[]>();
  for (const u of users) if (u.unitId) out.set(u.unitId, [...(out.get(u.unitId) ?? []), u.id]);
  return out;
}

interface NewDossier {
  dossier: Prisma.DossierCreateManyInput;
  events: Prisma.DossierEventCreateManyInput[];
  apology: Prisma.ApologySlipCreateManyInput | null;
  rating: Prisma.SatisfactionResponseCreateManyInput | null;
}

class DossierBatch {
  private items: NewDossier[] = [];
  constructor(
    private db: Tx,
    private counters: Counters,
  ) {}
  get size() {
    return this.items.length;
  }
  add(item: NewDossier) {
    this.items.push(item);
  }
  async flush() {
    if (this.items.length === 0) return;
    const items = this.items;
    this.items = [];
    await this.db.dossier.createMany({ data: items.map((i) => i.dossier) });
    await this.db.dossierEvent.createMany({ data: items.flatMap((i) => i.events) });
    const apologies = items.flatMap((i) => (i.apology ? [i.apology] : []));
    if (apologies.length) await this.db.apologySlip.createMany({ data: apologies });
    const ratings = items.flatMap((i) => (i.rating ? [i.rating] : []));
    if (ratings.length) await this.db.satisfactionResponse.createMany({ data: ratings });
    this.counters.dossiers += items.length;
    this.counters.events += items.reduce((s, i) => s + i.events.length, 0);
    this.counters.apologies += apologies.length;
    this.counters.ratings += ratings.length;
  }
}

let idCounter = 0;
function seedId(prefix: string): string {
  idCounter += 1;
  return `seed${prefix}${idCounter.toString(36).padStart(7, "0")}`;
}

function uniqueCode(unitName: string, day: LocalDate, r: Random, used: Set<string>): string {
  const prefix = `${unitAbbreviation(unitName)}-${day.slice(2).replaceAll("-", "")}-`;
  for (;;) {
    const code = prefix + randomPart(() => r.int(0, 1_000_000));
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

const REFUSAL_REASONS = [
  "Hồ sơ không đủ điều kiện theo quy định (giấy tờ tùy thân hết hạn).",
  "Người yêu cầu không thuộc thẩm quyền giải quyết của UBND xã.",
  "Nội dung yêu cầu chứng thực trái pháp luật.",
];
const DELAY_REASONS = [
  "Cần xác minh thêm thông tin với cơ quan liên quan.",
  "Hệ thống phần mềm một cửa gặp sự cố, chưa ký số được kết quả.",
  "Người có thẩm quyền ký đi công tác đột xuất.",
];
const COMMENTS_GOOD = ["Cán bộ nhiệt tình, hướng dẫn tận tình.", "Nhanh, không phải đi lại nhiều lần.", "Rất hài lòng với thái độ phục vụ."];
const COMMENTS_BAD = ["Phải chờ lâu.", "Hẹn trả kết quả nhưng chưa đúng hẹn."];

function makeDossier(a: {
  r: Random;
  su: ServiceUnit;
  day: LocalDate;
  working: boolean;
  calendar: OfficialCalendar;
  officeHours: Awaited<ReturnType<typeof loadOfficeHours>>;
  models: ServiceModelDef[];
  procedures: ProcedureInfo[];
  now: Date;
  officers: string[];
  usedCodes: Set<string>;
}): NewDossier | null {
  const { r, su, day, working, calendar, officeHours, models, procedures, now, officers } = a;
  const channel: Channel = !working ? "ONLINE" : r.chance(0.78) ? "DESK" : r.chance(0.82) ? "ONLINE" : "POSTAL";

  // Receipt time: office minutes for the desk; extended-hours windows sometimes; any time online.
  const office = officeWindowsOn(officeHours, day, calendar);
  let minute: number;
  const extended = models.flatMap((m) => occurrences(m, { officeHours, calendar }, day, day)).flatMap((o) => o.localWindows);
  const outside = extended.filter((w) => !office.some((o) => o.start <= w.start && w.end <= o.end));
  if (channel === "ONLINE") minute = r.chance(0.7) && office.length ? pickOfficeMinute(r, office) : r.int(6 * 60, 22 * 60);
  else if (outside.length && r.chance(0.2)) {
    const w = r.pick(outside);
    minute = r.int(timeToMinutes(w.start), timeToMinutes(w.end) - 1);
  } else if (office.length) minute = pickOfficeMinute(r, office);
  else return null;
  const receivedAt = instantAtMinutes(day, minute);
  if (receivedAt >= now) return null;

  // Procedures covered by a model today are chosen more often, as on a real model day.
  const covered = models.flatMap((m) =>
    m.versions.flatMap((v) => v.scopes.filter((s) => s.unitId === su.unitId).flatMap((s) => (s.allProcedures ? [] : s.procedureIds))),
  );
  const coveredToday = covered.filter((id) => procedures.some((p) => p.id === id));
  const coveredId = coveredToday.length && r.chance(0.65) ? r.pick(coveredToday) : null;
  const procedure = procedures.find((p) => p.id === coveredId) ?? r.pick(procedures);

  const promise = promiseResult({
    procedure: { procedureId: procedure.id, statutoryWorkingDays: procedure.statutoryWorkingDays, sameDayCutoff: procedure.sameDayCutoff },
    unitId: su.unitId,
    receivedAt,
    channel,
    models,
    officeHours,
    calendar,
  });
  const modelRef = promise.basis.kind === "MODEL" ? promise.basis : promise.receivedUnder;
  const officerId = officers.length ? r.pick(officers) : null;
  const id = seedId("d");
  const events: Prisma.DossierEventCreateManyInput[] = [{ id: seedId("e"), dossierId: id, type: "RECEIVED", at: receivedAt, actorId: officerId }];
  const startedAt = new Date(receivedAt.getTime() + r.int(5, 90) * 60_000);

  const dossier: Prisma.DossierCreateManyInput = {
    id,
    code: uniqueCode(su.name, day, r, a.usedCodes),
    unitId: su.unitId,
    procedureId: procedure.id,
    modelId: modelRef?.modelId ?? null,
    modelVersionId: modelRef?.versionId ?? null,
    channel,
    status: "RECEIVED",
    receivedAt,
    recordedAt: receivedAt,
    receivedById: officerId,
    handlerId: officerId,
    promisedAt: promise.promisedAt,
    originalPromisedAt: promise.promisedAt,
    statutoryBoundAt: promise.statutoryBound,
    regime: promise.regime,
    citizenName: personName(r),
    citizenPhone: phone(r),
    citizenAddress: null,
    writtenOnBehalf: channel === "DESK" && r.chance(modelRef ? 0.25 : 0.08),
    onlineHelp: channel === "ONLINE" && r.chance(0.35),
  };

  let apology: Prisma.ApologySlipCreateManyInput | null = null;
  let rating: Prisma.SatisfactionResponseCreateManyInput | null = null;
  const promised = promise.promisedAt.getTime();
  const span = Math.max(10 * 60_000, promised - startedAt.getTime());
  const finished = promised + 2 * 86_400_000 < now.getTime();

  if (startedAt < now) events.push({ id: seedId("e"), dossierId: id, type: "STARTED", at: startedAt, actorId: officerId });
  dossier.status = startedAt < now ? "IN_PROGRESS" : "RECEIVED";

  const roll = r.next();
  if (roll < 0.03) {
    // Refused with a reason (Mẫu 03).
    const at = new Date(startedAt.getTime() + Math.floor(span * r.next() * 0.5));
    if (at < now) {
      dossier.status = "REFUSED";
      dossier.refusedAt = at;
      dossier.refusalReason = r.pick(REFUSAL_REASONS);
      events.push({ id: seedId("e"), dossierId: id, type: "REFUSED", at, actorId: officerId, note: dossier.refusalReason });
    }
    return { dossier, events, apology, rating };
  }

  let readyAt: number;
  if (roll < 0.07 && finished) {
    // Late: the apology slip (Mẫu 04) with a new date is issued before the promise passes.
    const issuedAt = new Date(promised - r.int(30, 240) * 60_000);
    const newPromise = new Date(promised + r.int(1, 3) * 86_400_000);
    apology = { id: seedId("a"), dossierId: id, issuedAt, previousPromisedAt: promise.promisedAt, newPromisedAt: newPromise, reason: r.pick(DELAY_REASONS), issuedById: officerId };
    events.push({ id: seedId("e"), dossierId: id, type: "APOLOGY_ISSUED", at: issuedAt, actorId: officerId, note: apology.reason });
    dossier.promisedAt = newPromise;
    readyAt = promised + Math.floor((newPromise.getTime() - promised) * (0.3 + 0.6 * r.next()));
  } else {
    readyAt = startedAt.getTime() + Math.floor(span * (0.2 + 0.75 * r.next()));
  }
  if (readyAt >= now.getTime()) return { dossier, events, apology, rating };
  dossier.status = "RESULT_READY";
  dossier.resultReadyAt = new Date(readyAt);
  events.push({ id: seedId("e"), dossierId: id, type: "RESULT_READY", at: dossier.resultReadyAt, actorId: officerId });

  const sameDayResult = toLocalDate(new Date(readyAt)) === day;
  const returnAt = new Date(readyAt + (sameDayResult ? r.int(5, 60) * 60_000 : r.int(1, 3) * 86_400_000));
  if (returnAt >= now) return { dossier, events, apology, rating };
  dossier.status = "RETURNED";
  dossier.returnedAt = returnAt;
  // An Dũng's "không hẹn": results reach the citizen through the village head.
  dossier.returnMethod =
    channel === "ONLINE" ? "ONLINE" : channel === "POSTAL" ? "BY_POST" : su.planKey.includes("an-dung") && weekdayOf(day) === "FR" && r.chance(0.5) ? "VIA_VILLAGE_HEAD" : "AT_DESK";
  events.push({ id: seedId("e"), dossierId: id, type: "RETURNED", at: returnAt, actorId: officerId });

  if (r.chance(0.4)) {
    const value = apology ? r.pick(["NEUTRAL", "UNSATISFIED", "SATISFIED"] as const) : r.chance(0.88) ? "SATISFIED" : r.chance(0.8) ? "NEUTRAL" : "UNSATISFIED";
    rating = {
      id: seedId("s"),
      unitId: su.unitId,
      dossierId: id,
      source: "PORTAL",
      rating: value,
      comment: r.chance(0.3) ? (value === "SATISFIED" ? r.pick(COMMENTS_GOOD) : r.pick(COMMENTS_BAD)) : null,
      respondedAt: new Date(returnAt.getTime() + r.int(10, 600) * 60_000),
    };
    if (rating.respondedAt as Date >= now) rating = null;
  }
  return { dossier, events, apology, rating };
}

function pickOfficeMinute(r: Random, windows: { start: string; end: string }[]): number {
  const w = r.pick(windows);
  return r.int(timeToMinutes(w.start), timeToMinutes(w.end) - 1);
}

// ─── Home visits (Long Xuyên) ──────────────────────────────────────────────────

const VISIT_GROUPS = ["ELDERLY_FRAIL", "LIVING_ALONE", "DISABLED_LIMITED_MOBILITY", "MERIT_PERSON", "WAR_INVALID", "SICK_SOLDIER"];

async function seedHomeVisits(
  db: Tx,
  calendar: OfficialCalendar,
  now: Date,
  counters: Counters,
  officerByUnit: Map<string, string[]>,
  usedCodes: Set<string>,
) {
  const models = await db.serviceModel.findMany({ where: { kind: "HOME_VISIT" }, select: { id: true, key: true }, orderBy: { key: "asc" } });
  for (const { id: modelId, key: modelKey } of models) {
    const scopes = await db.modelScope.findMany({
      where: { version: { modelId } },
      select: { unitId: true, capacityPerDay: true, unit: { select: { key: true, name: true } }, procedures: { select: { procedure: { select: { id: true, statutoryWorkingDays: true, sameDayCutoff: true } } } } },
      orderBy: [{ version: { validFrom: "asc" } }, { unit: { key: "asc" } }],
    });
    const seen = new Map<string, number>();
    for (const scope of scopes) {
      // A unit in scope of several versions gets one stream per appearance.
      const nth = (seen.get(scope.unit.key) ?? 0) + 1;
      seen.set(scope.unit.key, nth);
      const r = randomFor("home-visits", modelKey, scope.unit.key, String(nth));
      const [officeHours, unitModels] = await Promise.all([loadOfficeHours(db, scope.unitId), loadModelsForUnits(db, [scope.unitId])]);
      const model = unitModels.find((m) => m.modelId === modelId);
      if (!model || scope.procedures.length === 0) continue;
      const rule = model.versions[0]!;
      const to = minLocalDate(rule.validTo ?? toLocalDate(now), addDays(toLocalDate(now), -1));
      const officers = officerByUnit.get(scope.unitId) ?? [];
      const dossiers: NewDossier[] = [];
      for (const occ of occurrences(model, { officeHours, calendar }, rule.validFrom, to)) {
        const n = Math.min(r.poisson(1.3), scope.capacityPerDay ?? 5);
        if (n === 0) continue;
        const dayRow = await db.homeVisitDay.create({ data: { modelId, unitId: scope.unitId, date: dbDate(occ.date), booked: 0 } });
        let booked = 0;
        for (let k = 0; k < n; k++) {
          const requestedAt = new Date(instantAtMinutes(addDays(occ.date, -r.int(2, 10)), r.int(8 * 60, 20 * 60)).getTime());
          const procedure = r.pick(scope.procedures).procedure;
          const declined = r.chance(0.08);
          const status = declined ? "DECLINED" : r.chance(0.04) ? "CANCELLED" : "DONE";
          const visitAt = instantAtMinutes(occ.date, r.int(7 * 60 + 30, 16 * 60));
          const request = await db.homeVisitRequest.create({
            data: {
              trackingCode: `TN-${randomPart(() => r.int(0, 1_000_000), 6)}`,
              unitId: scope.unitId,
              modelId,
              procedureId: procedure.id,
              eligibleGroup: r.pick(VISIT_GROUPS),
              requestedDate: dbDate(occ.date),
              confirmedDate: declined ? null : dbDate(occ.date),
              status,
              citizenName: personName(r),
              citizenPhone: phone(r),
              address: `Số ${r.int(1, 250)}, khóm ${r.int(1, 9)}, ${scope.unit.name}`,
              declineReason: declined ? "Người yêu cầu không thuộc đối tượng của mô hình (có thể tự đến Bộ phận Một cửa)." : null,
              outcome: status === "DONE" ? "Đã chứng thực chữ ký giấy ủy quyền tại nhà." : null,
              decidedAt: requestedAt,
              decidedById: officers[0] ?? null,
              completedAt: status === "DONE" ? visitAt : null,
              createdAt: requestedAt,
              assignments: officers.length && !declined ? { create: [{ userId: r.pick(officers) }] } : undefined,
            },
            select: { id: true },
          });
          counters.homeVisits += 1;
          if (!declined) booked += 1;
          if (status !== "DONE") continue;
          const promise = promiseResult({
            procedure: { procedureId: procedure.id, statutoryWorkingDays: procedure.statutoryWorkingDays, sameDayCutoff: procedure.sameDayCutoff },
            unitId: scope.unitId,
            receivedAt: visitAt,
            channel: "HOME",
            models: unitModels,
            officeHours,
            calendar,
          });
          const id = seedId("d");
          const officerId = officers.length ? r.pick(officers) : null;
          const ready = new Date(visitAt.getTime() + r.int(10, 40) * 60_000);
          const ref = promise.basis.kind === "MODEL" ? promise.basis : promise.receivedUnder;
          dossiers.push({
            dossier: {
              id,
              code: uniqueCode(scope.unit.name, occ.date, r, usedCodes),
              unitId: scope.unitId,
              procedureId: procedure.id,
              modelId: ref?.modelId ?? modelId,
              modelVersionId: ref?.versionId ?? rule.versionId,
              channel: "HOME",
              status: "RETURNED",
              receivedAt: visitAt,
              recordedAt: visitAt,
              receivedById: officerId,
              handlerId: officerId,
              promisedAt: promise.promisedAt,
              originalPromisedAt: promise.promisedAt,
              statutoryBoundAt: promise.statutoryBound,
              regime: promise.regime,
              citizenName: personName(r),
              citizenPhone: phone(r),
              resultReadyAt: ready,
              returnedAt: ready,
              returnMethod: "AT_DESK",
              homeVisitRequestId: request.id,
            },
            events: [
              { id: seedId("e"), dossierId: id, type: "RECEIVED", at: visitAt, actorId: officerId, note: "Tiếp nhận tại nhà" },
              { id: seedId("e"), dossierId: id, type: "RESULT_READY", at: ready, actorId: officerId },
              { id: seedId("e"), dossierId: id, type: "RETURNED", at: ready, actorId: officerId, note: "Trả kết quả tại nhà" },
            ],
            apology: null,
            rating: r.chance(0.5) ? { id: seedId("s"), unitId: scope.unitId, dossierId: id, source: "PAPER", rating: "SATISFIED", respondedAt: ready } : null,
          });
        }
        await db.homeVisitDay.update({ where: { id: dayRow.id }, data: { booked } });
      }
      const batch = new DossierBatch(db, counters);
      for (const d of dossiers) batch.add(d);
      await batch.flush();
      await seedUpcomingVisits(db, { modelId, modelKey, scope, nth, model, officeHours, calendar, now, officers, counters });
    }
  }
}

/**
 * Requests already made for the coming visit days of a model in force (the illustrative
 * plans'): one confirmed and perhaps one waiting per day, well under the day's capacity, so
 * that the officers' list has work and citizens still find free places.
 */
async function seedUpcomingVisits(
  db: Tx,
  a: {
    modelId: string;
    modelKey: string;
    scope: { unitId: string; unit: { key: string; name: string }; procedures: { procedure: { id: string } }[] };
    nth: number;
    model: ServiceModelDef;
    officeHours: OfficeHours[];
    calendar: OfficialCalendar;
    now: Date;
    officers: string[];
    counters: Counters;
  },
) {
  const today = toLocalDate(a.now);
  const status = modelStatusOn(a.model, today);
  if (status?.status !== "ACTIVE") return;
  const rule = status.rule;
  const r = randomFor("home-visits-upcoming", a.modelKey, a.scope.unit.key, String(a.nth));
  const to = minLocalDate(rule.validTo ?? addDays(today, UPCOMING_DAYS), addDays(today, UPCOMING_DAYS));
  for (const occ of occurrences(a.model, { officeHours: a.officeHours, calendar: a.calendar }, addDays(today, 1), to)) {
    const n = 1 + Math.min(r.poisson(0.8), 1);
    let booked = 0;
    for (let k = 0; k < n; k++) {
      const confirmed = k === 0 && r.chance(0.6);
      const requestedAt = new Date(a.now.getTime() - r.int(1, 5 * 24 * 60) * 60_000);
      await db.homeVisitRequest.create({
        data: {
          trackingCode: `TN-${randomPart(() => r.int(0, 1_000_000), 6)}`,
          unitId: a.scope.unitId,
          modelId: a.modelId,
          procedureId: r.pick(a.scope.procedures).procedure.id,
          eligibleGroup: r.pick(VISIT_GROUPS),
          requestedDate: dbDate(occ.date),
          confirmedDate: confirmed ? dbDate(occ.date) : null,
          status: confirmed ? "CONFIRMED" : "PENDING",
          citizenName: personName(r),
          citizenPhone: phone(r),
          address: `Số ${r.int(1, 250)}, khóm ${r.int(1, 9)}, ${a.scope.unit.name}`,
          decidedAt: confirmed ? requestedAt : null,
          decidedById: confirmed ? (a.officers[0] ?? null) : null,
          createdAt: requestedAt,
          assignments: confirmed && a.officers.length ? { create: [{ userId: r.pick(a.officers) }] } : undefined,
        },
        select: { id: true },
      });
      a.counters.homeVisits += 1;
      if (confirmed) booked += 1;
    }
    if (booked) await db.homeVisitDay.create({ data: { modelId: a.modelId, unitId: a.scope.unitId, date: dbDate(occ.date), booked } });
  }
}

// ─── Listening sessions (An Dũng) ──────────────────────────────────────────────

const QUESTIONS: { text: string; field: string }[] = [
  { text: "Đề nghị xã sớm chi trả trợ cấp cho đối tượng bảo trợ xã hội mới được duyệt.", field: "van-hoa-xa-hoi" },
  { text: "Hồ sơ người có công của gia đình tôi nộp đã lâu, khi nào có kết quả?", field: "van-hoa-xa-hoi" },
  { text: "Xin hướng dẫn thủ tục chứng thực hợp đồng chuyển nhượng đất.", field: "tu-phap-ho-tich" },
  { text: "Đề nghị sửa tuyến đường bê tông vào thôn bị hư hỏng sau mưa lũ.", field: "dia-chinh" },
  { text: "Khi nào cấp lại giấy chứng nhận quyền sử dụng đất bị sai thông tin?", field: "dia-chinh" },
  { text: "Xin hỗ trợ giống cây trồng sau đợt hạn hán.", field: "nong-nghiep" },
  { text: "Làm giấy khai sinh cho cháu có cần sổ hộ khẩu nữa không?", field: "tu-phap-ho-tich" },
  { text: "Đề nghị tăng thời gian phát thanh thông tin về thủ tục hành chính.", field: "van-phong-thong-ke" },
];

async function seedListeningSessions(db: Tx, calendar: OfficialCalendar, now: Date, counters: Counters, maps: KeyMaps) {
  const models = await db.serviceModel.findMany({
    where: { kind: "LISTENING_SESSION" },
    orderBy: { key: "asc" },
    select: { id: true, key: true, attendeeRoles: true, plan: { select: { issuingUnitId: true, issuingUnit: { select: { key: true } } } } },
  });
  for (const m of models) {
    const r = randomFor("listening-sessions", m.key);
    const hostId = m.plan.issuingUnitId;
    const hostKey = m.plan.issuingUnit.key;
    const [officeHours, unitModels] = await Promise.all([loadOfficeHours(db, hostId), loadModelsForUnits(db, [hostId])]);
    const villageScopes = await db.modelScope.findMany({ where: { version: { modelId: m.id } }, select: { unitId: true }, orderBy: { unit: { key: "asc" } } });
    const villageIds = [...new Set(villageScopes.map((s) => s.unitId))];
    const model = (await loadModelsForUnits(db, villageIds)).find((x) => x.modelId === m.id) ?? unitModels.find((x) => x.modelId === m.id);
    if (!model) continue;
    const first = model.versions[0]!;
    const to = minLocalDate(first.validTo ?? toLocalDate(now), toLocalDate(now));
    for (const occ of occurrences(model, { officeHours, calendar }, first.validFrom, to)) {
      const held = occ.windows[0]!.end < now;
      for (const villageId of villageIds) {
        const session = await db.listeningSession.create({
          data: {
            modelId: m.id,
            unitId: villageId,
            hostUnitId: hostId,
            date: dbDate(occ.date),
            startsAt: occ.windows[0]!.start,
            endsAt: occ.windows[0]!.end,
            status: held ? "HELD" : "PLANNED",
            heldAt: held ? occ.windows[0]!.start : null,
            minutes: held ? "Buổi gặp mặt diễn ra đúng kế hoạch; lãnh đạo UBND xã tiếp thu và giao các bộ phận trả lời ý kiến của nhân dân." : null,
            attendance: { create: m.attendeeRoles.map((roleTitle) => ({ roleTitle, present: held && r.chance(0.9) })) },
          },
          select: { id: true },
        });
        counters.sessions += 1;
        if (!held) continue;
        const q = r.int(2, 5);
        for (let k = 0; k < q; k++) {
          const item = r.pick(QUESTIONS);
          const assignedKey = `${hostKey}/${item.field}`;
          const assignedUnitId = maps.unitId.get(assignedKey) ?? hostId;
          const dueOn = addDays(occ.date, 15);
          const answeredOn = r.chance(0.85) ? addDays(occ.date, r.int(3, 20)) : null;
          const answeredAt = answeredOn && instantAtMinutes(answeredOn, 9 * 60) < now ? instantAtMinutes(answeredOn, 9 * 60) : null;
          await db.citizenQuestion.create({
            data: {
              sessionId: session.id,
              askerName: r.chance(0.7) ? personName(r) : null,
              content: item.text,
              assignedUnitId,
              dueOn: dbDate(dueOn),
              answer: answeredAt ? "Đã trả lời trực tiếp cho công dân và thông báo trên Đài phát thanh xã." : null,
              answeredAt,
              status: answeredAt ? "ANSWERED" : "OPEN",
              createdAt: occ.windows[0]!.start,
            },
          });
          counters.questions += 1;
        }
      }
    }
  }
}

// ─── Letters (An Dũng) ─────────────────────────────────────────────────────────

async function seedLetters(db: Tx, counters: Counters) {
  const letterModels = await db.serviceModel.findMany({ where: { kind: "LETTERS" }, orderBy: { key: "asc" }, select: { key: true, plan: { select: { issuingUnitId: true, issuingUnit: { select: { name: true } } } } } });
  const templates = await db.letterTemplate.findMany({ where: { unitId: null } });
  for (const lm of letterModels) {
    const r = randomFor("letters", lm.key);
    const unitId = lm.plan.issuingUnitId;
    const returned = await db.dossier.findMany({
      where: { unitId, status: "RETURNED", procedure: { OR: [{ name: { contains: "kết hôn", mode: "insensitive" } }, { name: { contains: "khai tử", mode: "insensitive" } }, { name: { contains: "khai sinh", mode: "insensitive" } }] } },
      select: { id: true, citizenName: true, returnedAt: true, procedure: { select: { name: true } } },
      orderBy: { returnedAt: "asc" },
    });
    const late = await db.apologySlip.findMany({ where: { dossier: { unitId } }, select: { dossierId: true, issuedAt: true, reason: true, dossier: { select: { citizenName: true, code: true } } } });
    const numbers = new Map<number, number>();
    const next = (year: number) => {
      const n = (numbers.get(year) ?? 0) + 1;
      numbers.set(year, n);
      return n;
    };
    const rows: Prisma.LetterCreateManyInput[] = [];
    for (const d of returned) {
      const name = d.procedure.name.toLowerCase();
      const event = name.includes("kết hôn") ? "MARRIAGE" : name.includes("khai tử") ? "DEATH" : "BIRTH";
      if (event === "BIRTH" && !r.chance(0.3)) continue;
      const t = templates.find((x) => x.event === event)!;
      const sentAt = d.returnedAt!;
      const year = Number(localDateOf(sentAt).slice(0, 4));
      rows.push({
        unitId,
        number: next(year),
        year,
        type: t.type,
        event,
        recipientName: d.citizenName,
        body: t.body.replaceAll("{{ten_nguoi_nhan}}", d.citizenName).replaceAll("{{ten_don_vi}}", committeeName(lm.plan.issuingUnit.name, true)),
        dossierId: d.id,
        templateId: t.id,
        ceremonyAt: event === "MARRIAGE" ? sentAt : null,
        sentAt,
      });
    }
    for (const a of late) {
      const t = templates.find((x) => x.event === "LATE_DOSSIER")!;
      const year = Number(localDateOf(a.issuedAt).slice(0, 4));
      rows.push({
        unitId,
        number: next(year),
        year,
        type: "APOLOGY",
        event: "LATE_DOSSIER",
        recipientName: a.dossier.citizenName,
        body: t.body.replaceAll("{{ten_nguoi_nhan}}", a.dossier.citizenName).replaceAll("{{ma_ho_so}}", a.dossier.code).replaceAll("{{ly_do}}", a.reason),
        dossierId: a.dossierId,
        templateId: t.id,
        sentAt: a.issuedAt,
      });
    }
    rows.sort((x, y) => (x.sentAt as Date).getTime() - (y.sentAt as Date).getTime());
    // Renumber in date order within each year, as a register would.
    const perYear = new Map<number, number>();
    for (const row of rows) {
      const n = (perYear.get(row.year) ?? 0) + 1;
      perYear.set(row.year, n);
      row.number = n;
    }
    if (rows.length) await db.letter.createMany({ data: rows });
    counters.letters += rows.length;
  }
}

// ─── Friendly-government pledges (Phước Long) ──────────────────────────────────

const PLEDGE_TEXT =
  "Tôi cam kết thực hiện nghiêm «4 xin» (xin chào, xin lỗi, xin cảm ơn, xin phép), «4 luôn» (luôn mỉm cười, luôn nhẹ nhàng, luôn lắng nghe, luôn giúp đỡ) và «5 không» (không cửa quyền, hách dịch, gây khó khăn, phiền hà; không quan liêu, vô cảm, vô trách nhiệm; không tham nhũng, lãng phí, lợi ích nhóm; không xu nịnh, chạy chọt, gian dối; không lợi dụng chức vụ, quyền hạn trong thực thi công vụ).";

const POSITIONS = ["Chủ tịch UBND", "Phó Chủ tịch UBND", "Công chức Văn phòng – Thống kê", "Công chức Tư pháp – Hộ tịch", "Công chức Địa chính – Xây dựng", "Công chức Văn hóa – Xã hội", "Trưởng phòng", "Chuyên viên"];

async function seedPledges(db: Tx, maps: KeyMaps, counters: Counters) {
  const pledgeModels = await db.serviceModel.findMany({
    where: { kind: "FRIENDLY_PLEDGE" },
    orderBy: { key: "asc" },
    select: { key: true, planId: true, versions: { orderBy: { validFrom: "asc" }, select: { validFrom: true, scopes: { orderBy: { unit: { key: "asc" } }, select: { unitId: true } } } } },
  });
  for (const m of pledgeModels) {
    const r = randomFor("pledges", m.key);
    const unitIds = [...new Set(m.versions.flatMap((v) => v.scopes.map((s) => s.unitId)))];
    const start = localDateOf(m.versions[0]!.validFrom);
    const rows: Prisma.StaffPledgeCreateManyInput[] = [];
    for (const unitId of unitIds) {
      const n = r.int(4, 9);
      for (let k = 0; k < n; k++) {
        rows.push({ unitId, planId: m.planId, staffName: personName(r), position: r.pick(POSITIONS), content: PLEDGE_TEXT, signedOn: dbDate(addDays(start, r.int(0, 25))) });
      }
    }
    if (rows.length) await db.staffPledge.createMany({ data: rows });
    counters.pledges += rows.length;
  }
  void maps;
}
