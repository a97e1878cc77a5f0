import type { Route } from "next";
import Link from "next/link";
import { ServiceTagStack } from "@/components/public/service-tag";
import { formatDateVi } from "@/domain/schedule/local-time";
import type { UnitScheduleDto } from "@/server/public/schedule";
import { ScrollArea } from "@/components/ui/scroll-area";

/**
 * Procedures × days of one week. Hours are shown only for the special services (ordinary
 * days follow office hours); a day outside the unit's lifetime has no cell at all.
 */
export function WeeklyTable({
  schedule,
  rows,
  dayIndexes,
  highlight,
  procedureHref,
}: {
  schedule: UnitScheduleDto;
  rows: UnitScheduleDto["procedures"];
  dayIndexes: number[];
  highlight: string;
  procedureHref: (procedureId: string) => Route;
}) {
  return (
    // `relative`: the screen-reader-only texts in the cells stay inside the scroll box, not past the page edge.
    <ScrollArea label="Bảng thủ tục theo ngày trong tuần" className="relative mt-3 overflow-x-auto">
      <table className={`w-full border-collapse text-left text-[0.95rem] ${dayIndexes.length > 1 ? "min-w-[40rem]" : ""}`}>
        <caption className="sr-only">Thủ tục theo từng ngày trong tuần từ {formatDateVi(schedule.weekStart)}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="sticky left-0 bg-white py-2 pr-3">
              Thủ tục
            </th>
            {dayIndexes.map((i) => {
              const d = schedule.days[i]!;
              return (
                <th key={d.date} scope="col" className={`px-1 py-2 text-center ${d.date === highlight ? "bg-brand-50" : ""}`}>
                  <span className="block">{d.weekdayName}</span>
                  <span className="block text-sm font-normal text-muted">{formatDateVi(d.date).slice(0, 5)}</span>
                  {d.dayName && d.active ? <span className="block text-xs font-normal text-bad-700">{d.dayName}</span> : null}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="sticky left-0 max-w-[16rem] bg-white py-2 pr-3 font-normal">
                <Link href={procedureHref(p.id)} className="text-brand-700 underline">
                  {p.name}
                </Link>
                <span className="block text-sm text-muted">{p.fieldName}</span>
              </th>
              {dayIndexes.map((i) => {
                const c = p.cells[i]!;
                const day = schedule.days[i]!;
                if (!day.active) {
                  return (
                    <td key={c.date} className="px-1 py-2 text-center text-muted">
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">Đơn vị không hoạt động ngày này</span>
                    </td>
                  );
                }
                const windows = c.models
                  .filter((m) => m.tags.length > 0)
                  .map((m) => (m.intakeCutoff ? `nhận đến ${m.intakeCutoff}` : m.windows.map((w) => `${w.start}–${w.end}`).join(", ")));
                return (
                  <td key={c.date} className={`px-1 py-2 text-center ${c.date === highlight ? "bg-brand-50" : ""}`}>
                    <ServiceTagStack tags={c.tags} note={windows.length ? [...new Set(windows)].join(", ") : null} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
