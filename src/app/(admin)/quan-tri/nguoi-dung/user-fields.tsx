import type { UnitOptionDto } from "@/server/admin/plans/queries";
import { SelectField, TextField } from "@/components/forms/fields";
import { unitSelectOptions } from "../_components/unit-options";
import { labelOptions, roleLabel } from "@/domain/labels";

export function UserFields({ user, units }: { user?: { fullName: string; position: string | null; role: string; unitId: string | null }; units: UnitOptionDto[] }) {
  return (
    <>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField name="fullName" label="Họ và tên" required defaultValue={user?.fullName} autoComplete="name" />
        <TextField name="position" label="Chức vụ" defaultValue={user?.position} />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField name="role" label="Vai trò" required options={labelOptions(roleLabel)} defaultValue={user?.role ?? "OFFICER"} />
        <SelectField name="unitId" label="Đơn vị" options={unitSelectOptions(units)} defaultValue={user?.unitId} placeholder="— Không (chỉ quản trị hệ thống) —" hint="Tài khoản làm việc cho đơn vị này và các đơn vị trực thuộc." />
      </div>
    </>
  );
}
