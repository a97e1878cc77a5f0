import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/primitives";
import { planDateline, planNumberText } from "@/domain/plan/format";
import { formatDateVi, toLocalDate } from "@/domain/schedule/local-time";
import { planDetail } from "@/server/admin/plans/queries";
import { requirePlanPage } from "@/server/admin/plan-page";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { reportFrequencyLabel } from "../../../_components/labels";

export const metadata: Metadata = { title: "Kế hoạch — bản văn" };
export const dynamic = "force-dynamic";

/** The plan laid out like the signed document, blanks shown as blanks, for checking what was entered. */
export default async function PlanDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("plan.edit", `/quan-tri/ke-hoach/${id}/van-ban`);
  await requirePlanPage(user, id);
  const plan = await planDetail(id, toLocalDate(now()));
  if (!plan) notFound();
  const section = "mt-5 font-bold uppercase";
  return (
    <>
      <p className="no-print mb-3 text-sm">
        <Link href={`/quan-tri/ke-hoach/${plan.id}`}>← Về trang quản lý kế hoạch</Link>
      </p>
      {plan.storedStatus === "DRAFT" ? (
        <div className="no-print mb-3">
          <Alert tone="warn">Dự thảo — chưa ban hành, người dân chưa thấy.</Alert>
        </div>
      ) : null}
      <article className="mx-auto max-w-3xl bg-white p-4 font-serif text-[1.05rem] leading-relaxed shadow-sm ring-1 ring-slate-200 sm:p-10">
        <header className="grid grid-cols-1 gap-4 text-center sm:grid-cols-2">
          <div>
            <p className="font-bold uppercase">{plan.issuingUnit.name}</p>
            <p className="mt-1">{planNumberText(plan)}</p>
          </div>
          <div>
            <p className="font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
            <p className="font-semibold">Độc lập – Tự do – Hạnh phúc</p>
            <p className="mt-1 italic">{planDateline(plan)}</p>
          </div>
        </header>
        <h1 className="mt-8 text-center text-xl font-bold">KẾ HOẠCH</h1>
        <p className="text-center font-semibold">{plan.title}</p>
        {plan.legalBases.length ? (
          <div className="mt-5 space-y-2">
            {plan.legalBases.map((b) => (
              <p key={b} className="indent-8">
                {b}
              </p>
            ))}
          </div>
        ) : null}
        <h2 className={section}>I. Mục đích, yêu cầu</h2>
        <h3 className="mt-2 font-bold">1. Mục đích</h3>
        {plan.purposes.map((p) => (
          <p key={p} className="indent-8">
            - {p}
          </p>
        ))}
        <h3 className="mt-2 font-bold">2. Yêu cầu</h3>
        {plan.requirements.map((p) => (
          <p key={p} className="indent-8">
            - {p}
          </p>
        ))}
        <h2 className={section}>II. Nội dung</h2>
        {plan.models.map((m, i) => (
          <div key={m.id} className="mt-2">
            <h3 className="font-bold">
              {i + 1}. Mô hình “{m.name}”
            </h3>
            {m.latestRule ? <p className="indent-8">{m.latestRule}.</p> : null}
            {m.scopeUnitNames.length ? <p className="indent-8">Đơn vị thực hiện: {m.scopeUnitNames.join(", ")}.</p> : null}
          </div>
        ))}
        <p className="mt-2 indent-8">
          Thời gian thực hiện: từ {plan.validFrom ? formatDateVi(plan.validFrom) : "…"}
          {plan.validTo ? ` đến ${formatDateVi(plan.validTo)}` : ""}.
        </p>
        <h2 className={section}>III. Tổ chức thực hiện</h2>
        {plan.tasks.map((t, i) => (
          <p key={t.id} className="indent-8">
            {i + 1}. {t.unitName ? <strong>{t.unitName}: </strong> : null}
            {t.description}
            {t.dueOn ? ` Hoàn thành trước ngày ${formatDateVi(t.dueOn)}.` : ""}
          </p>
        ))}
        {plan.reporting.length ? (
          <>
            <h2 className={section}>IV. Chế độ báo cáo</h2>
            {plan.reporting.map((r) => (
              <p key={r.id} className="indent-8">
                {r.reporterUnitNames.join(", ")}: {r.title.toLowerCase()} ({reportFrequencyLabel[r.frequency]?.toLowerCase()}) gửi {r.reviewerUnitName}
                {r.dueOn ? ` trước ngày ${formatDateVi(r.dueOn)}` : ""}.
              </p>
            ))}
          </>
        ) : null}
        <footer className="mt-10 grid grid-cols-1 gap-6 sm:grid-cols-2">
          <div className="text-sm">
            <p className="font-bold italic">Nơi nhận:</p>
            <ul>
              {plan.recipients.map((r) => (
                <li key={r}>- {r}</li>
              ))}
            </ul>
          </div>
          <div className="text-center">
            <p className="font-bold uppercase">{plan.signerTitle ?? "…"}</p>
            <p className="mt-16 font-bold">{plan.signerName ?? "…"}</p>
          </div>
        </footer>
      </article>
    </>
  );
}
