import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, PageHeader } from "@/components/ui/primitives";
import { modelKindLabel } from "@/domain/labels";
import { notYetStarted, spanIncludes } from "@/domain/schedule/interval";
import { formatDateVi, toLocalDate } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { now } from "@/server/clock";
import { listPublicPlans } from "@/server/public/plans";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Các kế hoạch cải cách hành chính" };

export default async function PlansPage() {
  const plans = await listPublicPlans();
  const today = toLocalDate(now());
  return (
    <>
      <PageHeader
        title="Các kế hoạch cải cách hành chính"
        subtitle="Những kế hoạch đã ban hành mà các mô hình trên cổng được lấy từ đó. Mỗi kế hoạch được trình bày lại đúng như văn bản gốc, kể cả chỗ số, ngày còn để trống."
      />
      <ul className="space-y-4">
        {plans.map((p) => {
          const running = spanIncludes(p, today);
          return (
            <li key={p.key}>
              <Card>
                <div className="flex flex-wrap gap-2">
                  <Badge tone={running ? "ok" : "neutral"}>{running ? "Đang thực hiện" : notYetStarted(p, today) ? "Chưa bắt đầu" : "Đã hết thời gian thực hiện"}</Badge>
                  {p.illustrative ? <Badge tone="warn">Dữ liệu minh họa</Badge> : p.incomplete ? <Badge tone="warn">Bản gốc để trống số hoặc ngày</Badge> : null}
                </div>
                <h2 className="mt-2 text-lg font-bold text-brand-900">
                  <Link href={paths.plan(p.key)} className="text-brand-800 underline">
                    {p.title}
                  </Link>
                </h2>
                <p className="text-muted">
                  {p.reference} · {p.issuer}
                </p>
                <p className="text-sm">
                  Thời gian thực hiện: {p.validFrom ? `từ ${formatDateVi(p.validFrom)}` : ""}
                  {p.validTo ? ` đến hết ngày ${formatDateVi(p.validTo)}` : " (không ghi thời hạn kết thúc)"}
                </p>
                {p.models.length ? (
                  <ul className="mt-2 list-disc pl-5 text-sm">
                    {p.models.map((m) => (
                      <li key={m.key}>
                        {m.name} <span className="text-muted">({modelKindLabel[m.kind]})</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Card>
            </li>
          );
        })}
      </ul>
    </>
  );
}
