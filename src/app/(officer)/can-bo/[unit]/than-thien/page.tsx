import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { Alert, Card, PageHeader } from "@/components/ui/primitives";
import { labelOptions, ratingLabel } from "@/domain/labels";
import { formatDateVi, formatInstantVi, toLocalDate } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { localDateOf } from "@/server/dates";
import { recordPaperSurveyAction, recordPledgeAction } from "@/server/friendly/actions";
import { friendlyOverview } from "@/server/friendly/queries";
import { unitBySlug } from "@/server/units/queries";
import { StepForm } from "@/components/forms/step-form";
import { ScrollArea } from "@/components/ui/scroll-area";

export const metadata: Metadata = { title: "Chính quyền thân thiện" };
export const dynamic = "force-dynamic";

export default async function FriendlyPage({ params, searchParams }: { params: Promise<{ unit: string }>; searchParams: Promise<{ da?: string }> }) {
  const { unit: slug } = await params;
  const { da } = await searchParams;
  const user = await requirePagePermission("pledge.manage", paths.officer.friendly(slug));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const at = now();
  const data = await friendlyOverview(user, unit.id, at);
  if (!data) notFound();
  const today = toLocalDate(at);
  const total = (s: "PORTAL" | "PAPER") => Object.values(data.table[s]).reduce((a, b) => a + b, 0);
  return (
    <>
      <PageHeader title="Chính quyền thân thiện" subtitle={`${unit.name} · «4 xin, 4 luôn, 5 không», khảo sát sự hài lòng`} />
      <div className="space-y-5">
        {da === "cam-ket" ? <Alert tone="ok">Đã ghi cam kết.</Alert> : null}
        {da === "khao-sat" ? <Alert tone="ok">Đã nhập phiếu khảo sát.</Alert> : null}
        <Card title="Mức độ hài lòng 12 tháng qua">
          <ScrollArea label="Bảng cam kết và khảo sát" className="overflow-x-auto">
            <table className="w-full min-w-[24rem] text-left">
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="py-2">Nguồn</th>
                  {Object.values(ratingLabel).map((r) => (
                    <th key={r} scope="col" className="py-2">{r}</th>
                  ))}
                  <th scope="col" className="py-2">Tỷ lệ hài lòng</th>
                </tr>
              </thead>
              <tbody>
                {(["PORTAL", "PAPER"] as const).map((s) => (
                  <tr key={s} className="border-b border-slate-200">
                    <th scope="row" className="py-2 font-normal">{s === "PORTAL" ? "Đánh giá trên cổng" : "Phiếu giấy"}</th>
                    {(Object.keys(ratingLabel) as (keyof typeof ratingLabel)[]).map((r) => (
                      <td key={r} className="py-2">{data.table[s][r]}</td>
                    ))}
                    <td className="py-2">{total(s) ? `${Math.round((100 * data.table[s].SATISFIED) / total(s))} %` : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
          {data.comments.length ? (
            <ul className="mt-3 space-y-1 text-[0.95rem]">
              {data.comments.map((c) => (
                <li key={c.id}>
                  «{c.comment}» — {ratingLabel[c.rating]}, {formatInstantVi(c.respondedAt)}
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
        <Card title="Nhập phiếu khảo sát giấy">
          <StepForm
            action={recordPaperSurveyAction}
            idPrefix="khao-sat"
            hidden={{ unitId: unit.id, unitSlug: slug }}
            fields={[
              { name: "rating", label: "Mức độ hài lòng", kind: "radio", options: labelOptions(ratingLabel) },
              { name: "respondedOn", label: "Ngày khảo sát", kind: "date", required: true, defaultValue: today },
              { name: "comment", label: "Ý kiến (nếu có)", kind: "textarea" },
            ]}
            submit="Lưu phiếu"
          />
        </Card>
        <Card title={`Cán bộ đã ký cam kết (${data.pledges.length})`}>
          {data.pledges.length === 0 ? (
            <p className="text-muted">Chưa có cam kết nào.</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {data.pledges.map((p) => (
                <li key={p.id} className="py-1">
                  {p.staffName}
                  {p.position ? ` — ${p.position}` : ""} · ký ngày {formatDateVi(localDateOf(p.signedOn))}
                </li>
              ))}
            </ul>
          )}
          <details className="mt-4">
            <summary className="cursor-pointer font-semibold">Ghi cam kết mới</summary>
            <div className="mt-3">
              <StepForm
                action={recordPledgeAction}
                idPrefix="cam-ket"
                hidden={{ unitId: unit.id, unitSlug: slug }}
                fields={[
                  { name: "staffName", label: "Họ tên người ký", kind: "text", required: true },
                  { name: "position", label: "Chức vụ", kind: "text" },
                  { name: "userId", label: "Tài khoản trên cổng (nếu có)", kind: "select", options: [{ value: "", label: "Không" }, ...data.staff.map((s) => ({ value: s.id, label: s.fullName }))] },
                  { name: "signedOn", label: "Ngày ký", kind: "date", required: true, defaultValue: today },
                ]}
                submit="Ghi cam kết"
                variant="secondary"
              />
            </div>
          </details>
        </Card>
      </div>
    </>
  );
}
