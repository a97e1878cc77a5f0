import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Card, PageHeader, buttonClass, inputClass } from "@/components/ui/primitives";
import { ModelList } from "@/components/public/model-list";
import { ServiceTagChip, ServiceTagLegend } from "@/components/public/service-tag";
import { modelKindLabel, unitKindLabel } from "@/domain/labels";
import { formatDateVi, instantAt, isLocalDate, isLocalTime, toLocalDate, toLocalTime } from "@/domain/schedule/local-time";
import { now } from "@/server/clock";
import { unitSchedule, type BannerDto } from "@/server/public/schedule";
import { unitOverview } from "@/server/public/units";

export const dynamic = "force-dynamic";

type Search = { ngay?: string; gio?: string; "linh-vuc"?: string; thu?: string };

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const o = await unitOverview(slug, toLocalDate(now()));
  return { title: o ? `${o.unit.name} — lịch giải quyết thủ tục` : "Không tìm thấy đơn vị" };
}

function Banner({ banner, unitName }: { banner: BannerDto; unitName: string }) {
  const when = `${banner.weekdayName}, ${formatDateVi(banner.date)} lúc ${toLocalTime(new Date(banner.at))}`;
  const sameDay = banner.open.filter((m) => m.sameDay);
  if (banner.open.length > 0) {
    return (
      <Alert tone="ok" title={`${when}: ${unitName} đang áp dụng mô hình`}>
        <ul className="list-disc pl-5">
          {banner.open.map((m) => (
            <li key={m.modelId}>
              <strong>{m.name}</strong> ({modelKindLabel[m.kind]})
              {m.sameDay ? `: ${m.procedureCount} thủ tục trả kết quả trong ngày` : `: áp dụng cho ${m.procedureCount} thủ tục`}
              {m.intakeUntil ? ` — nhận hồ sơ đến ${m.intakeUntil}` : ` — đến ${m.windowEnd}`}.
            </li>
          ))}
        </ul>
        {sameDay.length === 0 ? null : <p className="mt-1 text-sm">Điều kiện: hồ sơ đầy đủ, hợp lệ.</p>}
      </Alert>
    );
  }
  const dayText = banner.day.working ? (banner.officeOpen ? "đang trong giờ làm việc" : "ngoài giờ làm việc") : `ngày nghỉ${banner.day.name ? ` (${banner.day.name})` : ""}`;
  return (
    <Alert tone="brand" title={`${when}: ${dayText}, không có mô hình nào đang nhận hồ sơ.`}>
      {banner.next ? (
        <p>
          Lần mở tiếp theo: <strong>{banner.next.name}</strong> — {banner.next.weekdayName}, {formatDateVi(banner.next.date)} từ {banner.next.start}.
        </p>
      ) : (
        <p>Không có lịch mở nào sắp tới trong các kế hoạch đã ban hành.</p>
      )}
      {banner.officeWindows.length > 0 ? <p className="mt-1 text-sm">Giờ làm việc hôm đó: {banner.officeWindows.map((w) => `${w.start}–${w.end}`).join(", ")}.</p> : null}
    </Alert>
  );
}

export default async function UnitPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> }) {
  const { slug } = await params;
  const q = await searchParams;
  const realNow = now();
  const date = q.ngay && isLocalDate(q.ngay) ? q.ngay : toLocalDate(realNow);
  // A date without a time shows that date at the current time of day.
  const time = q.gio && isLocalTime(q.gio) ? q.gio : toLocalTime(realNow);
  const at = q.ngay || q.gio ? instantAt(date, time) : realNow;
  const overview = await unitOverview(slug, date);
  if (!overview) notFound();
  const schedule = await unitSchedule(overview.unit.id, at);
  const field = q["linh-vuc"] && schedule.fields.some((f) => f.code === q["linh-vuc"]) ? q["linh-vuc"] : "";
  const weekdayFilter = q.thu && /^[1-7]$/.test(q.thu) ? Number(q.thu) : 0;
  const rows = schedule.procedures.filter((p) => !field || p.fieldCode === field);
  const dayIndexes = weekdayFilter ? [weekdayFilter - 1] : [0, 1, 2, 3, 4, 5, 6];
  const hasHomeVisit = overview.models.some((m) => m.kind === "HOME_VISIT" && m.status === "ACTIVE");

  return (
    <>
      <nav aria-label="Đường dẫn" className="mb-2 text-sm text-muted">
        <Link href="/">Trang chủ</Link>
        {overview.ancestors.map((a) => (
          <span key={a.slug}> › {a.name}</span>
        ))}
      </nav>
      <PageHeader
        title={overview.unit.name}
        subtitle={
          <>
            {unitKindLabel[overview.unit.kind]} · {overview.ancestors.map((a) => a.name).reverse().join(", ")}
            {overview.unit.validTo ? <> · hoạt động đến ngày {formatDateVi(overview.unit.validTo)}{overview.unit.mergedIntoName ? `, sáp nhập vào ${overview.unit.mergedIntoName}` : ""}</> : null}
          </>
        }
      >
        <div className="flex flex-wrap gap-2">
          <Link href={`/don-vi/${slug}/niem-yet`} className={buttonClass("secondary")}>
            Bản niêm yết (in A4)
          </Link>
          <a href={`/api/v1/units/${slug}/calendar.ics`} className={buttonClass("secondary")}>
            Lịch (.ics)
          </a>
          {hasHomeVisit ? (
            <Link href={`/don-vi/${slug}/dat-lich-tai-nha`} className={buttonClass("primary")}>
              Đề nghị giải quyết tại nhà
            </Link>
          ) : null}
        </div>
      </PageHeader>

      <form method="get" className="no-print mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-200" aria-label="Chọn thời điểm xem">
        <div>
          <label htmlFor="ngay" className="block text-sm font-semibold">
            Ngày
          </label>
          <input id="ngay" name="ngay" type="date" defaultValue={date} className={inputClass} />
        </div>
        <div>
          <label htmlFor="gio" className="block text-sm font-semibold">
            Giờ
          </label>
          <input id="gio" name="gio" type="time" defaultValue={time} className={inputClass} />
        </div>
        {field ? <input type="hidden" name="linh-vuc" value={field} /> : null}
        <button type="submit" className={buttonClass("primary")}>
          Xem
        </button>
        <Link href={`/don-vi/${slug}`} className={buttonClass("ghost")}>
          Bây giờ
        </Link>
      </form>

      <div className="mb-6">
        <Banner banner={schedule.banner} unitName={overview.unit.name} />
      </div>

      <Card title="Các mô hình của đơn vị" className="mb-6">
        <ModelList models={overview.models} unitSlug={slug} />
      </Card>

      <Card title={`Lịch trong tuần từ ${formatDateVi(schedule.weekStart)}`}>
        <form method="get" className="no-print mb-3 flex flex-wrap items-end gap-3" aria-label="Lọc bảng">
          <input type="hidden" name="ngay" value={date} />
          <input type="hidden" name="gio" value={time} />
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
          <div>
            <label htmlFor="thu" className="block text-sm font-semibold">
              Thứ
            </label>
            <select id="thu" name="thu" defaultValue={weekdayFilter ? String(weekdayFilter) : ""} className={inputClass}>
              <option value="">Cả tuần</option>
              {schedule.days.map((d, i) => (
                <option key={d.date} value={String(i + 1)}>
                  {d.weekdayName}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            Lọc
          </button>
        </form>
        <ServiceTagLegend />
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[40rem] border-collapse text-left text-[0.95rem]">
            <caption className="sr-only">Thủ tục theo từng ngày trong tuần</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="sticky left-0 bg-white py-2 pr-3">
                  Thủ tục
                </th>
                {dayIndexes.map((i) => {
                  const d = schedule.days[i]!;
                  return (
                    <th key={d.date} scope="col" className={`px-1 py-2 text-center ${d.date === date ? "bg-brand-50" : ""}`}>
                      <span className="block">{d.weekdayName}</span>
                      <span className="block text-sm font-normal text-muted">{formatDateVi(d.date).slice(0, 5)}</span>
                      {d.dayName ? <span className="block text-xs font-normal text-bad-700">{d.dayName}</span> : null}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="sticky left-0 bg-white py-2 pr-3 font-normal">
                    <Link href={`/don-vi/${slug}/thu-tuc/${p.id}?ngay=${date}&gio=${time}`} className="text-brand-700">
                      {p.name}
                    </Link>
                    <span className="block text-sm text-muted">{p.fieldName}</span>
                  </th>
                  {dayIndexes.map((i) => {
                    const c = p.cells[i]!;
                    // Hours shown only for the special services; ordinary days follow office hours.
                    const windows = c.models
                      .filter((m) => m.tags.length > 0)
                      .map((m) => (m.intakeCutoff ? `nhận đến ${m.intakeCutoff}` : m.windows.map((w) => `${w.start}–${w.end}`).join(", ")));
                    return (
                      <td key={c.date} className={`px-1 py-2 text-center ${c.date === date ? "bg-brand-50" : ""}`}>
                        <div className="flex flex-col items-center gap-1">
                          {c.tags.map((t) => (
                            <ServiceTagChip key={t} tag={t} />
                          ))}
                          {windows.length ? <span className="text-xs text-muted">{[...new Set(windows)].join(", ")}</span> : null}
                        </div>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {rows.length === 0 ? <p className="mt-3 text-muted">Không có thủ tục nào trong lĩnh vực này.</p> : null}
      </Card>
    </>
  );
}
