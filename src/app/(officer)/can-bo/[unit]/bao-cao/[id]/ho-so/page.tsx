import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { FigureDossiers } from "@/components/report/figure-dossiers";
import { Card, PageHeader } from "@/components/ui/primitives";
import { paths } from "@/lib/paths";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { db } from "@/server/db";
import { drillLabel, figureDossierPage } from "@/server/report/drill";
import { requireReportPage } from "@/server/report/pages";
import { reportingUnitIds } from "@/server/report/queries";
import { unitBySlug } from "@/server/units/queries";

export const metadata: Metadata = { title: "Hồ sơ theo số liệu báo cáo" };
export const dynamic = "force-dynamic";

export default async function UnitFigureDossiersPage({ params, searchParams }: { params: Promise<{ unit: string; id: string }>; searchParams: Promise<{ "chi-tieu"?: string; trang?: string }> }) {
  const { unit: slug, id } = await params;
  const sp = await searchParams;
  const user = await requirePagePermission("report.read", paths.officer.reportDossiers(slug, id));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const at = now();
  const r = await requireReportPage(db, user, id, at, "unit");
  if (!(await reportingUnitIds(db, unit.id)).includes(r.unitId)) notFound();
  const result = await figureDossierPage(db, r, sp["chi-tieu"], sp.trang, at);
  if (!result) notFound();
  return (
    <>
      <p className="mb-2">
        <Link href={paths.officer.report(slug, id)}>← {r.periodLabel}</Link>
      </p>
      <PageHeader title={drillLabel(result.key)} subtitle={`${r.unitName} · ${r.periodLabel} · ${result.frozen ? "theo số liệu đã chốt" : "theo dữ liệu hiện tại"}`} />
      <Card>
        <FigureDossiers rows={result.rows} total={result.total} page={result.page} pageSize={result.pageSize} pageHref={(p) => paths.officer.reportDossiers(slug, id, { "chi-tieu": result.key, trang: p })} />
      </Card>
    </>
  );
}
