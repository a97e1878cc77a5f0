"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert, Field, buttonClass, inputClass } from "@/components/ui/primitives";
import { fieldError } from "@/components/forms/form-message";
import { formatDateVi } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import type { HomeVisitOptionsDto } from "@/server/home-visit/public-queries";
import { requestHomeVisitAction } from "@/server/home-visit/public-actions";

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(" ");
  return list || undefined;
}

/** The citizen's home-visit request: only the allowed dates are offered; the server checks them again. */
export function HomeVisitForm({ options, idempotencyKey }: { options: HomeVisitOptionsDto; idempotencyKey: string }) {
  const [state, action, pending] = useActionState(requestHomeVisitAction, null);
  if (state?.ok) {
    return (
      <div className="space-y-3" role="status">
        <Alert tone="ok" title={`Đã gửi đề nghị. Mã theo dõi: ${state.data.trackingCode}`}>
          <p>
            {state.data.unit.name} nhận đề nghị giải quyết «{state.data.procedureName}» tại nhà vào ngày {formatDateVi(state.data.requestedDate)}. Cán bộ sẽ gọi điện cho bạn để xác nhận
            hoặc báo lý do nếu không đến được.
          </p>
          <p className="mt-1">
            Hãy ghi lại mã <strong>{state.data.trackingCode}</strong> để <Link href={paths.lookup()} className="text-brand-700 underline">tra cứu tình trạng đề nghị</Link> (cùng 4 số cuối điện thoại).
          </p>
        </Alert>
      </div>
    );
  }
  const err = (name: string) => fieldError(state, name);
  const general = state && !state.ok && !Object.keys(state.error.fieldErrors ?? {}).length ? state.error.message : null;
  return (
    <form action={action} className="space-y-4" aria-label="Đề nghị giải quyết thủ tục tại nhà">
      <input type="hidden" name="unitSlug" value={options.unit.slug} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {state && !state.ok ? <Alert tone="bad">{general ?? `Chưa gửi được: ${state.error.message}`}</Alert> : null}

      <Field label="Người cần phục vụ tại nhà là" htmlFor="eligibleGroup" error={err("eligibleGroup")} required>
        <select id="eligibleGroup" name="eligibleGroup" required defaultValue="" aria-invalid={err("eligibleGroup") ? true : undefined} aria-describedby={describedBy(err("eligibleGroup") && "eligibleGroup-error")} className={inputClass}>
          <option value="" disabled>
            — Chọn đối tượng —
          </option>
          {options.eligibleGroups.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
            </option>
          ))}
        </select>
      </Field>

      <Field label="Thủ tục" htmlFor="procedureId" error={err("procedureId")} required>
        <select id="procedureId" name="procedureId" required defaultValue={options.procedures.length === 1 ? options.procedures[0]!.id : ""} aria-invalid={err("procedureId") ? true : undefined} aria-describedby={describedBy(err("procedureId") && "procedureId-error")} className={inputClass}>
          {options.procedures.length > 1 ? (
            <option value="" disabled>
              — Chọn thủ tục —
            </option>
          ) : null}
          {options.procedures.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>

      <Field label="Ngày cán bộ đến nhà" htmlFor="requestedDate" hint="Chỉ có các ngày mô hình cho phép và còn chỗ." error={err("requestedDate")} required>
        <select id="requestedDate" name="requestedDate" required defaultValue="" aria-invalid={err("requestedDate") ? true : undefined} aria-describedby={describedBy("requestedDate-hint", err("requestedDate") && "requestedDate-error")} className={inputClass}>
          <option value="" disabled>
            — Chọn ngày —
          </option>
          {options.dates.map((d) => (
            <option key={d.date} value={d.date}>
              {d.label}
              {d.remaining !== null ? ` (còn ${d.remaining} lượt)` : ""}
            </option>
          ))}
        </select>
      </Field>

      <Field label="Họ và tên người cần phục vụ" htmlFor="citizenName" error={err("citizenName")} required>
        <input id="citizenName" name="citizenName" required maxLength={120} autoComplete="name" aria-invalid={err("citizenName") ? true : undefined} aria-describedby={describedBy(err("citizenName") && "citizenName-error")} className={inputClass} />
      </Field>
      <Field label="Số điện thoại liên hệ" htmlFor="citizenPhone" hint="10 chữ số, ví dụ 0912345678." error={err("citizenPhone")} required>
        <input id="citizenPhone" name="citizenPhone" type="tel" required maxLength={15} autoComplete="tel" inputMode="tel" aria-invalid={err("citizenPhone") ? true : undefined} aria-describedby={describedBy("citizenPhone-hint", err("citizenPhone") && "citizenPhone-error")} className={inputClass} />
      </Field>
      <Field label="Địa chỉ nơi cán bộ đến" htmlFor="address" error={err("address")} required>
        <textarea id="address" name="address" required rows={2} maxLength={300} autoComplete="street-address" aria-invalid={err("address") ? true : undefined} aria-describedby={describedBy(err("address") && "address-error")} className={inputClass} />
      </Field>
      <Field label="Ghi chú cho cán bộ (không bắt buộc)" htmlFor="note" error={err("note")}>
        <textarea id="note" name="note" rows={2} maxLength={1000} className={inputClass} />
      </Field>

      <div className="rounded-lg bg-brand-50 p-3 text-[0.95rem] ring-1 ring-brand-100">
        <p className="font-semibold">Thông tin cá nhân của bạn</p>
        <p>
          Họ tên, số điện thoại và địa chỉ chỉ dùng để cán bộ {options.unit.name} liên hệ và đến nhà giải quyết thủ tục; chỉ cán bộ của đơn vị xem được; được lưu cùng hồ sơ theo
          thời hạn lưu trữ hồ sơ thủ tục hành chính. Bạn có quyền xem, sửa, yêu cầu xóa theo Luật Bảo vệ dữ liệu cá nhân.{" "}
          <Link href={paths.privacy()} className="text-brand-700 underline">Xem đầy đủ</Link>.
        </p>
        <label className="mt-2 flex items-start gap-2">
          <input type="checkbox" name="consent" required className="mt-1 h-5 w-5 shrink-0" aria-invalid={err("consent") ? true : undefined} aria-describedby={describedBy(err("consent") && "consent-error")} />
          <span>Tôi đồng ý cung cấp các thông tin trên cho việc giải quyết thủ tục tại nhà.</span>
        </label>
        {err("consent") ? (
          <p id="consent-error" className="text-sm font-medium text-bad-700">
            {err("consent")!.join(" ")}
          </p>
        ) : null}
      </div>

      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Đang gửi…" : "Gửi đề nghị"}
      </button>
    </form>
  );
}
