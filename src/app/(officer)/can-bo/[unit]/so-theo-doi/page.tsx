import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { buttonClass, inputClass } from "@/components/ui/primitives";
import { formSetFor } from "@/domain/dossier/forms";
import { dossierStatusLabel } from "@/domain/labels";
import { addDays, formatInstantVi, isLocalDate, toLocalDate } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { registerRows } from "@/server/dossier/queries";
import { unitBySlug } from "@/server/units/queries";
import { FormSheet } from "../_components/print";
import { ScrollArea } from "@/components/ui/scroll-area";

export const metadata: Metadata = { title: "Sổ theo dõi hồ sơ" };
export const dynamic = "force-dynamic";

/** Mẫu 07 (Circular 03/2025/TT-VPCP; Mẫu 06 of Circular 01/2018/TT-VPCP before 07/2025), from the logged steps. */
export default async function RegisterPage({ params, searchParams }: { params: Promise<{ unit: string }>; searchParams: Promise<{ tu?: string; den?: string }> }) {
  const { unit: slug } = await params;
  const sp = await searchParams;
  const user = await requirePagePermission("dossier.read", paths.officer.trackingBook(slug));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const today = toLocalDate(now());
  const to = sp.den && isLocalDate(sp.den) ? sp.den : today;
  const from = sp.tu && isLocalDate(sp.tu) && sp.tu <= to ? sp.tu : addDays(to, -6);
  const rows = await registerRows(user, unit.id, from, to);
  const set = formSetFor(from);
  return (
    <>
      <form className="no-print mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="tu" className="block font-semibold">Từ ngày</label>
          <input id="tu" name="tu" type="date" defaultValue={from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="den" className="block font-semibold">Đến ngày</label>
          <input id="den" name="den" type="date" defaultValue={to} className={inputClass} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>Xem sổ</button>
      </form>
      <FormSheet
        upper={`UBND ${unit.name}`}
        lower="Bộ phận Tiếp nhận và Trả kết quả"
        formNumber={`${set.forms.register.number} — ${set.circular}`}
        title={`${set.forms.register.title} (từ ${from.split("-").reverse().join("/")} đến ${to.split("-").reverse().join("/")})`}
      >
        {rows.length === 0 ? (
          <p>Không có hồ sơ tiếp nhận trong khoảng thời gian này.</p>
        ) : (
          <ScrollArea label="Sổ theo dõi hồ sơ" className="overflow-x-auto">
            <table className="w-full min-w-[48rem] border-collapse text-left text-[0.85rem]">
              <thead>
                <tr>
                  {["STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số lượng hồ sơ (bộ)", "Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại", "Ngày, giờ nhận hồ sơ", "Ngày, giờ hẹn trả kết quả", "Ngày, giờ có kết quả", "Ngày, giờ trả kết quả", "Ghi chú"].map((h) => (
                    <th key={h} scope="col" className="border border-black px-1">{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={r.id} className="align-top">
                    <td className="border border-black px-1">{i + 1}</td>
                    <td className="border border-black px-1 font-mono">
                      <Link href={paths.officer.dossier(slug, r.code)}>{r.code}</Link>
                    </td>
                    <td className="border border-black px-1">{r.procedure.name}</td>
                    <td className="border border-black px-1">01</td>
                    <td className="border border-black px-1">{r.citizenName}</td>
                    <td className="border border-black px-1">{[r.citizenAddress, r.citizenPhone].filter(Boolean).join(", ")}</td>
                    <td className="border border-black px-1">{formatInstantVi(r.receivedAt)}</td>
                    <td className="border border-black px-1">{formatInstantVi(r.originalPromisedAt)}</td>
                    <td className="border border-black px-1">{r.resultReadyAt ? formatInstantVi(r.resultReadyAt) : ""}</td>
                    <td className="border border-black px-1">{r.returnedAt ? formatInstantVi(r.returnedAt) : ""}</td>
                    <td className="border border-black px-1">
                      {[
                        r.status === "REFUSED" || r.status === "SUPPLEMENT_REQUESTED" ? dossierStatusLabel[r.status] : "",
                        r._count.apologySlips ? `Xin lỗi, hẹn lại ${formatInstantVi(r.promisedAt)}` : "",
                      ]
                        .filter(Boolean)
                        .join("; ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )}
      </FormSheet>
    </>
  );
}
