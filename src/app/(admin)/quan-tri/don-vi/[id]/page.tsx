import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Card, Field, LinkButton, PageHeader, inputClass } from "@/components/ui/primitives";
import { formatDateVi, toLocalDate } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { unitOptions } from "@/server/admin/plans/queries";
import { mergeUnitsAction } from "@/server/admin/units/actions";
import { SERVICE_KINDS } from "@/server/admin/units/input";
import { unitForm, unitOfficeHours } from "@/server/admin/units/queries";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { unitSelectOptions } from "../../_components/unit-options";
import { UnitForm } from "../unit-form";
import { OfficeHoursCard } from "./office-hours-card";

export const metadata: Metadata = { title: "Đơn vị" };
export const dynamic = "force-dynamic";

export default async function UnitPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ "da-luu"?: string }> }) {
  const { id } = await params;
  await requirePagePermission("unit.edit", paths.admin.unit(id));
  const today = toLocalDate(now());
  const [unit, units] = await Promise.all([unitForm(id), unitOptions(null)]);
  if (!unit) notFound();
  const hours = await unitOfficeHours(unit.id, today);
  const mergeable = units.filter((u) => u.id !== unit.id && !u.validTo);
  return (
    <>
      <nav aria-label="Đường dẫn" className="mb-2 text-sm text-muted">
        <Link href={paths.admin.units()}>Đơn vị</Link> › {unit.name}
      </nav>
      <PageHeader title={unit.name} subtitle={`Địa chỉ trang người dân: /don-vi/${unit.slug}`}>
        <div className="flex flex-wrap gap-2">
          <LinkButton href={paths.unit.page(unit.slug)} variant="secondary">
            Xem trang người dân
          </LinkButton>
          {(SERVICE_KINDS as readonly string[]).includes(unit.kind) ? (
            <LinkButton href={paths.admin.unitProcedures(unit.id)} variant="secondary">
              Danh mục thủ tục của đơn vị
            </LinkButton>
          ) : null}
          <LinkButton href={paths.admin.newUnit({ "cap-tren": unit.id })} variant="ghost">
            Thêm đơn vị trực thuộc
          </LinkButton>
        </div>
      </PageHeader>
      {(await searchParams)["da-luu"] === "1" ? (
        <div className="mb-4">
          <Alert tone="ok">Đã thêm đơn vị.</Alert>
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card title="Thông tin đơn vị">
          <UnitForm unit={unit} units={units} />
        </Card>
        <div className="space-y-6">
          <OfficeHoursCard unitId={unit.id} hours={hours} today={today} />
          <Card title="Sáp nhập">
            {unit.mergedInto ? (
              <p>
                Đã sáp nhập vào <Link href={paths.admin.unit(unit.mergedInto.id)}>{unit.mergedInto.name}</Link>
                {unit.validTo ? ` từ ngày ${formatDateVi(unit.validTo)} (ngày cuối hoạt động)` : ""}. Kế hoạch, hồ sơ và báo cáo của đơn vị vẫn được giữ.
              </p>
            ) : null}
            {unit.mergedFrom.length ? (
              <div className="mb-3">
                <p className="font-semibold">Các đơn vị đã sáp nhập vào đơn vị này:</p>
                <ul className="list-disc pl-5">
                  {unit.mergedFrom.map((m) => (
                    <li key={m.id}>
                      <Link href={paths.admin.unit(m.id)}>{m.name}</Link>
                      {m.validTo ? ` (hoạt động đến ${formatDateVi(m.validTo)})` : ""}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {!unit.mergedInto && !unit.validTo ? (
              <ActionForm action={mergeUnitsAction} success="Đã sáp nhập." label="Sáp nhập đơn vị vào đơn vị này">
                <input type="hidden" name="targetId" value={unit.id} />
                <p>Sáp nhập các đơn vị khác vào {unit.name}. Đơn vị bị sáp nhập giữ nguyên lịch sử, kế hoạch và báo cáo; mô hình của chúng dừng từ ngày sáp nhập.</p>
                <Field label="Các đơn vị được sáp nhập" htmlFor="sourceIds" hint="Giữ Ctrl (hoặc chạm) để chọn nhiều đơn vị." required>
                  <select id="sourceIds" name="sourceIds" multiple size={6} aria-describedby="sourceIds-hint" className={inputClass}>
                    {unitSelectOptions(mergeable).map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                  <FieldError name="sourceIds" />
                </Field>
                <TextField name="mergedOn" type="date" label="Ngày đơn vị mới bắt đầu hoạt động" required hint="Ví dụ 01/07/2025; đơn vị bị sáp nhập hoạt động đến hết ngày hôm trước." />
                <CheckboxField name="moveUsers" label="Chuyển tài khoản cán bộ của đơn vị bị sáp nhập sang đơn vị này" defaultChecked />
                <CheckboxField name="copyCatalogue" label="Thêm danh mục thủ tục của đơn vị bị sáp nhập vào đơn vị này" defaultChecked />
                <CheckboxField
                  name="moveVillages"
                  label="Chuyển các thôn, tổ dân phố của đơn vị bị sáp nhập về đơn vị này"
                  hint="Mỗi thôn tiếp tục dưới đơn vị này từ ngày sáp nhập; lịch sử trước đó (buổi đối thoại, báo cáo) vẫn thuộc đơn vị cũ."
                  defaultChecked
                />
                <SubmitButton variant="danger" pendingText="Đang sáp nhập…">
                  Sáp nhập
                </SubmitButton>
              </ActionForm>
            ) : null}
          </Card>
        </div>
      </div>
    </>
  );
}
