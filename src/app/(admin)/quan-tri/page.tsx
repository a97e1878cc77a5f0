import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/primitives";
import { paths } from "@/lib/paths";
import { adminOverview } from "@/server/admin/overview";
import { can } from "@/server/auth/permissions";
import { currentUser, requirePagePermission } from "@/server/auth/session";

export const metadata: Metadata = { title: "Quản trị" };
export const dynamic = "force-dynamic";

export default async function AdminHome() {
  // A unit leader's part of the administration is their unit's plans.
  const user = await currentUser();
  if (user && !can(user.role, "user.manage") && can(user.role, "plan.edit")) redirect(paths.admin.plans());
  await requirePagePermission("user.manage", paths.admin.home());
  const o = await adminOverview();
  const items = [
    { label: "Kế hoạch", value: o.plans, href: paths.admin.plans() },
    { label: "Mô hình", value: o.models, href: paths.admin.plans() },
    { label: "Đơn vị", value: o.units, href: paths.admin.units() },
    { label: "Thủ tục", value: o.procedures, href: paths.admin.procedures() },
    { label: "Người dùng", value: o.users, href: paths.admin.users() },
    { label: "Ngày trong lịch chính thức", value: o.calendarEntries, href: paths.admin.calendar() },
    { label: "Bản ghi nhật ký", value: o.auditRecords, href: paths.admin.audit() },
  ];
  return (
    <>
      <PageHeader title="Quản trị hệ thống" subtitle="Kế hoạch, danh mục thủ tục, đơn vị, người dùng và lịch nghỉ chính thức." />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {items.map((i) => (
          <div key={i.label} className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
            <dt className="text-sm text-muted">
              <Link href={i.href} className="text-brand-700">
                {i.label}
              </Link>
            </dt>
            <dd className="text-2xl font-bold text-brand-900">{i.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
