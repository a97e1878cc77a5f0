import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { Alert, Card, LinkButton, PageHeader } from "@/components/ui/primitives";
import { MERGE_FIELDS } from "@/domain/dossier/letters";
import { labelOptions, letterEventLabel, letterTypeLabel } from "@/domain/labels";
import { formatInstantVi } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { saveTemplateAction } from "@/server/letters/actions";
import { letterSuggestions, letterTemplates } from "@/server/letters/queries";
import { unitBySlug } from "@/server/units/queries";
import { StepForm } from "@/components/forms/step-form";

export const metadata: Metadata = { title: "Thư gửi người dân" };
export const dynamic = "force-dynamic";

export default async function LettersPage({ params, searchParams }: { params: Promise<{ unit: string }>; searchParams: Promise<{ mau?: string }> }) {
  const { unit: slug } = await params;
  const { mau } = await searchParams;
  const user = await requirePagePermission("letter.manage", paths.officer.letters(slug));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const [suggestions, templates] = await Promise.all([letterSuggestions(user, unit.id, now()), letterTemplates(unit.id)]);
  return (
    <>
      <PageHeader title="Thư chúc mừng, chia buồn, xin lỗi" subtitle={unit.name}>
        <div className="flex flex-wrap gap-2">
          <LinkButton href={paths.officer.letterRegister(slug)} variant="secondary">
            Sổ thư đã gửi
          </LinkButton>
          <LinkButton href={paths.officer.composeLetter(slug)} variant="secondary">
            Soạn thư khác
          </LinkButton>
        </div>
      </PageHeader>
      <div className="space-y-5">
        {mau === "moi" ? <Alert tone="ok">Đã lưu mẫu thư của đơn vị.</Alert> : null}
        <Card title={`Gợi ý gửi thư (${suggestions.length})`}>
          {suggestions.length === 0 ? (
            <p className="text-muted">Không có sự kiện nào cần gửi thư trong 90 ngày qua.</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {suggestions.map((s) => (
                <li key={`${s.dossierId}-${s.event}`} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <span className="font-semibold">{letterTypeLabel[s.type]}</span> — {s.citizenName} ({s.code}, {formatInstantVi(s.at)})
                    <span className="block text-sm text-muted">{s.reason}</span>
                  </span>
                  <Link href={paths.officer.composeLetter(slug, { hoSo: s.code, suKien: s.event })}>Soạn thư</Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Mẫu thư">
          <ul className="space-y-1">
            {templates.map((t) => (
              <li key={t.id}>
                <Link href={paths.officer.composeLetter(slug, { mau: t.id })}>{t.title}</Link> — {letterTypeLabel[t.type]}
                {t.event ? `, ${letterEventLabel[t.event]}` : ""} {t.unitId ? "(mẫu của đơn vị)" : "(mẫu chung)"}
              </li>
            ))}
          </ul>
          <details className="mt-4">
            <summary className="cursor-pointer font-semibold">Thêm mẫu thư của đơn vị</summary>
            <p className="my-2 text-sm text-muted">Trường trộn: {Object.entries(MERGE_FIELDS).map(([k, v]) => `{{${k}}} (${v})`).join(", ")}.</p>
            <StepForm
              action={saveTemplateAction}
              idPrefix="mau"
              hidden={{ unitId: unit.id, unitSlug: slug }}
              fields={[
                { name: "type", label: "Loại thư", kind: "select", options: labelOptions(letterTypeLabel) },
                { name: "event", label: "Sự kiện", kind: "select", options: labelOptions(letterEventLabel) },
                { name: "title", label: "Tên mẫu", kind: "text", required: true },
                { name: "body", label: "Nội dung", kind: "textarea", required: true, defaultValue: "Kính gửi: {{ten_nguoi_nhan}}\n\n", rows: 8 },
              ]}
              submit="Lưu mẫu"
              variant="secondary"
            />
          </details>
        </Card>
      </div>
    </>
  );
}
