import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/primitives";
import { formatDateVi } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { copyUnitProceduresAction, setUnitProceduresAction } from "@/server/admin/catalogue/actions";
import { unitCatalogue } from "@/server/admin/catalogue/queries";
import { procedureOptions } from "@/server/admin/models/queries";
import { unitOptions } from "@/server/admin/plans/queries";
import { SERVICE_KINDS } from "@/server/admin/units/input";
import { requirePagePermission } from "@/server/auth/session";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/fields";

export const metadata: Metadata = { title: "Danh mục thủ tục của đơn vị" };
export const dynamic = "force-dynamic";

const period = (from: string, to: string | null) => (to ? `${formatDateVi(from)}–${formatDateVi(to)}` : `từ ${formatDateVi(from)}`);

export default async function UnitCataloguePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission("catalogue.edit", paths.admin.unitProcedures(id));
  const [catalogue, procedures, units] = await Promise.all([unitCatalogue(id), procedureOptions(), unitOptions(null)]);
  if (!catalogue) notFound();
  const assigned = new Set(catalogue.assigned);
  const active = new Set(procedures.map((p) => p.id));
  const fields = [...new Map(procedures.map((p) => [p.fieldCode, p.fieldName])).entries()];
  const sources = units.filter((u) => u.id !== id && (SERVICE_KINDS as readonly string[]).includes(u.kind));
  return (
    <>
      <nav aria-label="Đường dẫn" className="mb-2 text-sm text-muted">
        <Link href={paths.admin.units()}>Đơn vị</Link> › <Link href={paths.admin.unit(id)}>{catalogue.unit.name}</Link> › Danh mục thủ tục
      </nav>
      <PageHeader
        title={`Thủ tục tiếp nhận tại ${catalogue.unit.name}`}
        subtitle="Danh mục công khai của đơn vị (bảng tuần của người dân) và các thủ tục được đăng ký giải quyết theo mô hình, như phụ lục kế hoạch Phước Long."
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card title={`${assigned.size} thủ tục được tiếp nhận`} className="lg:col-span-2">
          {catalogue.allProcedureModels.length ? (
            <p className="mb-3">
              Áp dụng cho mọi thủ tục:{" "}
              {catalogue.allProcedureModels.map((m, i) => (
                <span key={m.modelId}>
                  {i ? ", " : ""}
                  <Link href={paths.admin.model(m.planId, m.modelId)}>{m.modelName}</Link> ({period(m.validFrom, m.validTo)}
                  {m.draft ? ", dự thảo" : ""})
                </span>
              ))}
              .
            </p>
          ) : null}
          <ActionForm action={setUnitProceduresAction} success="Đã lưu danh mục của đơn vị." label="Danh mục thủ tục của đơn vị">
            <input type="hidden" name="unitId" value={id} />
            {catalogue.assigned
              .filter((p) => !active.has(p))
              .map((p) => (
                <input key={p} type="hidden" name="procedureIds" value={p} />
              ))}
            {fields.map(([code, name]) => (
              <fieldset key={code}>
                <legend className="mt-2 font-bold uppercase text-muted">{name}</legend>
                {procedures
                  .filter((p) => p.fieldCode === code)
                  .map((p) => {
                    const regs = catalogue.registrations[p.id] ?? [];
                    return (
                      <label key={p.id} className="flex min-h-11 items-start gap-3 border-b border-slate-100 py-1">
                        <input type="checkbox" name="procedureIds" value={p.id} defaultChecked={assigned.has(p.id)} className="mt-1 h-5 w-5 shrink-0 accent-brand-700" />
                        <span>
                          {p.name}
                          {regs.length ? (
                            <span className="block text-sm text-ok-700">
                              Đăng ký theo mô hình:{" "}
                              {regs.map((r) => `${r.localName ?? r.modelName} (${period(r.validFrom, r.validTo)}${r.draft ? ", dự thảo" : ""})`).join("; ")}
                            </span>
                          ) : null}
                        </span>
                      </label>
                    );
                  })}
              </fieldset>
            ))}
            <SubmitButton>Lưu danh mục</SubmitButton>
          </ActionForm>
        </Card>
        <Card title="Sao chép danh mục">
          <ActionForm action={copyUnitProceduresAction} success="Đã thêm các thủ tục." label="Sao chép danh mục từ đơn vị khác">
            <input type="hidden" name="unitId" value={id} />
            <p className="text-sm">Thêm vào đơn vị này mọi thủ tục của một đơn vị khác (ví dụ xã mới tiếp nhận danh mục của xã cũ). Thủ tục đã có giữ nguyên.</p>
            <SelectField name="fromUnitId" label="Sao chép từ" required options={sources.map((u) => ({ value: u.id, label: `${u.name}${u.path ? ` — ${u.path.split(" › ").slice(-1)[0]}` : ""}` }))} placeholder="— Chọn đơn vị —" />
            <SubmitButton>Sao chép</SubmitButton>
          </ActionForm>
        </Card>
      </div>
    </>
  );
}
