import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { Alert, Card, DescriptionList, PageHeader } from "@/components/ui/primitives";
import { eligibleGroupLabel } from "@/domain/labels";
import { formatDayVi, formatInstantVi, type EligibleGroup } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { localDateOf } from "@/server/dates";
import { homeVisitStepAction } from "@/server/home-visit/actions";
import { homeVisitDetail } from "@/server/home-visit/queries";
import { unitBySlug } from "@/server/units/queries";
import { StepForm } from "@/components/forms/step-form";
import { MapLink, PhoneLink } from "@/components/officer/contact-links";

export const metadata: Metadata = { title: "Yêu cầu đến nhà" };
export const dynamic = "force-dynamic";

const DONE: Record<string, string> = {
  confirm: "Đã xác nhận lịch đến nhà.",
  decline: "Đã từ chối yêu cầu.",
  assign: "Đã phân công cán bộ.",
  outcome: "Đã ghi kết quả và lập hồ sơ tiếp nhận tại nhà.",
};

export default async function HomeVisitPage({ params, searchParams }: { params: Promise<{ unit: string; id: string }>; searchParams: Promise<{ da?: string }> }) {
  const { unit: slug, id } = await params;
  const { da } = await searchParams;
  const user = await requirePagePermission("homeVisit.manage", paths.officer.homeVisit(slug, id));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const detail = await homeVisitDetail(user, unit.id, id, now());
  if (!detail) notFound();
  const { r, allowed, bookedCounts, staff, procedures } = detail;
  const hidden = { requestId: r.id, unitSlug: slug };
  const open = r.status === "PENDING" || r.status === "CONFIRMED";
  return (
    <>
      <PageHeader title={`Yêu cầu đến nhà ${r.trackingCode}`} subtitle={`${r.citizenName} · ${r.model.name}`} />
      <div className="space-y-5">
        {da && DONE[da] ? <Alert tone="ok">{DONE[da]}</Alert> : null}
        <Card title="Thông tin yêu cầu">
          <DescriptionList
            items={[
              { term: "Người dân", value: <>{r.citizenName} · <PhoneLink phone={r.citizenPhone} /></> },
              { term: "Địa chỉ", value: <MapLink address={r.address} place={unit.name} /> },
              { term: "Đối tượng", value: eligibleGroupLabel[r.eligibleGroup as EligibleGroup] ?? r.eligibleGroup },
              { term: "Thủ tục", value: r.procedure.name },
              { term: "Ngày mong muốn", value: formatDayVi(localDateOf(r.requestedDate)) },
              ...(r.confirmedDate ? [{ term: "Ngày hẹn đến nhà", value: formatDayVi(localDateOf(r.confirmedDate)) }] : []),
              ...(r.assignments.length ? [{ term: "Cán bộ đi", value: r.assignments.map((a) => a.user.fullName).join(", ") }] : []),
              ...(r.note ? [{ term: "Ghi chú", value: r.note }] : []),
              ...(r.declineReason ? [{ term: "Lý do từ chối", value: r.declineReason }] : []),
              ...(r.outcome ? [{ term: "Kết quả", value: `${r.outcome}${r.completedAt ? ` (${formatInstantVi(r.completedAt)})` : ""}` }] : []),
            ]}
          />
          {r.confirmedDate ? (
            <p className="mt-3">
              <Link href={paths.officer.homeVisitItinerary(slug, localDateOf(r.confirmedDate))}>Xem lộ trình ngày {formatDayVi(localDateOf(r.confirmedDate))}</Link>
            </p>
          ) : null}
        </Card>

        {r.dossiers.length > 0 ? (
          <Card title="Hồ sơ tiếp nhận tại nhà">
            <ul>
              {r.dossiers.map((d) => (
                <li key={d.id}>
                  <Link href={paths.officer.dossier(slug, d.code)} className="font-mono font-semibold">
                    {d.code}
                  </Link>{" "}
                  — {d.procedure.name}
                </li>
              ))}
            </ul>
          </Card>
        ) : null}

        {r.status === "PENDING" ? (
          <Card title="Xác nhận lịch đến nhà">
            {allowed.length === 0 ? (
              <Alert tone="warn">Không còn ngày nào được phép đặt lịch trong 8 tuần tới (theo lịch của mô hình và số lượt mỗi ngày).</Alert>
            ) : (
              <StepForm
                action={homeVisitStepAction}
                idPrefix="confirm"
                hidden={{ ...hidden, step: "confirm" }}
                fields={[
                  {
                    name: "date",
                    label: "Ngày đến nhà",
                    kind: "select",
                    required: true,
                    defaultValue: allowed.includes(localDateOf(r.requestedDate)) ? localDateOf(r.requestedDate) : allowed[0],
                    options: allowed.map((d) => ({ value: d, label: `${formatDayVi(d)} — đã hẹn ${bookedCounts[d] ?? 0}` })),
                  },
                  { name: "eligibilityVerified", label: "Đã kiểm tra người dân thuộc đối tượng được giải quyết tại nhà", kind: "checkbox", required: true },
                ]}
                submit="Xác nhận lịch"
              />
            )}
          </Card>
        ) : null}

        {open ? (
          <Card title="Phân công cán bộ">
            <StepForm
              action={homeVisitStepAction}
              idPrefix="assign"
              hidden={{ ...hidden, step: "assign" }}
              fields={[{ name: "userIds", label: "Cán bộ đi", kind: "checkboxes", options: staff.map((s) => ({ value: s.id, label: `${s.fullName}${s.position ? ` — ${s.position}` : ""}` })), defaultValue: r.assignments[0]?.userId ?? user.id }]}
              submit="Lưu phân công"
              variant="secondary"
            />
          </Card>
        ) : null}

        {r.status === "CONFIRMED" ? (
          <Card title="Ghi kết quả sau khi đến nhà">
            <StepForm
              action={homeVisitStepAction}
              idPrefix="outcome"
              hidden={{ ...hidden, step: "outcome" }}
              fields={[
                { name: "procedureIds", label: "Thủ tục đã tiếp nhận tại nhà (mỗi thủ tục một hồ sơ)", kind: "checkboxes", options: procedures.map((p) => ({ value: p.id, label: p.name })), defaultValue: r.procedureId },
                { name: "visitTime", label: "Giờ đến nhà", kind: "time", hint: "Để trống nếu ghi ngay tại nhà (bây giờ)." },
                { name: "outcome", label: "Kết quả", kind: "textarea", required: true },
                { name: "writtenOnBehalf", label: "Cán bộ viết giúp tờ khai", kind: "checkbox" },
              ]}
              submit="Ghi kết quả và lập hồ sơ"
            />
          </Card>
        ) : null}

        {open ? (
          <Card title="Từ chối yêu cầu">
            <StepForm action={homeVisitStepAction} idPrefix="decline" hidden={{ ...hidden, step: "decline" }} fields={[{ name: "reason", label: "Lý do từ chối", kind: "textarea", required: true }]} submit="Từ chối" variant="danger" />
          </Card>
        ) : null}
      </div>
    </>
  );
}
