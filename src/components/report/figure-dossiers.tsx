import type { Route } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/primitives";
import { channelLabel, dossierStatusLabel } from "@/domain/labels";
import { formatInstantVi } from "@/domain/schedule";
import type { FigureDossierDto } from "@/server/report/figures-sql";
import { ScrollArea } from "@/components/ui/scroll-area";

const clsLabel: Record<FigureDossierDto["cls"], { text: string; tone: "ok" | "bad" | "warn" | "neutral" | "brand" }> = {
  onTime: { text: "Đúng hạn", tone: "ok" },
  lateResolved: { text: "Trễ hạn", tone: "bad" },
  openLate: { text: "Quá hạn, chưa xong", tone: "bad" },
  openInTime: { text: "Chưa đến hạn", tone: "brand" },
  waiting: { text: "Chờ bổ sung", tone: "warn" },
};

/** The dossiers behind a figure: code, procedure, dates and status only (no personal data). */
export function FigureDossiers({ rows, total, page, pageSize, pageHref }: { rows: FigureDossierDto[]; total: number; page: number; pageSize: number; pageHref: (page: number) => Route }) {
  if (total === 0) return <p className="text-muted">Không có hồ sơ nào.</p>;
  const pages = Math.ceil(total / pageSize);
  return (
    <>
      <ScrollArea label="Danh sách hồ sơ của chỉ tiêu" className="overflow-x-auto">
        <table className="w-full min-w-[40rem] text-left text-[0.95rem]">
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-3">Mã hồ sơ</th>
              <th scope="col" className="py-2 pr-3">Thủ tục</th>
              <th scope="col" className="py-2 pr-3">Tiếp nhận</th>
              <th scope="col" className="py-2 pr-3">Hạn giải quyết</th>
              <th scope="col" className="py-2 pr-3">Giải quyết xong</th>
              <th scope="col" className="py-2">Tình trạng</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3 font-mono font-semibold">{d.code}</td>
                <td className="py-2 pr-3">
                  {d.procedureName}
                  <span className="block text-sm text-muted">
                    {channelLabel[d.channel]}
                    {d.modelName ? ` · ${d.modelName}` : ""}
                  </span>
                </td>
                <td className="py-2 pr-3">{formatInstantVi(new Date(d.receivedAt))}</td>
                <td className="py-2 pr-3">{formatInstantVi(new Date(d.deadline))}</td>
                <td className="py-2 pr-3">{d.resolvedAt ? formatInstantVi(new Date(d.resolvedAt)) : "—"}</td>
                <td className="py-2">
                  <Badge tone={clsLabel[d.cls].tone}>{clsLabel[d.cls].text}</Badge>
                  <span className="block text-sm text-muted">{dossierStatusLabel[d.status] ?? d.status}</span>
                  {d.apologySlips ? <span className="block text-sm text-muted">Có phiếu xin lỗi</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      {pages > 1 ? (
        <nav aria-label="Trang" className="mt-4 flex flex-wrap items-center gap-3">
          {page > 1 ? <Link href={pageHref(page - 1)}>← Trang trước</Link> : null}
          <span>
            Trang {page}/{pages} ({total} hồ sơ)
          </span>
          {page < pages ? <Link href={pageHref(page + 1)}>Trang sau →</Link> : null}
        </nav>
      ) : (
        <p className="mt-3 text-muted">{total} hồ sơ.</p>
      )}
    </>
  );
}
