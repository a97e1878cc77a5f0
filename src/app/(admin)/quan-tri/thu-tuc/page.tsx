import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, LinkButton, PageHeader, buttonClass, inputClass } from "@/components/ui/primitives";
import { paths } from "@/lib/paths";
import { listProcedures, procedureFields } from "@/server/admin/catalogue/queries";
import { requirePagePermission } from "@/server/auth/session";
import { adminLevelLabel, onlineLevelLabel } from "@/domain/labels";
import { ScrollArea } from "@/components/ui/scroll-area";

export const metadata: Metadata = { title: "Danh mục thủ tục" };
export const dynamic = "force-dynamic";

export default async function CataloguePage({ searchParams }: { searchParams: Promise<{ q?: string; "linh-vuc"?: string; cap?: string; "ca-ngung"?: string }> }) {
  await requirePagePermission("catalogue.edit", paths.admin.procedures());
  const q = await searchParams;
  const [fields, procedures] = await Promise.all([procedureFields(), listProcedures({ q: q.q, field: q["linh-vuc"], level: q.cap, inactive: q["ca-ngung"] === "1" })]);
  return (
    <>
      <PageHeader title="Danh mục thủ tục" subtitle="Thủ tục hành chính, thời hạn luật định, và đơn vị nào tiếp nhận.">
        <div className="flex flex-wrap gap-2">
          <LinkButton href={paths.admin.newProcedure()}>Thêm thủ tục</LinkButton>
          <LinkButton href={paths.admin.importProcedures()} variant="secondary">
            Nhập từ tệp CSV, Excel
          </LinkButton>
        </div>
      </PageHeader>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Lọc thủ tục">
        <div>
          <label htmlFor="q" className="block text-sm font-semibold">
            Tìm
          </label>
          <input id="q" name="q" defaultValue={q.q} className={inputClass} />
        </div>
        <div>
          <label htmlFor="linh-vuc" className="block text-sm font-semibold">
            Lĩnh vực
          </label>
          <select id="linh-vuc" name="linh-vuc" defaultValue={q["linh-vuc"] ?? ""} className={inputClass}>
            <option value="">Tất cả</option>
            {fields.map((f) => (
              <option key={f.code} value={f.code}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="cap" className="block text-sm font-semibold">
            Cấp
          </label>
          <select id="cap" name="cap" defaultValue={q.cap ?? ""} className={inputClass}>
            <option value="">Tất cả</option>
            {Object.entries(adminLevelLabel).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="ca-ngung" value="1" defaultChecked={q["ca-ngung"] === "1"} className="h-5 w-5 accent-brand-700" />
          Gồm thủ tục đã ngừng
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Lọc
        </button>
      </form>
      <Card title={`${procedures.length} thủ tục`}>
        <ScrollArea label="Bảng thủ tục">
          <table className="w-full min-w-[40rem] text-left">
            <caption className="sr-only">Danh mục thủ tục</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Thủ tục
                </th>
                <th scope="col" className="py-2 pr-3">
                  Cấp
                </th>
                <th scope="col" className="py-2 pr-3">
                  Thời hạn
                </th>
                <th scope="col" className="py-2 pr-3">
                  Trực tuyến
                </th>
                <th scope="col" className="py-2 pr-3">
                  Đơn vị
                </th>
              </tr>
            </thead>
            <tbody>
              {procedures.map((p) => (
                <tr key={p.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3">
                    <Link href={paths.admin.procedure(p.id)} className="font-semibold text-brand-800">
                      {p.name}
                    </Link>
                    <span className="block text-sm text-muted">
                      {p.fieldName}
                      {p.code ? ` · mã ${p.code}` : ""}
                    </span>
                    {!p.active ? <Badge tone="neutral">Đã ngừng</Badge> : null}
                  </td>
                  <td className="py-2 pr-3">{adminLevelLabel[p.level]}</td>
                  <td className="py-2 pr-3">{p.statutoryWorkingDays === 0 ? "Trong ngày" : `${p.statutoryWorkingDays} ngày`}</td>
                  <td className="py-2 pr-3">{onlineLevelLabel[p.onlineLevel]}</td>
                  <td className="py-2 pr-3">{p.unitCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      </Card>
    </>
  );
}
