"use client";

import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/fields";
import { Alert } from "@/components/ui/primitives";
import { reviewReportAction } from "@/server/review/actions";

/** Accept the submitted version, or return it with comments (required when returning). */
export function ReviewForm({ reportId }: { reportId: string }) {
  return (
    <ActionForm action={reviewReportAction} replace success={(state) => <Alert tone="ok">{state.data.status === "ACCEPTED" ? "Đã chấp nhận báo cáo." : "Đã trả lại báo cáo cho đơn vị."}</Alert>}>
      <input type="hidden" name="reportId" value={reportId} />
      <TextAreaField name="comment" label="Ý kiến thẩm định" hint="Bắt buộc khi trả lại: nêu rõ nội dung cần bổ sung, chỉnh sửa." />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="decision" value="ACCEPTED" pendingText={null}>
          Chấp nhận báo cáo
        </SubmitButton>
        <SubmitButton name="decision" value="RETURNED" variant="danger" pendingText={null}>
          Trả lại để bổ sung
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
