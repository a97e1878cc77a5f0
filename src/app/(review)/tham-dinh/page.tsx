import type { Metadata } from "next";
import Link from "next/link";
import { RateBar, RateLineChart } from "@/components/report/charts";
import { Badge, Card, PageHeader, buttonClass } from "@/components/ui/primitives";
import { reportStateLabel, reportStateTone, type ReportState } from "@/domain/report";
import { formatDateVi } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { db } from "@/server/db";
import { reviewerDashboard } from "@/server/review/dashboard";
import { ScrollArea } from "@/components/ui/scroll-area";

export const metadata: Metadata = { title: "Theo dõi báo cáo" };
export const dynamic = "force-dynamic";

const STATES: ReportState[] = ["OVERDUE", "SUBMITTED", "RETURNED", "DRAFT", "NOT_STARTED", "ACCEPTED"];

function pct(v: number | null): string {
  return v == null ? "—" : `${v.toLocaleString("vi-VN", { maximumFractionDigits: 1 })}%`;
}

export default async function ReviewDashboardPage() {
  const user = await requirePagePermission("report.review", paths.review.home());
  const unit = user.unitId ? await db.unit.findUnique({ where: { id: user.unitId }, select: { name: true } }) : null;
  const d = user.unitId ? await reviewerDashboard(db, user.unitId, now()) : null;
  if (!d || d.obligations.length === 0) {
    return (
      <>
        <PageHeader title="Theo dõi báo cáo" />
        <p className="text-muted">Đơn vị của bạn không tiếp nhận báo cáo nào theo các kế hoạch.</p>
      </>
    );
  }
  return (
    <>
      <PageHeader title={`Theo dõi báo cáo — ${unit?.name ?? ""}`} subtitle="Mọi đơn vị × kỳ báo cáo mà đơn vị bạn thẩm định, tỷ lệ giải quyết theo từng đơn vị và theo tháng.">
        <a href={paths.review.workbook()} className={buttonClass("secondary")} download>
          Tải bảng theo dõi (.xlsx)
        </a>
      </PageHeader>
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {STATES.map((s) => (
          <div key={s} className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
            <dt className="text-sm text-muted">{reportStateLabel[s]}</dt>
            <dd className="text-2xl font-bold text-brand-900">{d.counts[s]}</dd>
          </div>
        ))}
      </dl>
      <div className="space-y-5">
        {d.obligations.map((o) => (
          <Card key={o.id} title={o.title}>
            <p className="mb-3 text-sm text-muted">{o.planTitle}</p>
            {o.periods.length === 0 ? (
              <p className="text-muted">Chưa đến kỳ báo cáo nào.</p>
            ) : (
              <ScrollArea label="Bảng tình trạng báo cáo theo đơn vị và kỳ" className="overflow-x-auto">
                <table className="min-w-full text-left text-[0.9rem]">
                  <caption className="sr-only">Tình trạng báo cáo theo đơn vị và kỳ: {o.title}</caption>
                  <thead>
                    <tr className="border-b-2 border-slate-300">
                      <th scope="col" className="sticky left-0 bg-white py-2 pr-3">
                        Đơn vị
                      </th>
                      {o.periods.map((p) => (
                        <th key={p.start} scope="col" className="px-2 py-2 align-bottom">
                          {p.label}
                          <span className="block text-xs font-normal text-muted">
                            {formatDateVi(p.start)}–{formatDateVi(p.end)}
                          </span>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {o.units.map((u) => (
                      <tr key={u.id} className="border-b border-slate-200">
                        <th scope="row" className="sticky left-0 bg-white py-2 pr-3 font-normal">
                          <Link href={paths.review.unit(u.slug)}>{u.name}</Link>
                        </th>
                        {u.cells.map((c, i) => (
                          <td key={o.periods[i]!.start} className="px-2 py-2">
                            {c ? (
                              <Link href={paths.review.report(c.reportId)} className="no-underline" aria-label={`${u.name}, ${o.periods[i]!.label}: ${reportStateLabel[c.state]}`}>
                                <Badge tone={reportStateTone[c.state]}>{reportStateLabel[c.state]}</Badge>
                              </Link>
                            ) : (
                              <span className="text-muted">—</span>
                            )}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollArea>
            )}
          </Card>
        ))}
        {d.range ? (
          <Card title={`Xếp hạng đơn vị theo tỷ lệ giải quyết đúng hạn (${formatDateVi(d.range.start)} – ${formatDateVi(d.range.end)})`}>
            <p className="mb-3 text-muted">
              Số liệu tính đến thời điểm xem: hồ sơ đã có kết quả hoặc đã từ chối được tính theo ngày giải quyết thực tế, kể cả khi giải quyết sau kỳ; hồ sơ đang giải quyết được xét trễ hạn hay chưa tại thời điểm này. Số liệu trong từng báo cáo được chốt tại ngày cuối kỳ báo cáo.
            </p>
            <ScrollArea label="Bảng xếp hạng đơn vị" className="overflow-x-auto">
              <table className="w-full min-w-[36rem] text-left text-[0.95rem]">
                <thead>
                  <tr className="border-b-2 border-slate-300">
                    <th scope="col" className="py-2 pr-2">Hạng</th>
                    <th scope="col" className="py-2 pr-3">Đơn vị</th>
                    <th scope="col" className="py-2 pr-3">Hồ sơ</th>
                    <th scope="col" className="py-2 pr-3">Đúng hạn</th>
                    <th scope="col" className="py-2 pr-3">Trong ngày</th>
                    <th scope="col" className="py-2 pr-3">Trực tuyến</th>
                    <th scope="col" className="py-2">Báo cáo quá hạn</th>
                  </tr>
                </thead>
                <tbody>
                  {d.ranking.map((u, i) => (
                    <tr key={u.unitId} className="border-b border-slate-200">
                      <td className="py-2 pr-2">{i + 1}</td>
                      <th scope="row" className="py-2 pr-3 font-normal">
                        <Link href={paths.review.unit(u.slug)}>{u.name}</Link>
                      </th>
                      <td className="py-2 pr-3 tabular-nums">{u.received}</td>
                      <td className="py-2 pr-3 tabular-nums">
                        <RateBar value={u.onTimeRate} label={`Đúng hạn ${u.name}`} /> {pct(u.onTimeRate)}
                      </td>
                      <td className="py-2 pr-3 tabular-nums">
                        {pct(u.sameDayRate)}
                        {u.sameDayTarget != null ? (
                          <span className="block text-sm">
                            chỉ tiêu {u.sameDayTarget}% {u.sameDayRate != null && u.sameDayRate >= u.sameDayTarget ? <Badge tone="ok">đạt</Badge> : <Badge tone="bad">chưa đạt</Badge>}
                          </span>
                        ) : null}
                      </td>
                      <td className="py-2 pr-3 tabular-nums">{pct(u.onlineRate)}</td>
                      <td className="py-2">{u.overdueReports ? <Badge tone="bad">{u.overdueReports}</Badge> : "0"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollArea>
          </Card>
        ) : null}
        {d.trend.length ? (
          <Card title="Diễn biến theo tháng (tất cả đơn vị báo cáo)">
            <div className="grid gap-6 lg:grid-cols-2">
              <RateLineChart title="Tỷ lệ giải quyết đúng hạn" points={d.trend.map((t) => ({ month: t.month, value: t.onTime }))} />
              <RateLineChart title="Tỷ lệ giải quyết trong ngày (hồ sơ thuộc diện trong ngày)" points={d.trend.map((t) => ({ month: t.month, value: t.sameDay }))} />
              <RateLineChart title="Tỷ lệ hồ sơ nộp trực tuyến" points={d.trend.map((t) => ({ month: t.month, value: t.online }))} />
            </div>
          </Card>
        ) : null}
      </div>
    </>
  );
}
