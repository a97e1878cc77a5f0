import type { Metadata } from "next";
import Link from "next/link";
import { publicText } from "@/domain/text/public-text";
import { notFound } from "next/navigation";
import { Alert, Card, PageHeader } from "@/components/ui/primitives";
import { paths } from "@/lib/paths";
import { procedureFields, procedureForm } from "@/server/admin/catalogue/queries";
import { requirePagePermission } from "@/server/auth/session";
import { ProcedureForm } from "../procedure-form";

export const metadata: Metadata = { title: "Thủ tục" };
export const dynamic = "force-dynamic";

export default async function ProcedurePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ "da-luu"?: string }> }) {
  const { id } = await params;
  await requirePagePermission("catalogue.edit", paths.admin.procedure(id));
  const [procedure, fields] = await Promise.all([procedureForm(id), procedureFields()]);
  if (!procedure) notFound();
  return (
    <>
      <nav aria-label="Đường dẫn" className="mb-2 text-sm text-muted">
        <Link href={paths.admin.procedures()}>Danh mục thủ tục</Link> › {procedure.name}
      </nav>
      <PageHeader title={procedure.name} subtitle={procedure.source ? `Nguồn: ${publicText(procedure.source)}` : undefined} />
      {(await searchParams)["da-luu"] === "1" ? (
        <div className="mb-4">
          <Alert tone="ok">Đã thêm thủ tục.</Alert>
        </div>
      ) : null}
      <Card>
        <ProcedureForm procedure={procedure} fields={fields} />
      </Card>
    </>
  );
}
