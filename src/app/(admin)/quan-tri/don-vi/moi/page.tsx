import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/primitives";
import { paths } from "@/lib/paths";
import { unitOptions } from "@/server/admin/plans/queries";
import { requirePagePermission } from "@/server/auth/session";
import { UnitForm } from "../unit-form";

export const metadata: Metadata = { title: "Thêm đơn vị" };
export const dynamic = "force-dynamic";

export default async function NewUnitPage({ searchParams }: { searchParams: Promise<{ "cap-tren"?: string }> }) {
  await requirePagePermission("unit.edit", paths.admin.newUnit());
  return (
    <>
      <PageHeader title="Thêm đơn vị" />
      <Card>
        <UnitForm units={await unitOptions(null)} parentId={(await searchParams)["cap-tren"]} />
      </Card>
    </>
  );
}
