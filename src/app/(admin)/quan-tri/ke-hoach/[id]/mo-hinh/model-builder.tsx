"use client";

import { useId, useMemo, useReducer, useState } from "react";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/primitives";
import { saveModelAction } from "@/server/admin/models/actions";
import type { ModelFormInput } from "@/server/admin/models/input";
import type { ProcedureOptionDto } from "@/server/admin/models/queries";
import type { UnitOptionDto } from "@/server/admin/plans/queries";
import { GeneralSection } from "./_builder/general";
import { HoursSection } from "./_builder/hours";
import { PlaceSection } from "./_builder/place";
import { PreviewAside, useRulePreview } from "./_builder/preview";
import { ScheduleSection } from "./_builder/schedule";
import { ScopesSection } from "./_builder/scopes";
import { builderPayload, builderReducer, builderStateOf, issuesAt, savedMessage } from "./_builder/state";
import { ValiditySection } from "./_builder/validity";

/**
 * The model builder: the rule as a form, with a live preview computed by the engine on the
 * server (the next occurrences and the weekly table citizens will see), refreshed as the
 * form changes. Invalid rules are shown with the engine's messages and refused on saving.
 * The state and its transitions are in _builder/state.ts; each numbered part is a section.
 */
export function ModelBuilder({
  planId,
  modelId,
  issued,
  initial,
  units,
  procedures,
  today,
}: {
  planId: string;
  modelId?: string;
  /** The plan is issued: a change of rule becomes a new version from a chosen day. */
  issued: boolean;
  initial: ModelFormInput;
  units: UnitOptionDto[];
  procedures: ProcedureOptionDto[];
  today: string;
}) {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const [s, dispatch] = useReducer(builderReducer, initial, builderStateOf);
  const payload = useMemo(() => builderPayload(s, { planId, modelId }), [s, planId, modelId]);
  const preview = useRulePreview(payload);
  // A new model's blank form shows no problems before anything is typed.
  const [opened] = useState(s);
  const untouched = !modelId && s === opened;
  const issues = preview.preview?.ok && !untouched ? preview.preview.data.issues : [];
  const section = (...paths: string[]) => ({ s, dispatch, id, issues: issuesAt(issues, ...paths) });
  const unitName = new Map(units.map((u) => [u.id, u.name]));

  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-5">
      <ActionForm
        action={saveModelAction}
        className="space-y-5 xl:col-span-3"
        label="Quy tắc của mô hình"
        success={(saved) => <Alert tone="ok">{savedMessage(saved.data as { outcome?: string; effectiveFrom?: string })}</Alert>}
      >
        <input type="hidden" name="payload" value={JSON.stringify(payload)} />
        <GeneralSection {...section("name", "kind", "description")} />
        <ScheduleSection {...section("recurrence", "schedule", "extraDates", "exdates")} />
        <HoursSection {...section("hours", "intakeCutoff", "turnaround", "noDeferralPastWeekend", "windows")} />
        <ValiditySection {...section("validFrom", "validTo", "effectiveFrom")} issued={issued} editing={Boolean(modelId)} today={today} />
        <PlaceSection {...section("place", "eligibleGroups")} />
        <ScopesSection {...section("scopes")} units={units} procedures={procedures} />
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton>{modelId ? (issued ? "Lưu thay đổi (phiên bản mới)" : "Lưu mô hình") : "Thêm mô hình"}</SubmitButton>
          {issues.length ? <span className="text-bad-700">Quy tắc còn {issues.length} lỗi, xem phần xem trước.</span> : null}
        </div>
      </ActionForm>
      <PreviewAside state={preview} scopes={s.scopes} unitName={unitName} id={id} untouched={untouched} />
    </div>
  );
}
