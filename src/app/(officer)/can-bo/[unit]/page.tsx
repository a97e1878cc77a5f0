import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { Badge, Card, LinkButton, PageHeader } from "@/components/ui/primitives";
import { formatDateVi, formatInstantVi, toLocalTime } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { db } from "@/server/db";
import { dayBoard, type BoardItemDto } from "@/server/dossier/board";
import { unitBySlug } from "@/server/units/queries";
import { AutoRefresh } from "./_components/auto-refresh";
import { ScrollArea } from "@/components/ui/scroll-area";

export const metadata: Metadata = { title: "Bảng hôm nay" };
export const dynamic = "force-dynamic";

function timeLeft(minutes: number): string {
  if (minutes < 0) return `trễ ${Math.ceil(-minutes / 60)} giờ`;
  if (minutes < 60) return `còn ${minutes} phút`;
  return `còn ${Math.floor(minutes / 60)} giờ ${minutes % 60} phút`;
}

function Items({ items, empty, slug }: { items: BoardItemDto[]; empty: string; slug: string }) {
  if (items.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ScrollArea label="Danh sách hồ sơ" className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-[0.95rem]">
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-3">Mã hồ sơ</th>
            <th scope="col" className="py-2 pr-3">Thủ tục · người nộp</th>
            <th scope="col" className="py-2 pr-3">Hẹn trả</th>
            <th scope="col" className="py-2 pr-3">Cán bộ</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3 font-mono font-semibold">
                <Link href={paths.officer.dossier(slug, i.code)}>{i.code}</Link>
              </td>
              <td className="py-2 pr-3">
                {i.procedureName}
                <span className="block text-sm text-muted">
                  {i.citizenName}
                  {i.modelName ? ` · ${i.modelName}` : ""}
                </span>
              </td>
              <td className="py-2 pr-3">
                {formatInstantVi(new Date(i.promisedAt))}
                <span className="block">
                  <Badge tone={i.minutesLeft < 0 ? "bad" : i.minutesLeft < 120 ? "warn" : "ok"}>{timeLeft(i.minutesLeft)}</Badge>
                  {i.hasApology ? <span className="ml-1 text-sm text-muted">đã có phiếu xin lỗi</span> : null}
                </span>
              </td>
              <td className="py-2 pr-3">{i.handlerName ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

export default async function BoardPage({ params }: { params: Promise<{ unit: string }> }) {
  const { unit: slug } = await params;
  const user = await requirePagePermission("dossier.read", paths.officer.board(slug));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const at = now();
  const board = await dayBoard(db, unit.id, at);
  const stats = [
    { label: "Tiếp nhận hôm nay", value: board.counts.receivedToday },
    { label: "Đến hạn hôm nay", value: board.counts.dueToday },
    { label: "Trong ngày còn mở", value: board.counts.sameDayOpen },
    { label: "Trễ hạn", value: board.counts.late },
    { label: "Có kết quả, chờ trả", value: board.counts.resultReady },
    { label: "Chờ bổ sung", value: board.counts.supplement },
  ];
  return (
    <>
      <PageHeader title={`Bảng hôm nay — ${unit.name}`} subtitle={`${formatDateVi(board.date)}, cập nhật lúc ${toLocalTime(at)}`}>
        <div className="flex flex-wrap items-center gap-3">
          <LinkButton href={paths.officer.intake(slug)}>Tiếp nhận hồ sơ</LinkButton>
          <AutoRefresh seconds={30} />
        </div>
      </PageHeader>
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {stats.map((s) => (
          <div key={s.label} className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
            <dt className="text-sm text-muted">{s.label}</dt>
            <dd className="text-2xl font-bold text-brand-900">{s.value}</dd>
          </div>
        ))}
      </dl>
      <div className="space-y-5">
        <Card title={`Trễ hạn (${board.late.length})`}>
          <Items items={board.late} empty="Không có hồ sơ trễ hạn." slug={slug} />
        </Card>
        <Card title={`Hồ sơ trả trong ngày còn mở (${board.sameDayOpen.length})`}>
          <Items items={board.sameDayOpen} empty="Không còn hồ sơ trả trong ngày đang mở." slug={slug} />
        </Card>
        <Card title={`Đến hạn hôm nay (${board.dueToday.length})`}>
          <Items items={board.dueToday} empty="Không có hồ sơ đến hạn hôm nay." slug={slug} />
        </Card>
        <Card title="Theo cán bộ">
          {board.byHandler.length === 0 ? (
            <p className="text-muted">Chưa có hồ sơ đang xử lý.</p>
          ) : (
            <table className="w-full text-left">
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="py-2">Cán bộ</th>
                  <th scope="col" className="py-2">Đang xử lý</th>
                  <th scope="col" className="py-2">Đến hạn hôm nay</th>
                  <th scope="col" className="py-2">Trễ hạn</th>
                </tr>
              </thead>
              <tbody>
                {board.byHandler.map((h) => (
                  <tr key={h.handlerName} className="border-b border-slate-200">
                    <td className="py-2">{h.handlerName}</td>
                    <td className="py-2">{h.open}</td>
                    <td className="py-2">{h.dueToday}</td>
                    <td className="py-2">{h.late}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </div>
    </>
  );
}
