"use client";

import Link from "next/link";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { Alert } from "@/components/ui/primitives";
import { formatDateVi } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import type { HomeVisitOptionsDto } from "@/server/home-visit/public-queries";
import { requestHomeVisitAction } from "@/server/home-visit/public-actions";

/** The citizen's home-visit request: only the allowed dates are offered; the server checks them again. */
export function HomeVisitForm({ options, idempotencyKey }: { options: HomeVisitOptionsDto; idempotencyKey: string }) {
  return (
    <ActionForm
      action={requestHomeVisitAction}
      label="Đề nghị giải quyết thủ tục tại nhà"
      replace
      success={({ data }) => (
        <div className="space-y-3" role="status">
          <Alert tone="ok" title={`Đã gửi đề nghị. Mã theo dõi: ${data.trackingCode}`}>
            <p>
              {data.unit.name} nhận đề nghị giải quyết «{data.procedureName}» tại nhà vào ngày {formatDateVi(data.requestedDate)}. Cán bộ sẽ gọi điện cho bạn để xác nhận
              hoặc báo lý do nếu không đến được.
            </p>
            <p className="mt-1">
              Hãy ghi lại mã <strong>{data.trackingCode}</strong> để <Link href={paths.lookup()} className="text-brand-700 underline">tra cứu tình trạng đề nghị</Link> (cùng 4 số cuối điện thoại).
            </p>
          </Alert>
        </div>
      )}
    >
      <input type="hidden" name="unitSlug" value={options.unit.slug} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />

      <SelectField name="eligibleGroup" label="Người cần phục vụ tại nhà là" required placeholder="— Chọn đối tượng —" options={options.eligibleGroups} />
      <SelectField
        name="procedureId"
        label="Thủ tục"
        required
        placeholder={options.procedures.length > 1 ? "— Chọn thủ tục —" : undefined}
        defaultValue={options.procedures.length === 1 ? options.procedures[0]!.id : ""}
        options={options.procedures.map((p) => ({ value: p.id, label: p.name }))}
      />
      <SelectField
        name="requestedDate"
        label="Ngày cán bộ đến nhà"
        hint="Chỉ có các ngày mô hình cho phép và còn chỗ."
        required
        placeholder="— Chọn ngày —"
        options={options.dates.map((d) => ({ value: d.date, label: `${d.label}${d.remaining !== null ? ` (còn ${d.remaining} lượt)` : ""}` }))}
      />

      <TextField name="citizenName" label="Họ và tên người cần phục vụ" required maxLength={120} autoComplete="name" />
      <TextField name="citizenPhone" label="Số điện thoại liên hệ" hint="10 chữ số, ví dụ 0912345678." type="tel" required maxLength={15} autoComplete="tel" inputMode="tel" />
      <TextAreaField name="address" label="Địa chỉ nơi cán bộ đến" required rows={2} maxLength={300} autoComplete="street-address" />
      <TextAreaField name="note" label="Ghi chú cho cán bộ (không bắt buộc)" rows={2} maxLength={1000} />

      <div className="rounded-lg bg-brand-50 p-3 text-[0.95rem] ring-1 ring-brand-100">
        <p className="font-semibold">Thông tin cá nhân của bạn</p>
        <p>
          Họ tên, số điện thoại và địa chỉ chỉ dùng để cán bộ {options.unit.name} liên hệ và đến nhà giải quyết thủ tục; chỉ cán bộ của đơn vị xem được; được lưu cùng hồ sơ theo
          thời hạn lưu trữ hồ sơ thủ tục hành chính. Bạn có quyền xem, sửa, yêu cầu xóa theo Luật Bảo vệ dữ liệu cá nhân.{" "}
          <Link href={paths.privacy()} className="text-brand-700 underline">Xem đầy đủ</Link>.
        </p>
        <div className="mt-2">
          <CheckboxField name="consent" label="Tôi đồng ý cung cấp các thông tin trên cho việc giải quyết thủ tục tại nhà." required />
        </div>
      </div>

      <SubmitButton pendingText="Đang gửi…">Gửi đề nghị</SubmitButton>
    </ActionForm>
  );
}
