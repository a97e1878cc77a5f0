import Link from "next/link";
import { modelKindLabel } from "@/domain/labels";
import { formatDateVi } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import type { ModelSummaryDto } from "@/server/public/units";
import { Badge, buttonClass } from "@/components/ui/primitives";

const statusBadge = {
  ACTIVE: { tone: "ok", text: "Đang áp dụng" },
  UPCOMING: { tone: "brand", text: "Sắp áp dụng" },
  ENDED: { tone: "neutral", text: "Đã kết thúc" },
} as const;

/** `homeVisitModelKey`: the home-visit model that has a date citizens can book now (its request button shows). */
export function ModelList({ models, unitSlug, homeVisitModelKey }: { models: ModelSummaryDto[]; unitSlug?: string; homeVisitModelKey?: string }) {
  if (models.length === 0) return <p className="text-muted">Đơn vị chưa có mô hình nào trong các kế hoạch đã ban hành.</p>;
  return (
    <ul className="space-y-3">
      {models.map((m) => (
        <li key={m.modelId} className="rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={statusBadge[m.status].tone}>{statusBadge[m.status].text}</Badge>
            <Badge tone="brand">{modelKindLabel[m.kind]}</Badge>
            {m.plan.illustrative ? <Badge tone="warn">Minh họa</Badge> : null}
          </div>
          <h3 className="mt-2 text-lg font-bold text-brand-900">
            {m.name}
            {m.localName ? <span className="block text-base font-normal text-muted">Tên mô hình của đơn vị: {m.localName}</span> : null}
          </h3>
          <p className="mt-1">{m.description}</p>
          <p className="mt-1 text-sm text-muted">
            Theo{" "}
            <Link href={paths.plan(m.plan.key)} className="text-brand-700 underline">
              {m.plan.reference}
            </Link>
            {m.status === "ENDED" && m.validTo ? ` — kết thúc ngày ${formatDateVi(m.validTo)}` : null}
            {m.status === "UPCOMING" ? ` — bắt đầu từ ngày ${formatDateVi(m.validFrom)}` : null}
          </p>
          {unitSlug && m.status !== "UPCOMING" ? (
            <p className="mt-2 text-sm">
              <Link href={paths.unit.page(unitSlug, { ngay: m.status === "ENDED" && m.validTo ? m.validTo : m.validFrom })} className="font-semibold text-brand-700 underline">
                Xem lịch của mô hình
              </Link>
            </p>
          ) : null}
          {unitSlug && homeVisitModelKey === m.key ? (
            <p className="no-print mt-3">
              <Link href={paths.unit.homeVisit(unitSlug)} className={buttonClass("primary")}>
                Gửi đề nghị đến nhà theo mô hình này
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
