import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FigureDossiers } from "@/components/report/figure-dossiers";
import { Card, PageHeader } from "@/components/ui/primitives";
import { paths } from "@/lib/paths";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { db } from "@/server/db";
import { drillLabel, figureDossierPage } from "@/server/report/drill";
import { requireReportPage } from "@/server/report/pages";

export const metadata: Metadata = { title: "Hồ sơ theo số liệu báo cáo" };
export const dynamic = "force-dynamic";

export default async function ReviewFigureDossiersPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ "chi-tieu"?: string; trang?: string }> }) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requirePagePermission("report.review", paths.review.reportDossiers(id));
  const at = now();
  const r = await requireReportPage(db, user, id, at, "reviewer");
  const result = await figureDossierPage(db, r, sp["chi-tieu"], sp.trang, at);
  if (!result) notFound();
  return (
    <>
      <p className="mb-2">
        <Link href={paths.review.report(id)}>
          ← {r.unitName} — {r.periodLabel}
        </Link>
      </p>
      <PageHeader title={drillLabel(result.key)} subtitle={`${r.unitName} · ${r.periodLabel} · ${result.frozen ? "theo số liệu đã chốt" : "theo dữ liệu hiện tại"}`} />
      <Card>
        <FigureDossiers rows={result.rows} total={result.total} page={result.page} pageSize={result.pageSize} pageHref={(p) => paths.review.reportDossiers(id, { "chi-tieu": result.key, trang: p })} />
      </Card>
    </>
  );
}
