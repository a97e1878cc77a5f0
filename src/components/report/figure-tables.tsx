import type { Route } from "next";
import Link from "next/link";
import { Badge, Card } from "@/components/ui/primitives";
import { formatFigure, sectionHasData, type FigureSet } from "@/domain/report";
import { ScrollArea } from "@/components/ui/scroll-area";

/**
 * The report's figures, one table per section; each figure that counts dossiers links to
 * the list of those dossiers. Presentational: the page passes the link builder.
 */
export function FigureTables({ set, drillHref }: { set: FigureSet; drillHref: (key: string) => Route }) {
  const shown = set.sections.filter(sectionHasData);
  const empty = set.sections.filter((s) => !sectionHasData(s));
  return (
    <div className="space-y-4">
      {shown.map((s) => (
        <Card key={s.key} title={s.title}>
          <ScrollArea label={`Bảng số liệu: ${s.title}`} className="overflow-x-auto">
            <table className="w-full text-left text-[0.95rem]">
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="py-2 pr-3">Chỉ tiêu</th>
                  <th scope="col" className="py-2 text-right">Số liệu</th>
                </tr>
              </thead>
              <tbody>
                {s.rows.map((r) => (
                  <tr key={r.key} className="border-b border-slate-200 align-top">
                    <th scope="row" className={`py-2 pr-3 font-normal ${r.sub ? "pl-5" : ""}`}>
                      {r.label}
                      {r.target ? (
                        <span className="mt-1 block text-sm">
                          Chỉ tiêu kế hoạch {r.target.percent}%{" "}
                          {r.meetsTarget == null ? <Badge>chưa có số liệu</Badge> : r.meetsTarget ? <Badge tone="ok">đạt</Badge> : <Badge tone="bad">chưa đạt</Badge>}
                          <span className="block text-muted">{r.target.source}</span>
                        </span>
                      ) : null}
                      {r.note ? <span className="block text-sm text-muted">{r.note}</span> : null}
                    </th>
                    <td className="whitespace-nowrap py-2 text-right font-semibold tabular-nums">
                      {r.drill && (r.kind !== "count" || (r.value ?? 0) > 0) ? (
                        <Link href={drillHref(r.drill)} aria-label={`${r.label}: ${formatFigure(r)} — xem hồ sơ`}>
                          {formatFigure(r)}
                        </Link>
                      ) : (
                        formatFigure(r)
                      )}
                      {r.kind === "percent" && r.denominator ? (
                        <span className="block text-sm font-normal text-muted">
                          {r.numerator}/{r.denominator}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        </Card>
      ))}
      {empty.length ? <p className="text-muted">Không phát sinh trong kỳ: {empty.map((s) => s.title.toLowerCase()).join("; ")}.</p> : null}
      {/* An explanation for the people who keep the data, not part of the signed report. */}
      <Card title="Chỉ số theo Quyết định 766/QĐ-TTg chưa tính được" className="no-print">
        <ul className="list-disc space-y-1 pl-5">
          {set.notComputable.map((n) => (
            <li key={n.indicator}>
              <strong>{n.group}</strong> — {n.indicator}. <span className="text-muted">{n.reason}</span>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
