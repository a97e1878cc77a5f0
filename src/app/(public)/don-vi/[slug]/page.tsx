import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Card, PageHeader, buttonClass, inputClass } from "@/components/ui/primitives";
import { Breadcrumbs, ancestorCrumbs } from "@/components/public/breadcrumbs";
import { DeskContact } from "@/components/public/desk-contact";
import { ModelList } from "@/components/public/model-list";
import { ServiceTagLegend } from "@/components/public/service-tag";
import { IllustrativeBanner } from "@/components/public/illustrative-banner";
import { SuccessorNotice, UnitBanner } from "@/components/public/unit-banner";
import { WeeklyTable } from "@/components/public/weekly-table";
import { WhenForm } from "@/components/public/when-form";
import { unitKindLabel } from "@/domain/labels";
import { hasEnded } from "@/domain/schedule";
import { formatDateVi, toLocalDate } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { homeVisitOptions } from "@/server/home-visit/public-queries";
import { loadPublicUnit } from "@/server/public/context";
import { unitSchedule } from "@/server/public/schedule";
import { unitAncestors, unitModelSummaries } from "@/server/public/units";
import { viewingInstant } from "@/server/public/when";
import { publicUrl, webcalUrl } from "@/server/public-url";

export const dynamic = "force-dynamic";

type Search = { ngay?: string; gio?: string; "linh-vuc"?: string; thu?: string };

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const ctx = await loadPublicUnit(slug);
  return { title: ctx ? `${ctx.unit.name} — lịch giải quyết thủ tục` : "Không tìm thấy đơn vị" };
}

export default async function UnitPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const { slug } = await params;
  const q = await searchParams;
  const ctx = await loadPublicUnit(slug);
  if (!ctx) notFound();
  const when = viewingInstant(q, ctx);
  // The request button follows what can be booked now, not the date being looked at: a
  // past date offers nothing, and a model day ahead is bookable whatever day is shown.
  const [ancestors, models, schedule, homeVisit, baseUrl] = await Promise.all([
    unitAncestors(ctx.unit.id),
    unitModelSummaries(ctx, when.date),
    unitSchedule(ctx, when.at),
    homeVisitOptions(ctx, when.now),
    publicUrl(),
  ]);
  const unit = ctx.unit;
  const field = typeof q["linh-vuc"] === "string" && schedule.fields.some((f) => f.code === q["linh-vuc"]) ? q["linh-vuc"] : "";
  const weekdayFilter = typeof q.thu === "string" && /^[1-7]$/.test(q.thu) ? Number(q.thu) : 0;
  const rows = schedule.procedures.filter((p) => !field || p.fieldCode === field);
  const dayIndexes = weekdayFilter ? [weekdayFilter - 1] : [0, 1, 2, 3, 4, 5, 6];
  const nextVisitDay = homeVisit.available ? homeVisit.dates[0] : undefined;
  const activeDays = schedule.days.filter((d) => d.active).length;
  const view = when.chosen ? { ngay: when.date, gio: when.time } : {};

  return (
    <>
      <Breadcrumbs items={[{ href: paths.home(), label: "Trang chủ" }, ...ancestorCrumbs(ancestors), { label: unit.name }]} />
      <PageHeader
        title={unit.name}
        subtitle={
          <>
            {unitKindLabel[unit.kind]}
            {ancestors.length ? ` · ${ancestors.map((a) => a.name).reverse().join(", ")}` : ""}
            {unit.adminCode ? ` · mã đơn vị hành chính ${unit.adminCode}` : ""}
            {unit.validFrom ? ` · thành lập từ ngày ${formatDateVi(unit.validFrom)}` : ""}
            {unit.validTo ? ` · hoạt động đến hết ngày ${formatDateVi(unit.validTo)}${unit.mergedInto ? `, sáp nhập vào ${unit.mergedInto.name}` : ""}` : ""}
          </>
        }
      >
        <div className="no-print flex flex-wrap gap-2">
          <Link href={paths.unit.posting(slug, view)} className={buttonClass("secondary")}>
            Bản niêm yết (in A4)
          </Link>
          <a href={paths.api.unitCalendar(slug)} className={buttonClass("secondary")}>
            Lịch (.ics)
          </a>
          <a href={webcalUrl(baseUrl, paths.api.unitCalendar(slug))} className={buttonClass("secondary")}>
            Thêm vào lịch điện thoại
          </a>
          {nextVisitDay ? (
            <Link href={paths.unit.homeVisit(slug)} className={buttonClass("primary")} aria-describedby="ngay-den-nha">
              Đề nghị giải quyết tại nhà
            </Link>
          ) : null}
        </div>
      </PageHeader>
      {nextVisitDay ? (
        <p id="ngay-den-nha" className="no-print -mt-2 mb-4 text-sm">
          Giải quyết tại nhà: ngày gần nhất còn nhận đề nghị là {nextVisitDay.label}.
        </p>
      ) : null}

      <WhenForm action={paths.unit.page(slug)} date={when.date} time={when.time} keep={field ? { "linh-vuc": field } : {}} invalid={when.invalid} />

      {models.some((m) => m.plan.illustrative) ? (
        <div className="mb-4">
          <IllustrativeBanner subject="Các mô hình có nhãn «Minh họa» của đơn vị này thuộc kế hoạch minh họa:" />
        </div>
      ) : null}

      {/* Viewing a day while the unit still worked: the present is said anyway. */}
      {hasEnded(unit, toLocalDate(when.now)) && schedule.banner.lifetime !== "ENDED" ? (
        <div className="mb-4">
          <Alert tone="warn" title={`${unit.name} đã chấm dứt hoạt động sau ngày ${formatDateVi(unit.validTo!)}`}>
            <SuccessorNotice unit={unit} />
          </Alert>
        </div>
      ) : null}

      <div className="mb-6">
        <UnitBanner banner={schedule.banner} unit={unit} today={toLocalDate(when.now)} />
      </div>

      <DeskContact unitName={unit.name} placeNames={ancestors.map((a) => a.name).reverse()} address={unit.deskAddress} phone={unit.deskPhone} />

      <Card title="Các mô hình của đơn vị" className="mb-6">
        <p className="mb-3 text-sm text-muted">Tình trạng tính đến ngày {formatDateVi(when.date)}.</p>
        <ModelList models={models} unitSlug={slug} homeVisitModelKey={homeVisit.model?.key} />
      </Card>

      <Card title={`Lịch trong tuần từ ${formatDateVi(schedule.weekStart)}`}>
        {activeDays === 0 ? (
          <Alert tone="warn">
            Trong tuần này {unit.name} không hoạt động, nên không có lịch tiếp nhận hồ sơ.
            {unit.validTo ? ` Đơn vị hoạt động đến hết ngày ${formatDateVi(unit.validTo)}.` : ""}
            {unit.validFrom ? ` Đơn vị được thành lập từ ngày ${formatDateVi(unit.validFrom)}.` : ""}
          </Alert>
        ) : (
          <>
            <form method="get" className="no-print mb-3 flex flex-wrap items-end gap-3" aria-label="Lọc bảng">
              {when.chosen ? (
                <>
                  <input type="hidden" name="ngay" value={when.date} />
                  <input type="hidden" name="gio" value={when.time} />
                </>
              ) : null}
              <div>
                <label htmlFor="linh-vuc" className="block text-sm font-semibold">
                  Lĩnh vực
                </label>
                <select id="linh-vuc" name="linh-vuc" defaultValue={field} className={inputClass}>
                  <option value="">Tất cả lĩnh vực</option>
                  {schedule.fields.map((f) => (
                    <option key={f.code} value={f.code}>
                      {f.name}
                    </option>
                  ))}
                </select>
              </div>
              {weekdayFilter ? <input type="hidden" name="thu" value={String(weekdayFilter)} /> : null}
              <button type="submit" className={buttonClass("secondary")}>
                Lọc
              </button>
            </form>
            {/* On a phone the whole week is wide: one tap shows a single day. */}
            <nav aria-label="Xem từng ngày" className="no-print mb-3 flex flex-wrap gap-2 text-sm">
              {[{ n: 0, label: "Cả tuần" }, ...schedule.days.map((d, i) => ({ n: i + 1, label: d.weekdayName }))].map(({ n, label }) => {
                const current = weekdayFilter === n;
                return (
                  <Link
                    key={n}
                    href={paths.unit.page(slug, { ...view, "linh-vuc": field, thu: n || undefined })}
                    aria-current={current ? "page" : undefined}
                    className={`inline-flex min-h-11 items-center rounded-md px-3 ring-1 ring-inset ${current ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-brand-800 ring-slate-300"}`}
                  >
                    {label}
                  </Link>
                );
              })}
            </nav>
            <ServiceTagLegend />
            <WeeklyTable
              schedule={schedule}
              rows={rows}
              dayIndexes={dayIndexes}
              highlight={when.date}
              procedureHref={(id) => paths.unit.procedure(slug, id, view)}
            />
            {rows.length === 0 ? <p className="mt-3 text-muted">Không có thủ tục nào trong lĩnh vực này.</p> : null}
          </>
        )}
      </Card>
    </>
  );
}
