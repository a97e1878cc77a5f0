import { unitKindLabel } from "@/domain/labels";
import type { UnitOptionDto } from "@/server/admin/plans/queries";
import type { UnitFormDto } from "@/server/admin/units/queries";
import { UNIT_KINDS } from "@/server/admin/units/input";
import { saveUnitAction } from "@/server/admin/units/actions";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { unitSelectOptions } from "../_components/unit-options";

/** A unit of the tree; the citizens' address (slug) is made from its name when it is created. */
export function UnitForm({ unit, units, parentId }: { unit?: UnitFormDto; units: UnitOptionDto[]; parentId?: string }) {
  return (
    <ActionForm action={saveUnitAction} success="Đã lưu đơn vị." label="Đơn vị">
      {unit ? <input type="hidden" name="id" value={unit.id} /> : null}
      <TextField name="name" label="Tên đơn vị (kèm cấp)" required defaultValue={unit?.name} hint="Ví dụ: Xã Phổ Nhơn, Phòng Nội vụ thị xã Đức Phổ." />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField name="kind" label="Loại đơn vị" required options={UNIT_KINDS.map((k) => ({ value: k, label: unitKindLabel[k] ?? k }))} defaultValue={unit?.kind ?? "COMMUNE"} />
        <TextField name="adminCode" label="Mã đơn vị hành chính" defaultValue={unit?.adminCode} hint="Theo danh mục của Tổng cục Thống kê, nếu có." />
      </div>
      <SelectField
        name="parentId"
        label="Đơn vị cấp trên"
        options={unitSelectOptions(units.filter((u) => u.id !== unit?.id))}
        defaultValue={unit?.parentId ?? parentId}
        placeholder="— Không có (tỉnh, thành phố) —"
        hint="Xã thuộc huyện (trước 01/7/2025) hoặc thuộc thẳng tỉnh (từ 01/7/2025)."
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField name="deskAddress" label="Địa chỉ Bộ phận tiếp nhận và trả kết quả" defaultValue={unit?.deskAddress} hint="Hiện trên trang của đơn vị và bản niêm yết." />
        <TextField name="deskPhone" type="tel" label="Điện thoại Bộ phận tiếp nhận" defaultValue={unit?.deskPhone} hint="Số di động (10 chữ số) hoặc số bàn có mã vùng (11 chữ số)." />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField name="validFrom" type="date" label="Hoạt động từ ngày" defaultValue={unit?.validFrom} />
        <TextField name="validTo" type="date" label="Ngừng hoạt động sau ngày" defaultValue={unit?.validTo} hint="Để trống nếu đang hoạt động." />
      </div>
      <SubmitButton>{unit ? "Lưu đơn vị" : "Thêm đơn vị"}</SubmitButton>
    </ActionForm>
  );
}
