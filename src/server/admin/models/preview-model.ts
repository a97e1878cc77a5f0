import "server-only";
import {
  buildCalendar,
  describeRule,
  nextOpenings,
  occurrences,
  startOfIsoWeek,
  startOfLocalDay,
  toLocalDate,
  toLocalTime,
  weekdayNameVi,
  weeklyTable,
  type LocalDate,
  type RuleIssue,
  type ServiceModelDef,
  type ServiceTag,
} from "@/domain/schedule";
import { defineRead } from "../../action";
import { unitSubtreeIds } from "../../auth/scope";
import { AppError } from "../../errors";
import { clampToUnitLifetime, loadCalendar, loadModel, loadModelsForUnits, loadOfficeHours } from "../../schedule/context";
import { fields, fieldErrorsOf, z } from "../../validation";
import { requirePlanEditor, requireUnitReach } from "../access";
import { modelFormInput, ruleFromForm } from "./input";

const previewModelInput = z.object({
  form: z.unknown(),
  /** Whose weekly table to show (one of the scope's units). */
  unitId: fields.id.optional(),
  /** From which day to list the next occurrences. */
  from: fields.localDate.optional(),
});

export interface ModelPreviewDto {
  issues: RuleIssue[];
  description: string | null;
  unit: { id: string; name: string } | null;
  from: LocalDate;
  /** True when the model has ended (or the unit has): the list shows its first occurrences instead. */
  historical: boolean;
  occurrences: { date: LocalDate; weekdayName: string; windows: string; intakeUntil: string | null }[];
  table: {
    weekStart: LocalDate;
    days: { date: LocalDate; weekdayName: string; dayName: string | null }[];
    rows: { procedureId: string; name: string; fieldName: string; covered: boolean; cells: { date: LocalDate; tags: ServiceTag[]; text: string | null }[] }[];
  } | null;
}

const OCCURRENCE_COUNT = 8;

/**
 * The builder's live preview: the rule's problems (the engine's messages), its description,
 * its next occurrences and the weekly table citizens of a unit would see once it is saved —
 * all computed by the engine on the unsaved form. Reads only.
 */
export const previewModel = defineRead({
  input: previewModelInput,
  permission: "plan.edit",
  async run({ actor, input: { form, unitId: askedUnit, from: askedFrom }, db, now }): Promise<ModelPreviewDto> {
    // The unsaved form's problems are the preview's answer, not an error.
    const parsed = modelFormInput.safeParse(form);
    const today = toLocalDate(now);
    // Authorise on the plan before reporting anything about the (possibly incomplete) form.
    const formPlanId = (form as { planId?: unknown } | null)?.planId;
    const planId = typeof formPlanId === "string" ? formPlanId : "";
    const plan = await db.plan.findUnique({ where: { id: planId }, select: { id: true, status: true, issuingUnitId: true } });
    if (!plan) throw new AppError("NOT_FOUND", "Không tìm thấy kế hoạch.");
    requirePlanEditor(actor, plan.issuingUnitId);
    if (!parsed.success) {
      const errors = fieldErrorsOf(parsed.error);
      const issues = Object.entries(errors).flatMap(([path, messages]) => messages.map((message) => ({ path, message })));
      return { issues, description: null, unit: null, from: today, historical: false, occurrences: [], table: null };
    }
    const input = parsed.data;
    const unitId = askedUnit && input.scopes.some((s) => s.unitId === askedUnit) ? askedUnit : (input.scopes[0]?.unitId ?? null);
    if (unitId) await requireUnitReach(db, actor, [unitId]);
    const officeHours = await loadOfficeHours(db, unitId ?? plan.issuingUnitId);
    const draft = plan.status === "DRAFT";
    const effectiveFrom = draft ? input.validFrom : (input.effectiveFrom ?? input.validFrom);
    const { rule, issues } = ruleFromForm(input, { modelId: input.modelId ?? "ban-nhap", versionId: "ban-nhap", effectiveFrom }, officeHours);
    let description = issues.some((i) => i.path.startsWith("recurrence")) ? null : describeRule(rule);

    // The model as it would be after saving: on an issued plan, its earlier versions stay.
    const existing = input.modelId && !draft ? await loadModel(db, input.modelId) : null;
    const draftModel: ServiceModelDef = {
      modelId: rule.modelId,
      planId: plan.id,
      kind: rule.kind,
      name: input.name || "Mô hình đang soạn",
      versions: [...(existing?.versions.filter((v) => v.effectiveFrom !== effectiveFrom) ?? []), rule].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)),
    };
    if (!unitId || issues.some((i) => i.path.startsWith("recurrence") || i.path.startsWith("hours") || i.path.startsWith("valid"))) {
      return { issues, description, unit: null, from: today, historical: false, occurrences: [], table: null };
    }

    const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, name: true, validFrom: true, validTo: true } });
    const subtree = await unitSubtreeIds(db, unitId);
    const [published, samePlan, calendarEntries, catalogue] = await Promise.all([
      loadModelsForUnits(db, subtree),
      loadModelsForUnits(db, subtree, { includeDrafts: true }),
      loadCalendar(db),
      db.unitProcedure.findMany({ where: { unitId, procedure: { active: true } }, select: { procedureId: true } }),
    ]);
    const others = [...published, ...samePlan.filter((m) => m.planId === plan.id && !published.some((p) => p.modelId === m.modelId))].filter((m) => m.modelId !== rule.modelId);
    const models = clampToUnitLifetime([...others, draftModel], unit);
    const mine = models[models.length - 1]!;
    // As citizens of this unit will read it: cut to the unit's lifetime.
    if (description) description = describeRule(mine.versions.find((v) => v.versionId === rule.versionId) ?? rule);
    const calendar = buildCalendar(calendarEntries);
    const ctx = { officeHours, calendar };

    let from = askedFrom ?? (today > effectiveFrom ? today : effectiveFrom);
    const openings = (start: LocalDate) => nextOpenings(mine, ctx, startOfLocalDay(start), OCCURRENCE_COUNT * 3);
    let list = openings(from);
    let historical = false;
    if (list.length === 0 && !askedFrom && from > effectiveFrom) {
      from = effectiveFrom;
      list = openings(from);
      historical = true;
    }
    // One entry per day, with all its windows.
    const days = [...new Set(list.map((o) => o.date))].slice(0, OCCURRENCE_COUNT);
    const occ = days.map((date) => {
      const o = occurrences(mine, ctx, date, date)[0]!;
      return {
        date,
        weekdayName: weekdayNameVi(date),
        windows: o.localWindows.map((w) => `${w.start}–${w.end}`).join(", "),
        intakeUntil: o.intakeCutoffAt ? toLocalTime(o.intakeCutoffAt) : null,
      };
    });

    const weekStart = startOfIsoWeek(occ[0]?.date ?? from);
    const scope = input.scopes.find((s) => s.unitId === unitId)!;
    const procedureIds = [...new Set([...catalogue.map((c) => c.procedureId), ...(scope.allProcedures ? [] : scope.procedureIds)])];
    const procedures = await db.procedure.findMany({ where: { id: { in: procedureIds } }, select: { id: true, name: true, fieldCode: true, field: { select: { name: true } } } });
    procedures.sort((a, b) => a.fieldCode.localeCompare(b.fieldCode) || a.name.localeCompare(b.name, "vi"));
    const table = weeklyTable({ unitId, weekStart, procedureIds: procedures.map((p) => p.id), models, officeHours, calendar });
    const byId = new Map(procedures.map((p) => [p.id, p]));
    return {
      issues,
      description,
      unit: { id: unit.id, name: unit.name },
      from,
      historical,
      occurrences: occ,
      table: {
        weekStart: table.weekStart,
        days: table.days.map((d) => ({ date: d.date, weekdayName: weekdayNameVi(d.date), dayName: d.dayName })),
        rows: table.rows.map((r) => {
          const p = byId.get(r.procedureId)!;
          return {
            procedureId: p.id,
            name: p.name,
            fieldName: p.field.name,
            covered: scope.allProcedures || scope.procedureIds.includes(p.id),
            cells: r.cells.map((c) => {
              // As on the citizens' page: hours only for the special services.
              const texts = c.models.filter((m) => m.tags.length > 0).map((m) => (m.intakeCutoff ? `nhận đến ${m.intakeCutoff}` : m.windows.map((w) => `${w.start}–${w.end}`).join(", ")));
              return { date: c.date, tags: c.tags, text: texts.length ? [...new Set(texts)].join(", ") : null };
            }),
          };
        }),
      },
    };
  },
});
