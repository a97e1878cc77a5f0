import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader, buttonClass, inputClass } from "@/components/ui/primitives";
import { auditActionLabel, auditActorRoleLabel, auditEntityLabel, auditFamilyLabel } from "@/domain/labels";
import { formatInstantVi } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { auditActions, listAuditLog } from "@/server/admin/audit/queries";
import { unitOptions } from "@/server/admin/plans/queries";
import { requirePagePermission } from "@/server/auth/session";
import { unitSelectOptions } from "../_components/unit-options";
import { ScrollArea } from "@/components/ui/scroll-area";

export const metadata: Metadata = { title: "Nhật ký thao tác" };
export const dynamic = "force-dynamic";

type Search = { ai?: string; "don-vi"?: string; "thao-tac"?: string; tu?: string; den?: string; trang?: string };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requirePagePermission("audit.read", paths.admin.audit());
  const q = await searchParams;
  const [page, actions, units] = await Promise.all([
    listAuditLog({ who: q.ai, unitId: q["don-vi"] || undefined, action: q["thao-tac"], from: q.tu, to: q.den, page: Number(q.trang) || 1 }),
    auditActions(),
    unitOptions(null),
  ]);
  const families = [...new Set(actions.map((a) => a.split(".")[0]!))];
  const link = (n: number) => paths.admin.audit({ ...q, trang: n });
  return (
    <>
      <PageHeader title="Nhật ký thao tác" subtitle="Mọi thay đổi được ghi lại, không sửa, không xóa được. Thông tin cá nhân của người dân đã được ẩn." />
      <form method="get" className="mb-4 grid grid-cols-1 gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-200 sm:grid-cols-3 lg:grid-cols-6" aria-label="Lọc nhật ký">
        <div>
          <label htmlFor="ai" className="block text-sm font-semibold">
            Người thao tác
          </label>
          <input id="ai" name="ai" defaultValue={q.ai} className={inputClass} placeholder="Tên đăng nhập" />
        </div>
        <div className="sm:col-span-2">
          <label htmlFor="don-vi" className="block text-sm font-semibold">
            Đơn vị
          </label>
          <select id="don-vi" name="don-vi" defaultValue={q["don-vi"] ?? ""} className={inputClass}>
            <option value="">Tất cả</option>
            {unitSelectOptions(units).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="thao-tac" className="block text-sm font-semibold">
            Thao tác
          </label>
          <select id="thao-tac" name="thao-tac" defaultValue={q["thao-tac"] ?? ""} className={inputClass}>
            <option value="">Tất cả</option>
            {families.map((f) => (
              <optgroup key={f} label={auditFamilyLabel[f] ?? f}>
                <option value={`${f}.`}>{auditFamilyLabel[f] ?? f}: mọi thao tác</option>
                {actions
                  .filter((a) => a.startsWith(`${f}.`))
                  .map((a) => (
                    <option key={a} value={a}>
                      {auditActionLabel[a] ?? a}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tu" className="block text-sm font-semibold">
            Từ ngày
          </label>
          <input id="tu" name="tu" type="date" defaultValue={q.tu} className={inputClass} />
        </div>
        <div>
          <label htmlFor="den" className="block text-sm font-semibold">
            Đến ngày
          </label>
          <input id="den" name="den" type="date" defaultValue={q.den} className={inputClass} />
        </div>
        <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-6">
          <button type="submit" className={buttonClass("primary")}>
            Lọc
          </button>
          <Link href={paths.admin.audit()} className={buttonClass("ghost")}>
            Bỏ lọc
          </Link>
        </div>
      </form>
      <Card title={`${page.total} bản ghi · trang ${page.page}/${page.pages}`}>
        <ul className="divide-y divide-slate-200">
          {page.rows.map((r) => (
            <li key={r.id} className="py-2">
              <p className="flex flex-wrap gap-x-3">
                <span className="font-mono text-sm">{formatInstantVi(new Date(r.at))}</span>
                <span className="font-semibold">{auditActionLabel[r.action] ?? r.action}</span>
                <span>
                  {r.actorName ?? "—"}
                  {r.actorRole ? <span className="text-sm text-muted"> ({auditActorRoleLabel[r.actorRole] ?? r.actorRole})</span> : null}
                </span>
                {r.unitName ? <span className="text-muted">{r.unitName}</span> : null}
              </p>
              <p className="text-sm text-muted">
                {auditEntityLabel[r.entity] ?? r.entity}
                {r.entityId ? ` ${r.entityId}` : ""}
                {r.ip ? ` · IP ${r.ip}` : ""}
              </p>
              {r.before || r.after ? (
                <details className="mt-1">
                  <summary className="cursor-pointer text-sm text-brand-800">Dữ liệu trước và sau</summary>
                  <div className="mt-1 grid grid-cols-1 gap-2 md:grid-cols-2">
                    {r.before ? (
                      <ScrollArea label="Dữ liệu trước" className="overflow-x-auto rounded bg-slate-50 p-2">
                        <pre className="text-xs">{r.before}</pre>
                      </ScrollArea>
                    ) : null}
                    {r.after ? (
                      <ScrollArea label="Dữ liệu sau" className="overflow-x-auto rounded bg-slate-50 p-2">
                        <pre className="text-xs">{r.after}</pre>
                      </ScrollArea>
                    ) : null}
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
        {page.pages > 1 ? (
          <nav aria-label="Phân trang" className="mt-4 flex flex-wrap items-center gap-2">
            {page.page > 1 ? (
              <Link href={link(page.page - 1)} className={buttonClass("secondary")}>
                Trang trước
              </Link>
            ) : null}
            <span>
              Trang {page.page} / {page.pages}
            </span>
            {page.page < page.pages ? (
              <Link href={link(page.page + 1)} className={buttonClass("secondary")}>
                Trang sau
              </Link>
            ) : null}
          </nav>
        ) : null}
      </Card>
    </>
  );
}
