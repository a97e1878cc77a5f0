import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/primitives";
import { DOSSIER_RETENTION_MONTHS, HOME_VISIT_RETENTION_MONTHS } from "@/domain/privacy/retention";
import { paths } from "@/lib/paths";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { unitBySlug } from "@/server/units/queries";
import { PersonalDataExportForm } from "./export-form";

export const metadata: Metadata = { title: "Dữ liệu cá nhân của người dân" };
// Never cached: a signed-in officer's view of one citizen's personal data, checked against their unit on every request.
export const dynamic = "force-dynamic";

/** A citizen's request for a copy of their data, answered at the desk that holds it. */
export default async function PersonalDataPage({ params }: { params: Promise<{ unit: string }> }) {
  const { unit: slug } = await params;
  const user = await requirePagePermission("privacy.export", paths.officer.personalData(slug));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  return (
    <>
      <PageHeader title="Dữ liệu cá nhân của người dân" subtitle={unit.name} />
      <div className="max-w-3xl space-y-5">
        <Card title="Khi người dân yêu cầu cung cấp dữ liệu của mình">
          <p>
            Theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, người dân có quyền được biết và yêu cầu cung cấp dữ liệu cá nhân của mình. Đối chiếu giấy tờ tùy thân của người yêu cầu, rồi tìm theo số
            điện thoại họ đã khai: trang này cho thấy mọi hồ sơ, đề nghị đến nhà, đánh giá và thư của đơn vị (và các đơn vị trực thuộc) gắn với số đó, kèm tệp JSON để trao cho người dân. Mỗi lần trích
            xuất được ghi vào nhật ký với số phiếu.
          </p>
          <p className="mt-2">
            Liên hệ của đề nghị đến nhà được ẩn danh {HOME_VISIT_RETENTION_MONTHS} tháng sau khi đề nghị kết thúc, của hồ sơ {DOSSIER_RETENTION_MONTHS} tháng sau khi trả kết quả hoặc từ chối (
            <Link href={paths.privacy()} className="text-brand-700 underline">
              chính sách dữ liệu
            </Link>
            ); dữ liệu đã ẩn danh không còn tìm được theo số điện thoại.
          </p>
        </Card>
        <Card title="Tìm theo số điện thoại">
          <PersonalDataExportForm unitId={unit.id} />
        </Card>
      </div>
    </>
  );
}
