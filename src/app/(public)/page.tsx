import Link from "next/link";
import { Card, PageHeader, buttonClass, inputClass } from "@/components/ui/primitives";
import { IllustrativeBanner } from "@/components/public/illustrative-banner";
import { ModelList } from "@/components/public/model-list";
import { ProvincePicker } from "@/components/public/province-picker";
import { unitKindLabel } from "@/domain/labels";
import { formatDateVi, isLocalDate, toLocalDate } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { now } from "@/server/clock";
import { listPlanUnits } from "@/server/public/plans";
import { listProvinceUnits, listProvinces, unitOverview } from "@/server/public/units";

export const dynamic = "force-dynamic";

type Search = { tinh?: string; "don-vi"?: string; ngay?: string };

export default async function HomePage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const today = toLocalDate(now());
  const date = params.ngay && isLocalDate(params.ngay) ? params.ngay : today;
  const provinces = await listProvinces();
  const provinceUnits = params.tinh ? await listProvinceUnits(params.tinh) : null;
  const overview = params["don-vi"] ? await unitOverview(params["don-vi"], date) : null;
  const plans = await listPlanUnits();

  return (
    <>
      <PageHeader
        title="Mô hình cải cách hành chính ở xã, phường của bạn"
        subtitle="Chọn tỉnh, rồi chọn xã, phường để xem thủ tục nào được trả kết quả trong ngày, vào thứ mấy, mấy giờ; ngày giải quyết tại nhà; giờ làm thêm và các buổi lắng nghe ý kiến nhân dân."
      />

      <div className="grid gap-5 lg:grid-cols-[1fr_1.4fr]">
        <Card title="1. Chọn tỉnh, thành phố">
          <ProvincePicker
            provinces={provinces.map((p) => ({ slug: p.slug, label: `${p.name}${p.validTo ? ` (đến ${formatDateVi(p.validTo)})` : ""}` }))}
            selected={params.tinh ?? null}
          />
          {[
            { heading: "Hiện nay", list: provinces.filter((p) => p.current) },
            { heading: "Trước khi sắp xếp (tra cứu lịch sử)", list: provinces.filter((p) => !p.current && !p.upcoming) },
            { heading: "Sắp thành lập", list: provinces.filter((p) => p.upcoming) },
          ].map((group) =>
            group.list.length ? (
              <section key={group.heading} aria-label={`Tỉnh, thành phố — ${group.heading.toLowerCase()}`} className="mt-4">
                <h3 className="text-sm font-semibold text-muted">{group.heading}</h3>
                <ul className="mt-1 space-y-1">
                  {group.list.map((p) => (
                    <li key={p.slug}>
                      <Link href={paths.home({ tinh: p.slug })} className="text-brand-700 underline">
                        {p.name}
                      </Link>{" "}
                      <span className="text-sm text-muted">
                        ({p.serviceUnitCount} xã, phường có dữ liệu{p.validTo && !p.current ? `; đến ${formatDateVi(p.validTo)}` : ""}
                        {p.validFrom && !p.validTo ? `; từ ${formatDateVi(p.validFrom)}` : ""})
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null,
          )}
        </Card>

        <Card title="2. Chọn xã, phường">
          {!provinceUnits ? (
            <p className="text-muted">Chọn tỉnh ở bên trái để thấy danh sách xã, phường.</p>
          ) : (
            <>
              <form method="get" action={paths.home()} className="space-y-3">
                <input type="hidden" name="tinh" value={provinceUnits.province.slug} />
                <label htmlFor="don-vi" className="block font-semibold">
                  Xã, phường, cơ quan tại {provinceUnits.province.name}
                </label>
                <select id="don-vi" name="don-vi" defaultValue={params["don-vi"] ?? ""} className={inputClass}>
                  <option value="" disabled>
                    — Chọn đơn vị —
                  </option>
                  {provinceUnits.groups.map((g) => (
                    <optgroup key={g.heading} label={g.heading}>
                      {g.units.map((u) => (
                        <option key={u.slug} value={u.slug}>
                          {u.name}
                          {u.modelCount ? ` — ${u.modelCount} mô hình` : ""}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
                <button type="submit" className={buttonClass("primary")}>
                  Xem mô hình
                </button>
              </form>
              <div className="mt-4 space-y-4">
                {provinceUnits.groups.map((g) => (
                  <div key={g.heading}>
                    <h3 className="font-semibold">
                      {g.heading}
                      {g.validTo ? <span className="font-normal text-muted"> (cấp huyện hoạt động đến {formatDateVi(g.validTo)})</span> : null}
                    </h3>
                    <ul className="mt-1 grid gap-x-4 sm:grid-cols-2">
                      {g.units.map((u) => (
                        <li key={u.slug}>
                          <Link href={paths.unit.page(u.slug)} className="text-brand-700 underline">
                            {u.name}
                          </Link>
                          {u.modelCount ? <span className="text-sm text-muted"> · {u.modelCount} mô hình</span> : null}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            </>
          )}
        </Card>
      </div>

      {overview ? (
        <section className="mt-6" aria-labelledby="mo-hinh">
          <h2 id="mo-hinh" className="text-2xl font-bold text-brand-900">
            Mô hình tại {overview.unit.name}
          </h2>
          <p className="mb-3 text-muted">
            {unitKindLabel[overview.unit.kind]} thuộc {overview.ancestors.map((a) => a.name).reverse().join(", ")}
            {overview.unit.validTo ? ` — đơn vị hoạt động đến ngày ${formatDateVi(overview.unit.validTo)} (sắp xếp đơn vị hành chính năm 2025)` : ""}. Tình trạng
            tính đến ngày {formatDateVi(date)}.
          </p>
          <ModelList models={overview.models} unitSlug={overview.unit.slug} />
          <p className="mt-4">
            <Link href={paths.unit.page(overview.unit.slug)} className={buttonClass("primary")}>
              Xem lịch, giờ và thủ tục của {overview.unit.name}
            </Link>
          </p>
        </section>
      ) : null}

      {[
        { id: "ke-hoach-don-vi", title: "Các kế hoạch và đơn vị thực hiện", intro: "Mỗi kế hoạch đã ban hành trên cổng, cùng các xã, phường, cơ quan thực hiện mô hình của kế hoạch đó.", list: plans.filter((p) => !p.illustrative) },
        { id: "ke-hoach-minh-hoa", title: "Kế hoạch minh họa cho các đơn vị hiện nay", intro: null, list: plans.filter((p) => p.illustrative) },
      ].map((group) =>
        group.list.length ? (
          <section key={group.id} className="mt-8" aria-labelledby={group.id}>
            <h2 id={group.id} className="text-2xl font-bold text-brand-900">
              {group.title}
            </h2>
            {group.intro ? <p className="mb-3 text-muted">{group.intro}</p> : <div className="mb-3"><IllustrativeBanner subject="Các kế hoạch dưới đây" /></div>}
            <ul className="grid gap-4 md:grid-cols-2">
              {group.list.map((p) => (
                <li key={p.key} className="rounded-lg border border-slate-200 bg-white p-4">
                  <p className="text-sm text-muted">
                    {p.issuer} · {p.reference}
                  </p>
                  <h3 className="mt-1 font-bold text-brand-900">
                    <Link href={paths.plan(p.key)} className="text-brand-800">
                      {p.title}
                    </Link>
                  </h3>
                  <p className="mt-2 text-sm font-semibold">Đơn vị thực hiện ({p.units.length}):</p>
                  <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-[0.95rem]">
                    {p.units.map((u) => (
                      <li key={u.slug}>
                        <Link href={paths.unit.page(u.slug)} className="text-brand-700">
                          {u.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </>
  );
}
