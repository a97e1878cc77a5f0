import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/primitives";
import { PROCEDURE_COLUMNS } from "@/domain/catalogue/procedure-row";
import { paths } from "@/lib/paths";
import { requirePagePermission } from "@/server/auth/session";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Nhập danh mục thủ tục" };
export const dynamic = "force-dynamic";

export default async function ImportPage() {
  await requirePagePermission("catalogue.edit", paths.admin.importProcedures());
  return (
    <>
      <nav aria-label="Đường dẫn" className="mb-2 text-sm text-muted">
        <Link href={paths.admin.procedures()}>Danh mục thủ tục</Link> › Nhập từ tệp
      </nav>
      <PageHeader title="Nhập danh mục thủ tục từ tệp" subtitle="Tệp CSV hoặc Excel (.xlsx). Dòng hợp lệ được nhập; dòng lỗi được báo theo số dòng và không ghi gì." />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <ImportForm />
        </Card>
        <Card title="Các cột của tệp">
          <p className="mb-2">
            {/* A file download (route handler), not a page: a plain link. */}
            <a href={paths.admin.importTemplate()} download className="font-semibold text-brand-700">
              Tải tệp mẫu (CSV)
            </a>
          </p>
          <dl className="space-y-2 text-sm">
            {PROCEDURE_COLUMNS.map((c) => (
              <div key={c.key}>
                <dt className="font-semibold">
                  {c.header}
                  {c.required ? " *" : ""}
                </dt>
                <dd className="text-muted">{c.hint}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
    </>
  );
}
