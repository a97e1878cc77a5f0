import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/primitives";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import { IllustrativeBanner } from "@/components/public/illustrative-banner";
import { PlanDocument } from "@/components/plan/plan-document";
import { paths } from "@/lib/paths";
import { planDocument } from "@/server/public/plans";

export const dynamic = "force-dynamic";


export async function generateMetadata({ params }: { params: Promise<{ key: string }> }): Promise<Metadata> {
  const plan = await planDocument((await params).key);
  return { title: plan ? `${plan.reference} — ${plan.title}` : "Không tìm thấy kế hoạch" };
}


export default async function PlanPage({ params }: { params: Promise<{ key: string }> }) {
  const plan = await planDocument((await params).key);
  if (!plan) notFound();

  return (
    <>
      <Breadcrumbs items={[{ href: paths.home(), label: "Trang chủ" }, { href: paths.plans(), label: "Các kế hoạch" }, { label: plan.reference }]} />
      {plan.illustrative ? (
        <div className="mb-4">
          <IllustrativeBanner />
        </div>
      ) : null}
      {plan.incomplete && !plan.illustrative ? (
        <div className="no-print mb-4">
          <Alert tone="warn" title="Văn bản gốc còn để trống số hoặc ngày ký">
            Bản trình bày dưới đây giữ nguyên các chỗ trống như văn bản mà cổng nhận được.
          </Alert>
        </div>
      ) : null}
      <PlanDocument plan={plan} />
    </>
  );
}
