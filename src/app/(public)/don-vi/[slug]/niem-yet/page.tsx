import type { Metadata } from "next";
import { deskContact } from "@/domain/unit/desk-contact";
import { notFound } from "next/navigation";
import { IllustrativeBanner } from "@/components/public/illustrative-banner";
import { Alert } from "@/components/ui/primitives";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import { DocumentHeader } from "@/components/ui/document-header";
import { PrintButton } from "@/components/ui/print-button";
import { WhenForm } from "@/components/public/when-form";
import { formatDateVi } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { loadPublicUnit } from "@/server/public/context";
import { unitNotice } from "@/server/public/notice";
import { viewingInstant } from "@/server/public/when";
import { publicUrl } from "@/server/public-url";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const ctx = await loadPublicUnit((await params).slug);
  return { title: ctx ? `Bản niêm yết — ${ctx.unit.name}` : "Không tìm thấy đơn vị" };
}

export default async function NoticePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ ngay?: string; gio?: string }> }) {
  const { slug } = await params;
  const ctx = await loadPublicUnit(slug);
  if (!ctx) notFound();
  const when = viewingInstant(await searchParams, ctx);
  const notice = await unitNotice(ctx, when.date, await publicUrl());
  const unit = ctx.unit;

  return (
    <>
      <div className="no-print">
        <Breadcrumbs items={[{ href: paths.home(), label: "Trang chủ" }, { href: paths.unit.page(slug), label: unit.name }, { label: "Bản niêm yết" }]} />
        <h1 className="sr-only">Bản niêm yết của {unit.name}</h1>
        <p className="mb-3 text-muted">Bản in khổ A4 để dán tại Bộ phận Một cửa và nhà văn hóa thôn. Chọn ngày áp dụng rồi bấm In (hoặc dùng lệnh In của trình duyệt).</p>
        <WhenForm action={paths.unit.posting(slug)} date={when.date} time={when.time} invalid={when.invalid} />
        <div className="mb-4">
          <PrintButton label="In bản niêm yết" />
        </div>
      </div>

      <article className="mx-auto max-w-[210mm] bg-white p-6 text-ink ring-1 ring-slate-300 print:p-0 print:ring-0" aria-label="Bản niêm yết">
        <header className="border-b-2 border-ink pb-3 text-center">
          <DocumentHeader upper={`UBND ${unit.name}`} lower="Bộ phận Tiếp nhận và Trả kết quả" />
          <p className="mt-4 text-2xl font-bold leading-tight">THỦ TỤC TRẢ KẾT QUẢ TRONG NGÀY</p>
          <p className="mt-1">Áp dụng từ ngày {formatDateVi(notice.date)}</p>
        </header>

        {notice.lifetime !== "ACTIVE" ? (
          <div className="mt-4">
            <Alert tone="warn">
              {notice.lifetime === "ENDED"
                ? `Ngày ${formatDateVi(notice.date)} ${unit.name} không còn hoạt động (hoạt động đến hết ngày ${formatDateVi(unit.validTo!)}).`
                : `Ngày ${formatDateVi(notice.date)} ${unit.name} chưa được thành lập (thành lập từ ngày ${formatDateVi(unit.validFrom!)}).`}
            </Alert>
          </div>
        ) : notice.weekdays.length === 0 ? (
          <p className="mt-4 text-lg">Hiện không có thủ tục nào được trả kết quả trong ngày theo mô hình. Thời hạn giải quyết theo quy định của từng thủ tục.</p>
        ) : (
          <table className="mt-4 w-full border-collapse text-left">
            <caption className="sr-only">Thủ tục trả kết quả trong ngày theo thứ trong tuần</caption>
            <thead>
              <tr>
                <th scope="col" className="w-1/4 border border-ink p-2">
                  Ngày trong tuần
                </th>
                <th scope="col" className="border border-ink p-2">
                  Thủ tục trả kết quả ngay trong ngày (hồ sơ đầy đủ, hợp lệ)
                </th>
              </tr>
            </thead>
            <tbody>
              {notice.weekdays.map((d) => (
                <tr key={d.weekday} className="align-top">
                  <th scope="row" className="border border-ink p-2">
                    <span className="block text-xl font-bold capitalize">{d.name}</span>
                    {d.hours.map((h) => (
                      <span key={h} className="block text-sm font-normal">
                        {h}
                      </span>
                    ))}
                  </th>
                  <td className="border border-ink p-2">
                    <ol className="list-decimal pl-5">
                      {d.procedures.map((p) => (
                        <li key={p.id}>{p.name}</li>
                      ))}
                    </ol>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        {notice.officeWindows.length ? <p className="mt-4">Giờ làm việc: {notice.officeWindows.map((w) => `${w.start}–${w.end}`).join(", ")} các ngày làm việc, trừ ngày nghỉ hằng tuần, ngày nghỉ lễ, Tết.</p> : null}

        {notice.models.some((m) => m.illustrative) ? (
          <div className="mt-4">
            <IllustrativeBanner subject="Các mô hình có nhãn «minh họa» trong bản niêm yết này" />
          </div>
        ) : null}

        {notice.models.length ? (
          <section className="mt-4">
            <h2 className="font-bold">Các mô hình đang áp dụng</h2>
            <ul className="list-disc pl-5">
              {notice.models.map((m) => (
                <li key={m.key}>
                  <strong>{m.localName ?? m.name}</strong>
                  {m.illustrative ? " (minh họa)" : ""}: {m.description} ({m.planReference}).
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <footer className="mt-6 flex items-center gap-4 border-t border-ink pt-3">
          <figure className="w-32 shrink-0" role="img" aria-label={`Mã QR dẫn tới trang ${notice.pageUrl}`}>
            <div aria-hidden="true" dangerouslySetInnerHTML={{ __html: notice.qrSvg }} />
          </figure>
          <p>
            Quét mã QR để xem lịch, giờ làm việc, thủ tục và thời hạn trả kết quả của {unit.name} trên điện thoại:{" "}
            <span className="break-all font-semibold">{notice.pageUrl}</span>
            <br />
            Điện thoại Bộ phận tiếp nhận và trả kết quả: <strong>{deskContact({ unitName: unit.name, placeNames: [], address: unit.deskAddress, phone: unit.deskPhone }).phone}</strong>
            {unit.deskAddress ? (
              <>
                {" "}
                · Địa chỉ: {unit.deskAddress}
              </>
            ) : null}
          </p>
        </footer>
      </article>
    </>
  );
}
