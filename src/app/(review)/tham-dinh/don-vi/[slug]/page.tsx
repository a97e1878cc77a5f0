import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { RateLineChart } from "@/components/report/charts";
import { ReportStateBadge } from "@/components/report/state-badge";
import { Card, PageHeader } from "@/components/ui/primitives";
import { formatDateVi } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { db } from "@/server/db";
import { unitReports } from "@/server/report/queries";
import { unitTrend } from "@/server/review/dashboard";
import { unitBySlug } from "@/server/units/queries";

export const metadata: Metadata = { title: "Đơn vị báo cáo" };
export const dynamic = "force-dynamic";

export default async function ReviewUnitPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePagePermission("report.review", paths.review.unit(slug));
  const unit = await unitBySlug(slug);
  if (!unit) notFound();
  const at = now();
  // A reviewer sees only the units that report to their unit.
  const items = await unitReports(db, unit.id, at, { reviewerUnitId: user.unitId ?? "" });
  if (items.length === 0) forbidden();
  const trend = await unitTrend(db, user.unitId!, unit.id, at);
  return (
    <>
      <p className="mb-2">
        <Link href={paths.review.home()}>← Theo dõi báo cáo</Link>
      </p>
      <PageHeader title={unit.name} subtitle="Các báo cáo gửi đơn vị bạn và diễn biến tỷ lệ giải quyết theo tháng." />
      <div className="space-y-5">
        <Card title="Báo cáo">
          <ul className="divide-y divide-slate-200">
            {items.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div>
                  <Link href={paths.review.report(r.id)} className="font-semibold">
                    {r.periodLabel}
                  </Link>
                  <span className="block text-sm text-muted">
                    {r.obligationTitle} · hạn {formatDateVi(r.dueOn)}
                  </span>
                </div>
                <ReportStateBadge state={r.state} submittedLate={r.submittedLate} />
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Diễn biến theo tháng">
          <p className="mb-3 text-muted">Số liệu tính đến thời điểm xem (hồ sơ giải quyết sau kỳ vẫn được tính theo kết quả thực tế); số liệu trong từng báo cáo được chốt tại ngày cuối kỳ.</p>
          <div className="grid gap-6 lg:grid-cols-2">
            <RateLineChart title="Tỷ lệ giải quyết đúng hạn" points={trend.months.map((m) => ({ month: m.month, value: m.onTime }))} />
            <RateLineChart title="Tỷ lệ giải quyết trong ngày" points={trend.months.map((m) => ({ month: m.month, value: m.sameDay }))} target={trend.target ?? undefined} />
            <RateLineChart title="Tỷ lệ hồ sơ nộp trực tuyến" points={trend.months.map((m) => ({ month: m.month, value: m.online }))} />
          </div>
        </Card>
      </div>
    </>
  );
}
