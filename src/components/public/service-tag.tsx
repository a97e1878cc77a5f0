import type { ServiceTag } from "@/domain/schedule/weekly";

const serviceTagText: Record<ServiceTag, { short: string; long: string; className: string }> = {
  SAME_DAY: { short: "Trong ngày", long: "Trả kết quả trong ngày", className: "bg-green-100 text-green-900 ring-green-300" },
  HOME_VISIT: { short: "Tại nhà", long: "Giải quyết tại nhà", className: "bg-violet-100 text-violet-900 ring-violet-300" },
  EXTENDED_HOURS: { short: "Ngoài giờ", long: "Làm thêm ngoài giờ hành chính", className: "bg-amber-100 text-amber-900 ring-amber-300" },
  ORDINARY: { short: "Thường", long: "Tiếp nhận bình thường, hẹn theo thời hạn luật định", className: "bg-slate-50 text-slate-700 ring-slate-200" },
  CLOSED: { short: "Nghỉ", long: "Ngày nghỉ", className: "bg-white text-slate-500 ring-slate-200" },
};

export function ServiceTagChip({ tag }: { tag: ServiceTag }) {
  const t = serviceTagText[tag];
  return <span className={`inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-sm font-semibold ring-1 ring-inset ${t.className}`}>{t.short}</span>;
}

/** A day's tags stacked in a table cell, with a short note under them (hours, intake cut-off). */
export function ServiceTagStack({ tags, note }: { tags: readonly ServiceTag[]; note: string | null }) {
  return (
    <div className="flex flex-col items-center gap-1">
      {tags.map((t) => (
        <ServiceTagChip key={t} tag={t} />
      ))}
      {note ? <span className="text-xs text-muted">{note}</span> : null}
    </div>
  );
}

export function ServiceTagLegend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Chú thích">
      {(Object.keys(serviceTagText) as ServiceTag[]).map((tag) => (
        <li key={tag} className="flex items-center gap-1">
          <ServiceTagChip tag={tag} /> <span>{serviceTagText[tag].long}</span>
        </li>
      ))}
    </ul>
  );
}
