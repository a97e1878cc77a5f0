import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Badge, Card, DescriptionList, PageHeader } from "@/components/ui/primitives";
import { Breadcrumbs, ancestorCrumbs } from "@/components/public/breadcrumbs";
import { ServiceTagChip } from "@/components/public/service-tag";
import { WhenForm } from "@/components/public/when-form";
import { openingText } from "@/components/public/unit-banner";
import { adminLevelLabel, channelVerb, modelKindLabel, onlineLevelLabel } from "@/domain/labels";
import { formatDateVi, formatInstantVi, toLocalDate, toLocalTime } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { loadPublicUnit } from "@/server/public/context";
import { findUnitProcedure, procedureAtUnit, type PromiseDto } from "@/server/public/procedure";
import { unitAncestors } from "@/server/public/units";
import { viewingInstant } from "@/server/public/when";

export const dynamic = "force-dynamic";

type Params = { slug: string; id: string };
type Search = { ngay?: string; gio?: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { slug, id } = await params;
  const ctx = await loadPublicUnit(slug);
  const p = ctx ? await findUnitProcedure(ctx.unit.id, id) : null;
  return { title: p && ctx ? `${p.name} — ${ctx.unit.name}` : "Không tìm thấy thủ tục" };
}

const statusText = { ACTIVE: "Đang áp dụng", UPCOMING: "Sắp áp dụng", ENDED: "Đã kết thúc" } as const;

function PromiseLine({ p }: { p: PromiseDto }) {
  const received = new Date(p.receivedAt);
  const promised = new Date(p.promisedAt);
  const sameDay = toLocalDate(received) === toLocalDate(promised);
  const bound = new Date(p.statutoryBound);
  return (
    <div className="rounded-lg border border-slate-200 p-4">
      {p.opensAt ? <p className="mb-1 font-semibold">Bộ phận Một cửa mở cửa lúc {formatInstantVi(new Date(p.opensAt))}; nộp lúc đó:</p> : null}
      <p className="text-lg">
        {channelVerb[p.channel]} lúc <strong>{formatInstantVi(received)}</strong> → nhận kết quả trước{" "}
        <strong className="text-ok-700">{sameDay ? `${toLocalTime(promised)} cùng ngày` : formatInstantVi(promised)}</strong>
      </p>
      <p className="mt-1 text-muted">
        {p.basis === "MODEL" && p.modelName ? `Theo mô hình «${p.modelName}».` : "Theo thời hạn luật định."}
        {bound.getTime() !== promised.getTime() ? ` Nếu chỉ theo luật: chậm nhất ${formatInstantVi(bound)}.` : ""}
      </p>
      {p.handover ? (
        <div className="mt-2">
          <Alert tone="warn">{p.handover}</Alert>
        </div>
      ) : null}
      <details className="mt-2">
        <summary className="cursor-pointer font-semibold text-brand-700">Cách tính thời hạn</summary>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {p.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </details>
    </div>
  );
}

export default async function ProcedurePage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<Search> }) {
  const { slug, id } = await params;
  const ctx = await loadPublicUnit(slug);
  if (!ctx) notFound();
  const when = viewingInstant(await searchParams, ctx);
  const [detail, ancestors] = await Promise.all([procedureAtUnit(ctx, id, when.at), unitAncestors(ctx.unit.id)]);
  if (!detail) notFound();
  const { procedure: p, models, promises, week, nextOpenings } = detail;
  const unit = ctx.unit;
  const sameDayModels = models.filter((m) => m.sameDay);
  const unitHref = paths.unit.page(slug, when.chosen ? { ngay: when.date, gio: when.time } : {});

  return (
    <>
      <Breadcrumbs items={[{ href: paths.home(), label: "Trang chủ" }, ...ancestorCrumbs(ancestors), { href: unitHref, label: unit.name }, { label: "Thủ tục" }]} />
      <PageHeader
        title={p.name}
        subtitle={
          <>
            {p.fieldName} · {adminLevelLabel[p.level] ?? p.level}
            {p.code ? ` · mã thủ tục ${p.code}` : ""} · tại {unit.name}
          </>
        }
      />
      <WhenForm action={paths.unit.procedure(slug, id)} date={when.date} time={when.time} invalid={when.invalid} />

      <div className="space-y-6">
        <Card title="Nộp lúc này → nhận kết quả lúc nào?">
          {detail.lifetime !== "ACTIVE" ? (
            <Alert tone="warn">
              {detail.lifetime === "ENDED"
                ? `Ngày ${formatDateVi(when.date)} ${unit.name} không còn hoạt động (hoạt động đến hết ngày ${formatDateVi(unit.validTo!)}), nên không tiếp nhận hồ sơ.`
                : `Ngày ${formatDateVi(when.date)} ${unit.name} chưa được thành lập (thành lập từ ngày ${formatDateVi(unit.validFrom!)}).`}
            </Alert>
          ) : (
            <div className="space-y-3">
              {promises.map((pr) => (
                <PromiseLine key={pr.channel} p={pr} />
              ))}
              <p className="text-sm text-muted">Với điều kiện hồ sơ đầy đủ, hợp lệ. Thời hạn tính theo kế hoạch của đơn vị, lịch nghỉ chính thức và quy định về cơ chế một cửa.</p>
            </div>
          )}
        </Card>

        <Card title={`Trả kết quả trong ngày tại ${unit.name}`}>
          {sameDayModels.length === 0 ? (
            <p>
              Tại {unit.name}, thủ tục này không thuộc mô hình trả kết quả trong ngày nào. Thời hạn giải quyết theo quy định: {p.statutoryText}
            </p>
          ) : (
            <ul className="space-y-3">
              {sameDayModels.map((m) => (
                <li key={m.modelId} className="rounded-lg border border-slate-200 p-3">
                  <div className="flex flex-wrap gap-2">
                    <Badge tone={m.status === "ACTIVE" ? "ok" : m.status === "UPCOMING" ? "brand" : "neutral"}>{statusText[m.status]}</Badge>
                    <Badge tone="brand">{modelKindLabel[m.kind]}</Badge>
                  </div>
                  <p className="mt-1 font-semibold">{m.name}</p>
                  <p>{m.description}</p>
                  <p className="text-sm text-muted">
                    Theo{" "}
                    <Link href={paths.plan(m.plan.key)} className="text-brand-700 underline">
                      {m.plan.reference}
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          )}
          {detail.officeWindows.length > 0 ? <p className="mt-3">Giờ hành chính của đơn vị: {detail.officeWindows.map((w) => `${w.start}–${w.end}`).join(", ")}.</p> : null}
          <h3 className="mt-4 font-semibold">Tuần từ {formatDateVi(week[0]!.date)}</h3>
          <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
            {week.map((d) => (
              <li key={d.date} className={`rounded border p-2 text-center ${d.date === when.date ? "border-brand-600 bg-brand-50" : "border-slate-200"}`}>
                <span className="block font-semibold">{d.weekdayName}</span>
                <span className="block text-sm text-muted">{formatDateVi(d.date).slice(0, 5)}</span>
                <span className="mt-1 flex flex-col items-center gap-1">
                  {d.active ? d.tags.map((t) => <ServiceTagChip key={t} tag={t} />) : <span className="text-sm text-muted">Không hoạt động</span>}
                  {d.hours.length ? <span className="text-xs text-muted">{d.hours.join(", ")}</span> : null}
                </span>
              </li>
            ))}
          </ul>
        </Card>

        {models.length > sameDayModels.length ? (
          <Card title="Các mô hình khác áp dụng cho thủ tục này">
            <ul className="space-y-2">
              {models
                .filter((m) => !m.sameDay)
                .map((m) => (
                  <li key={m.modelId}>
                    <strong>{m.name}</strong> ({statusText[m.status].toLowerCase()}): {m.description}.
                  </li>
                ))}
            </ul>
          </Card>
        ) : null}

        <Card title="Các lần mở tiếp theo">
          {nextOpenings.length === 0 ? (
            <p>Không có lịch mô hình nào sắp tới cho thủ tục này; hồ sơ được tiếp nhận trong giờ hành chính.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5">
              {nextOpenings.map((o) => (
                <li key={`${o.modelId}-${o.date}-${o.start}`}>
                  <strong>{openingText(o)}</strong> — {o.name}
                  {o.sameDay ? " (trả kết quả trong ngày)" : ""}
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card title="Hồ sơ cần chuẩn bị">
          {p.documents.length ? (
            <ul className="list-disc space-y-1 pl-5">
              {p.documents.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : (
            <p>Chưa có danh mục giấy tờ.</p>
          )}
        </Card>

        <Card title="Thời hạn, phí và căn cứ">
          <DescriptionList
            items={[
              { term: "Thời hạn giải quyết", value: p.statutoryText },
              { term: "Phí, lệ phí", value: p.fees },
              { term: "Mức độ trực tuyến", value: onlineLevelLabel[p.onlineLevel] },
              {
                term: "Căn cứ pháp lý",
                value: (
                  <ul className="list-disc pl-5">
                    {p.legalBasis.map((b) => (
                      <li key={b}>{b}</li>
                    ))}
                  </ul>
                ),
              },
              ...(p.source ? [{ term: "Nguồn thông tin", value: <span className="break-words">{p.source}</span> }] : []),
            ]}
          />
        </Card>
      </div>
    </>
  );
}
