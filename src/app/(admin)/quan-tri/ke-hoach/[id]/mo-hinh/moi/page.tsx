import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/primitives";
import { toLocalDate } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { emptyModelForm, procedureOptions } from "@/server/admin/models/queries";
import { planDetail, unitOptions } from "@/server/admin/plans/queries";
import { requirePlanPage } from "@/server/admin/plan-page";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { ModelBuilder } from "../model-builder";

export const metadata: Metadata = { title: "Thêm mô hình" };
export const dynamic = "force-dynamic";

export default async function NewModelPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("plan.edit", paths.admin.newModel(id));
  const { issuingUnitId } = await requirePlanPage(user, id);
  const today = toLocalDate(now());
  const plan = await planDetail(id, today);
  if (!plan) notFound();
  const [units, procedures] = await Promise.all([unitOptions(user), procedureOptions()]);
  return (
    <>
      <nav aria-label="Đường dẫn" className="mb-2 text-sm text-muted">
        <Link href={paths.admin.plans()}>Kế hoạch</Link> › <Link href={paths.admin.plan(plan.id)}>{plan.title}</Link> › Thêm mô hình
      </nav>
      <PageHeader title="Thêm mô hình" subtitle="Nhập quy tắc của mô hình; phần xem trước cho biết các lần thực hiện tới và bảng tuần người dân sẽ thấy." />
      <ModelBuilder
        planId={plan.id}
        issued={plan.storedStatus !== "DRAFT"}
        initial={emptyModelForm({ id: plan.id, issuingUnitId, validFrom: plan.validFrom, validTo: plan.validTo })}
        units={units}
        procedures={procedures}
        today={today}
      />
    </>
  );
}
