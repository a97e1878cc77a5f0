"use client";

import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { Card } from "@/components/ui/primitives";
import { channelLabel, dossierStatusLabel, eligibleGroupLabel, homeVisitStatusLabel, letterEventLabel, letterTypeLabel, ratingLabel } from "@/domain/labels";
import { formatDayVi, formatInstantVi } from "@/domain/schedule";
import type { Result } from "@/server/errors";
import type { PersonalDataExportDto } from "@/server/privacy/export-personal-data";
import { exportPersonalDataAction } from "@/server/privacy/actions";

type State = Result<PersonalDataExportDto> | null;

const at = (iso: string | null) => (iso ? formatInstantVi(new Date(iso)) : "—");
const label = (labels: Record<string, string>, key: string) => labels[key] ?? key;

/** The officer's search by phone number, and what the portal holds about that person. */
export function PersonalDataExportForm({ unitId }: { unitId: string }) {
  return (
    <ActionForm<NonNullable<State>> action={exportPersonalDataAction} keepValues label="Trích xuất dữ liệu cá nhân" after={(state) => (state?.ok ? <ExportView data={state.data} /> : null)}>
      <input type="hidden" name="unitId" value={unitId} />
      <TextField name="phone" label="Số điện thoại của người yêu cầu" type="tel" required hint="Như người dân đã khai khi nộp hồ sơ hoặc đề nghị đến nhà, ví dụ 0905 111 222." />
      <SubmitButton pendingText="Đang trích xuất…">Trích xuất dữ liệu</SubmitButton>
    </ActionForm>
  );
}

function ExportView({ data }: { data: PersonalDataExportDto }) {
  // A data: URL so the file downloads also when the page came from a post without JavaScript.
  const file = `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(data, null, 2))}`;
  return (
    <div className="mt-6 space-y-5">
      <Card
        title={`Phiếu trích xuất ${data.reference}`}
        actions={
          <a href={file} download={`du-lieu-ca-nhan-${data.reference}.json`} className="text-brand-700 underline">
            Tải tệp JSON
          </a>
        }
      >
        <p>
          Dữ liệu {data.unitName} đang lưu về người có số điện thoại <strong>{data.phone}</strong>, trích xuất lúc {at(data.generatedAt)}: {data.counts.dossiers} hồ sơ, {data.counts.homeVisits} đề
          nghị đến nhà, {data.counts.ratings} đánh giá, {data.counts.letters} thư.
        </p>
        <p className="mt-2 text-sm">Căn cứ: {data.legalBasis} Ghi số phiếu vào đơn yêu cầu của người dân; lần trích xuất này đã được ghi vào nhật ký (không ghi số điện thoại).</p>
      </Card>
      <Card title="Hồ sơ thủ tục hành chính">
        {data.dossiers.length === 0 ? (
          <p>Không có hồ sơ nào.</p>
        ) : (
          <ul className="space-y-3">
            {data.dossiers.map((d) => (
              <li key={d.code}>
                <strong>{d.code}</strong> · {d.procedureName} · {d.unitName} · {label(dossierStatusLabel, d.status)}
                <br />
                Người nộp: {d.citizenName}, {d.citizenPhone || "—"}, {d.citizenAddress ?? "không ghi địa chỉ"} · Kênh: {label(channelLabel, d.channel)}
                {d.writtenOnBehalf ? " · cán bộ viết hộ" : ""}
                {d.onlineHelp ? " · được hỗ trợ nộp trực tuyến" : ""}
                <br />
                Tiếp nhận {at(d.receivedAt)} · hẹn trả {at(d.promisedAt)}
                {d.returnedAt ? ` · đã trả ${at(d.returnedAt)}` : ""}
                {d.refusedAt ? ` · từ chối ${at(d.refusedAt)}${d.refusalReason ? ` (${d.refusalReason})` : ""}` : ""}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Đề nghị giải quyết tại nhà">
        {data.homeVisits.length === 0 ? (
          <p>Không có đề nghị nào.</p>
        ) : (
          <ul className="space-y-3">
            {data.homeVisits.map((v) => (
              <li key={v.trackingCode}>
                <strong>{v.trackingCode}</strong> · {v.procedureName} · {v.unitName} · {label(homeVisitStatusLabel, v.status)}
                <br />
                {v.citizenName}, {v.citizenPhone || "—"}, {v.address} · Đối tượng: {label(eligibleGroupLabel, v.eligibleGroup)}
                {v.note ? ` · Ghi chú: ${v.note}` : ""}
                <br />
                Gửi đề nghị {at(v.requestedAt)} · ngày đề nghị {formatDayVi(v.requestedDate)}
                {v.confirmedDate ? ` · ngày hẹn ${formatDayVi(v.confirmedDate)}` : ""}
                {v.outcome ? ` · Kết quả: ${v.outcome}` : ""}
                {v.declineReason ? ` · Lý do từ chối: ${v.declineReason}` : ""}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Đánh giá mức độ hài lòng và thư đã gửi">
        {data.ratings.length === 0 && data.letters.length === 0 ? (
          <p>Không có đánh giá hay thư nào.</p>
        ) : (
          <ul className="space-y-2">
            {data.ratings.map((r) => (
              <li key={`r-${r.dossierCode}`}>
                Đánh giá hồ sơ {r.dossierCode}: {label(ratingLabel, r.rating)}, {at(r.respondedAt)}
                {r.comment ? ` · «${r.comment}»` : ""}
              </li>
            ))}
            {data.letters.map((l) => (
              <li key={`l-${l.year}-${l.number}`}>
                Thư số {l.number}/{l.year} ({label(letterTypeLabel, l.type)}, {label(letterEventLabel, l.event)}) gửi {l.recipientName}, {at(l.sentAt)}, về hồ sơ {l.dossierCode}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
