import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, PageHeader, buttonClass, inputClass } from "@/components/ui/primitives";
import { modelKindLabel, unitKindLabel } from "@/domain/labels";
import { hasEnded } from "@/domain/schedule";
import { formatDateVi, toLocalDate } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { now } from "@/server/clock";
import { SEARCH_MAX_CHARS, searchPublic } from "@/server/public/search";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Tìm thủ tục, đơn vị, mô hình" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw.slice(0, SEARCH_MAX_CHARS) : "";
  const result = await searchPublic(q);
  const today = toLocalDate(now());
  const total = result.units.length + result.procedures.length + result.models.length + result.plans.length;

  return (
    <>
      <PageHeader
        title="Tìm thủ tục, đơn vị, mô hình"
        subtitle="Gõ có dấu hoặc không dấu đều được, ví dụ «chung thuc ban sao», «khai sinh», «Phổ Nhơn», «không hẹn» hoặc mã thủ tục «2.000884»."
      />
      <form method="get" action={paths.search()} role="search" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor="q" className="block font-semibold">
            Từ khóa
          </label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={SEARCH_MAX_CHARS} className={inputClass} autoComplete="off" />
        </div>
        <button type="submit" className={buttonClass("primary")}>
          Tìm
        </button>
      </form>

      {typeof raw === "string" && raw.length > SEARCH_MAX_CHARS ? (
        <p className="mb-4 text-muted" role="alert">
          Từ khóa quá dài: chỉ tìm theo {SEARCH_MAX_CHARS} ký tự đầu.
        </p>
      ) : null}
      {result.words.length === 0 ? (
        <p className="text-muted">Nhập tên thủ tục, tên xã, phường hoặc tên mô hình để tìm.</p>
      ) : (
        <p className="mb-4 break-words" role="status">
          {total === 0 ? `Không tìm thấy kết quả nào cho «${q}».` : `Tìm thấy ${total} kết quả cho «${q}».`}
        </p>
      )}

      <div className="space-y-6">
        {result.procedures.length > 0 ? (
          <Card title={`Thủ tục (${result.procedures.length})`}>
            <ul className="space-y-4">
              {result.procedures.map((p) => (
                <li key={p.id}>
                  <p className="font-semibold">{p.name}</p>
                  <p className="text-sm text-muted">
                    {p.fieldName}
                    {p.code ? ` · mã ${p.code}` : ""} · {p.statutoryText}
                  </p>
                  {p.units.length > 0 ? (
                    <p className="mt-1">
                      Xem tại:{" "}
                      {p.units.map((u, i) => (
                        <span key={u.slug}>
                          {i > 0 ? ", " : ""}
                          <Link href={paths.unit.procedure(u.slug, p.id)} className="text-brand-700 underline">
                            {u.name}
                          </Link>
                        </span>
                      ))}
                      {p.unitCount > p.units.length ? ` và ${p.unitCount - p.units.length} đơn vị khác` : ""}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </Card>
        ) : null}

        {result.units.length > 0 ? (
          <Card title={`Đơn vị (${result.units.length})`}>
            <ul className="space-y-2">
              {result.units.map((u) => (
                <li key={u.slug}>
                  <Link href={paths.place(u)} className="font-semibold text-brand-700 underline">
                    {u.name}
                  </Link>{" "}
                  {hasEnded(u, today) ? <Badge tone="neutral">Đơn vị cũ</Badge> : null}{" "}
                  <span className="text-sm text-muted">
                    {unitKindLabel[u.kind]}
                    {u.parent ? ` · ${u.parent.name}` : ""}
                    {u.adminCode ? ` · mã ${u.adminCode}` : ""}
                    {u.validTo ? ` · hoạt động đến hết ngày ${formatDateVi(u.validTo)}` : ""}
                    {u.validFrom ? ` · thành lập từ ngày ${formatDateVi(u.validFrom)}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}

        {result.models.length > 0 ? (
          <Card title={`Mô hình (${result.models.length})`}>
            <ul className="space-y-4">
              {result.models.map((m) => (
                <li key={m.key}>
                  <Badge tone="brand">{modelKindLabel[m.kind]}</Badge> <Badge tone={m.status === "ACTIVE" ? "ok" : "neutral"}>{m.statusLabel}</Badge>
                  <p className="mt-1 font-semibold">{m.name}</p>
                  <p className="text-sm">
                    Theo{" "}
                    <Link href={paths.plan(m.plan.key)} className="text-brand-700 underline">
                      {m.plan.reference}
                    </Link>
                  </p>
                  {m.units.length > 0 ? (
                    <p className="text-sm">
                      Tại:{" "}
                      {m.units.map((u, i) => (
                        <span key={u.slug}>
                          {i > 0 ? ", " : ""}
                          <Link href={paths.unit.page(u.slug)} className="text-brand-700 underline">
                            {u.name}
                          </Link>
                        </span>
                      ))}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </Card>
        ) : null}

        {result.plans.length > 0 ? (
          <Card title={`Kế hoạch (${result.plans.length})`}>
            <ul className="space-y-2">
              {result.plans.map((p) => (
                <li key={p.key}>
                  <Link href={paths.plan(p.key)} className="font-semibold text-brand-700 underline">
                    {p.title}
                  </Link>
                  <span className="block text-sm text-muted">{p.reference}</span>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
    </>
  );
}
