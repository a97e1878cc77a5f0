"use client";

import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { Alert } from "@/components/ui/primitives";
import { saveOrSubmitReportAction } from "@/server/report/actions";

interface ReportFormValues {
  reportId: string;
  number: string;
  narrativeResults: string;
  narrativeDifficulties: string;
  narrativeProposals: string;
}

/** Officers save the draft; the leader (report.submit) also submits it. */
export function ReportForm({ values, canSubmit, submitHint }: { values: ReportFormValues; canSubmit: boolean; submitHint: string | null }) {
  return (
    <ActionForm
      action={saveOrSubmitReportAction}
      success={(state) => <Alert tone="ok">{state.intent === "submit" ? `Đã nộp báo cáo (lần ${state.data.version}). Số liệu đã được chốt.` : "Đã lưu bản nháp."}</Alert>}
    >
      <input type="hidden" name="reportId" value={values.reportId} />
      <TextField name="number" label="Số văn bản (nếu đã có số)" hint="Ví dụ: 15. Để trống nếu văn thư chưa cấp số." defaultValue={values.number} maxLength={20} className="max-w-xs" />
      <TextAreaField name="narrativeResults" label="I. Kết quả thực hiện" hint="Việc đã làm, kết quả nổi bật; số liệu bên dưới được đưa vào báo cáo tự động." rows={6} defaultValue={values.narrativeResults} />
      <TextAreaField name="narrativeDifficulties" label="II. Khó khăn, vướng mắc" rows={6} defaultValue={values.narrativeDifficulties} />
      <TextAreaField name="narrativeProposals" label="III. Đề xuất, kiến nghị" rows={6} defaultValue={values.narrativeProposals} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="save" variant="secondary">
          Lưu bản nháp
        </SubmitButton>
        {canSubmit ? (
          <SubmitButton name="intent" value="submit" pendingText={null}>
            Nộp báo cáo
          </SubmitButton>
        ) : null}
      </div>
      {submitHint ? <p className="text-sm text-muted">{submitHint}</p> : null}
    </ActionForm>
  );
}
