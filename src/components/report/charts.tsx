import { barLength, lineChart, monthLabel, type SeriesPoint } from "@/domain/report";

/** A monthly rate as an SVG line (server-rendered), with the numbers in a table for screen readers. */
export function RateLineChart({ title, points, target }: { title: string; points: SeriesPoint[]; target?: number }) {
  const c = lineChart(points);
  const withData = points.filter((p) => p.value != null);
  const y = (v: number) => c.plot.bottom - ((c.plot.bottom - c.plot.top) * v) / 100;
  return (
    <figure className="space-y-1">
      <figcaption className="font-semibold">{title}</figcaption>
      {withData.length === 0 ? (
        <p className="text-muted">Chưa có số liệu.</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${c.width} ${c.height}`} className="h-auto w-full max-w-2xl" role="img" aria-label={`${title}: ${withData.map((p) => `${monthLabel(p.month)} ${p.value}%`).join(", ")}`}>
            {c.yTicks.map((t) => (
              <g key={t.label}>
                <line x1={c.plot.left} x2={c.plot.right} y1={t.y} y2={t.y} stroke="#cbd5e1" strokeWidth="1" />
                <text x={c.plot.left - 6} y={t.y + 4} textAnchor="end" fontSize="11" fill="#4a5363">
                  {t.label}
                </text>
              </g>
            ))}
            {target != null ? <line x1={c.plot.left} x2={c.plot.right} y1={y(target)} y2={y(target)} stroke="#b3261e" strokeDasharray="6 4" strokeWidth="1.5" /> : null}
            {c.xTicks.map((t) => (
              <text key={t.label} x={t.x} y={c.height - 10} textAnchor="middle" fontSize="11" fill="#4a5363">
                {t.label}
              </text>
            ))}
            {c.paths.map((d) => (
              <path key={d} d={d} fill="none" stroke="#0f4489" strokeWidth="2.5" />
            ))}
            {c.dots.map((d) => (
              <circle key={d.month} cx={d.x} cy={d.y} r="3.5" fill="#0f4489" />
            ))}
          </svg>
          {target != null ? <p className="text-sm text-muted">Đường đứt đỏ: chỉ tiêu {target}%.</p> : null}
        </>
      )}
    </figure>
  );
}

/** A percent as a bar, for the ranking. */
export function RateBar({ value, label }: { value: number | null; label: string }) {
  const max = 120;
  return (
    <svg width={max} height="14" viewBox={`0 0 ${max} 14`} role="img" aria-label={`${label}: ${value == null ? "chưa có số liệu" : `${value}%`}`} className="inline-block align-middle">
      <rect x="0" y="2" width={max} height="10" fill="#e2e8f0" rx="2" />
      <rect x="0" y="2" width={barLength(value, max)} height="10" fill="#0f4489" rx="2" />
    </svg>
  );
}
