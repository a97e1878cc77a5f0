import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/primitives";
import { formatDateVi } from "@/domain/schedule/local-time";
import { requirePagePermission } from "@/server/auth/session";
import { reviewerObligations } from "@/server/review/overview";

export const metadata: Metadata = { title: "Thẩm định báo cáo" };
export const dynamic = "force-dynamic";

const frequencyLabel: Record<string, string> = {
  ONCE: "Một lần",
  QUARTERLY: "Hằng quý",
  SEMIANNUAL: "6 tháng",
  ANNUAL: "Hằng năm",
  END_OF_MODEL: "Khi kết thúc mô hình",
};

export default async function ReviewHome() {
  const user = await requirePagePermission("report.review", "/tham-dinh");
  const obligations = await reviewerObligations(user);
  return (
    <>
      <PageHeader title="Báo cáo cần thẩm định" subtitle="Các nghĩa vụ báo cáo mà đơn vị của bạn tiếp nhận và thẩm định theo kế hoạch." />
      {obligations.length === 0 ? <p className="text-muted">Đơn vị của bạn không tiếp nhận báo cáo nào.</p> : null}
      <div className="space-y-4">
        {obligations.map((o) => (
          <Card key={o.id} title={o.title}>
            <p className="text-muted">
              {o.planTitle} · {frequencyLabel[o.frequency]}
              {o.dueOn ? ` · hạn ${formatDateVi(o.dueOn)}` : ""}
            </p>
            <p className="mt-2">
              Đơn vị báo cáo ({o.reporters.length}): {o.reporters.map((r) => r.name).join(", ")}
            </p>
            <p className="mt-1 text-sm text-muted">
              Đã nộp {o.reports.submitted} · đã chấp nhận {o.reports.accepted} · trả lại {o.reports.returned} · đang soạn {o.reports.draft}
            </p>
          </Card>
        ))}
      </div>
    </>
  );
}
