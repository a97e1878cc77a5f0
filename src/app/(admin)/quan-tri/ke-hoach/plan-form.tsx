import type { PlanDetailDto, UnitOptionDto } from "@/server/admin/plans/queries";
import { ActionForm, SubmitButton, type FormState } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { unitSelectOptions } from "../_components/unit-options";

const lines = (list: string[] | undefined) => (list ?? []).join("\n");

/**
 * The plan as printed, section by section. While a draft, the number and the signing date
 * may stay blank (the copies of real plans often leave them so).
 */
export function PlanForm<S extends FormState>({
  action,
  plan,
  units,
  submitLabel,
}: {
  action: (prev: S | null, fd: FormData) => Promise<S | null>;
  plan?: PlanDetailDto;
  units: UnitOptionDto[];
  submitLabel: string;
}) {
  const locked = plan ? plan.storedStatus !== "DRAFT" : false;
  return (
    <ActionForm action={action} success="Đã lưu kế hoạch." label="Nội dung kế hoạch">
      {plan ? <input type="hidden" name="id" value={plan.id} /> : null}
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-bold text-brand-900">Số, ký hiệu, nơi và ngày ban hành</legend>
        {locked ? (
          <>
            <input type="hidden" name="issuingUnitId" value={plan!.issuingUnit.id} />
            <p>
              <span className="font-semibold">Cơ quan ban hành:</span> {plan!.issuingUnit.name}
            </p>
          </>
        ) : (
          <SelectField name="issuingUnitId" label="Cơ quan ban hành" required options={unitSelectOptions(units)} defaultValue={plan?.issuingUnit.id} placeholder="— Chọn đơn vị —" />
        )}
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <TextField name="number" label="Số" defaultValue={plan?.number} hint="Để trống nếu văn bản chưa có số." maxLength={20} />
          <TextField name="symbol" label="Ký hiệu" required defaultValue={plan?.symbol ?? "KH-UBND"} maxLength={40} />
          <TextField name="signingPlace" label="Địa danh" defaultValue={plan?.signingPlace} hint="Ví dụ: Phổ Nhơn" />
        </div>
        <fieldset>
          <legend className="font-semibold">Ngày ký</legend>
          <p id="signed-hint" className="text-sm text-muted">
            Được để trống ngày hoặc tháng khi văn bản gốc để trống.
          </p>
          <div className="mt-1 grid grid-cols-3 gap-3 sm:max-w-md">
            {(
              [
                ["signedDay", "Ngày", plan?.signedDay],
                ["signedMonth", "Tháng", plan?.signedMonth],
                ["signedYear", "Năm", plan?.signedYear],
              ] as const
            ).map(([name, label, value]) => (
              <TextField key={name} name={name} label={label} type="number" inputMode="numeric" defaultValue={value} aria-describedby="signed-hint" />
            ))}
          </div>
        </fieldset>
        {locked ? null : <TextField name="key" label="Mã kế hoạch (địa chỉ trang công khai)" defaultValue={plan?.key} hint="Chữ thường không dấu và dấu gạch; để trống để tự tạo từ tên kế hoạch." />}
      </fieldset>
      <TextAreaField name="title" label="Trích yếu (tên kế hoạch)" required rows={2} defaultValue={plan?.title} />
      <TextAreaField name="legalBases" label="Căn cứ" hint="Mỗi căn cứ một dòng." defaultValue={lines(plan?.legalBases)} />
      <TextAreaField name="purposes" label="Mục đích" hint="Mỗi ý một dòng." defaultValue={lines(plan?.purposes)} />
      <TextAreaField name="requirements" label="Yêu cầu" hint="Mỗi ý một dòng." defaultValue={lines(plan?.requirements)} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField name="validFrom" type="date" label="Thực hiện từ ngày" defaultValue={plan?.validFrom} />
        <TextField name="validTo" type="date" label="Đến ngày" defaultValue={plan?.validTo} hint="Để trống nếu kế hoạch không nêu ngày kết thúc." />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField name="signerName" label="Người ký" defaultValue={plan?.signerName} />
        <TextField name="signerTitle" label="Chức vụ người ký" defaultValue={plan?.signerTitle} />
      </div>
      <TextAreaField name="recipients" label="Nơi nhận" hint="Mỗi nơi nhận một dòng, như trong văn bản." defaultValue={lines(plan?.recipients)} />
      <TextAreaField name="assumptions" label="Ghi chú khi nhập (những chỗ văn bản không nói rõ)" hint="Mỗi ghi chú một dòng." rows={3} defaultValue={lines(plan?.assumptions)} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
