"use client";

import { useActionState } from "react";
import { fieldError } from "@/components/forms/form-message";
import { Alert, Field, buttonClass, inputClass } from "@/components/ui/primitives";
import { saveOrSubmitReportAction } from "@/server/report/actions";

export interface ReportFormValues {
  reportId: string;
  number: string;
  narrativeResults: string;
  narrativeDifficulties: string;
  narrativeProposals: string;
}

/** Officers save the draft; the leader (report.submit) also submits it. */
export function ReportForm({ values, canSubmit, submitHint }: { values: ReportFormValues; canSubmit: boolean; submitHint: string | null }) {
  const [state, action, pending] = useActionState(saveOrSubmitReportAction, null);
  const areas = [
    { name: "narrativeResults", label: "I. Kết quả thực hiện", hint: "Việc đã làm, kết quả nổi bật; số liệu bên dưới được đưa vào báo cáo tự động.", value: values.narrativeResults },
    { name: "narrativeDifficulties", label: "II. Khó khăn, vướng mắc", hint: undefined, value: values.narrativeDifficulties },
    { name: "narrativeProposals", label: "III. Đề xuất, kiến nghị", hint: undefined, value: values.narrativeProposals },
  ] as const;
  return (
    <form action={action} className="space-y-4">
      {state ? (
        state.ok ? (
          <Alert tone="ok">{state.intent === "submit" ? `Đã nộp báo cáo (lần ${state.data.version}). Số liệu đã được chốt.` : "Đã lưu bản nháp."}</Alert>
        ) : (
          <Alert tone="bad">{state.error.message}</Alert>
        )
      ) : null}
      <input type="hidden" name="reportId" value={values.reportId} />
      <Field label="Số văn bản (nếu đã có số)" htmlFor="number" hint="Ví dụ: 15. Để trống nếu văn thư chưa cấp số." error={fieldError(state, "number")}>
        <input id="number" name="number" defaultValue={values.number} maxLength={20} aria-describedby="number-hint" className={`${inputClass} max-w-xs`} />
      </Field>
      {areas.map((a) => {
        const error = fieldError(state, a.name);
        return (
          <Field key={a.name} label={a.label} htmlFor={a.name} hint={a.hint} error={error}>
            <textarea
              id={a.name}
              name={a.name}
              rows={6}
              defaultValue={a.value}
              aria-invalid={error ? true : undefined}
              aria-describedby={[a.hint ? `${a.name}-hint` : "", error ? `${a.name}-error` : ""].filter(Boolean).join(" ") || undefined}
              className={inputClass}
            />
          </Field>
        );
      })}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="save" className={buttonClass("secondary")} disabled={pending}>
          {pending ? "Đang lưu…" : "Lưu bản nháp"}
        </button>
        {canSubmit ? (
          <button type="submit" name="intent" value="submit" className={buttonClass("primary")} disabled={pending}>
            Nộp báo cáo
          </button>
        ) : null}
      </div>
      {submitHint ? <p className="text-sm text-muted">{submitHint}</p> : null}
    </form>
  );
}
