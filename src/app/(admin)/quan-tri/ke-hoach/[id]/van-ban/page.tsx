import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanDocument } from "@/components/plan/plan-document";
import { Alert } from "@/components/ui/primitives";
import { paths } from "@/lib/paths";
import { requirePlanPage } from "@/server/admin/plan-page";
import { requirePagePermission } from "@/server/auth/session";
import { db } from "@/server/db";
import { planDocumentForEditor } from "@/server/public/plans";

export const metadata: Metadata = { title: "Kế hoạch — bản văn" };
export const dynamic = "force-dynamic";

/** The plan laid out like the signed document, as citizens will see it, for checking what was entered. */
export default async function PlanDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("plan.edit", paths.admin.planDocument(id));
  await requirePlanPage(user, id);
  const [plan, stored] = await Promise.all([planDocumentForEditor(id), db.plan.findUnique({ where: { id }, select: { status: true } })]);
  if (!plan || !stored) notFound();
  return (
    <>
      <p className="no-print mb-3 text-sm">
        <Link href={paths.admin.plan(id)}>← Về trang quản lý kế hoạch</Link>
      </p>
      {stored.status === "DRAFT" ? (
        <div className="no-print mb-3">
          <Alert tone="warn">Dự thảo — chưa ban hành, người dân chưa thấy.</Alert>
        </div>
      ) : null}
      {plan.incomplete ? (
        <div className="no-print mb-3">
          <Alert tone="brand">Số hoặc ngày ký còn để trống: bản văn giữ nguyên các chỗ trống.</Alert>
        </div>
      ) : null}
      <PlanDocument plan={plan} />
    </>
  );
}
