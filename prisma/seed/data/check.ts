/**
 * Self-check of the demo data: `npx tsx prisma/seed/data/check.ts`.
 *
 * Verifies referential integrity (every unitKey, procedureKey and parentKey exists; keys are
 * unique), that dates are real YYYY-MM-DD dates and times real HH:mm, that validFrom <=
 * validTo, that the calendar lists only weekdays off and Saturdays worked, and — when the
 * seed texts are at hand (../shared/seeds, or SEEDS_DIR) — that every quote is verbatim.
 * Prints the counts; exits 1 on any error.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { RRule as RRuleClass } from "rrule";

import { reviewerRefusal } from "../../../src/domain/report/reviewer";
import type { SeedModel, SeedPlan, SeedProcedure, SeedUnit } from "../types";
import { calendarEntries, plans, procedures, units } from "./index";

// rrule ships CommonJS for Node; load it through require so that tsx and Node agree.
const { RRule } = createRequire(import.meta.url)("rrule") as { RRule: typeof RRuleClass };

const errors: string[] = [];
const warnings: string[] = [];
const fail = (where: string, what: string) => errors.push(`${where}: ${what}`);

// --- primitives ---------------------------------------------------------------------------

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const KEY_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

function isDate(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function checkDate(where: string, s: unknown, nullable = false) {
  if (s === undefined || (nullable && s === null)) return;
  if (!isDate(s)) fail(where, `invalid date ${JSON.stringify(s)}`);
}

function checkTime(where: string, s: unknown) {
  if (typeof s !== "string" || !TIME_RE.test(s)) fail(where, `invalid time ${JSON.stringify(s)}`);
}

function checkRange(where: string, from: string | undefined | null, to: string | undefined | null) {
  if (from && to && isDate(from) && isDate(to) && from > to) fail(where, `validFrom ${from} > validTo ${to}`);
}

/** 0 = Sunday … 6 = Saturday. */
const weekday = (s: string) => new Date(`${s}T00:00:00Z`).getUTCDay();

function checkUnique(where: string, keys: string[]) {
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k)) fail(where, `duplicate key ${k}`);
    seen.add(k);
  }
}

function checkKey(where: string, key: string) {
  if (!KEY_RE.test(key)) fail(where, `key ${JSON.stringify(key)} is not lowercase ASCII with dashes`);
}

// --- verbatim quotes ----------------------------------------------------------------------

const here = dirname(fileURLToPath(import.meta.url));
const seedsDir = process.env.SEEDS_DIR ?? resolve(here, "../../../../shared/seeds");
const seedsAvailable = existsSync(seedsDir);
const normalise = (s: string) => s.replace(/\s+/g, " ").trim();
const seedTexts = new Map<string, string>();

function checkVerbatim(where: string, plan: SeedPlan, quote: string) {
  if (!seedsAvailable) return;
  let text = seedTexts.get(plan.sourceFile);
  if (text === undefined) {
    const path = resolve(seedsDir, plan.sourceFile);
    if (!existsSync(path)) {
      fail(where, `source file ${plan.sourceFile} not found in ${seedsDir}`);
      seedTexts.set(plan.sourceFile, "");
      return;
    }
    text = normalise(readFileSync(path, "utf8"));
    seedTexts.set(plan.sourceFile, text);
  }
  if (text && !text.includes(normalise(quote))) fail(where, `quote not found verbatim in ${plan.sourceFile}: "${quote.slice(0, 80)}…"`);
}

// --- units --------------------------------------------------------------------------------

const unitByKey = new Map<string, SeedUnit>(units.map((u) => [u.key, u]));
checkUnique("units", units.map((u) => u.key));

for (const u of units) {
  const where = `unit ${u.key}`;
  checkKey(where, u.key);
  if (!u.name.trim()) fail(where, "empty name");
  checkDate(`${where}.validFrom`, u.validFrom);
  checkDate(`${where}.validTo`, u.validTo);
  checkRange(where, u.validFrom, u.validTo);
  if (u.adminCode !== null && !/^\d{2,5}$/.test(u.adminCode)) fail(where, `odd adminCode ${u.adminCode}`);
  if (u.kind === "PROVINCE") {
    if (u.parentKey !== null) fail(where, "a province has no parent");
    if (!u.officeHours?.length) fail(where, "a province must set its office hours");
  } else if (u.parentKey === null) {
    fail(where, "only provinces have no parent");
  }
  for (const [i, oh] of (u.officeHours ?? []).entries()) {
    checkDate(`${where}.officeHours[${i}].effectiveFrom`, oh.effectiveFrom);
    for (const w of oh.windows) {
      checkTime(`${where}.officeHours[${i}]`, w.start);
      checkTime(`${where}.officeHours[${i}]`, w.end);
      if (w.start >= w.end) fail(`${where}.officeHours[${i}]`, `window ${w.start}–${w.end} is empty`);
    }
  }
  if (u.parentKey !== null) {
    const parent = unitByKey.get(u.parentKey);
    if (!parent) {
      fail(where, `parentKey ${u.parentKey} does not exist`);
    } else {
      if (!u.key.startsWith(`${parent.key}/`)) fail(where, `key does not extend its parent's key ${parent.key}`);
      if (parent.validTo && (!u.validTo || u.validTo > parent.validTo)) fail(where, `outlives its parent (${parent.validTo})`);
      if (parent.validFrom && (!u.validFrom || u.validFrom < parent.validFrom)) fail(where, `predates its parent (${parent.validFrom})`);
    }
  }
  // no cycles
  const seen = new Set<string>();
  for (let k: string | null = u.key; k !== null; k = unitByKey.get(k)?.parentKey ?? null) {
    if (seen.has(k)) {
      fail(where, "parent cycle");
      break;
    }
    seen.add(k);
  }
  if (u.kind === "DISTRICT" && u.validTo !== "2025-06-30") fail(where, "district-level units end on 2025-06-30");
  if (u.mergedIntoKey) {
    const successor = unitByKey.get(u.mergedIntoKey);
    if (!successor) fail(where, `mergedIntoKey ${u.mergedIntoKey} does not exist`);
    else if (!u.validTo) fail(where, "a unit with a successor must end");
    else if (successor.validTo && successor.validTo <= u.validTo) fail(where, `successor ${successor.key} ends before it`);
  }
}

// --- procedures ---------------------------------------------------------------------------

const procedureByKey = new Map<string, SeedProcedure>(procedures.map((p) => [p.key, p]));
checkUnique("procedures", procedures.map((p) => p.key));

for (const p of procedures) {
  const where = `procedure ${p.key}`;
  checkKey(where, p.key);
  if (p.code !== null) {
    if (!/^\d\.\d{6}$/.test(p.code)) fail(where, `odd code ${p.code}`);
    if (!p.source?.includes(p.code)) fail(where, "a code must be cited in `source`");
  }
  if (!Number.isInteger(p.statutoryWorkingDays) || p.statutoryWorkingDays < 0) fail(where, "statutoryWorkingDays must be a whole number >= 0");
  if (p.sameDayCutoff !== null) {
    checkTime(`${where}.sameDayCutoff`, p.sameDayCutoff);
    if (p.statutoryWorkingDays !== 0) fail(where, "sameDayCutoff only applies to same-day procedures");
  }
  if (!p.name.trim() || !p.statutoryText.trim() || !p.fees.trim()) fail(where, "empty name, statutoryText or fees");
  if (!p.documents.length) fail(where, "no documents");
  if (!p.legalBasis.length) fail(where, "no legal basis");
}
const codes = procedures.map((p) => p.code).filter((c): c is string => c !== null);
checkUnique("procedure codes", codes);

// --- calendar -----------------------------------------------------------------------------

checkUnique("calendar dates", calendarEntries.map((e) => e.date));
for (const e of calendarEntries) {
  const where = `calendar ${e.date}`;
  checkDate(where, e.date);
  checkDate(`${where}.effectiveFrom`, e.effectiveFrom);
  if (!isDate(e.date)) continue;
  const wd = weekday(e.date);
  if (e.kind === "OFF" && (wd === 0 || wd === 6)) fail(where, "an OFF entry on a weekend is not needed");
  if (e.kind === "WORKING" && wd !== 6) fail(where, "a WORKING entry should be a Saturday");
  if (e.effectiveFrom > e.date) fail(where, `decided (${e.effectiveFrom}) after the day itself`);
  if (!e.name.trim() || !e.legalBasis.trim()) fail(where, "empty name or legalBasis");
}

// --- plans --------------------------------------------------------------------------------

const unitExists = (where: string, key: string) => {
  if (!unitByKey.has(key)) fail(where, `unit ${key} does not exist`);
};

checkUnique("plans", plans.map((p) => p.key));
checkUnique("models", plans.flatMap((p) => p.models.map((m) => m.key)));
checkUnique("reporting obligations", plans.flatMap((p) => p.reporting.map((r) => r.key)));

function checkModel(plan: SeedPlan, m: SeedModel) {
  const where = `model ${m.key}`;
  checkKey(where, m.key);
  checkDate(`${where}.effectiveFrom`, m.effectiveFrom);
  checkDate(`${where}.validFrom`, m.validFrom);
  checkDate(`${where}.validTo`, m.validTo, true);
  checkRange(where, m.validFrom, m.validTo);
  if (m.validFrom < plan.validFrom) fail(where, `starts (${m.validFrom}) before its plan (${plan.validFrom})`);
  if (plan.validTo && (m.validTo === null || m.validTo > plan.validTo)) fail(where, `ends after its plan (${plan.validTo})`);
  for (const d of [...m.recurrence.dates, ...m.recurrence.exdates]) checkDate(`${where}.recurrence`, d);
  if (m.recurrence.rrule !== null) {
    try {
      const opts = RRule.parseString(m.recurrence.rrule);
      if (opts.freq === undefined) fail(where, "rrule has no FREQ");
    } catch (e) {
      fail(where, `rrule does not parse: ${String(e)}`);
    }
  }
  if (m.hours.kind === "WINDOWS") {
    if (!m.hours.windows.length) fail(where, "WINDOWS without windows");
    for (const w of m.hours.windows) {
      checkTime(`${where}.hours`, w.start);
      checkTime(`${where}.hours`, w.end);
      if (w.start >= w.end) fail(`${where}.hours`, `window ${w.start}–${w.end} is empty`);
    }
  }
  if (m.intakeCutoff !== null) checkTime(`${where}.intakeCutoff`, m.intakeCutoff);
  if (m.turnaround.kind === "MINUTES" && !(m.turnaround.minutes > 0)) fail(where, "MINUTES turnaround must be > 0");
  if (m.turnaround.kind === "WORKING_DAYS" && !(m.turnaround.days > 0)) fail(where, "WORKING_DAYS turnaround must be > 0");
  if (!m.scopes.length) fail(where, "no scope");
  checkUnique(`${where} scopes`, m.scopes.map((s) => s.unitKey));
  for (const s of m.scopes) {
    unitExists(`${where} scope`, s.unitKey);
    if (s.allProcedures && s.procedureKeys.length) fail(`${where} scope ${s.unitKey}`, "allProcedures with a procedure list");
    for (const pk of s.procedureKeys) {
      if (!procedureByKey.has(pk)) fail(`${where} scope ${s.unitKey}`, `procedure ${pk} does not exist`);
    }
    if (s.capacityPerDay !== null && !(Number.isInteger(s.capacityPerDay) && s.capacityPerDay > 0)) fail(where, "capacityPerDay must be > 0");
  }
  // Not errors, but worth knowing: scopes that name no procedure, and units that end
  // before the model does (the July 2025 reform ended districts and merged communes).
  const empty = m.scopes.filter((s) => !s.allProcedures && !s.procedureKeys.length).map((s) => s.unitKey);
  if (empty.length) warnings.push(`${where}: ${empty.length} scope(s) name no procedure (${empty.join(", ")})`);
  const ended = m.scopes.filter((s) => {
    const unit = unitByKey.get(s.unitKey);
    return unit?.validTo !== undefined && (m.validTo === null || m.validTo > unit.validTo);
  });
  if (ended.length) {
    const ends = [...new Set(ended.map((s) => unitByKey.get(s.unitKey)?.validTo))].join(", ");
    warnings.push(`${where}: runs to ${m.validTo ?? "an open end"} but ${ended.length} of its ${m.scopes.length} scope unit(s) end on ${ends}`);
  }
  if (m.kind === "LISTENING_SESSION" && !m.attendeeRoles.length) fail(where, "a listening session names its attendees");
  if (!m.sourceQuotes.length) fail(where, "no source quotes");
  for (const q of m.sourceQuotes) checkVerbatim(`${where}.sourceQuotes`, plan, q);
  if (!m.assumptions.length) fail(where, "no assumptions stated");
}

for (const plan of plans) {
  const where = `plan ${plan.key}`;
  checkKey(where, plan.key);
  unitExists(`${where}.issuingUnitKey`, plan.issuingUnitKey);
  if (plan.number !== null && !/^\d+$/.test(plan.number)) fail(where, `odd number ${plan.number}`);
  const { year, month, day } = plan.signedOn;
  if (year !== null && (year < 2000 || year > 2100)) fail(where, `odd year ${year}`);
  if (month !== null && (month < 1 || month > 12)) fail(where, `odd month ${month}`);
  if (day !== null && (day < 1 || day > 31)) fail(where, `odd day ${day}`);
  if (year !== null && month !== null && day !== null) {
    checkDate(`${where}.signedOn`, `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
  }
  checkDate(`${where}.validFrom`, plan.validFrom);
  checkDate(`${where}.validTo`, plan.validTo, true);
  checkRange(where, plan.validFrom, plan.validTo);
  if (!plan.recipients.length) fail(where, "no recipients");
  if (!plan.signerName.trim() || !plan.signerTitle.trim()) fail(where, "no signer");
  for (const b of plan.legalBases) checkVerbatim(`${where}.legalBases`, plan, b);
  for (const t of plan.tasks) {
    unitExists(`${where} task`, t.unitKey);
    checkDate(`${where} task ${t.unitKey}.dueOn`, t.dueOn, true);
    checkVerbatim(`${where} task ${t.unitKey}.sourceQuote`, plan, t.sourceQuote);
  }
  for (const r of plan.reporting) {
    const rw = `${where} reporting ${r.key}`;
    checkKey(rw, r.key);
    unitExists(rw, r.reviewerUnitKey);
    // The same rule as the admin screens (src/domain/report/reviewer.ts).
    const reviewer = unitByKey.get(r.reviewerUnitKey);
    if (reviewer) {
      const line: { id: string }[] = [];
      for (let k: string | null = plan.issuingUnitKey; k !== null; k = unitByKey.get(k)?.parentKey ?? null) line.push({ id: k });
      const why = reviewerRefusal({ id: reviewer.key, name: reviewer.name, kind: reviewer.kind, parentId: reviewer.parentKey, validFrom: reviewer.validFrom ?? null, validTo: reviewer.validTo ?? null }, line, r.reporterUnitKeys, plan.validFrom);
      if (why) fail(rw, why);
    }
    if (!r.reporterUnitKeys.length) fail(rw, "no reporter");
    for (const k of r.reporterUnitKeys) unitExists(rw, k);
    checkDate(`${rw}.dueOn`, r.dueOn, true);
    if (r.dueOn !== null && r.dueDaysAfterPeriod !== null) fail(rw, "either a fixed date or days after the period, not both");
    checkVerbatim(`${rw}.sourceQuote`, plan, r.sourceQuote);
  }
  if (!plan.models.length) fail(where, "no model");
  for (const m of plan.models) checkModel(plan, m);
  if (!plan.assumptions.length) fail(where, "no assumptions stated");
}

// --- report -------------------------------------------------------------------------------

const count = <T>(xs: T[], by: (x: T) => string) =>
  Object.entries(xs.reduce<Record<string, number>>((acc, x) => ((acc[by(x)] = (acc[by(x)] ?? 0) + 1), acc), {}))
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");

const models = plans.flatMap((p) => p.models);
console.log(`units:                 ${units.length} (${count(units, (u) => u.kind)})`);
console.log(`procedures:            ${procedures.length} (${codes.length} with a national code; ${count(procedures, (p) => p.level)})`);
console.log(`calendar entries:      ${calendarEntries.length} (${count(calendarEntries, (e) => `${e.date.slice(0, 4)} ${e.kind}`)})`);
console.log(`plans:                 ${plans.length} (${count(plans, (p) => p.status)})`);
console.log(`models:                ${models.length} (${count(models, (m) => m.kind)})`);
console.log(`model scopes:          ${models.reduce((n, m) => n + m.scopes.length, 0)}`);
console.log(`tasks:                 ${plans.reduce((n, p) => n + p.tasks.length, 0)}`);
console.log(`reporting obligations: ${plans.reduce((n, p) => n + p.reporting.length, 0)}`);
console.log(`assumptions:           ${plans.reduce((n, p) => n + p.assumptions.length + p.models.reduce((k, m) => k + m.assumptions.length, 0), 0)}`);
console.log(seedsAvailable ? `quotes checked against ${seedsDir}` : `seed texts not found at ${seedsDir}: quotes not checked`);
for (const w of warnings) console.log(`warning: ${w}`);
if (errors.length) {
  for (const e of errors) console.error(`error: ${e}`);
  console.error(`${errors.length} error(s)`);
  process.exit(1);
}
console.log("ok: no errors");
