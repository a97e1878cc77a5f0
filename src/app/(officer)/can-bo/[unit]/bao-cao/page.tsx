import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ReportStateBadge } from "@/components/report/state-badge";
import { Alert, Card, PageHeader } from "@/components/ui/primitives";
import { formatDateVi } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { db } from "@/server/db";
import { unitReports } from "@/server/report/queries";
import { unitBySlug } from "@/server/units/queries";

export const metadata: Metadata = { title: "Báo cáo định kỳ" };
export const dynamic = "force-dynamic";

export default async function UnitReportsPage({ params }: { params: Promise<{ unit: string }> }) {
  const { unit: slug } = await params;
  const user = await requirePagePermission("report.read", paths.officer.reports(slug));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const reports = await unitReports(db, unit.id, now());
  const overdue = reports.filter((r) => r.overdue);
  const returned = reports.filter((r) => r.state === "RETURNED");
  const groups = [...new Set(reports.map((r) => r.obligationTitle))];
  return (
    <>
      <PageHeader title={`Báo cáo định kỳ — ${unit.name}`} subtitle="Các báo cáo kết quả thực hiện mô hình mà kế hoạch giao cho đơn vị, với hạn nộp và tình trạng thẩm định." />
      {overdue.length ? (
        <div className="mb-5">
          <Alert tone="bad" title={`${overdue.length} báo cáo quá hạn`}>
            {overdue.map((r) => `${r.periodLabel} (hạn ${formatDateVi(r.resubmitBy ?? r.dueOn)})`).join("; ")}
          </Alert>
        </div>
      ) : null}
      {returned.length ? (
        <div className="mb-5">
          <Alert tone="warn" title={`${returned.length} báo cáo bị trả lại`}>
            {returned.map((r) => `${r.periodLabel} (nộp lại trước hết ngày ${formatDateVi(r.resubmitBy ?? r.dueOn)})`).join("; ")}
          </Alert>
        </div>
      ) : null}
      {reports.length === 0 ? <p className="text-muted">Đơn vị không có nghĩa vụ báo cáo nào theo các kế hoạch.</p> : null}
      <div className="space-y-5">
        {groups.map((title) => {
          const rows = reports.filter((r) => r.obligationTitle === title);
          return (
            <Card key={title} title={title}>
              <p className="mb-3 text-sm text-muted">
                {rows[0]!.planTitle} · nơi thẩm định: {rows[0]!.reviewerName}
              </p>
              <ul className="divide-y divide-slate-200">
                {rows.map((r) => (
                  <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                    <div>
                      <Link href={paths.officer.report(slug, r.id)} className="font-semibold">
                        {r.periodLabel}
                      </Link>
                      <span className="block text-sm text-muted">
                        {formatDateVi(r.periodStart)} – {formatDateVi(r.periodEnd)} · hạn nộp {formatDateVi(r.dueOn)}
                        {r.resubmitBy ? ` · hạn nộp lại ${formatDateVi(r.resubmitBy)}` : ""}
                      </span>
                    </div>
                    <ReportStateBadge state={r.state} submittedLate={r.submittedLate} />
                  </li>
                ))}
              </ul>
            </Card>
          );
        })}
      </div>
    </>
  );
}
