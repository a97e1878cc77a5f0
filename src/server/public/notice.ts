import "server-only";
import {
  modelStatusOn,
  addDays,
  describeRule,
  isSameDayRule,
  isoWeekday,
  officeHoursAt,
  startOfIsoWeek,
  weekdayNameVi,
  weekdayOf,
  weeklyTable,
  type LocalDate,
  type ModelKind,
  type TimeWindow,
  type Weekday,
} from "@/domain/schedule";
import { unitLifetimeOn, type UnitLifetimeStatus } from "@/domain/unit/lifetime";
import { paths } from "@/lib/paths";
import type { PublicUnitContext } from "./context";
import { qrCode } from "./qr";
import { unitProcedures } from "./schedule";
import { unitModelSummaries } from "./units";

/** Weeks looked at for the notice, so that one holiday does not drop a weekday from it. */
const NOTICE_WEEKS = 4;

interface NoticeDto {
  date: LocalDate;
  lifetime: UnitLifetimeStatus;
  officeWindows: TimeWindow[];
  /** Weekdays with same-day procedures, Monday first. */
  weekdays: { weekday: Weekday; name: string; procedures: { id: string; name: string }[]; hours: string[] }[];
  /** Models of the unit in force on the date. */
  models: { key: string; name: string; kind: ModelKind; sameDay: boolean; description: string; planReference: string; illustrative: boolean; localName: string | null }[];
  pageUrl: string;
  /** The QR code to the unit's page, as inline SVG markup generated here (no user input in it). */
  qrSvg: string;
}

/**
 * The printable public notice (niêm yết) of a unit: which procedures are settled in the day
 * on which weekday and until what time, the office hours and the models in force, with a
 * QR code to the unit's page.
 */
export async function unitNotice(ctx: PublicUnitContext, date: LocalDate, baseUrl: string): Promise<NoticeDto> {
  const unitId = ctx.unit.id;
  const lifetime = unitLifetimeOn(ctx.unit, date);
  const pageUrl = `${baseUrl}${paths.unit.page(ctx.unit.slug)}`;
  const qrSvg = await qrCode(pageUrl, "svg");
  const summaries = await unitModelSummaries(ctx, date);
  const models = summaries
    .filter((m) => m.status === "ACTIVE")
    .flatMap((m) => {
      const def = ctx.models.find((d) => d.modelId === m.modelId);
      const st = def ? modelStatusOn(def, date) : null;
      if (!st) return [];
      return [{ key: m.key, name: m.name, kind: m.kind, sameDay: isSameDayRule(st.rule), description: describeRule(st.rule), planReference: m.plan.reference, illustrative: m.plan.illustrative, localName: m.localName }];
    });
  if (lifetime !== "ACTIVE") return { date, lifetime, officeWindows: [], weekdays: [], models: [], pageUrl, qrSvg };

  const procedures = await unitProcedures(unitId);
  const byWeekday = new Map<Weekday, { date: LocalDate; procedures: Map<string, string>; hours: Set<string> }>();
  const monday = startOfIsoWeek(date);
  for (let w = 0; w < NOTICE_WEEKS; w++) {
    const table = weeklyTable({
      unitId,
      weekStart: addDays(monday, 7 * w),
      procedureIds: procedures.map((p) => p.id),
      models: ctx.models,
      officeHours: ctx.officeHours,
      calendar: ctx.calendar,
    });
    table.days.forEach((day, i) => {
      if (unitLifetimeOn(ctx.unit, day.date) !== "ACTIVE") return;
      for (const row of table.rows) {
        const cell = row.cells[i]!;
        if (!cell.tags.includes("SAME_DAY")) continue;
        const wd = weekdayOf(day.date);
        const entry = byWeekday.get(wd) ?? { date: day.date, procedures: new Map(), hours: new Set() };
        entry.procedures.set(row.procedureId, procedures.find((p) => p.id === row.procedureId)!.name);
        for (const m of cell.models.filter((x) => x.tags.includes("SAME_DAY"))) {
          const windows = m.windows.map((x) => `${x.start}–${x.end}`).join(", ");
          entry.hours.add(m.intakeCutoff ? `${windows} (nhận hồ sơ đến ${m.intakeCutoff})` : windows);
        }
        byWeekday.set(wd, entry);
      }
    });
  }
  // Monday first, whichever week a weekday was first seen in.
  const weekdays = [...byWeekday.entries()]
    .sort((a, b) => isoWeekday(a[1].date) - isoWeekday(b[1].date))
    .map(([weekday, e]) => ({
      weekday,
      name: weekdayNameVi(weekday),
      procedures: [...e.procedures.entries()].map(([id, name]) => ({ id, name })),
      hours: [...e.hours],
    }));
  return { date, lifetime, officeWindows: officeHoursAt(ctx.officeHours, date)?.windows ?? [], weekdays, models, pageUrl, qrSvg };
}
