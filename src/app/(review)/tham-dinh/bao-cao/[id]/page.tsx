import type { Metadata } from "next";
import Link from "next/link";
import { FigureTables } from "@/components/report/figure-tables";
import { ReportHistory } from "@/components/report/report-history";
import { ReportStateBadge } from "@/components/report/state-badge";
import { Alert, Card, DescriptionList, PageHeader } from "@/components/ui/primitives";
import { canReviewReport } from "@/domain/report";
import { formatDateVi, formatInstantVi } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { db } from "@/server/db";
import { figuresOf } from "@/server/report/figures";
import { requireReportPage } from "@/server/report/pages";
import { ReviewForm } from "./review-form";
import { ReportDownloads } from "@/components/report/report-downloads";

export const metadata: Metadata = { title: "Thẩm định báo cáo" };
export const dynamic = "force-dynamic";

export default async function ReviewReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("report.review", paths.review.report(id));
  const at = now();
  const r = await requireReportPage(db, user, id, at, "reviewer");
  const { figures, frozen } = await figuresOf(db, { unitId: r.unitId, planId: r.planId, start: r.periodStart, end: r.periodEnd, frozen: r.frozenFigures }, at);
  return (
    <>
      <p className="mb-2">
        <Link href={paths.review.home()}>← Theo dõi báo cáo</Link> · <Link href={paths.review.unit(r.unitSlug)}>{r.unitName}</Link>
      </p>
      <PageHeader title={`${r.unitName} — ${r.periodLabel}`} subtitle={r.obligationTitle}>
        <ReportStateBadge state={r.state} submittedLate={r.submittedLate} />
      </PageHeader>
      <div className="space-y-5">
        {r.overdue ? (
          <Alert tone="bad" title="Đơn vị nộp quá hạn">
            {r.resubmitBy ? `Hạn nộp lại là ${formatDateVi(r.resubmitBy)}; đơn vị chưa nộp lại sau khi bị trả.` : `Hạn nộp là ${formatDateVi(r.dueOn)}; đơn vị chưa nộp.`}
          </Alert>
        ) : null}
        {r.status === "RETURNED" ? (
          <Alert tone="warn" title="Đã trả lại báo cáo cho đơn vị.">
            Đang chờ đơn vị bổ sung và nộp lại{r.resubmitBy && !r.overdue ? ` (hạn nộp lại ${formatDateVi(r.resubmitBy)})` : ""}.
          </Alert>
        ) : null}
        {r.status === "ACCEPTED" ? <Alert tone="ok" title="Đã chấp nhận báo cáo." /> : null}
        <Card title="Thông tin báo cáo">
          <DescriptionList
            items={[
              { term: "Kế hoạch", value: r.planTitle },
              { term: "Kỳ báo cáo", value: `${formatDateVi(r.periodStart)} – ${formatDateVi(r.periodEnd)}` },
              { term: "Hạn nộp", value: formatDateVi(r.dueOn) },
              { term: "Lần nộp", value: r.version ? `${r.version}${r.submittedAt ? ` (gần nhất ${formatInstantVi(new Date(r.submittedAt))})` : ""}` : "Chưa nộp" },
            ]}
          />
          {r.version > 0 ? <ReportDownloads outputs={paths.review.reportOutputs(id)} /> : null}
        </Card>
        {canReviewReport(r.status) ? (
          <Card title={`Thẩm định lần nộp ${r.version}`}>
            <ReviewForm reportId={r.id} />
          </Card>
        ) : null}
        {r.version > 0 ? (
          <Card title="Nội dung báo cáo">
            {[
              ["I. Kết quả thực hiện", r.narrativeResults],
              ["II. Khó khăn, vướng mắc", r.narrativeDifficulties],
              ["III. Đề xuất, kiến nghị", r.narrativeProposals],
            ].map(([t, v]) => (
              <div key={t} className="mb-3">
                <h3 className="font-semibold">{t}</h3>
                <p className="whitespace-pre-line">{v || "Không có."}</p>
              </div>
            ))}
          </Card>
        ) : (
          <p className="text-muted">Đơn vị chưa nộp báo cáo này; số liệu dưới đây tính trực tiếp từ dữ liệu.</p>
        )}
        <Card title="Lịch sử nộp và thẩm định">
          <ReportHistory submissions={r.submissions} reviews={r.reviews} />
        </Card>
        <section aria-labelledby="so-lieu">
          <h2 id="so-lieu" className="mb-1 text-xl font-bold text-brand-900">
            Số liệu {frozen ? "đã chốt khi nộp" : "tính từ dữ liệu (chưa chốt)"}
          </h2>
          <p className="mb-3 text-muted">Tính lúc {formatInstantVi(new Date(figures.computedAt))}. Bấm vào số liệu để xem các hồ sơ (mã, thủ tục, ngày, tình trạng; không có thông tin cá nhân).</p>
          <FigureTables set={figures.set} drillHref={(key) => paths.review.reportDossiers(id, { "chi-tieu": key })} />
        </section>
      </div>
    </>
  );
}
