import type { ProcedureFormDto } from "@/server/admin/catalogue/queries";
import { saveProcedureAction } from "@/server/admin/catalogue/actions";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { adminLevelLabel, labelOptions, onlineLevelLabel } from "@/domain/labels";

/** A procedure of the catalogue; checked with the same rules as a row of an imported file. */
export function ProcedureForm({ procedure, fields }: { procedure?: ProcedureFormDto; fields: { code: string; name: string }[] }) {
  return (
    <ActionForm action={saveProcedureAction} success="Đã lưu thủ tục." label="Thủ tục">
      {procedure ? <input type="hidden" name="id" value={procedure.id} /> : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <TextField name="code" label="Mã thủ tục" defaultValue={procedure?.code} hint="Mã trên Cổng Dịch vụ công quốc gia; để trống nếu chưa có." />
        <div className="sm:col-span-2">
          <TextField name="name" label="Tên thủ tục" required defaultValue={procedure?.name} />
        </div>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <SelectField name="field" label="Lĩnh vực" required options={fields.map((f) => ({ value: f.code, label: f.name }))} defaultValue={procedure?.field} placeholder="— Chọn lĩnh vực —" />
        <SelectField name="level" label="Cấp thực hiện" required options={labelOptions(adminLevelLabel)} defaultValue={procedure?.level ?? "COMMUNE"} />
        <SelectField name="onlineLevel" label="Mức độ trực tuyến" options={labelOptions(onlineLevelLabel)} defaultValue={procedure?.onlineLevel ?? "NONE"} />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField name="statutoryWorkingDays" type="number" inputMode="numeric" label="Số ngày làm việc theo luật" required defaultValue={procedure?.statutoryWorkingDays} hint="0 là giải quyết trong ngày." />
        <TextField name="sameDayCutoff" type="time" label="Giờ nhận cuối trong ngày" defaultValue={procedure?.sameDayCutoff} hint="Chỉ với thủ tục trong ngày; ví dụ chứng thực: nhận sau 15 giờ thì trả ngày làm việc tiếp theo." />
      </div>
      <TextField name="statutoryText" label="Thời hạn giải quyết (lời văn của luật)" defaultValue={procedure?.statutoryText} hint="Để trống thì ghi theo số ngày." />
      <TextAreaField name="fees" label="Phí, lệ phí" rows={2} defaultValue={procedure?.fees} />
      <TextAreaField name="documents" label="Thành phần hồ sơ" hint="Mỗi giấy tờ một dòng." defaultValue={procedure?.documents} />
      <TextAreaField name="legalBasis" label="Căn cứ pháp lý" hint="Mỗi văn bản một dòng." defaultValue={procedure?.legalBasis} />
      {procedure ? <CheckboxField name="active" label="Đang áp dụng" defaultChecked={procedure.active} hint="Bỏ chọn khi thủ tục bị bãi bỏ: nó không còn được chọn cho mô hình mới, hồ sơ cũ giữ nguyên." /> : null}
      <SubmitButton>{procedure ? "Lưu thủ tục" : "Thêm thủ tục"}</SubmitButton>
    </ActionForm>
  );
}
