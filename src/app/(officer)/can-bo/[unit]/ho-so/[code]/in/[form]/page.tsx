/**
 * The printable one-stop forms of a dossier, from its logged steps (DossierEvent).
 * Forms: Circular 01/2018/TT-VPCP (Decree 61/2018/NĐ-CP) for dossiers received before
 * 01/07/2025, Circular 03/2025/TT-VPCP (Decree 118/2025/NĐ-CP) from then — appendix forms
 * Mẫu 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả), 02 (Phiếu yêu cầu bổ sung, hoàn thiện hồ
 * sơ), 03 (Phiếu từ chối tiếp nhận giải quyết hồ sơ), 04 (Phiếu xin lỗi và hẹn lại ngày trả
 * kết quả / Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết), the control sheet
 * (Mẫu 05 / Mẫu 06). Titles checked against published copies of both circulars' forms; see
 * docs/rules.md "## Supplement requests" (official forms) for where.
 */
import type { Metadata } from "next";
import { placeName } from "@/domain/report/document";
import { forbidden, notFound } from "next/navigation";
import { formSetFor } from "@/domain/dossier/forms";
import { RETURN_METHOD_LABEL, type ReturnMethod } from "@/domain/dossier/lifecycle";
import { toLocalDate, type Channel } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { registerOrdinal } from "@/server/dossier/register";
import { dossierView, type DossierDetail } from "@/server/dossier/queries";
import { qrCode, receiptLookupUrl } from "@/server/public/qr";
import { publicUrl } from "@/server/public-url";
import { unitBySlug } from "@/server/units/queries";
import { FormSheet, Signatures, formTime } from "../../../../_components/print";

export const metadata: Metadata = { title: "In phiếu" };
export const dynamic = "force-dynamic";

const FORMS = ["giay-tiep-nhan", "yeu-cau-bo-sung", "tu-choi", "xin-loi", "phieu-kiem-soat"] as const;
type FormSlug = (typeof FORMS)[number];

const RESULT_PLACE: Record<Channel, string> = {
  DESK: "Bộ phận Tiếp nhận và Trả kết quả",
  ONLINE: "Trực tuyến (tài khoản dịch vụ công của người nộp)",
  POSTAL: "Qua dịch vụ bưu chính công ích",
  HOME: "Tại nhà người nộp",
};

/** The commune's committee above, its one-stop desk below, as the forms' header reads. */
function header(d: DossierDetail) {
  return { upper: `UBND ${d.unit.name}`, lower: "Bộ phận Tiếp nhận và Trả kết quả" };
}

function Line({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <p>
      {label}: <span className="font-semibold">{children}</span>
    </p>
  );
}

export default async function PrintPage({ params, searchParams }: { params: Promise<{ unit: string; code: string; form: string }>; searchParams: Promise<{ phieu?: string }> }) {
  const { unit: slug, code, form } = await params;
  const { phieu } = await searchParams;
  if (!FORMS.includes(form as FormSlug)) notFound();
  const user = await requirePagePermission("dossier.read", paths.officer.dossierForm(slug, code, form));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const view = await dossierView(user, unit.id, decodeURIComponent(code), now());
  if (!view) notFound();
  const { d } = view;
  const set = formSetFor(toLocalDate(d.receivedAt));
  const h = header(d);
  const place = placeName(d.unit.name);
  const citizen = (
    <>
      <Line label="Tiếp nhận hồ sơ của Ông/Bà">{d.citizenName}</Line>
      {d.citizenAddress ? <Line label="Địa chỉ">{d.citizenAddress}</Line> : null}
      <Line label="Số điện thoại">{d.citizenPhone}</Line>
      <Line label="Nội dung yêu cầu giải quyết">{d.procedure.name}</Line>
    </>
  );

  switch (form as FormSlug) {
    case "giay-tiep-nhan": {
      const qr = await qrCode(receiptLookupUrl(await publicUrl(), d.code), "svg");
      const ordinal = await registerOrdinal(d.unitId, d.receivedAt);
      const f = set.forms.receipt;
      return (
        <FormSheet {...h} formNumber={`${f.number} — ${set.circular}`} title={f.title} place={place} date={toLocalDate(d.receivedAt)} number={`Mã hồ sơ: ${d.code}`}>
          <div className="float-right ml-4 text-center">
            <div className="h-32 w-32" role="img" aria-label={`Mã QR tra cứu hồ sơ ${d.code}`} dangerouslySetInnerHTML={{ __html: qr }} />
            <p className="text-xs">Quét mã để tra cứu</p>
          </div>
          <p>Bộ phận Tiếp nhận và Trả kết quả {d.unit.name}</p>
          {citizen}
          <p>1. Thành phần hồ sơ nộp gồm:</p>
          <table className="w-full border-collapse text-left text-[0.95rem]">
            <thead>
              <tr>
                <th scope="col" className="border border-black px-2">TT</th>
                <th scope="col" className="border border-black px-2">Tên giấy tờ</th>
                <th scope="col" className="border border-black px-2">Số lượng</th>
              </tr>
            </thead>
            <tbody>
              {d.procedure.documents.map((doc, i) => (
                <tr key={doc}>
                  <td className="border border-black px-2">{i + 1}</td>
                  <td className="border border-black px-2">{doc}</td>
                  <td className="border border-black px-2">01</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>2. Số lượng hồ sơ: 01 (bộ)</p>
          <p>3. Thời gian giải quyết hồ sơ theo quy định là: {d.procedure.statutoryWorkingDays === 0 ? "trong ngày" : `${d.procedure.statutoryWorkingDays} ngày làm việc`}{d.model ? ` (áp dụng mô hình «${d.model.name}»)` : ""}</p>
          <p>4. Thời gian nhận hồ sơ: {formTime(d.receivedAt)}</p>
          <p>
            5. Thời gian trả kết quả giải quyết hồ sơ: <span className="font-bold">{formTime(d.originalPromisedAt)}</span>
          </p>
          <p>6. Đăng ký nhận kết quả tại: {RESULT_PLACE[d.channel as Channel]}</p>
          {d.writtenOnBehalf || d.onlineHelp ? (
            <p className="italic">{[d.writtenOnBehalf ? "Công chức viết giúp tờ khai theo đề nghị của người nộp." : "", d.onlineHelp ? "Công chức hỗ trợ nộp hồ sơ trực tuyến." : ""].join(" ")}</p>
          ) : null}
          <p>
            Vào Sổ theo dõi hồ sơ, Quyển số: {toLocalDate(d.receivedAt).slice(0, 4)}, Số thứ tự: {ordinal}
          </p>
          <Signatures left={{ title: "Người nộp hồ sơ", name: d.citizenName }} right={{ title: "Người tiếp nhận hồ sơ", name: d.receivedBy?.fullName }} />
        </FormSheet>
      );
    }
    case "yeu-cau-bo-sung": {
      const ev = [...d.events].reverse().find((e) => e.type === "SUPPLEMENT_REQUESTED");
      if (!ev) notFound();
      const f = set.forms.supplement;
      return (
        <FormSheet {...h} formNumber={`${f.number} — ${set.circular}`} title={f.title} place={place} date={toLocalDate(ev.at)} number={`Mã hồ sơ: ${d.code}`}>
          <p>Bộ phận Tiếp nhận và Trả kết quả {d.unit.name} tiếp nhận hồ sơ lúc {formTime(d.receivedAt)}.</p>
          {citizen}
          <p>Yêu cầu Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:</p>
          <p className="whitespace-pre-line rounded border border-black p-2">{ev.note}</p>
          <p>Thời hạn giải quyết tạm dừng kể từ {formTime(ev.at)} và được tính tiếp khi Ông/Bà nộp đủ hồ sơ (thời gian đã giải quyết được tính vào thời hạn).</p>
          <p>Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ {ev.actor?.fullName ?? "công chức tiếp nhận"} để được hướng dẫn.</p>
          <Signatures right={{ title: "Người hướng dẫn", name: ev.actor?.fullName }} />
        </FormSheet>
      );
    }
    case "tu-choi": {
      if (d.status !== "REFUSED") notFound();
      const f = set.forms.refusal;
      return (
        <FormSheet {...h} formNumber={`${f.number} — ${set.circular}`} title={f.title} place={place} date={toLocalDate(d.refusedAt ?? d.receivedAt)} number={`Mã hồ sơ: ${d.code}`}>
          <p>Bộ phận Tiếp nhận và Trả kết quả {d.unit.name} tiếp nhận hồ sơ lúc {formTime(d.receivedAt)}.</p>
          {citizen}
          <p>Sau khi xem xét, cơ quan giải quyết thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:</p>
          <p className="whitespace-pre-line rounded border border-black p-2">{d.refusalReason}</p>
          <p>Xin thông báo để Ông/Bà được biết và thực hiện.</p>
          <Signatures right={{ title: "Người tiếp nhận hồ sơ", name: d.handler?.fullName ?? d.receivedBy?.fullName }} />
        </FormSheet>
      );
    }
    case "xin-loi": {
      const slip = d.apologySlips.find((s) => s.id === phieu) ?? d.apologySlips[d.apologySlips.length - 1];
      if (!slip) notFound();
      const f = set.forms.apology;
      return (
        <FormSheet {...h} formNumber={`${f.number} — ${set.circular}`} title={f.title} place={place} date={toLocalDate(slip.issuedAt)} number={`Mã hồ sơ: ${d.code}`}>
          <p>Kính gửi: Ông/Bà {d.citizenName}</p>
          <p>
            Ngày {toLocalDate(d.receivedAt).split("-").reverse().join("/")}, Bộ phận Tiếp nhận và Trả kết quả {d.unit.name} tiếp nhận hồ sơ của Ông/Bà, nội dung yêu cầu giải quyết: {d.procedure.name}.
          </p>
          <p>Theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả, thời gian trả kết quả giải quyết hồ sơ là {formTime(slip.previousPromisedAt)}.</p>
          <p>Tuy nhiên, đến nay cơ quan giải quyết chưa trả kết quả giải quyết hồ sơ của Ông/Bà. Lý do: {slip.reason}</p>
          <p>
            Sự chậm trễ này đã gây phiền hà cho Ông/Bà. Chúng tôi xin lỗi Ông/Bà và sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào <span className="font-bold">{formTime(slip.newPromisedAt)}</span>.
          </p>
          <p>Xin trân trọng cảm ơn.</p>
          <Signatures right={{ title: "Người lập phiếu", name: slip.issuedBy?.fullName }} />
        </FormSheet>
      );
    }
    case "phieu-kiem-soat": {
      const f = set.forms.control;
      return (
        <FormSheet {...h} formNumber={`${f.number} — ${set.circular}`} title={f.title} number={`Mã hồ sơ: ${d.code}`}>
          {citizen}
          <p>Thời gian nhận hồ sơ: {formTime(d.receivedAt)}</p>
          <p>Thời gian trả kết quả giải quyết hồ sơ: {formTime(d.originalPromisedAt)}</p>
          <table className="mt-3 w-full border-collapse text-left text-[0.95rem]">
            <thead>
              <tr>
                <th scope="col" className="border border-black px-2">Bước</th>
                <th scope="col" className="border border-black px-2">Thời gian</th>
                <th scope="col" className="border border-black px-2">Người thực hiện</th>
                <th scope="col" className="border border-black px-2">Kết quả (trước hạn / đúng hạn / quá hạn)</th>
                <th scope="col" className="border border-black px-2">Ghi chú</th>
              </tr>
            </thead>
            <tbody>
              {d.events.map((e) => {
                const late = e.at.getTime() > d.promisedAt.getTime() && ["RESULT_READY", "RETURNED"].includes(e.type);
                const early = e.at.getTime() < d.originalPromisedAt.getTime();
                return (
                  <tr key={e.id}>
                    <td className="border border-black px-2">{CONTROL_STEP[e.type] ?? e.type}</td>
                    <td className="border border-black px-2">{formTime(e.at)}</td>
                    <td className="border border-black px-2">{e.actor?.fullName ?? ""}</td>
                    <td className="border border-black px-2">{late ? "Quá hạn" : early ? "Trước hạn" : "Đúng hạn"}</td>
                    <td className="border border-black px-2">
                      {e.type === "RETURNED" && d.returnMethod ? RETURN_METHOD_LABEL[d.returnMethod as ReturnMethod] : ""}
                      {e.note ?? ""}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </FormSheet>
      );
    }
  }
}

const CONTROL_STEP: Record<string, string> = {
  RECEIVED: "Tiếp nhận hồ sơ",
  STARTED: "Giao hồ sơ cho công chức giải quyết",
  SUPPLEMENT_REQUESTED: "Yêu cầu bổ sung, hoàn thiện hồ sơ",
  SUPPLEMENT_RECEIVED: "Nhận hồ sơ bổ sung",
  RESULT_READY: "Có kết quả giải quyết",
  RETURNED: "Trả kết quả cho người nộp",
  REFUSED: "Từ chối giải quyết",
  APOLOGY_ISSUED: "Xin lỗi và hẹn lại ngày trả kết quả",
  NOTE: "Ghi chú",
};
