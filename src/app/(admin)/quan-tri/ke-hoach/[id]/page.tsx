import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Card, Field, LinkButton, PageHeader, inputClass } from "@/components/ui/primitives";
import { modelKindLabel, reportFrequencyLabel } from "@/domain/labels";
import { planReference } from "@/domain/plan/format";
import { citationBlanks, issueProblems } from "@/domain/plan/status";
import { formatDateVi, formatInstantVi, toLocalDate } from "@/domain/schedule/local-time";
import {
  addPlanTaskAction,
  addReportingObligationAction,
  deletePlanAction,
  endPlanAction,
  issuePlanAction,
  removePlanTaskAction,
  removeReportingObligationAction,
  updatePlanAction,
} from "@/server/admin/plans/actions";
import { paths } from "@/lib/paths";
import { REPORT_FREQUENCIES } from "@/server/admin/plans/add-reporting-obligation";
import { planDetail, reviewerOptions, unitOptions } from "@/server/admin/plans/queries";
import { requirePlanPage } from "@/server/admin/plan-page";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { unitSelectOptions } from "../../_components/unit-options";
import { PlanStatusBadge } from "../../_components/plan-status";
import { PlanForm } from "../plan-form";

export const metadata: Metadata = { title: "Kế hoạch" };
export const dynamic = "force-dynamic";

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("plan.edit", paths.admin.plan(id));
  await requirePlanPage(user, id);
  const today = toLocalDate(now());
  const plan = await planDetail(id, today);
  if (!plan) notFound();
  const [scopeUnits, reviewers] = await Promise.all([unitOptions(user), reviewerOptions(plan.issuingUnit.id, plan.validFrom ?? today)]);
  const draft = plan.storedStatus === "DRAFT";
  const problems = draft ? issueProblems({ ...plan, modelCount: plan.models.length }) : [];
  const blanks = citationBlanks(plan);

  return (
    <>
      <nav aria-label="Đường dẫn" className="mb-2 text-sm text-muted">
        <Link href={paths.admin.plans()}>Kế hoạch</Link> › {planReference(plan)}
      </nav>
      <PageHeader
        title={plan.title}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <PlanStatusBadge status={plan.status} />
            <span>
              {planReference(plan)} · {plan.issuingUnit.name}
            </span>
          </span>
        }
      >
        <div className="flex flex-wrap gap-2">
          <LinkButton href={paths.admin.planDocument(plan.id)} variant="secondary">
            Xem như văn bản
          </LinkButton>
          {!draft ? (
            <LinkButton href={paths.unit.page(plan.issuingUnit.slug)} variant="ghost">
              Trang người dân của {plan.issuingUnit.name}
            </LinkButton>
          ) : null}
        </div>
      </PageHeader>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Mô hình" actions={plan.storedStatus !== "ENDED" ? <LinkButton href={paths.admin.newModel(plan.id)}>Thêm mô hình</LinkButton> : null}>
            {plan.models.length === 0 ? (
              <p className="text-muted">Chưa có mô hình nào. Mỗi mô hình có quy tắc lịch riêng: ngày, giờ, thời hạn, thủ tục và đơn vị áp dụng.</p>
            ) : (
              <ul className="space-y-3">
                {plan.models.map((m) => (
                  <li key={m.id} className="rounded-lg border border-slate-200 p-3">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone="brand">{modelKindLabel[m.kind]}</Badge>
                      <span className="text-sm text-muted">{m.versionCount} phiên bản</span>
                    </div>
                    <Link href={paths.admin.model(plan.id, m.id)} className="mt-1 block text-lg font-semibold text-brand-800">
                      {m.name}
                    </Link>
                    {m.latestRule ? <p>{m.latestRule}</p> : null}
                    {m.scopeUnitNames.length ? <p className="text-sm text-muted">Áp dụng tại: {m.scopeUnitNames.join(", ")}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card title="Nhiệm vụ được giao">
            {plan.tasks.length === 0 ? <p className="mb-3 text-muted">Chưa có nhiệm vụ nào.</p> : null}
            <ul className="mb-4 space-y-2">
              {plan.tasks.map((t) => (
                <li key={t.id} className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-200 pb-2">
                  <div>
                    <p className="font-semibold">{t.unitName ?? "Chưa giao đơn vị"}</p>
                    <p>{t.description}</p>
                    {t.dueOn ? <p className="text-sm text-muted">Hạn: {formatDateVi(t.dueOn)}</p> : null}
                  </div>
                  <ActionForm action={removePlanTaskAction} className="shrink-0" label={`Xóa nhiệm vụ của ${t.unitName ?? ""}`}>
                    <input type="hidden" name="id" value={t.id} />
                    <SubmitButton variant="ghost" pendingText="Đang xóa…">
                      Xóa nhiệm vụ
                    </SubmitButton>
                  </ActionForm>
                </li>
              ))}
            </ul>
            <details>
              <summary className="cursor-pointer font-semibold text-brand-800">Thêm nhiệm vụ</summary>
              <ActionForm action={addPlanTaskAction} success="Đã thêm nhiệm vụ." className="mt-3 space-y-4" label="Thêm nhiệm vụ">
                <input type="hidden" name="planId" value={plan.id} />
                <SelectField name="unitId" label="Đơn vị thực hiện" required options={unitSelectOptions(scopeUnits)} placeholder="— Chọn đơn vị —" />
                <TextAreaField name="description" label="Nội dung nhiệm vụ" required rows={3} />
                <TextField name="dueOn" type="date" label="Hạn hoàn thành" hint="Để trống nếu kế hoạch không nêu hạn." />
                <TextAreaField name="sourceQuote" label="Câu trích trong kế hoạch" rows={2} />
                <SubmitButton>Thêm nhiệm vụ</SubmitButton>
              </ActionForm>
            </details>
          </Card>

          <Card title="Chế độ báo cáo">
            {plan.reporting.length === 0 ? <p className="mb-3 text-muted">Chưa có nghĩa vụ báo cáo nào.</p> : null}
            <ul className="mb-4 space-y-2">
              {plan.reporting.map((r) => (
                <li key={r.id} className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-200 pb-2">
                  <div>
                    <p className="font-semibold">{r.title}</p>
                    <p>
                      {reportFrequencyLabel[r.frequency]} · gửi {r.reviewerUnitName}
                      {r.dueOn ? ` · hạn ${formatDateVi(r.dueOn)}` : ""}
                      {r.dueDaysAfterPeriod !== null ? ` · ${r.dueDaysAfterPeriod} ngày sau kỳ` : ""}
                    </p>
                    <p className="text-sm text-muted">Đơn vị báo cáo: {r.reporterUnitNames.join(", ")}</p>
                  </div>
                  {r.reportCount === 0 ? (
                    <ActionForm action={removeReportingObligationAction} className="shrink-0" label={`Xóa nghĩa vụ ${r.title}`}>
                      <input type="hidden" name="id" value={r.id} />
                      <SubmitButton variant="ghost" pendingText="Đang xóa…">
                        Xóa
                      </SubmitButton>
                    </ActionForm>
                  ) : (
                    <span className="text-sm text-muted">{r.reportCount} báo cáo đã lập</span>
                  )}
                </li>
              ))}
            </ul>
            <details>
              <summary className="cursor-pointer font-semibold text-brand-800">Thêm nghĩa vụ báo cáo</summary>
              <ActionForm action={addReportingObligationAction} success="Đã thêm nghĩa vụ báo cáo." className="mt-3 space-y-4" label="Thêm nghĩa vụ báo cáo">
                <input type="hidden" name="planId" value={plan.id} />
                <TextField name="title" label="Tên báo cáo" required />
                <SelectField name="frequency" label="Kỳ báo cáo" required options={REPORT_FREQUENCIES.map((f) => ({ value: f, label: reportFrequencyLabel[f]! }))} placeholder="— Chọn kỳ —" />
                <SelectField name="reviewerUnitId" label="Nơi nhận và thẩm định" required options={unitSelectOptions(reviewers)} placeholder="— Chọn đơn vị —" hint="Đơn vị ban hành, cấp trên của đơn vị hoặc một phòng, sở của các cấp đó (Phòng Nội vụ cấp huyện trước 07/2025, Phòng Văn hóa – Xã hội của xã, Sở Nội vụ), đang hoạt động vào ngày kế hoạch bắt đầu." />
                <Field label="Đơn vị phải báo cáo" htmlFor="reporterUnitIds" hint="Giữ Ctrl (hoặc chạm) để chọn nhiều đơn vị." required>
                  <select id="reporterUnitIds" name="reporterUnitIds" multiple size={6} defaultValue={[plan.issuingUnit.id]} aria-describedby="reporterUnitIds-hint" className={inputClass}>
                    {unitSelectOptions(scopeUnits).map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                  <FieldError name="reporterUnitIds" />
                </Field>
                <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
                  <TextField name="dueOn" type="date" label="Hạn nộp (báo cáo một lần)" />
                  <TextField name="dueDaysAfterPeriod" type="number" inputMode="numeric" label="Hoặc số ngày sau mỗi kỳ" />
                </div>
                <TextAreaField name="sourceQuote" label="Câu trích trong kế hoạch" rows={2} />
                <SubmitButton>Thêm nghĩa vụ báo cáo</SubmitButton>
              </ActionForm>
            </details>
          </Card>

          <Card title="Nội dung văn bản">
            <PlanForm action={updatePlanAction} plan={plan} units={scopeUnits} submitLabel="Lưu nội dung" />
          </Card>
        </div>

        <div className="space-y-6">
          <Card title="Ban hành và kết thúc">
            {draft ? (
              <div className="space-y-3">
                <p>Kế hoạch đang là dự thảo: người dân chưa thấy kế hoạch và các mô hình của nó.</p>
                {problems.length ? (
                  <div>
                    <p className="font-semibold">Cần bổ sung trước khi ban hành:</p>
                    <ul className="list-disc pl-5">
                      {problems.map((p) => (
                        <li key={p}>{p}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <ActionForm action={issuePlanAction} success="Đã ban hành kế hoạch." label="Ban hành kế hoạch">
                  <input type="hidden" name="id" value={plan.id} />
                  {blanks.length ? (
                    <CheckboxField name="acceptBlanks" label={`Văn bản gốc để trống ${blanks.join(", ")}`} hint="Ghi nhận đúng như bản gốc; trang công khai hiển thị chỗ trống là «…»." />
                  ) : null}
                  <SubmitButton pendingText="Đang ban hành…">Ban hành kế hoạch</SubmitButton>
                </ActionForm>
                <details>
                  <summary className="cursor-pointer text-sm font-semibold text-bad-700">Xóa dự thảo</summary>
                  <ActionForm action={deletePlanAction} className="mt-2 space-y-2" label="Xóa dự thảo">
                    <input type="hidden" name="id" value={plan.id} />
                    <p className="text-sm">Dự thảo và các mô hình của nó sẽ bị xóa.</p>
                    <SubmitButton variant="danger" pendingText="Đang xóa…">
                      Xóa dự thảo
                    </SubmitButton>
                  </ActionForm>
                </details>
              </div>
            ) : plan.storedStatus === "ENDED" ? (
              <p>Kế hoạch đã kết thúc{plan.endedAt ? ` (thao tác lúc ${formatInstantVi(new Date(plan.endedAt))})` : ""}{plan.validTo ? `; mô hình dừng sau ngày ${formatDateVi(plan.validTo)}` : ""}.</p>
            ) : plan.status === "ENDED" ? (
              <p>Kế hoạch đã ban hành và đã hết thời gian thực hiện{plan.endsOn ? ` (ngày cuối: ${formatDateVi(plan.endsOn)})` : ""}. Lịch sử của các mô hình được giữ nguyên.</p>
            ) : (
              <div className="space-y-3">
                <p>Kế hoạch đã ban hành. Thay đổi quy tắc của một mô hình tạo phiên bản mới áp dụng từ ngày được chọn.</p>
                <ActionForm action={endPlanAction} success="Đã kết thúc kế hoạch." label="Kết thúc kế hoạch">
                  <input type="hidden" name="id" value={plan.id} />
                  <TextField name="lastDay" type="date" label="Ngày cuối cùng thực hiện" required defaultValue={today} />
                  <TextAreaField name="reason" label="Lý do kết thúc" required rows={2} />
                  <SubmitButton variant="danger" pendingText="Đang kết thúc…">
                    Kết thúc kế hoạch
                  </SubmitButton>
                </ActionForm>
              </div>
            )}
          </Card>
          <Card title="Thời gian">
            <p>
              Thực hiện từ {plan.validFrom ? formatDateVi(plan.validFrom) : "…"}
              {plan.validTo ? ` đến ${formatDateVi(plan.validTo)}` : " (không nêu ngày kết thúc)"}.
              {plan.endsOn && plan.endsOn !== plan.validTo ? ` Đơn vị ban hành hoạt động đến ${formatDateVi(plan.endsOn)} nên kế hoạch dừng theo.` : ""}
            </p>
          </Card>
        </div>
      </div>
    </>
  );
}
