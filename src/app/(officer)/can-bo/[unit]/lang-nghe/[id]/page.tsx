import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { Alert, Badge, Card, LinkButton, PageHeader } from "@/components/ui/primitives";
import { addDays, formatDateVi, formatDayVi, formatInstantVi, toLocalTime } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { localDateOf } from "@/server/dates";
import { sessionStepAction } from "@/server/listening-sessions/actions";
import { sessionDetail } from "@/server/listening-sessions/queries";
import { requireUnitScope } from "@/server/auth/scope";
import { unitBySlug } from "@/server/units/queries";
import { StepForm } from "@/components/forms/step-form";

export const metadata: Metadata = { title: "Buổi lắng nghe dân nói" };
export const dynamic = "force-dynamic";

const DONE: Record<string, string> = { hold: "Đã ghi nhận buổi gặp mặt.", question: "Đã ghi ý kiến.", answer: "Đã lưu trả lời." };
const Q_STATUS: Record<string, { label: string; tone: "brand" | "ok" | "warn" | "neutral" }> = {
  OPEN: { label: "Chờ trả lời", tone: "brand" },
  ANSWERED: { label: "Đã trả lời", tone: "ok" },
  FOLLOW_UP: { label: "Đang theo dõi", tone: "warn" },
  CLOSED: { label: "Kết thúc", tone: "neutral" },
};

export default async function SessionPage({ params, searchParams }: { params: Promise<{ unit: string; id: string }>; searchParams: Promise<{ da?: string }> }) {
  const { unit: slug, id } = await params;
  const { da } = await searchParams;
  const user = await requirePagePermission("session.manage", paths.officer.session(slug, id));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const detail = await sessionDetail(user, unit.id, id);
  if (!detail) notFound();
  const { s, units } = detail;
  const date = localDateOf(s.date);
  const started = s.startsAt.getTime() <= now().getTime();
  const hidden = { sessionId: s.id, unitSlug: slug };
  return (
    <>
      <PageHeader title={`Lắng nghe dân nói — ${s.unit.name}`} subtitle={`${formatDayVi(date)}, ${toLocalTime(s.startsAt)}–${toLocalTime(s.endsAt)} · ${s.model.name}`}>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={s.status === "HELD" ? "ok" : "brand"}>{s.status === "HELD" ? "Đã tổ chức" : s.status === "CANCELLED" ? "Đã hủy" : "Dự kiến"}</Badge>
          {s.status === "HELD" ? (
            <LinkButton href={paths.officer.sessionMinutes(slug, s.id)} variant="secondary">
              In biên bản
            </LinkButton>
          ) : null}
        </div>
      </PageHeader>
      <div className="space-y-5">
        {da && DONE[da] ? <Alert tone="ok">{DONE[da]}</Alert> : null}
        {s.status === "PLANNED" ? (
          <Card title="Ghi nhận buổi gặp mặt">
            {!started ? (
              <Alert tone="neutral">Buổi gặp mặt bắt đầu lúc {formatInstantVi(s.startsAt)}; ghi nhận sau khi đã tổ chức.</Alert>
            ) : (
              <StepForm
                action={sessionStepAction}
                idPrefix="hold"
                hidden={{ ...hidden, step: "hold" }}
                fields={[
                  { name: "present", label: "Thành phần tham dự theo kế hoạch (đánh dấu người có mặt)", kind: "checkboxes", options: s.attendance.map((a) => ({ value: a.id, label: a.roleTitle })) },
                  { name: "minutes", label: "Biên bản (nội dung chính)", kind: "textarea", required: true, rows: 6 },
                ]}
                submit="Ghi nhận đã tổ chức"
              />
            )}
          </Card>
        ) : (
          <Card title="Thành phần tham dự">
            <ul className="grid gap-1 sm:grid-cols-2">
              {s.attendance.map((a) => (
                <li key={a.id}>
                  {a.present ? "✓" : "✗"} {a.roleTitle}
                  {a.personName ? ` — ${a.personName}` : ""} <span className="sr-only">{a.present ? "có mặt" : "vắng"}</span>
                </li>
              ))}
            </ul>
            {s.minutes ? <p className="mt-3 whitespace-pre-line">{s.minutes}</p> : null}
          </Card>
        )}

        <section id="y-kien" aria-labelledby="y-kien-tieu-de">
          <Card title={<span id="y-kien-tieu-de">Ý kiến của người dân ({s.questions.length})</span>}>
            <div className="space-y-4">
              {s.questions.map((q, i) => (
                <article key={q.id} className="rounded-md border border-slate-200 p-3">
                  <h3 className="font-bold">
                    {i + 1}. {q.content}
                  </h3>
                  <p className="text-sm text-muted">
                    {q.askerName ? `${q.askerName} · ` : ""}giao {q.assignedUnit.name} · hạn {formatDateVi(localDateOf(q.dueOn))}{" "}
                    <Badge tone={Q_STATUS[q.status]?.tone}>{Q_STATUS[q.status]?.label}</Badge>
                  </p>
                  {q.answer ? (
                    <p className="mt-2">
                      <span className="font-semibold">Trả lời:</span> {q.answer}
                      {q.answeredBy ? <span className="text-sm text-muted"> — {q.answeredBy.fullName}{q.answeredAt ? `, ${formatInstantVi(q.answeredAt)}` : ""}</span> : null}
                    </p>
                  ) : null}
                  {q.followUpNote ? <p className="text-sm">Theo dõi: {q.followUpNote}</p> : null}
                  {q.status !== "CLOSED" ? (
                    <div className="mt-3">
                      <StepForm
                        action={sessionStepAction}
                        idPrefix={`answer-${q.id}`}
                        hidden={{ ...hidden, step: "answer", questionId: q.id }}
                        fields={[
                          { name: "answer", label: "Nội dung trả lời", kind: "textarea", required: true, defaultValue: q.answer ?? undefined },
                          {
                            name: "status",
                            label: "Tình trạng",
                            kind: "radio",
                            defaultValue: q.status === "OPEN" ? "ANSWERED" : q.status,
                            options: [
                              { value: "ANSWERED", label: "Đã trả lời" },
                              { value: "FOLLOW_UP", label: "Cần tiếp tục theo dõi" },
                              { value: "CLOSED", label: "Kết thúc" },
                            ],
                          },
                          { name: "followUpNote", label: "Việc cần theo dõi (nếu có)", kind: "text", defaultValue: q.followUpNote ?? undefined },
                        ]}
                        submit="Lưu trả lời"
                        variant="secondary"
                      />
                    </div>
                  ) : null}
                </article>
              ))}
              {s.status === "HELD" ? (
                <div className="rounded-md border border-dashed border-slate-300 p-3">
                  <h3 className="mb-2 font-bold">Thêm ý kiến</h3>
                  <StepForm
                    action={sessionStepAction}
                    idPrefix="question"
                    hidden={{ ...hidden, step: "question" }}
                    fields={[
                      { name: "content", label: "Nội dung ý kiến, kiến nghị", kind: "textarea", required: true },
                      { name: "askerName", label: "Người nêu ý kiến (nếu có)", kind: "text" },
                      { name: "assignedUnitId", label: "Bộ phận trả lời", kind: "select", required: true, options: units.map((u) => ({ value: u.id, label: u.name })), defaultValue: s.hostUnitId },
                      { name: "dueOn", label: "Hạn trả lời", kind: "date", required: true, defaultValue: addDays(date, 15) },
                    ]}
                    submit="Ghi ý kiến"
                  />
                </div>
              ) : null}
            </div>
          </Card>
        </section>
      </div>
    </>
  );
}
