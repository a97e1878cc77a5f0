import type { Metadata } from "next";
import Link from "next/link";
import { Card, LinkButton, PageHeader, buttonClass, inputClass } from "@/components/ui/primitives";
import { planStatusLabel } from "@/domain/labels";
import type { PlanStatus } from "@/domain/plan/status";
import { formatDateVi, toLocalDate } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { listPlans } from "@/server/admin/plans/queries";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { PlanStatusBadge } from "../_components/plan-status";

export const metadata: Metadata = { title: "Kế hoạch" };
export const dynamic = "force-dynamic";

const STATUSES = ["DRAFT", "ISSUED", "IN_FORCE", "ENDED"] as const;

export default async function PlansPage({ searchParams }: { searchParams: Promise<{ q?: string; "trang-thai"?: string }> }) {
  const user = await requirePagePermission("plan.edit", paths.admin.plans());
  const q = await searchParams;
  const status = STATUSES.find((s) => s === q["trang-thai"]) as PlanStatus | undefined;
  const plans = await listPlans(user, toLocalDate(now()), { q: q.q, status });
  return (
    <>
      <PageHeader
        title={user.role === "ADMIN" ? "Kế hoạch" : "Kế hoạch của đơn vị"}
        subtitle="Mỗi kế hoạch gồm nội dung văn bản, nhiệm vụ, nghĩa vụ báo cáo và các mô hình với quy tắc lịch của chúng."
      >
        <LinkButton href={paths.admin.newPlan()}>Thêm kế hoạch</LinkButton>
      </PageHeader>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Lọc kế hoạch">
        <div>
          <label htmlFor="q" className="block text-sm font-semibold">
            Tìm
          </label>
          <input id="q" name="q" defaultValue={q.q} className={inputClass} placeholder="Tên, đơn vị, số…" />
        </div>
        <div>
          <label htmlFor="trang-thai" className="block text-sm font-semibold">
            Trạng thái
          </label>
          <select id="trang-thai" name="trang-thai" defaultValue={status ?? ""} className={inputClass}>
            <option value="">Tất cả</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {planStatusLabel[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Lọc
        </button>
      </form>
      <Card>
        {plans.length === 0 ? (
          <p className="text-muted">Chưa có kế hoạch nào{q.q || status ? " khớp với bộ lọc" : ""}.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {plans.map((p) => (
              <li key={p.id} className="py-3">
                <div className="flex flex-wrap items-center gap-2">
                  <PlanStatusBadge status={p.status} />
                  <span className="text-sm text-muted">
                    {p.reference} · {p.issuingUnitName}
                  </span>
                </div>
                <Link href={paths.admin.plan(p.id)} className="mt-1 block font-semibold text-brand-800">
                  {p.title}
                </Link>
                <p className="text-sm text-muted">
                  {p.modelCount} mô hình
                  {p.validFrom ? ` · thực hiện từ ${formatDateVi(p.validFrom)}` : ""}
                  {p.validTo ? ` đến ${formatDateVi(p.validTo)}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
