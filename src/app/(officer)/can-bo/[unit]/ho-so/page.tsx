import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { Badge, Card, PageHeader, buttonClass, inputClass } from "@/components/ui/primitives";
import { dossierStatusLabel } from "@/domain/labels";
import { formatInstantVi } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { searchDossiers } from "@/server/dossier/queries";
import { unitBySlug } from "@/server/units/queries";
import { ScrollArea } from "@/components/ui/scroll-area";

export const metadata: Metadata = { title: "Hồ sơ" };
export const dynamic = "force-dynamic";

const STATUSES = ["RECEIVED", "IN_PROGRESS", "SUPPLEMENT_REQUESTED", "RESULT_READY", "RETURNED", "REFUSED"];

export default async function DossierListPage({ params, searchParams }: { params: Promise<{ unit: string }>; searchParams: Promise<{ q?: string; trang_thai?: string }> }) {
  const { unit: slug } = await params;
  const sp = await searchParams;
  const user = await requirePagePermission("dossier.read", paths.officer.dossiers(slug));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const status = sp.trang_thai && STATUSES.includes(sp.trang_thai) ? sp.trang_thai : null;
  const rows = await searchDossiers(user, unit.id, sp.q ?? "", status);
  return (
    <>
      <PageHeader title="Tra cứu hồ sơ" subtitle={unit.name} />
      <Card>
        <form className="flex flex-wrap items-end gap-3" role="search">
          <div className="min-w-[14rem] flex-1">
            <label htmlFor="q" className="block font-semibold">
              Mã hồ sơ, tên hoặc số điện thoại
            </label>
            <input id="q" name="q" defaultValue={sp.q ?? ""} autoFocus className={inputClass} />
          </div>
          <div>
            <label htmlFor="trang_thai" className="block font-semibold">
              Trạng thái
            </label>
            <select id="trang_thai" name="trang_thai" defaultValue={status ?? ""} className={inputClass}>
              <option value="">Tất cả</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {dossierStatusLabel[s]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("primary")}>
            Tìm
          </button>
        </form>
      </Card>
      <ScrollArea label="Danh sách hồ sơ" className="mt-5 overflow-x-auto">
        {rows.length === 0 ? (
          <p className="text-muted">Không có hồ sơ phù hợp.</p>
        ) : (
          <table className="w-full min-w-[36rem] text-left">
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-3">Mã hồ sơ</th>
                <th scope="col" className="py-2 pr-3">Thủ tục · người nộp</th>
                <th scope="col" className="py-2 pr-3">Tiếp nhận</th>
                <th scope="col" className="py-2 pr-3">Hẹn trả</th>
                <th scope="col" className="py-2 pr-3">Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3 font-mono font-semibold">
                    <Link href={paths.officer.dossier(slug, r.code)}>{r.code}</Link>
                  </td>
                  <td className="py-2 pr-3">
                    {r.procedureName}
                    <span className="block text-sm text-muted">{r.citizenName}</span>
                  </td>
                  <td className="py-2 pr-3">{formatInstantVi(r.receivedAt)}</td>
                  <td className="py-2 pr-3">{formatInstantVi(r.promisedAt)}</td>
                  <td className="py-2 pr-3">
                    <Badge>{dossierStatusLabel[r.status]}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ScrollArea>
    </>
  );
}
