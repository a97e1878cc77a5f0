import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/primitives";
import { adminOverview } from "@/server/admin/overview";
import { requirePagePermission } from "@/server/auth/session";

export const metadata: Metadata = { title: "Quản trị" };
export const dynamic = "force-dynamic";

export default async function AdminHome() {
  await requirePagePermission("user.manage", "/quan-tri");
  const o = await adminOverview();
  const items = [
    { label: "Kế hoạch", value: o.plans },
    { label: "Mô hình", value: o.models },
    { label: "Đơn vị", value: o.units },
    { label: "Thủ tục", value: o.procedures },
    { label: "Người dùng", value: o.users },
    { label: "Ngày trong lịch chính thức", value: o.calendarEntries },
    { label: "Bản ghi nhật ký", value: o.auditRecords },
  ];
  return (
    <>
      <PageHeader title="Quản trị hệ thống" subtitle="Kế hoạch, danh mục thủ tục, đơn vị, người dùng và lịch nghỉ chính thức." />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {items.map((i) => (
          <div key={i.label} className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
            <dt className="text-sm text-muted">{i.label}</dt>
            <dd className="text-2xl font-bold text-brand-900">{i.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
