import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { buttonClass, inputClass } from "@/components/ui/primitives";
import { letterEventLabel, letterTypeLabel } from "@/domain/labels";
import { formatInstantVi, toLocalDate } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { letterRegister } from "@/server/letters/queries";
import { unitBySlug } from "@/server/units/queries";
import { FormSheet } from "../../_components/print";
import { ScrollArea } from "@/components/ui/scroll-area";

export const metadata: Metadata = { title: "Sổ thư đã gửi" };
export const dynamic = "force-dynamic";

export default async function LetterRegisterPage({ params, searchParams }: { params: Promise<{ unit: string }>; searchParams: Promise<{ nam?: string }> }) {
  const { unit: slug } = await params;
  const { nam } = await searchParams;
  const user = await requirePagePermission("letter.manage", paths.officer.letterRegister(slug));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const thisYear = Number(toLocalDate(now()).slice(0, 4));
  const year = nam && /^\d{4}$/.test(nam) ? Number(nam) : thisYear;
  const rows = await letterRegister(user, unit.id, year);
  return (
    <>
      <form className="no-print mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="nam" className="block font-semibold">Năm</label>
          <input id="nam" name="nam" type="number" min={2015} max={thisYear} defaultValue={year} className={inputClass} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>Xem sổ</button>
      </form>
      <FormSheet upper={`UBND ${unit.name}`} lower="Sổ theo dõi thư gửi người dân" formNumber={`Năm ${year}`} title={`SỔ THƯ CHÚC MỪNG, CHIA BUỒN, XIN LỖI NĂM ${year}`}>
        {rows.length === 0 ? (
          <p>Chưa có thư nào trong năm {year}.</p>
        ) : (
          <ScrollArea label="Sổ thư đã gửi" className="overflow-x-auto">
            <table className="w-full min-w-[40rem] border-collapse text-left text-[0.9rem]">
              <thead>
                <tr>
                  {["Số", "Ngày gửi", "Loại thư", "Sự kiện", "Người nhận", "Hồ sơ", "Người gửi"].map((h) => (
                    <th key={h} scope="col" className="border border-black px-1">{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td className="border border-black px-1">
                      <Link href={paths.officer.letter(slug, r.id)}>{r.number}</Link>
                    </td>
                    <td className="border border-black px-1">{formatInstantVi(r.sentAt)}</td>
                    <td className="border border-black px-1">{letterTypeLabel[r.type]}</td>
                    <td className="border border-black px-1">
                      {letterEventLabel[r.event]}
                      {r.ceremonyAt ? ` (lễ trao ${formatInstantVi(r.ceremonyAt)})` : ""}
                    </td>
                    <td className="border border-black px-1">{r.recipientName}</td>
                    <td className="border border-black px-1 font-mono">{r.dossier?.code ?? ""}</td>
                    <td className="border border-black px-1">{r.sentBy?.fullName ?? ""}</td>
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
