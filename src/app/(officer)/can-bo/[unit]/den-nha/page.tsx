import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { Badge, Card, PageHeader } from "@/components/ui/primitives";
import { eligibleGroupLabel } from "@/domain/labels";
import { formatDateVi, formatDayVi, toLocalDate, type EligibleGroup } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { can } from "@/server/auth/permissions";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { localDateOf } from "@/server/dates";
import { setHomeVisitCapacityAction } from "@/server/home-visit/actions";
import { homeVisitCapacities, homeVisitLists } from "@/server/home-visit/queries";
import { unitBySlug } from "@/server/units/queries";
import { StepForm } from "@/components/forms/step-form";
import { MapLink, PhoneLink } from "@/components/officer/contact-links";

export const metadata: Metadata = { title: "Giải quyết thủ tục tại nhà" };
export const dynamic = "force-dynamic";

type Row = Awaited<ReturnType<typeof homeVisitLists>>["pending"][number];

const STATUS: Record<string, { label: string; tone: "brand" | "ok" | "bad" | "neutral" }> = {
  PENDING: { label: "Chờ xác nhận", tone: "brand" },
  CONFIRMED: { label: "Đã hẹn", tone: "ok" },
  DONE: { label: "Đã đến nhà", tone: "ok" },
  DECLINED: { label: "Từ chối", tone: "bad" },
  CANCELLED: { label: "Đã hủy", tone: "neutral" },
};

function Rows({ rows, slug, place, dateOf }: { rows: Row[]; slug: string; place: string; dateOf: (r: Row) => Date | null }) {
  if (rows.length === 0) return <p className="text-muted">Không có yêu cầu.</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {rows.map((r) => {
        const date = dateOf(r);
        return (
          <li key={r.id} className="py-2">
            <Link href={paths.officer.homeVisit(slug, r.id)} className="font-semibold">
              {r.citizenName} — {r.trackingCode}
            </Link>
            <span className="ml-2">
              <Badge tone={STATUS[r.status]?.tone}>{STATUS[r.status]?.label ?? r.status}</Badge>
            </span>
            <span className="block text-sm text-muted">
              {r.procedure.name} · {eligibleGroupLabel[r.eligibleGroup as EligibleGroup] ?? r.eligibleGroup} · <PhoneLink phone={r.citizenPhone} /> · <MapLink address={r.address} place={place} />
              {date ? ` · ${formatDayVi(localDateOf(date))}` : ""}
              {r.assignments.length ? ` · ${r.assignments.map((a) => a.user.fullName).join(", ")}` : ""}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export default async function HomeVisitsPage({ params }: { params: Promise<{ unit: string }> }) {
  const { unit: slug } = await params;
  const user = await requirePagePermission("homeVisit.manage", paths.officer.homeVisits(slug));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const [lists, capacities] = await Promise.all([homeVisitLists(user, unit.id), homeVisitCapacities(user, unit.id, toLocalDate(now()))]);
  const mayEdit = can(user.role, "capacity.set");
  return (
    <>
      <PageHeader title="Giải quyết thủ tục tại nhà" subtitle={unit.name} />
      <div className="space-y-5">
        <Card title={`Yêu cầu chờ xác nhận (${lists.pending.length})`}>
          <Rows rows={lists.pending} slug={slug} place={unit.name} dateOf={(r) => r.requestedDate} />
        </Card>
        <Card title={`Đã hẹn đến nhà (${lists.confirmed.length})`}>
          <Rows rows={lists.confirmed} slug={slug} place={unit.name} dateOf={(r) => r.confirmedDate} />
        </Card>
        <Card title="Lộ trình theo ngày">
          {lists.days.length === 0 ? (
            <p className="text-muted">Chưa có ngày đến nhà nào.</p>
          ) : (
            <ul className="flex flex-wrap gap-3">
              {lists.days.map((d) => (
                <li key={d.date}>
                  <Link href={paths.officer.homeVisitItinerary(slug, d.date)}>
                    {formatDateVi(d.date)} ({d.count} nhà)
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Số lượt đến nhà mỗi ngày">
          {capacities.length === 0 ? (
            <p className="text-muted">Đơn vị không có mô hình giải quyết thủ tục tại nhà.</p>
          ) : (
            <ul className="space-y-4">
              {capacities.map((c) => (
                <li key={c.modelId}>
                  <p>
                    <span className="font-semibold">{c.modelName}</span>: {c.capacityPerDay === null ? "không giới hạn" : `${c.capacityPerDay} lượt mỗi ngày`}
                    {c.validTo ? ` · ${c.ended ? "đã kết thúc" : "áp dụng đến"} ${formatDateVi(c.validTo)}` : ""}
                  </p>
                  {mayEdit && !c.ended ? (
                    <StepForm
                      action={setHomeVisitCapacityAction}
                      idPrefix={`cap-${c.modelId}`}
                      hidden={{ unitId: unit.id, modelId: c.modelId }}
                      fields={[{ name: "capacityPerDay", label: "Số lượt đến nhà mỗi ngày", kind: "number", required: true, defaultValue: String(c.capacityPerDay ?? 6), hint: "Lãnh đạo đơn vị quyết định theo số cán bộ đi được; lịch đã hẹn giữ nguyên." }]}
                      submit="Lưu số lượt"
                      variant="secondary"
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Gần đây">
          <Rows rows={lists.recent} slug={slug} place={unit.name} dateOf={(r) => r.confirmedDate ?? r.requestedDate} />
        </Card>
      </div>
    </>
  );
}
