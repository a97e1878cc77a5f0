import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { Card, PageHeader, buttonClass, inputClass } from "@/components/ui/primitives";
import { committeeName, mergeLetter, type LetterEvent } from "@/domain/dossier/letters";
import { letterEventLabel, letterTypeLabel } from "@/domain/labels";
import { formatDateVi, formatInstantVi, toLocalDate } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { sendLetterAction } from "@/server/letters/actions";
import { composeContext, letterTemplates } from "@/server/letters/queries";
import { unitBySlug } from "@/server/units/queries";
import { StepForm } from "@/components/forms/step-form";

export const metadata: Metadata = { title: "Soạn thư" };
export const dynamic = "force-dynamic";

/** Compose from a template with the merge fields filled from the dossier; the officer edits, then it is numbered in the register. */
export default async function ComposePage({ params, searchParams }: { params: Promise<{ unit: string }>; searchParams: Promise<{ hoSo?: string; suKien?: string; mau?: string }> }) {
  const { unit: slug } = await params;
  const sp = await searchParams;
  const user = await requirePagePermission("letter.manage", paths.officer.composeLetter(slug));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const [templates, dossier] = await Promise.all([letterTemplates(unit.id), composeContext(user, unit.id, sp.hoSo ?? null)]);
  const event = (sp.suKien && sp.suKien in letterEventLabel ? sp.suKien : null) as LetterEvent | null;
  const template = templates.find((t) => t.id === sp.mau) ?? templates.find((t) => event && t.event === event) ?? templates[0];
  if (!template) return <PageHeader title="Soạn thư" subtitle="Chưa có mẫu thư." />;
  const slip = dossier?.apologySlips[0];
  const body = mergeLetter(template.body, {
    ten_nguoi_nhan: dossier ? `Ông/Bà ${dossier.citizenName}` : null,
    ten_don_vi: committeeName(unit.name),
    ngay_su_kien: dossier ? formatDateVi(toLocalDate(dossier.returnedAt ?? dossier.receivedAt)) : null,
    ma_ho_so: dossier?.code,
    thu_tuc: dossier?.procedure.name,
    ngay_hen_cu: dossier ? formatInstantVi(slip?.previousPromisedAt ?? dossier.originalPromisedAt) : null,
    ngay_hen_moi: dossier ? formatInstantVi(slip?.newPromisedAt ?? dossier.promisedAt) : null,
    ly_do: slip?.reason,
  });
  return (
    <>
      <PageHeader title="Soạn thư" subtitle={dossier ? `Hồ sơ ${dossier.code} — ${dossier.procedure.name}` : unit.name} />
      <div className="space-y-5">
        <Card title="Mẫu thư">
          <form className="flex flex-wrap items-end gap-3">
            {sp.hoSo ? <input type="hidden" name="hoSo" value={sp.hoSo} /> : null}
            <div className="min-w-[16rem] flex-1">
              <label htmlFor="mau" className="block font-semibold">Chọn mẫu</label>
              <select id="mau" name="mau" defaultValue={template.id} className={inputClass}>
                {templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.title} ({letterTypeLabel[t.type]})
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass("secondary")}>Dùng mẫu này</button>
          </form>
        </Card>
        <Card title={template.title}>
          <StepForm
            action={sendLetterAction}
            idPrefix="thu"
            hidden={{ unitId: unit.id, unitSlug: slug, templateId: template.id, dossierId: dossier?.id ?? "", event: template.event ?? event ?? "OTHER" }}
            fields={[
              { name: "recipientName", label: "Người nhận", kind: "text", required: true, defaultValue: dossier?.citizenName },
              { name: "recipientAddress", label: "Địa chỉ người nhận", kind: "text", defaultValue: dossier?.citizenAddress ?? undefined },
              ...(template.event === "MARRIAGE"
                ? [{ name: "ceremonyAt", label: "Giờ lễ trao Giấy chứng nhận kết hôn", kind: "datetime-local" as const, required: true, hint: "Kế hoạch: kết hợp tổ chức Lễ đăng ký kết hôn với trao Giấy chứng nhận đăng ký kết hôn." }]
                : []),
              { name: "body", label: "Nội dung thư (sửa các chỗ «…»)", kind: "textarea", required: true, defaultValue: body, rows: 10 },
            ]}
            submit="Vào sổ và in thư"
          />
        </Card>
      </div>
    </>
  );
}
