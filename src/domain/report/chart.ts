/**
 * Geometry for the dashboard's small SVG charts (no chart library): a monthly line of rates
 * and horizontal bars. Pure: numbers in, coordinates and labels out.
 */
export interface SeriesPoint {
  /** "2024-03". */
  month: string;
  /** Percent 0–100, or null for a month without data. */
  value: number | null;
}

interface LineChart {
  width: number;
  height: number;
  /** One path per run of consecutive months with data ("M x y L x y …"). */
  paths: string[];
  dots: { x: number; y: number; month: string; value: number }[];
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  plot: { left: number; top: number; right: number; bottom: number };
}

/** "2024-03" → "3/2024". */
export function monthLabel(month: string): string {
  const [y, m] = month.split("-");
  return `${Number(m)}/${y}`;
}

/** Months from `from` to `to` inclusive, "YYYY-MM". */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export function lineChart(points: SeriesPoint[], opts: { width?: number; height?: number; maxXTicks?: number } = {}): LineChart {
  const width = opts.width ?? 640;
  const height = opts.height ?? 220;
  const plot = { left: 44, top: 12, right: width - 28, bottom: height - 32 };
  const n = points.length;
  const x = (i: number) => (n <= 1 ? (plot.left + plot.right) / 2 : plot.left + ((plot.right - plot.left) * i) / (n - 1));
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * Math.max(0, Math.min(100, v))) / 100;
  const paths: string[] = [];
  let current = "";
  const dots: LineChart["dots"] = [];
  points.forEach((p, i) => {
    if (p.value == null) {
      if (current) paths.push(current);
      current = "";
      return;
    }
    const px = Math.round(x(i) * 10) / 10;
    const py = Math.round(y(p.value) * 10) / 10;
    current += `${current ? " L" : "M"} ${px} ${py}`;
    dots.push({ x: px, y: py, month: p.month, value: p.value });
  });
  if (current) paths.push(current);
  const yTicks = [0, 25, 50, 75, 100].map((v) => ({ y: Math.round(y(v) * 10) / 10, label: `${v}%` }));
  const step = Math.max(1, Math.ceil(n / (opts.maxXTicks ?? 8)));
  const xTicks = points.flatMap((p, i) => (i % step === 0 || i === n - 1 ? [{ x: Math.round(x(i) * 10) / 10, label: monthLabel(p.month) }] : []));
  return { width, height, paths, dots, yTicks, xTicks, plot };
}

/** A horizontal bar's length for a percent, within `max` pixels. */
export function barLength(value: number | null, max: number): number {
  if (value == null) return 0;
  return Math.round((Math.max(0, Math.min(100, value)) / 100) * max * 10) / 10;
}
