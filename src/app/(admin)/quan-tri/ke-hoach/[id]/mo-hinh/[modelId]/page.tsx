import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Card, PageHeader } from "@/components/ui/primitives";
import { modelKindLabel } from "@/domain/labels";
import { formatDateVi, formatInstantVi, toLocalDate } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { deleteModelAction } from "@/server/admin/models/actions";
import { modelEditor, procedureOptions } from "@/server/admin/models/queries";
import { unitOptions } from "@/server/admin/plans/queries";
import { requirePlanPage } from "@/server/admin/plan-page";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { ModelBuilder } from "../model-builder";
import { ScrollArea } from "@/components/ui/scroll-area";

export const metadata: Metadata = { title: "Mô hình" };
export const dynamic = "force-dynamic";

export default async function ModelPage({ params, searchParams }: { params: Promise<{ id: string; modelId: string }>; searchParams: Promise<{ "da-luu"?: string }> }) {
  const { id, modelId } = await params;
  const saved = (await searchParams)["da-luu"] === "1";
  const user = await requirePagePermission("plan.edit", paths.admin.model(id, modelId));
  await requirePlanPage(user, id);
  const model = await modelEditor(modelId);
  if (!model || model.plan.id !== id) notFound();
  const today = toLocalDate(now());
  const [units, procedures] = await Promise.all([unitOptions(user), procedureOptions()]);
  const issued = model.plan.status !== "DRAFT";
  const ended = model.plan.status === "ENDED";
  return (
    <>
      <nav aria-label="Đường dẫn" className="mb-2 text-sm text-muted">
        <Link href={paths.admin.plans()}>Kế hoạch</Link> › <Link href={paths.admin.plan(id)}>{model.plan.title}</Link> › {model.name}
      </nav>
      <PageHeader title={model.name} subtitle={modelKindLabel[model.kind]} />
      {saved ? (
        <div className="mb-4">
          <Alert tone="ok">Đã lưu mô hình.</Alert>
        </div>
      ) : null}
      {ended ? (
        <div className="mb-4">
          <Alert tone="neutral">Kế hoạch đã kết thúc: quy tắc của mô hình không sửa được nữa.</Alert>
        </div>
      ) : (
        <ModelBuilder planId={id} modelId={model.id} issued={issued} initial={model.values} units={units} procedures={procedures} today={today} />
      )}
      <Card title="Lịch sử phiên bản" className="mt-6">
        <p className="mb-3 text-sm text-muted">Mỗi hồ sơ giữ phiên bản quy tắc đang áp dụng khi tiếp nhận; báo cáo dùng phiên bản áp dụng trong kỳ.</p>
        <ScrollArea label="Bảng phiên bản">
          <table className="w-full min-w-[36rem] text-left">
            <caption className="sr-only">Các phiên bản quy tắc của mô hình</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Áp dụng từ
                </th>
                <th scope="col" className="py-2 pr-3">
                  Quy tắc
                </th>
                <th scope="col" className="py-2 pr-3">
                  Lý do, người lập
                </th>
                <th scope="col" className="py-2 pr-3">
                  Hồ sơ
                </th>
              </tr>
            </thead>
            <tbody>
              {model.versions.map((v) => (
                <tr key={v.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3 font-semibold">{formatDateVi(v.effectiveFrom)}</td>
                  <td className="py-2 pr-3">{v.description}</td>
                  <td className="py-2 pr-3 text-sm">
                    {v.note ?? "—"}
                    <span className="block text-muted">
                      {v.createdBy ?? "Dữ liệu ban đầu"} · {formatInstantVi(new Date(v.createdAt))}
                    </span>
                  </td>
                  <td className="py-2 pr-3">{v.dossierCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      </Card>
      {!issued ? (
        <Card title="Xóa mô hình" className="mt-6">
          <ActionForm action={deleteModelAction} className="space-y-2" label="Xóa mô hình">
            <input type="hidden" name="id" value={model.id} />
            <p>Kế hoạch còn là dự thảo nên có thể xóa mô hình này.</p>
            <SubmitButton variant="danger" pendingText="Đang xóa…">
              Xóa mô hình
            </SubmitButton>
          </ActionForm>
        </Card>
      ) : null}
    </>
  );
}
