import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { buttonClass, inputClass } from "@/components/ui/primitives";
import { eligibleGroupLabel } from "@/domain/labels";
import { formatDayVi, isLocalDate, toLocalDate, type EligibleGroup } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { requireUnitScope } from "@/server/auth/scope";
import { requirePagePermission } from "@/server/auth/session";
import { now } from "@/server/clock";
import { routeSheet } from "@/server/home-visit/queries";
import { unitBySlug } from "@/server/units/queries";
import { FormSheet } from "../../_components/print";
import { ScrollArea } from "@/components/ui/scroll-area";

export const metadata: Metadata = { title: "Lộ trình đến nhà" };
export const dynamic = "force-dynamic";

/** The printable route sheet of a visit day. */
export default async function RouteSheetPage({ params, searchParams }: { params: Promise<{ unit: string }>; searchParams: Promise<{ ngay?: string }> }) {
  const { unit: slug } = await params;
  const { ngay } = await searchParams;
  const user = await requirePagePermission("homeVisit.manage", paths.officer.homeVisitItinerary(slug));
  const unit = (await unitBySlug(slug)) ?? notFound();
  requireUnitScope(user, unit.id, forbidden);
  const date = ngay && isLocalDate(ngay) ? ngay : toLocalDate(now());
  const rows = await routeSheet(user, unit.id, date);
  return (
    <>
      <form className="no-print mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="ngay" className="block font-semibold">Ngày đến nhà</label>
          <input id="ngay" name="ngay" type="date" defaultValue={date} className={inputClass} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>Xem lộ trình</button>
      </form>
      <FormSheet upper={`UBND ${unit.name}`} lower="Tổ giải quyết thủ tục tại nhà" formNumber="Lộ trình đến nhà" title={`LỘ TRÌNH GIẢI QUYẾT THỦ TỤC TẠI NHÀ — ${formatDayVi(date).toUpperCase()}`}>
        {rows.length === 0 ? (
          <p>Không có lượt đến nhà nào trong ngày này.</p>
        ) : (
          <ScrollArea label="Lộ trình đến nhà" className="overflow-x-auto">
            <table className="w-full min-w-[40rem] border-collapse text-left text-[0.9rem]">
              <thead>
                <tr>
                  {["TT", "Người dân, điện thoại", "Địa chỉ", "Đối tượng", "Thủ tục", "Cán bộ đi", "Kết quả, chữ ký người dân"].map((h) => (
                    <th key={h} scope="col" className="border border-black px-1">{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={r.id} className="align-top">
                    <td className="border border-black px-1">{i + 1}</td>
                    <td className="border border-black px-1">
                      {r.citizenName}
                      <br />
                      {r.citizenPhone}
                    </td>
                    <td className="border border-black px-1">{r.address}</td>
                    <td className="border border-black px-1">{eligibleGroupLabel[r.eligibleGroup as EligibleGroup] ?? r.eligibleGroup}</td>
                    <td className="border border-black px-1">{r.procedure.name}</td>
                    <td className="border border-black px-1">{r.assignments.map((a) => a.user.fullName).join(", ")}</td>
                    <td className="h-16 border border-black px-1">{r.outcome ?? ""}</td>
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
