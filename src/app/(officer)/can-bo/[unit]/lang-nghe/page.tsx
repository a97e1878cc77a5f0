import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { Alert, Badge, Card, PageHeader } from "@/components/ui/primitives";
import { addDays, formatDateVi, formatDayVi, toLocalDate, toLocalTime } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { localDateOf } from "@/server/dates";
import { generateSessionsAction } from "@/server/listening-sessions/actions";
import { sessionLists } from "@/server/listening-sessions/queries";
import { requireUnitScope } from "@/server/auth/scope";
import { unitBySlug } from "@/server/units/queries";
import { StepForm } from "@/components/forms/step-form";

export const metadata: Metadata = { title: "Lắng nghe dân nói" };
export const dynamic = "force-dynamic";

type Session = Awaited<ReturnType<typeof sessionLists>>["upcoming"][number];

function SessionList({ rows, slug }: { rows: Session[]; slug: string }) {
  if (rows.length === 0) return <p className="text-muted">Không có buổi nào.</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {rows.map((s) => (
        <li key={s.id} className="py-2">
          <Link href={paths.officer.session(slug, s.id)} className="font-semibold">
            {formatDayVi(localDateOf(s.date))} — {s.unit.name}
          </Link>
          <span className="ml-2">
            <Badge tone={s.status === "HELD" ? "ok" : s.status === "CANCELLED" ? "neutral" : "brand"}>{s.status === "HELD" ? "Đã tổ chức" : s.status === "CANCELLED" ? "Đã hủy" : "Dự kiến"}</Badge>
          </span>
          <span className="block text-sm text-muted">
            {toLocalTime(s.startsAt)}–{toLocalTime(s.endsAt)} · {s.model.name} · {s._count.questions} ý kiến
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function SessionsPage({ params, searchParams }: { params: Promise<{ unit: string }>; searchParams: Promise<{ lap?: string }> }) {
  const { unit: slug } = await params;
  const { lap } = await searchParams;
  const user = await requirePagePermission("session.manage", paths.officer.sessions(slug));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const at = now();
  const lists = await sessionLists(user, unit.id, at);
  const today = toLocalDate(at);
  return (
    <>
      <PageHeader title="Lắng nghe dân nói" subtitle={unit.name} />
      <div className="space-y-5">
        {lap !== undefined ? <Alert tone="ok">{Number(lap) > 0 ? `Đã lập lịch ${lap} buổi theo kế hoạch.` : "Lịch đã đủ; không có buổi mới."}</Alert> : null}
        {!lists.hasModel ? <Alert tone="neutral">Đơn vị không có mô hình lắng nghe dân nói trong kế hoạch.</Alert> : null}
        <Card title={`Ý kiến cần trả lời (${lists.openQuestions.length})`}>
          {lists.openQuestions.length === 0 ? (
            <p className="text-muted">Không có ý kiến đang chờ trả lời.</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {lists.openQuestions.map((q) => (
                <li key={q.id} className="py-2">
                  <Link href={paths.officer.sessionQuestions(slug, q.session.id)}>{q.content}</Link>
                  <span className="block text-sm text-muted">
                    {q.session.unit.name}, {formatDateVi(localDateOf(q.session.date))} · giao {q.assignedUnit.name} · hạn {formatDateVi(localDateOf(q.dueOn))}{" "}
                    {q.overdue ? <Badge tone="bad">Quá hạn</Badge> : null} {q.status === "FOLLOW_UP" ? <Badge tone="warn">Đang theo dõi</Badge> : null}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Buổi sắp tới và chưa ghi nhận">
          <SessionList rows={lists.upcoming} slug={slug} />
        </Card>
        {lists.hasModel ? (
          <Card title="Lập lịch theo kế hoạch">
            <p className="mb-3 text-muted">Các buổi được tính theo lịch của mô hình trong kế hoạch (ví dụ tối thứ Bảy tuần cuối cùng của quý), tại mỗi thôn trong phạm vi.</p>
            <StepForm
              action={generateSessionsAction}
              idPrefix="lap-lich"
              hidden={{ unitId: unit.id, unitSlug: slug }}
              fields={[
                { name: "from", label: "Từ ngày", kind: "date", required: true, defaultValue: today },
                { name: "to", label: "Đến ngày", kind: "date", required: true, defaultValue: addDays(today, 365) },
              ]}
              submit="Lập lịch"
              variant="secondary"
            />
          </Card>
        ) : null}
        <Card title="Đã tổ chức">
          <SessionList rows={lists.past} slug={slug} />
        </Card>
      </div>
    </>
  );
}
