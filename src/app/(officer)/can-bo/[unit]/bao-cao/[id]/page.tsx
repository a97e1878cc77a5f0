import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { FigureTables } from "@/components/report/figure-tables";
import { ReportHistory } from "@/components/report/report-history";
import { ReportStateBadge } from "@/components/report/state-badge";
import { Alert, Card, DescriptionList, PageHeader } from "@/components/ui/primitives";
import { canEditReport, submitRefusal, submitRefusalMessage } from "@/domain/report";
import { formatDateVi, formatInstantVi, toLocalDate } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { can } from "@/server/auth/permissions";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { db } from "@/server/db";
import { figuresOf } from "@/server/report/figures";
import { requireReportPage } from "@/server/report/pages";
import { reportingUnitIds } from "@/server/report/queries";
import { unitBySlug } from "@/server/units/queries";
import { ReportForm } from "./report-form";
import { ReportDownloads } from "@/components/report/report-downloads";

export const metadata: Metadata = { title: "Báo cáo" };
export const dynamic = "force-dynamic";

export default async function UnitReportPage({ params }: { params: Promise<{ unit: string; id: string }> }) {
  const { unit: slug, id } = await params;
  const user = await requirePagePermission("report.read", paths.officer.report(slug, id));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const at = now();
  const r = await requireReportPage(db, user, id, at, "unit");
  if (!(await reportingUnitIds(db, unit.id)).includes(r.unitId)) notFound();
  const { figures, frozen } = await figuresOf(db, { unitId: r.unitId, planId: r.planId, start: r.periodStart, end: r.periodEnd, frozen: r.frozenFigures }, at);
  const editable = canEditReport(r.status) && can(user.role, "report.edit");
  const maySubmit = can(user.role, "report.submit");
  const refusal = submitRefusal({ status: r.status, periodEnd: r.periodEnd, narrativeResults: "x" }, toLocalDate(at));
  const lastReturn = r.status === "RETURNED" ? r.reviews.filter((v) => v.decision === "RETURNED").at(-1) : undefined;
  return (
    <>
      <p className="mb-2">
        <Link href={paths.officer.reports(slug)}>← Báo cáo định kỳ</Link>
      </p>
      <PageHeader title={`${r.periodLabel} — ${r.obligationTitle}`} subtitle={r.planTitle}>
        <ReportStateBadge state={r.state} submittedLate={r.submittedLate} />
      </PageHeader>
      <div className="space-y-5">
        {r.overdue ? (
          <Alert tone="bad" title="Báo cáo quá hạn">
            {r.resubmitBy ? `Hạn nộp lại sau khi bị trả là ${formatDateVi(r.resubmitBy)}.` : `Hạn nộp là ${formatDateVi(r.dueOn)}.`} Vui lòng hoàn thiện và nộp ngay.
          </Alert>
        ) : null}
        {r.status === "SUBMITTED" ? (
          <Alert tone="ok" title={`Đã nộp báo cáo (lần ${r.version}). Số liệu đã được chốt.`}>
            Đang chờ {r.reviewerName} thẩm định.
          </Alert>
        ) : null}
        {r.status === "ACCEPTED" ? <Alert tone="ok" title={`${r.reviewerName} đã chấp nhận báo cáo.`} /> : null}
        {lastReturn ? (
          <Alert tone="warn" title={`${r.reviewerName} trả lại báo cáo`}>
            <p className="whitespace-pre-line">{lastReturn.comment}</p>
            {r.resubmitBy && !r.overdue ? <p className="mt-1">Hạn nộp lại: {formatDateVi(r.resubmitBy)}.</p> : null}
          </Alert>
        ) : null}
        <Card title="Thông tin báo cáo">
          <DescriptionList
            items={[
              { term: "Kỳ báo cáo", value: `${formatDateVi(r.periodStart)} – ${formatDateVi(r.periodEnd)}` },
              { term: "Hạn nộp", value: formatDateVi(r.dueOn) },
              { term: "Nơi thẩm định", value: r.reviewerName },
              { term: "Căn cứ", value: r.sourceQuote ?? "—" },
              { term: "Lần nộp", value: r.version ? `${r.version}${r.submittedAt ? ` (gần nhất ${formatInstantVi(new Date(r.submittedAt))})` : ""}` : "Chưa nộp" },
            ]}
          />
          <ReportDownloads outputs={paths.officer.reportOutputs(slug, id)} />
        </Card>
        {editable ? (
          <Card title={r.status === "RETURNED" ? "Sửa và nộp lại" : "Nội dung báo cáo"}>
            <ReportForm
              values={{ reportId: r.id, number: r.number ?? "", narrativeResults: r.narrativeResults, narrativeDifficulties: r.narrativeDifficulties, narrativeProposals: r.narrativeProposals }}
              canSubmit={maySubmit && refusal === null}
              submitHint={!maySubmit ? "Lãnh đạo đơn vị nộp báo cáo sau khi cán bộ soạn xong." : refusal ? submitRefusalMessage[refusal] : null}
            />
          </Card>
        ) : (
          <Card title="Nội dung báo cáo đã nộp">
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
        )}
        <Card title="Lịch sử nộp và thẩm định">
          <ReportHistory submissions={r.submissions} reviews={r.reviews} />
        </Card>
        <section aria-labelledby="so-lieu">
          <h2 id="so-lieu" className="mb-1 text-xl font-bold text-brand-900">
            Số liệu {frozen ? "đã chốt khi nộp" : "tính từ dữ liệu (chưa chốt)"}
          </h2>
          <p className="mb-3 text-muted">Tính lúc {formatInstantVi(new Date(figures.computedAt))}. Bấm vào một số liệu để xem các hồ sơ tạo nên số liệu đó.</p>
          <FigureTables set={figures.set} drillHref={(key) => paths.officer.reportDossiers(slug, id, { "chi-tieu": key })} />
        </section>
      </div>
    </>
  );
}
