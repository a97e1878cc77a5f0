import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/primitives";
import { paths } from "@/lib/paths";
import { procedureFields } from "@/server/admin/catalogue/queries";
import { requirePagePermission } from "@/server/auth/session";
import { ProcedureForm } from "../procedure-form";

export const metadata: Metadata = { title: "Thêm thủ tục" };
export const dynamic = "force-dynamic";

export default async function NewProcedurePage() {
  await requirePagePermission("catalogue.edit", paths.admin.newProcedure());
  return (
    <>
      <PageHeader title="Thêm thủ tục" />
      <Card>
        <ProcedureForm fields={await procedureFields()} />
      </Card>
    </>
  );
}
