"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FieldErrors, SubmitButton } from "@/components/forms/action-form";
import { TextAreaField, TextField } from "@/components/forms/fields";
import { Alert, Badge, DescriptionList } from "@/components/ui/primitives";
import { labelOptions, ratingLabel } from "@/domain/labels";
import { formatDateVi, formatInstantVi } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import type { DossierLookupDto, HomeVisitLookupDto } from "@/server/lookup/lookup-dossier";
import { lookupAction, type LookupState } from "@/server/lookup/actions";

const at = (iso: string | null) => (iso ? formatInstantVi(new Date(iso)) : "—");

/** The proof the look-up was made with, sent again by the rating and cancel forms. */
function ProofFields({ state }: { state: LookupState }) {
  return state.phone ? <input type="hidden" name="phone" value={state.phone} /> : <input type="hidden" name="phoneLast4" value={state.phoneLast4} />;
}

function DossierResult({ d, state, action }: { d: DossierLookupDto; state: LookupState; action: (fd: FormData) => void }) {
  const lateTone = d.timeliness.state === "LATE" ? "bad" : d.timeliness.state === "ON_TIME" ? "ok" : "brand";
  return (
    <section aria-labelledby="ket-qua" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id="ket-qua" className="text-lg font-bold text-brand-900">
        Hồ sơ {d.code}
      </h2>
      <div className="mt-2 flex flex-wrap gap-2">
        <Badge tone="brand">{d.statusLabel}</Badge>
        <Badge tone={lateTone}>{d.timeliness.label}</Badge>
      </div>
      <div className="mt-3">
        <DescriptionList
          items={[
            { term: "Thủ tục", value: d.procedureName },
            { term: "Cơ quan giải quyết", value: <Link href={paths.unit.page(d.office.slug)} className="text-brand-700 underline">{d.office.name}</Link> },
            { term: "Hình thức nộp", value: d.channelLabel },
            { term: "Tiếp nhận lúc", value: at(d.receivedAt) },
            { term: "Hẹn trả kết quả", value: <strong>{at(d.promisedAt)}</strong> },
            ...(d.originalPromisedAt !== d.promisedAt ? [{ term: "Hẹn ban đầu", value: at(d.originalPromisedAt) }] : []),
            ...(d.resultReadyAt ? [{ term: "Có kết quả lúc", value: at(d.resultReadyAt) }] : []),
            ...(d.returnedAt ? [{ term: "Đã trả kết quả lúc", value: at(d.returnedAt) }] : []),
            ...(d.refusedAt ? [{ term: "Từ chối lúc", value: `${at(d.refusedAt)}${d.refusalReason ? ` — ${d.refusalReason}` : ""}` }] : []),
          ]}
        />
      </div>
      {d.supplement ? (
        <div className="mt-3">
          <Alert tone="warn" title="Hồ sơ cần bổ sung, hoàn thiện">
            <p>
              Ngày {formatInstantVi(new Date(d.supplement.requestedAt))}, {d.office.name} đề nghị bổ sung:
            </p>
            <p className="mt-1 whitespace-pre-line font-semibold">{d.supplement.missing || "Vui lòng liên hệ bộ phận tiếp nhận để biết giấy tờ cần bổ sung."}</p>
            <p className="mt-1">Mang giấy tờ còn thiếu đến bộ phận tiếp nhận; thời gian chờ bổ sung không tính vào thời hạn giải quyết.</p>
          </Alert>
        </div>
      ) : null}
      {d.timeliness.overdue ? <div className="mt-3"><Alert tone="bad">Hồ sơ đã quá thời hạn hẹn trả. Cơ quan phải có phiếu xin lỗi và hẹn lại ngày trả kết quả.</Alert></div> : null}
      {d.apologies.length > 0 ? (
        <div className="mt-4">
          <h3 className="font-bold">Phiếu xin lỗi và hẹn lại ngày trả kết quả</h3>
          <ul className="mt-1 space-y-2">
            {d.apologies.map((a) => (
              <li key={a.issuedAt} className="rounded border border-amber-200 bg-amber-50 p-3">
                <p>
                  Ngày {formatInstantVi(new Date(a.issuedAt))}, {d.office.name} xin lỗi vì hồ sơ chưa giải quyết đúng hẹn ({a.reason}).
                </p>
                <p>
                  Hẹn cũ: {at(a.previousPromisedAt)} → <strong>hẹn mới: {at(a.newPromisedAt)}</strong>.
                </p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="mt-4">
        {d.rating ? (
          <p>
            Đánh giá của bạn: <strong>{ratingLabel[d.rating.rating as keyof typeof ratingLabel] ?? d.rating.rating}</strong> ({at(d.rating.respondedAt)}). Cảm ơn bạn đã góp ý.
          </p>
        ) : d.canRate ? (
          <form action={action} className="space-y-3">
            <input type="hidden" name="intent" value="rate" />
            <input type="hidden" name="code" value={state.code} />
            <ProofFields state={state} />
            {state.ratingError ? <Alert tone="bad">{state.ratingError.message}</Alert> : null}
            <fieldset>
              <legend className="font-bold">Bạn có hài lòng với việc giải quyết hồ sơ này?</legend>
              <div className="mt-2 flex flex-wrap gap-3">
                {labelOptions(ratingLabel).map((o) => (
                  <label key={o.value} className="flex min-h-11 items-center gap-2 rounded-md px-3 ring-1 ring-slate-300">
                    <input type="radio" name="rating" value={o.value} required className="h-5 w-5" /> {o.label}
                  </label>
                ))}
              </div>
            </fieldset>
            <TextAreaField name="comment" label="Góp ý (không bắt buộc)" hint="Không ghi họ tên, số điện thoại hay địa chỉ vào góp ý." rows={3} maxLength={1000} />
            <SubmitButton pendingText={null}>Gửi đánh giá</SubmitButton>
          </form>
        ) : d.status === "RETURNED" ? null : (
          <p className="text-sm text-muted">Sau khi nhận kết quả, bạn có thể đánh giá mức độ hài lòng tại đây.</p>
        )}
      </div>
    </section>
  );
}

/** A request not yet visited can be withdrawn by its citizen (the server checks the code, the digits and the date again). */
const cancellable = (v: HomeVisitLookupDto) => v.status === "PENDING" || v.status === "CONFIRMED";

function HomeVisitResult({ v, state, action }: { v: HomeVisitLookupDto; state: LookupState; action: (fd: FormData) => void }) {
  return (
    <section aria-labelledby="ket-qua" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id="ket-qua" className="text-lg font-bold text-brand-900">
        Đề nghị giải quyết tại nhà {v.trackingCode}
      </h2>
      <div className="mt-2">
        <Badge tone={v.status === "DECLINED" || v.status === "CANCELLED" ? "bad" : v.status === "PENDING" ? "brand" : "ok"}>{v.statusLabel}</Badge>
      </div>
      <div className="mt-3">
        <DescriptionList
          items={[
            { term: "Đơn vị", value: <Link href={paths.unit.page(v.unit.slug)} className="text-brand-700 underline">{v.unit.name}</Link> },
            { term: "Thủ tục", value: v.procedureName },
            { term: "Ngày đề nghị", value: formatDateVi(v.requestedDate) },
            ...(v.confirmedDate ? [{ term: "Ngày đến nhà đã xác nhận", value: <strong>{formatDateVi(v.confirmedDate)}</strong> }] : []),
            ...(v.declineReason ? [{ term: "Lý do không nhận", value: v.declineReason }] : []),
          ]}
        />
      </div>
      {state.cancelled ? (
        <div className="mt-3">
          <Alert tone="ok">Đã hủy đề nghị. Cán bộ sẽ không đến nhà theo đề nghị này.</Alert>
        </div>
      ) : null}
      {cancellable(v) ? (
        <form action={action} className="mt-4 space-y-2">
          <input type="hidden" name="intent" value="cancel" />
          <input type="hidden" name="code" value={state.code} />
          <ProofFields state={state} />
          {state.cancelError ? <Alert tone="bad">{state.cancelError.message}</Alert> : null}
          <p className="text-sm text-muted">Không cần cán bộ đến nữa? Hủy để nhường lượt cho người khác.</p>
          <SubmitButton variant="secondary" pendingText="Đang hủy…">
            Hủy đề nghị
          </SubmitButton>
        </form>
      ) : null}
    </section>
  );
}

export function LookupForm({ code }: { code?: string }) {
  const [state, action, pending] = useActionState(lookupAction, null);
  const fieldErrors = state?.error?.code === "VALIDATION" ? state.error.fieldErrors : undefined;
  // Asked for once the code's 4-digit checks are used up (the error names the field), kept while it is in use.
  const wholeNumber = Boolean(state?.phone) || state?.error?.fieldErrors?.phone !== undefined;
  return (
    <FieldErrors errors={fieldErrors} pending={pending}>
      <form action={action} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-5" aria-label="Tra cứu hồ sơ">
        <TextField
          name="code"
          label="Mã hồ sơ (trên giấy hẹn) hoặc mã theo dõi đề nghị đến nhà"
          hint="Ví dụ: PN-240306-K7M3 hoặc TN-ABC234."
          required
          maxLength={40}
          defaultValue={state?.code ?? code}
          autoCapitalize="characters"
        />
        {wholeNumber ? (
          <TextField
            name="phone"
            label="Số điện thoại đã khai khi nộp (đầy đủ 10 chữ số)"
            hint="Mã này đã bị nhập sai 4 số cuối nhiều lần, nên cần cả số điện thoại để bảo vệ hồ sơ của bạn."
            required
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            maxLength={20}
            defaultValue={state?.phone}
            className="max-w-60"
          />
        ) : (
          <TextField name="phoneLast4" label="4 số cuối điện thoại đã khai khi nộp" required inputMode="numeric" pattern="[0-9]{4}" maxLength={4} defaultValue={state?.phoneLast4} className="max-w-40" />
        )}
        <SubmitButton pendingText="Đang tra cứu…">Tra cứu</SubmitButton>
        {state?.error && state.error.code !== "VALIDATION" ? <Alert tone="bad">{state.error.message}</Alert> : null}
      </form>
      {state?.rated ? (
        <div className="mt-4">
          <Alert tone="ok">Đã ghi nhận đánh giá của bạn. Cảm ơn bạn!</Alert>
        </div>
      ) : null}
      {state?.result?.kind === "DOSSIER" ? <DossierResult d={state.result} state={state} action={action} /> : null}
      {state?.result?.kind === "HOME_VISIT" ? <HomeVisitResult v={state.result} state={state} action={action} /> : null}
    </FieldErrors>
  );
}
