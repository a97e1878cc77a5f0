import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { Alert, Badge, Card, DescriptionList, LinkButton, PageHeader } from "@/components/ui/primitives";
import { RETURN_METHOD_LABEL, STEP_LABEL, type DossierStep, type ReturnMethod } from "@/domain/dossier/lifecycle";
import { channelLabel, dossierStatusLabel, letterTypeLabel } from "@/domain/labels";
import { addDays, formatInstantVi, toLocalDate, type Channel } from "@/domain/schedule";
import { paths, type Query } from "@/lib/paths";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { dossierStepAction } from "@/server/dossier/actions";
import { outsideOfficeHours } from "@/server/dossier/mark-result-ready";
import { dossierView } from "@/server/dossier/queries";
import { unitBySlug } from "@/server/units/queries";
import { StepForm, type StepField } from "@/components/forms/step-form";

export const metadata: Metadata = { title: "Hồ sơ" };
export const dynamic = "force-dynamic";

const EVENT_LABEL: Record<string, string> = {
  RECEIVED: "Tiếp nhận",
  STARTED: "Bắt đầu giải quyết",
  SUPPLEMENT_REQUESTED: "Yêu cầu bổ sung, hoàn thiện hồ sơ",
  SUPPLEMENT_RECEIVED: "Nhận hồ sơ bổ sung",
  RESULT_READY: "Có kết quả",
  RETURNED: "Trả kết quả",
  REFUSED: "Từ chối giải quyết",
  APOLOGY_ISSUED: "Phiếu xin lỗi, hẹn lại",
  NOTE: "Ghi chú",
};

const DONE_MESSAGE: Record<string, string> = {
  "tiep-nhan": "Đã tiếp nhận hồ sơ. In giấy tiếp nhận và hẹn trả kết quả cho người dân.",
  start: "Đã chuyển sang đang giải quyết.",
  requestSupplement: "Đã lập phiếu yêu cầu bổ sung; thời hạn tạm dừng đến khi nhận đủ hồ sơ.",
  receiveSupplement: "Đã nhận hồ sơ bổ sung; thời hạn được tính tiếp.",
  resultReady: "Đã ghi nhận có kết quả.",
  return: "Đã trả kết quả.",
  refuse: "Đã từ chối giải quyết hồ sơ.",
  issueApology: "Đã lập phiếu xin lỗi và hẹn lại ngày trả kết quả.",
};

function stepFields(step: DossierStep, today: string, channel: string, outsideHours: boolean): { fields: StepField[]; variant?: "danger" | "secondary" } {
  switch (step) {
    case "resultReady":
      return outsideHours ? { fields: [{ name: "outsideHours", label: "Xác nhận ghi nhận kết quả ngoài giờ làm việc", hint: "Bây giờ là ngoài giờ làm việc của đơn vị.", kind: "checkbox", required: true }] } : { fields: [] };
    case "requestSupplement":
      return { fields: [{ name: "missing", label: "Nội dung cần bổ sung, hoàn thiện", kind: "textarea", required: true }], variant: "secondary" };
    case "supplementReceived":
      return { fields: [{ name: "note", label: "Ghi chú (nếu có)", kind: "text" }] };
    case "return":
      return {
        fields: [{ name: "method", label: "Cách trả kết quả", kind: "radio", defaultValue: channel === "ONLINE" ? "ONLINE" : channel === "POSTAL" ? "BY_POST" : "AT_DESK", options: (Object.keys(RETURN_METHOD_LABEL) as ReturnMethod[]).map((m) => ({ value: m, label: RETURN_METHOD_LABEL[m] })) }],
      };
    case "refuse":
      return { fields: [{ name: "reason", label: "Lý do từ chối", kind: "textarea", required: true }], variant: "danger" };
    case "issueApology":
      return {
        fields: [
          { name: "newDate", label: "Ngày hẹn trả mới", kind: "date", required: true, defaultValue: addDays(today, 1), hint: "Một ngày làm việc sau hôm nay; hẹn đến hết giờ làm việc của ngày đó." },
          { name: "reason", label: "Lý do chậm trễ", kind: "textarea", required: true },
        ],
      };
    default:
      return { fields: [] };
  }
}

const STEP_ACTION: Record<DossierStep, string> = {
  start: "start",
  requestSupplement: "requestSupplement",
  supplementReceived: "receiveSupplement",
  resultReady: "resultReady",
  return: "return",
  refuse: "refuse",
  issueApology: "issueApology",
};

export default async function DossierPage({ params, searchParams }: { params: Promise<{ unit: string; code: string }>; searchParams: Promise<{ da?: string }> }) {
  const { unit: slug, code } = await params;
  const { da } = await searchParams;
  const user = await requirePagePermission("dossier.read", paths.officer.dossier(slug, code));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const at = now();
  const view = await dossierView(user, unit.id, decodeURIComponent(code), at);
  if (!view) notFound();
  const { d } = view;
  const printForm = (name: string, q?: Query) => paths.officer.dossierForm(slug, d.code, name, q);
  const hasSupplement = d.events.some((e) => e.type === "SUPPLEMENT_REQUESTED");
  const today = toLocalDate(at);
  const outsideHours = await outsideOfficeHours(unit.id, at);
  return (
    <>
      <PageHeader title={`Hồ sơ ${d.code}`} subtitle={d.procedure.name}>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={d.status === "REFUSED" ? "bad" : d.status === "RETURNED" ? "ok" : "brand"}>{dossierStatusLabel[d.status]}</Badge>
          {view.late ? <Badge tone="bad">Trễ hẹn</Badge> : null}
          {d.model ? <Badge tone="ok">{d.model.name}</Badge> : null}
        </div>
      </PageHeader>
      <div className="space-y-5">
        {da && DONE_MESSAGE[da] ? <Alert tone="ok">{DONE_MESSAGE[da]}</Alert> : null}
        {view.needsApology ? (
          <Alert tone="bad" title="Hồ sơ đến hạn hoặc quá hạn mà chưa có kết quả">
            Phải lập Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) trước khi thao tác khác.
          </Alert>
        ) : null}

        <Card title="In phiếu">
          <div className="flex flex-wrap gap-2">
            <LinkButton href={printForm("giay-tiep-nhan")} variant={da === "tiep-nhan" ? "primary" : "secondary"}>
              Giấy tiếp nhận, hẹn trả (Mẫu 01)
            </LinkButton>
            {hasSupplement ? <LinkButton href={printForm("yeu-cau-bo-sung")} variant="secondary">Phiếu yêu cầu bổ sung (Mẫu 02)</LinkButton> : null}
            {d.status === "REFUSED" ? <LinkButton href={printForm("tu-choi")} variant="secondary">Phiếu từ chối (Mẫu 03)</LinkButton> : null}
            {d.apologySlips.map((s, i) => (
              <LinkButton key={s.id} href={printForm("xin-loi", { phieu: s.id })} variant={da === "issueApology" ? "primary" : "secondary"}>
                Phiếu xin lỗi {d.apologySlips.length > 1 ? `lần ${i + 1} ` : ""}(Mẫu 04)
              </LinkButton>
            ))}
            <LinkButton href={printForm("phieu-kiem-soat")} variant="secondary">
              Phiếu kiểm soát quá trình
            </LinkButton>
          </div>
        </Card>

        {view.steps.length > 0 ? (
          <Card title="Thao tác">
            <div className="grid gap-4 md:grid-cols-2">
              {view.steps.map((step) => {
                const f = stepFields(step, today, d.channel, outsideHours);
                return (
                  <section key={step} aria-labelledby={`buoc-${step}`} className="rounded-md border border-slate-200 p-3">
                    <h3 id={`buoc-${step}`} className="mb-2 font-bold">
                      {STEP_LABEL[step]}
                    </h3>
                    <StepForm
                      action={dossierStepAction}
                      idPrefix={step}
                      hidden={{ step: STEP_ACTION[step], dossierId: d.id, unitSlug: slug }}
                      fields={f.fields}
                      submit={STEP_LABEL[step]}
                      variant={f.variant}
                    />
                  </section>
                );
              })}
            </div>
          </Card>
        ) : null}

        <Card title="Thông tin hồ sơ">
          <DescriptionList
            items={[
              { term: "Người nộp", value: `${d.citizenName} · ${d.citizenPhone}${d.citizenAddress ? ` · ${d.citizenAddress}` : ""}` },
              { term: "Hình thức nộp", value: channelLabel[d.channel as Channel] },
              { term: "Tiếp nhận lúc", value: `${formatInstantVi(d.receivedAt)}${d.receivedBy ? ` — ${d.receivedBy.fullName}` : ""}` },
              { term: "Hẹn trả kết quả", value: formatInstantVi(d.promisedAt) },
              ...(d.originalPromisedAt.getTime() !== d.promisedAt.getTime() ? [{ term: "Hẹn ban đầu", value: formatInstantVi(d.originalPromisedAt) }] : []),
              { term: "Thời hạn luật định", value: `${formatInstantVi(d.statutoryBoundAt)} (${d.procedure.statutoryText})` },
              ...(d.pausedMinutes ? [{ term: "Tạm dừng chờ bổ sung", value: `${Math.round(d.pausedMinutes / 60)} giờ` }] : []),
              { term: "Hỗ trợ", value: [d.writtenOnBehalf ? "Viết giúp (không viết)" : "", d.onlineHelp ? "Hỗ trợ nộp trực tuyến (không nộp)" : ""].filter(Boolean).join("; ") || "—" },
              ...(d.returnMethod ? [{ term: "Trả kết quả", value: `${RETURN_METHOD_LABEL[d.returnMethod as ReturnMethod]}, ${d.returnedAt ? formatInstantVi(d.returnedAt) : ""}` }] : []),
              ...(d.refusalReason ? [{ term: "Lý do từ chối", value: d.refusalReason }] : []),
            ]}
          />
        </Card>

        {view.letters.length > 0 || d.letters.length > 0 ? (
          <Card title="Thư gửi người dân">
            <ul className="space-y-2">
              {d.letters.map((l) => (
                <li key={l.id}>
                  {letterTypeLabel[l.type]} số {l.number}/{l.year} — {formatInstantVi(l.sentAt)}
                </li>
              ))}
              {view.letters.map((s) => (
                <li key={s.event}>
                  <span className="mr-2">{s.reason}</span>
                  <Link href={paths.officer.composeLetter(slug, { hoSo: d.code, suKien: s.event })}>Soạn {letterTypeLabel[s.type].toLowerCase()}</Link>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}

        <Card title="Các bước đã thực hiện">
          <ol className="space-y-2">
            {d.events.map((e) => (
              <li key={e.id} className="border-l-4 border-brand-600 pl-3">
                <span className="font-semibold">{EVENT_LABEL[e.type] ?? e.type}</span> — {formatInstantVi(e.at)}
                {e.actor ? ` — ${e.actor.fullName}` : ""}
                {e.note ? <span className="block text-muted">{e.note}</span> : null}
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  );
}
