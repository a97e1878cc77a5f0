import "server-only";
import {
  addDays,
  daysBetween,
  occurrences,
  ruleAt,
  scopeFor,
  spanIncludes,
  toLocalDate,
  toLocalTime,
  type LocalDate,
  type Occurrence,
  type OfficeHours,
  type OfficialCalendar,
  type ServiceModelDef,
} from "@/domain/schedule";
import { buildIcs, type IcsEvent } from "@/domain/feed/ics";
import { modelKindLabel, placeLabel } from "@/domain/labels";
import { planReference } from "@/domain/plan/format";
import { paths } from "@/lib/paths";
import { localDateOrNull } from "../dates";
import { db } from "../db";
import { AppError } from "../errors";
import { loadModel, loadOfficeHours } from "../schedule/context";
import { z } from "../validation";
import { KEY_PATTERN, loadPublicUnit, publicCalendar, type PublicUnitContext } from "./context";
import { dto } from "./schemas";

/** A feed never covers more than this many days (the plans run for at most three years). */
const FEED_MAX_DAYS = 1100;
/** How far ahead an open-ended model is listed. */
const OPEN_ENDED_AHEAD_DAYS = 366;
/** A range asked through the API is at most a year and a day. */
export const OCCURRENCES_MAX_DAYS = 366;

const occurrenceDto = z.object({
  date: dto.date(),
  modelKey: z.string(),
  modelName: z.string(),
  units: z.array(dto.unitRef()).meta({ description: "Các đơn vị áp dụng ngày đó (đơn vị được hỏi, hoặc mọi đơn vị của mô hình)" }),
  windows: z.array(z.object({ start: dto.time(), end: dto.time() })),
  startsAt: dto.instant(),
  endsAt: dto.instant(),
  intakeCutoffAt: dto.instant().nullable(),
  place: z.string(),
});

type OccurrenceDto = z.infer<typeof occurrenceDto>;

interface ModelFeedInfo {
  id: string;
  key: string;
  name: string;
  kind: string;
  placeByVersion: Map<string, string>;
  planReference: string;
}

async function modelInfos(modelIds: string[]): Promise<Map<string, ModelFeedInfo>> {
  const rows = await db.serviceModel.findMany({
    where: { id: { in: modelIds } },
    select: {
      id: true,
      key: true,
      name: true,
      kind: true,
      versions: { select: { id: true, place: true, placeNote: true } },
      plan: { select: { number: true, symbol: true, signingPlace: true, signedYear: true, signedMonth: true, signedDay: true } },
    },
  });
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        key: r.key,
        name: r.name,
        kind: r.kind,
        placeByVersion: new Map(r.versions.map((v) => [v.id, v.placeNote ?? placeLabel[v.place]])),
        planReference: planReference(r.plan),
      },
    ]),
  );
}

/** The dates a model runs in (after clamping), capped; open-ended models up to a year ahead of `now`. */
function modelRange(models: ServiceModelDef[], now: Date): { from: LocalDate; to: LocalDate } | null {
  const versions = models.flatMap((m) => m.versions);
  if (versions.length === 0) return null;
  const from = versions.map((v) => v.validFrom).sort()[0]!;
  const ahead = addDays(toLocalDate(now), OPEN_ENDED_AHEAD_DAYS);
  const to = versions.map((v) => v.validTo ?? ahead).sort().at(-1)!;
  if (from > to) return null;
  return { from, to: daysBetween(from, to) > FEED_MAX_DAYS ? addDays(from, FEED_MAX_DAYS) : to };
}

function toDto(occ: Occurrence, info: ModelFeedInfo, units: { slug: string; name: string }[]): OccurrenceDto {
  return {
    date: occ.date,
    modelKey: info.key,
    modelName: info.name,
    units,
    windows: occ.localWindows.map((w) => ({ start: w.start, end: w.end })),
    startsAt: occ.windows[0]!.start.toISOString(),
    endsAt: occ.windows[occ.windows.length - 1]!.end.toISOString(),
    intakeCutoffAt: occ.intakeCutoffAt ? occ.intakeCutoffAt.toISOString() : null,
    place: info.placeByVersion.get(occ.versionId) ?? "",
  };
}

function toEvent(o: OccurrenceDto, info: ModelFeedInfo, unitSlug: string | null, baseUrl: string): IcsEvent {
  const hours = o.windows.map((w) => `${w.start}–${w.end}`).join(", ");
  const cutoff = o.intakeCutoffAt ? `; nhận hồ sơ đến ${toLocalTime(new Date(o.intakeCutoffAt))}` : "";
  const where = o.units.map((u) => u.name).join(", ");
  return {
    uid: `${info.key}-${unitSlug ?? "all"}-${o.date}@cong-mo-hinh-cchc`,
    start: new Date(o.startsAt),
    end: new Date(o.endsAt),
    summary: `${info.name}${where ? ` — ${where}` : ""}`,
    description: `${modelKindLabel[info.kind as keyof typeof modelKindLabel] ?? ""}. Giờ: ${hours}${cutoff}. Theo ${info.planReference}.`,
    location: o.place,
    url: unitSlug ? `${baseUrl}${paths.unit.page(unitSlug, { ngay: o.date })}` : undefined,
    categories: [modelKindLabel[info.kind as keyof typeof modelKindLabel] ?? info.kind],
  };
}

/** Occurrences of the unit's models (its own scopes and its villages') from `from` to `to`. */
async function unitOccurrences(ctx: PublicUnitContext, from: LocalDate, to: LocalDate): Promise<OccurrenceDto[]> {
  const infos = await modelInfos(ctx.models.map((m) => m.modelId));
  const names = new Map((await db.unit.findMany({ where: { id: { in: ctx.subtreeIds } }, select: { id: true, slug: true, name: true } })).map((u) => [u.id, u]));
  const out: OccurrenceDto[] = [];
  for (const model of ctx.models) {
    const info = infos.get(model.modelId);
    if (!info) continue;
    for (const occ of occurrences(model, ctx, from, to)) {
      const rule = ruleAt(model, occ.date);
      const scoped = ctx.subtreeIds.filter((id) => rule && scopeFor(rule, id));
      if (scoped.length === 0) continue;
      out.push(toDto(occ, info, scoped.map((id) => names.get(id)!).map((u) => ({ slug: u.slug, name: u.name }))));
    }
  }
  return out.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The .ics feed of one unit: every occurrence of its models over their whole run, holidays removed. */
export async function unitCalendarFeed(slug: string, now: Date, baseUrl: string): Promise<string | null> {
  const ctx = await loadPublicUnit(slug);
  if (!ctx) return null;
  const range = modelRange(ctx.models, now);
  const list = range ? await unitOccurrences(ctx, range.from, range.to) : [];
  const infos = await modelInfos(ctx.models.map((m) => m.modelId));
  const byKey = new Map([...infos.values()].map((i) => [i.key, i]));
  return buildIcs({
    name: `${ctx.unit.name} — lịch các mô hình cải cách hành chính`,
    description: `Các ngày, giờ áp dụng mô hình tại ${ctx.unit.name} (đã bỏ ngày nghỉ lễ, Tết). Giờ Việt Nam (GMT+7).`,
    stamp: now,
    events: list.map((o) => toEvent(o, byKey.get(o.modelKey)!, ctx.unit.slug, baseUrl)),
  });
}

export const modelOccurrencesDto = z.object({
  model: z.object({ key: z.string(), name: z.string(), kind: z.string(), planReference: z.string() }),
  unit: dto.unitRef().nullable(),
  from: dto.date(),
  to: dto.date(),
  occurrences: z.array(occurrenceDto),
});

type ModelOccurrencesDto = z.infer<typeof modelOccurrencesDto>;

/**
 * A model's occurrences in a date range: for one unit in its scope (cut to the unit's
 * lifetime, with its office hours), or for the model as written (the issuing unit's hours).
 */
export async function modelOccurrences(modelKey: string, from: LocalDate, to: LocalDate, unitSlug?: string): Promise<ModelOccurrencesDto> {
  if (from > to) throw new AppError("VALIDATION", "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.", { fieldErrors: { to: ["Ngày kết thúc trước ngày bắt đầu."] } });
  if (daysBetween(from, to) > OCCURRENCES_MAX_DAYS) {
    throw new AppError("VALIDATION", `Khoảng ngày tối đa ${OCCURRENCES_MAX_DAYS} ngày.`, { fieldErrors: { to: [`Khoảng ngày tối đa ${OCCURRENCES_MAX_DAYS} ngày.`] } });
  }
  const row = KEY_PATTERN.test(modelKey)
    ? await db.serviceModel.findFirst({
        where: { key: modelKey, plan: { status: { in: ["ISSUED", "IN_FORCE", "ENDED"] } } },
        select: { id: true, plan: { select: { issuingUnitId: true } } },
      })
    : null;
  if (!row) throw new AppError("NOT_FOUND", "Không tìm thấy mô hình.");
  const [def, infos] = await Promise.all([loadModel(db, row.id), modelInfos([row.id])]);
  const info = infos.get(row.id)!;
  let model = def!;
  let officeHours: OfficeHours[];
  let calendar: OfficialCalendar;
  let unit: { slug: string; name: string } | null = null;
  let unitIds: string[] | null = null;
  if (unitSlug) {
    const ctx = await loadPublicUnit(unitSlug);
    if (!ctx) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
    // The unit's context holds the model cut to the unit's lifetime, if it concerns the unit at all.
    const own = ctx.models.find((m) => m.modelId === row.id);
    if (!own) throw new AppError("NOT_FOUND", `Mô hình không áp dụng tại ${ctx.unit.name}.`);
    model = own;
    officeHours = ctx.officeHours;
    calendar = ctx.calendar;
    unit = { slug: ctx.unit.slug, name: ctx.unit.name };
    unitIds = ctx.subtreeIds;
  } else {
    [officeHours, calendar] = await Promise.all([loadOfficeHours(db, row.plan.issuingUnitId), publicCalendar()]);
  }
  const scopeIds = [...new Set(model.versions.flatMap((v) => v.scopes.map((s) => s.unitId)))];
  const units = new Map(
    (await db.unit.findMany({ where: { id: { in: scopeIds } }, select: { id: true, slug: true, name: true, validFrom: true, validTo: true } })).map((u) => [
      u.id,
      { slug: u.slug, name: u.name, span: { validFrom: localDateOrNull(u.validFrom), validTo: localDateOrNull(u.validTo) } },
    ]),
  );
  const list = occurrences(model, { officeHours, calendar }, from, to).flatMap((occ) => {
    const rule = ruleAt(model, occ.date);
    if (!rule) return [];
    // A unit in scope counts only while it exists: a village that ceased has no session after.
    const scoped = rule.scopes.filter((s) => !unitIds || unitIds.includes(s.unitId)).flatMap((s) => {
      const u = units.get(s.unitId);
      return u && spanIncludes(u.span, occ.date) ? [{ slug: u.slug, name: u.name }] : [];
    });
    return scoped.length ? [toDto(occ, info, scoped)] : [];
  });
  return { model: { key: info.key, name: info.name, kind: info.kind, planReference: info.planReference }, unit: unit ? { slug: unit.slug, name: unit.name } : null, from, to, occurrences: list };
}

/** The .ics feed of one model (optionally for one unit), over the model's whole run. */
export async function modelCalendarFeed(modelKey: string, now: Date, baseUrl: string, unitSlug?: string): Promise<string> {
  const row = KEY_PATTERN.test(modelKey) ? await db.serviceModel.findFirst({ where: { key: modelKey, plan: { status: { in: ["ISSUED", "IN_FORCE", "ENDED"] } } }, select: { id: true } }) : null;
  if (!row) throw new AppError("NOT_FOUND", "Không tìm thấy mô hình.");
  const def = (await loadModel(db, row.id))!;
  const range = modelRange([def], now);
  const infos = await modelInfos([row.id]);
  const info = infos.get(row.id)!;
  const events: IcsEvent[] = [];
  if (range) {
    // Chunks of at most a year, as the API allows.
    for (let from = range.from; from <= range.to; from = addDays(from, OCCURRENCES_MAX_DAYS + 1)) {
      const to = addDays(from, OCCURRENCES_MAX_DAYS) < range.to ? addDays(from, OCCURRENCES_MAX_DAYS) : range.to;
      const chunk = await modelOccurrences(modelKey, from, to, unitSlug);
      events.push(...chunk.occurrences.map((o) => toEvent(o, info, unitSlug ?? null, baseUrl)));
    }
  }
  return buildIcs({
    name: `${info.name} — lịch áp dụng`,
    description: `Các ngày, giờ áp dụng mô hình «${info.name}» theo ${info.planReference} (đã bỏ ngày nghỉ lễ, Tết). Giờ Việt Nam (GMT+7).`,
    stamp: now,
    events,
  });
}
