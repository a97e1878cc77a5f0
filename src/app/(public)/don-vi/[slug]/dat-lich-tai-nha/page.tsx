import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { Alert, Card, PageHeader, buttonClass } from "@/components/ui/primitives";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import { HomeVisitForm } from "@/components/public/home-visit-form";
import { paths } from "@/lib/paths";
import { now } from "@/server/clock";
import { homeVisitOptions } from "@/server/home-visit/public-queries";
import { loadPublicUnit } from "@/server/public/context";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const ctx = await loadPublicUnit((await params).slug);
  return { title: ctx ? `Đề nghị giải quyết tại nhà — ${ctx.unit.name}` : "Không tìm thấy đơn vị" };
}

export default async function HomeVisitPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await loadPublicUnit(slug);
  if (!ctx) notFound();
  const options = await homeVisitOptions(ctx, now());

  return (
    <>
      <Breadcrumbs items={[{ href: paths.home(), label: "Trang chủ" }, { href: paths.unit.page(slug), label: ctx.unit.name }, { label: "Đề nghị giải quyết tại nhà" }]} />
      <PageHeader
        title="Đề nghị giải quyết thủ tục tại nhà"
        subtitle={`${ctx.unit.name}: cán bộ đến tận nhà cho người không thể tự đến Bộ phận Một cửa, theo mô hình của kế hoạch đã ban hành.`}
      />
      {!options.available ? (
        <div className="space-y-4">
          <Alert tone="warn" title="Hiện không nhận đề nghị giải quyết tại nhà">
            {options.reason}
          </Alert>
          <Link href={paths.unit.page(slug)} className={buttonClass("secondary")}>
            Xem lịch của {ctx.unit.name}
          </Link>
        </div>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
          <Card>
            <HomeVisitForm options={options} idempotencyKey={randomUUID()} />
          </Card>
          <aside className="space-y-3 text-[0.95rem]">
            <Card title="Mô hình áp dụng">
              <p className="font-semibold">{options.model!.name}</p>
              <p>{options.model!.rule}.</p>
              <p className="mt-1 text-sm">
                Theo{" "}
                <Link href={paths.plan(options.model!.planKey)} className="text-brand-700 underline">
                  {options.model!.planReference}
                </Link>
                .
              </p>
              {options.capacityPerDay !== null ? <p className="mt-1 text-sm">Mỗi ngày đơn vị đến được tối đa {options.capacityPerDay} nhà.</p> : null}
            </Card>
          </aside>
        </div>
      )}
    </>
  );
}
