"use client";

import { useActionState } from "react";
import { fieldError } from "@/components/forms/form-message";
import { Alert, Field, buttonClass, inputClass } from "@/components/ui/primitives";
import { reviewReportAction } from "@/server/review/actions";

/** Accept the submitted version, or return it with comments (required when returning). */
export function ReviewForm({ reportId }: { reportId: string }) {
  const [state, action, pending] = useActionState(reviewReportAction, null);
  const error = fieldError(state, "comment");
  if (state?.ok) return <Alert tone="ok">{state.data.status === "ACCEPTED" ? "Đã chấp nhận báo cáo." : "Đã trả lại báo cáo cho đơn vị."}</Alert>;
  return (
    <form action={action} className="space-y-4">
      {state && !state.ok ? <Alert tone="bad">{state.error.message}</Alert> : null}
      <input type="hidden" name="reportId" value={reportId} />
      <Field label="Ý kiến thẩm định" htmlFor="comment" hint="Bắt buộc khi trả lại: nêu rõ nội dung cần bổ sung, chỉnh sửa." error={error}>
        <textarea id="comment" name="comment" rows={4} aria-invalid={error ? true : undefined} aria-describedby={`comment-hint${error ? " comment-error" : ""}`} className={inputClass} />
      </Field>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="decision" value="ACCEPTED" className={buttonClass("primary")} disabled={pending}>
          Chấp nhận báo cáo
        </button>
        <button type="submit" name="decision" value="RETURNED" className={buttonClass("danger")} disabled={pending}>
          Trả lại để bổ sung
        </button>
      </div>
    </form>
  );
}
