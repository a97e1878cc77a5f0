import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/primitives";
import { paths } from "@/lib/paths";
import { createPlanAction } from "@/server/admin/plans/actions";
import { unitOptions } from "@/server/admin/plans/queries";
import { requirePagePermission } from "@/server/auth/session";
import { PlanForm } from "../plan-form";

export const metadata: Metadata = { title: "Thêm kế hoạch" };
export const dynamic = "force-dynamic";

export default async function NewPlanPage() {
  const user = await requirePagePermission("plan.edit", paths.admin.newPlan());
  const units = await unitOptions(user);
  return (
    <>
      <PageHeader title="Thêm kế hoạch" subtitle="Nhập kế hoạch như văn bản đã ký. Kế hoạch được lưu là dự thảo; người dân chỉ thấy sau khi ban hành." />
      <Card>
        <PlanForm action={createPlanAction} units={units} submitLabel="Lưu dự thảo" />
      </Card>
    </>
  );
}
