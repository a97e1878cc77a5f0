/**
 * The figures of a report: what is counted, under which Vietnamese label, how rates are
 * formed, which target applies. The server counts in SQL (src/server/report/figures-sql.ts)
 * and hands the raw counts here; this module turns them into the table that is shown,
 * frozen at submission and printed. Pure.
 *
 * Counting rules (docs/reports.md):
 * - Population: dossiers received in the period by the covered units, and logged before the
 *   moment the figures are taken (so frozen figures can be recomputed).
 * - Deadline: the promise made at receipt (`originalPromisedAt`) moved by the time the
 *   clock was stopped for supplements (`pausedMinutes`); an apology slip does not move it.
 * - Evaluated at the period's cut-off (the end of its last day): on time = result ready or
 *   refused by the deadline; late = ready or refused after it, or still open past it; a
 *   dossier waiting for a supplement at the cut-off is neither.
 * - Rate of on-time = on time / (resolved + open past deadline).
 */
import type { LetterEvent, LetterType } from "../dossier/letters";
import { channelLabel, letterEventLabel, letterTypeLabel } from "../labels";
import type { Channel } from "../schedule/types";

export interface RawModelFigures {
  modelId: string | null;
  modelKey: string | null;
  modelName: string | null;
  received: number;
  /** Received under a same-day (or minutes) turnaround. */
  sameDayEligible: number;
  /** … and resolved on the day of receipt. */
  sameDayDone: number;
}

export interface RawFigures {
  dossiers: {
    received: number;
    byChannel: { channel: Channel; count: number }[];
    byModel: RawModelFigures[];
    resolved: number;
    resolvedOnTime: number;
    resolvedLate: number;
    openLate: number;
    openInTime: number;
    waitingSupplement: number;
    apologySlips: number;
    lateWithApology: number;
    onlineHelp: number;
    writtenOnBehalf: number;
    /** Mean hours from receipt to result (or refusal) over resolved dossiers. */
    meanResolutionHours: number | null;
  };
  homeVisits: { requested: number; done: number; declined: number; cancelled: number; pending: number };
  sessions: { held: number; notHeld: number; questions: number; answeredOnTime: number; answeredLate: number; openOverdue: number; openNotDue: number };
  letters: { type: LetterType; event: LetterEvent; count: number }[];
  satisfaction: { satisfied: number; neutral: number; unsatisfied: number };
  catalogue: { procedures: number; fullOnline: number };
}

/** A plan's own target for a model, quoted. */
export interface FigureTarget {
  percent: number;
  source: string;
}

/**
 * Drill-down keys: each names one SQL predicate over the period's dossiers
 * (src/server/report/figures-sql.ts), so a figure and its list can never disagree.
 */
export type DrillKey =
  | "received"
  | `channel:${Channel}`
  | `model:${string}`
  | "resolved"
  | "onTime"
  | "late"
  | "openInTime"
  | "waitingSupplement"
  | "sameDay"
  | "sameDayMissed"
  | "apology"
  | "onlineHelp"
  | "writtenOnBehalf"
  | "homeVisit"
  | "rated"
  | "unsatisfied"
  | "letter";

export interface FigureRow {
  key: string;
  label: string;
  kind: "count" | "percent" | "hours";
  value: number | null;
  numerator?: number;
  denominator?: number;
  target?: FigureTarget;
  meetsTarget?: boolean | null;
  drill?: DrillKey;
  sub?: boolean;
  note?: string;
}

interface FigureSection {
  key: string;
  title: string;
  rows: FigureRow[];
}

interface NotComputable {
  group: string;
  indicator: string;
  reason: string;
}

export interface FigureSet {
  version: 1;
  sections: FigureSection[];
  notComputable: NotComputable[];
}

/** Percent with one decimal; null when there is nothing to divide. */
export function rate(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}

function count(key: string, label: string, value: number, drill?: DrillKey, sub = false): FigureRow {
  return { key, label, kind: "count", value, ...(drill ? { drill } : {}), ...(sub ? { sub } : {}) };
}

function percent(key: string, label: string, numerator: number, denominator: number, extra: Partial<FigureRow> = {}): FigureRow {
  return { key, label, kind: "percent", value: rate(numerator, denominator), numerator, denominator, ...extra };
}

/** The Decision 766/QĐ-TTg indicators the portal's data cannot give, and why. */
export const NOT_COMPUTABLE_766: NotComputable[] = [
  {
    group: "Công khai, minh bạch",
    indicator: "Tỷ lệ thủ tục hành chính công bố, cập nhật, công khai đúng hạn và đầy đủ các bộ phận",
    reason: "Cổng không lưu quyết định công bố thủ tục và ngày công khai trên Cơ sở dữ liệu quốc gia về TTHC.",
  },
  {
    group: "Công khai, minh bạch",
    indicator: "Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia",
    reason: "Cổng không kết nối và không ghi nhận việc đồng bộ hồ sơ với Cổng Dịch vụ công quốc gia.",
  },
  {
    group: "Số hóa hồ sơ",
    indicator: "Tỷ lệ số hóa hồ sơ, kết quả; tỷ lệ cấp kết quả điện tử; tỷ lệ khai thác, sử dụng lại dữ liệu số hóa",
    reason: "Cổng không lưu tệp hồ sơ, kết quả điện tử hay việc tái sử dụng dữ liệu: chỉ ghi thời điểm và trạng thái hồ sơ.",
  },
  {
    group: "Cung cấp dịch vụ trực tuyến",
    indicator: "Tỷ lệ hồ sơ thanh toán trực tuyến",
    reason: "Cổng không ghi nhận phí, lệ phí và hình thức thanh toán.",
  },
  {
    group: "Mức độ hài lòng",
    indicator: "Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị",
    reason: "Người dân không đánh giá câu trả lời cho ý kiến tại buổi “lắng nghe dân nói”; Cổng không có dữ liệu này.",
  },
];

/**
 * Builds the figure table. `targets` maps a model key to the plan's target for the share
 * of its dossiers resolved the same day (Phước Long: 100 %).
 */
export function buildFigures(raw: RawFigures, targets: Record<string, FigureTarget>): FigureSet {
  const d = raw.dossiers;
  const channelCount = (c: Channel) => d.byChannel.find((x) => x.channel === c)?.count ?? 0;
  const late = d.resolvedLate + d.openLate;
  const dueBase = d.resolved + d.openLate;

  const received: FigureSection = {
    key: "received",
    title: "Hồ sơ tiếp nhận",
    rows: [
      count("received", "Tổng số hồ sơ tiếp nhận trong kỳ", d.received, "received"),
      ...(["DESK", "ONLINE", "POSTAL", "HOME"] as const).map((c) => count(`channel.${c}`, channelLabel[c], channelCount(c), `channel:${c}`, true)),
      ...d.byModel
        .filter((m) => m.modelId)
        .map((m) => count(`model.${m.modelKey ?? m.modelId}`, `Theo mô hình “${m.modelName}”`, m.received, `model:${m.modelId}`)),
      count("model.none", "Không theo mô hình (giải quyết thông thường)", d.byModel.find((m) => !m.modelId)?.received ?? 0, "model:none"),
    ],
  };

  const results: FigureSection = {
    key: "results",
    title: "Kết quả giải quyết (tính đến hết ngày cuối kỳ)",
    rows: [
      count("resolved", "Đã giải quyết (có kết quả hoặc từ chối)", d.resolved, "resolved"),
      count("onTime", "Giải quyết trước hạn, đúng hạn", d.resolvedOnTime, "onTime", true),
      count("late", "Trễ hạn (giải quyết quá hạn hoặc còn tồn quá hạn)", late, "late"),
      count("openInTime", "Đang giải quyết, chưa đến hạn", d.openInTime, "openInTime"),
      count("waitingSupplement", "Đang chờ người dân bổ sung (dừng tính thời gian)", d.waitingSupplement, "waitingSupplement"),
      percent("onTimeRate", "Tỷ lệ giải quyết đúng hạn", d.resolvedOnTime, dueBase),
      { key: "meanHours", label: "Thời gian giải quyết trung bình (giờ)", kind: "hours", value: d.meanResolutionHours == null ? null : Math.round(d.meanResolutionHours * 10) / 10 },
    ],
  };

  const sameDayModels = d.byModel.filter((m) => m.modelId && m.sameDayEligible > 0);
  const sameDayTotal = sameDayModels.reduce((s, m) => s + m.sameDayEligible, 0);
  const sameDayDone = sameDayModels.reduce((s, m) => s + m.sameDayDone, 0);
  const sameDay: FigureSection = {
    key: "sameDay",
    title: "Giải quyết trong ngày",
    rows: [
      count("sameDay.eligible", "Hồ sơ thuộc diện trả kết quả trong ngày", sameDayTotal, "sameDay"),
      count("sameDay.done", "Đã giải quyết ngay trong ngày tiếp nhận", sameDayDone, undefined, true),
      count("sameDay.missed", "Không xong trong ngày", sameDayTotal - sameDayDone, "sameDayMissed", true),
      percent("sameDay.rate", "Tỷ lệ giải quyết trong ngày", sameDayDone, sameDayTotal),
      ...sameDayModels.map((m) => {
        const target = m.modelKey ? targets[m.modelKey] : undefined;
        const value = rate(m.sameDayDone, m.sameDayEligible);
        return percent(`sameDay.rate.${m.modelKey ?? m.modelId}`, `— mô hình “${m.modelName}”`, m.sameDayDone, m.sameDayEligible, {
          sub: true,
          drill: `model:${m.modelId}` as DrillKey,
          ...(target ? { target, meetsTarget: value == null ? null : value >= target.percent } : {}),
        });
      }),
    ],
  };

  const lateSection: FigureSection = {
    key: "late",
    title: "Hồ sơ trễ hạn và phiếu xin lỗi",
    rows: [
      count("late.total", "Hồ sơ trễ hạn", late, "late"),
      count("late.apologySlips", "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) đã phát hành", d.apologySlips, "apology"),
      count("late.withApology", "Hồ sơ trễ hạn có phiếu xin lỗi", d.lateWithApology, undefined, true),
      percent("late.apologyRate", "Tỷ lệ hồ sơ trễ hạn có phiếu xin lỗi", d.lateWithApology, late),
    ],
  };

  const hv = raw.homeVisits;
  const homeVisits: FigureSection = {
    key: "homeVisits",
    title: "Giải quyết thủ tục tại nhà",
    rows: [
      count("homeVisits.requested", "Yêu cầu giải quyết tại nhà", hv.requested),
      count("homeVisits.done", "Đã thực hiện tại nhà", hv.done, "homeVisit", true),
      count("homeVisits.declined", "Từ chối (không thuộc đối tượng)", hv.declined, undefined, true),
      count("homeVisits.cancelled", "Người dân hủy", hv.cancelled, undefined, true),
      count("homeVisits.pending", "Chưa thực hiện", hv.pending, undefined, true),
    ],
  };

  const s = raw.sessions;
  const questionsDue = s.answeredOnTime + s.answeredLate + s.openOverdue;
  const sessions: FigureSection = {
    key: "sessions",
    title: "Lắng nghe ý kiến của nhân dân",
    rows: [
      count("sessions.held", "Buổi gặp mặt đã tổ chức", s.held),
      count("sessions.notHeld", "Buổi theo lịch chưa tổ chức hoặc bị hủy", s.notHeld),
      count("sessions.questions", "Ý kiến, kiến nghị của nhân dân", s.questions),
      count("sessions.answeredOnTime", "Đã trả lời đúng hạn", s.answeredOnTime, undefined, true),
      count("sessions.answeredLate", "Đã trả lời quá hạn", s.answeredLate, undefined, true),
      count("sessions.openOverdue", "Chưa trả lời, đã quá hạn", s.openOverdue, undefined, true),
      count("sessions.openNotDue", "Chưa trả lời, chưa đến hạn", s.openNotDue, undefined, true),
      percent("sessions.onTimeRate", "Tỷ lệ ý kiến được trả lời đúng hạn", s.answeredOnTime, questionsDue),
    ],
  };

  const letterTypes = Object.keys(letterTypeLabel) as LetterType[];
  const letters: FigureSection = {
    key: "letters",
    title: "Thư chúc mừng, chia buồn, xin lỗi",
    rows: letterTypes.flatMap((t) => {
      const ofType = raw.letters.filter((l) => l.type === t);
      return [
        count(`letters.${t}`, letterTypeLabel[t], ofType.reduce((sum, l) => sum + l.count, 0), "letter"),
        ...ofType
          .sort((a, b) => a.event.localeCompare(b.event))
          .map((l) => count(`letters.${t}.${l.event}`, `— ${(letterEventLabel[l.event] ?? l.event).toLowerCase()}`, l.count, undefined, true)),
      ];
    }),
  };

  const sat = raw.satisfaction;
  const rated = sat.satisfied + sat.neutral + sat.unsatisfied;
  const satisfaction: FigureSection = {
    key: "satisfaction",
    title: "Mức độ hài lòng của người dân",
    rows: [
      count("satisfaction.rated", "Lượt đánh giá", rated, "rated"),
      percent("satisfaction.satisfied", "Hài lòng", sat.satisfied, rated, { sub: true }),
      percent("satisfaction.neutral", "Bình thường", sat.neutral, rated, { sub: true }),
      percent("satisfaction.unsatisfied", "Không hài lòng", sat.unsatisfied, rated, { sub: true, drill: "unsatisfied" }),
    ],
  };

  const online = channelCount("ONLINE");
  const desk = channelCount("DESK");
  const help: FigureSection = {
    key: "help",
    title: "Hỗ trợ người dân",
    rows: [
      count("help.online", "Hồ sơ trực tuyến được công chức hướng dẫn, hỗ trợ nộp", d.onlineHelp, "onlineHelp"),
      percent("help.onlineRate", "Tỷ lệ trên số hồ sơ trực tuyến", d.onlineHelp, online, { sub: true }),
      count("help.writtenOnBehalf", "Hồ sơ được công chức viết hộ, điền hộ", d.writtenOnBehalf, "writtenOnBehalf"),
      percent("help.writtenRate", "Tỷ lệ trên số hồ sơ nộp trực tiếp", d.writtenOnBehalf, desk, { sub: true }),
    ],
  };

  const quality: FigureSection = {
    key: "quality766",
    title: "Chỉ số chất lượng phục vụ theo Quyết định 766/QĐ-TTg (phần tính được từ dữ liệu)",
    rows: [
      percent("q766.progress.onTime", "Tiến độ, kết quả giải quyết — Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", d.resolvedOnTime, dueBase, { drill: "late" }),
      {
        key: "q766.progress.meanHours",
        label: "Tiến độ, kết quả giải quyết — Thời gian giải quyết trung bình (giờ)",
        kind: "hours",
        value: d.meanResolutionHours == null ? null : Math.round(d.meanResolutionHours * 10) / 10,
      },
      percent("q766.online.dossiers", "Cung cấp dịch vụ trực tuyến — Tỷ lệ hồ sơ nộp trực tuyến", online, d.received, { drill: "channel:ONLINE" }),
      percent("q766.online.procedures", "Cung cấp dịch vụ trực tuyến — Tỷ lệ thủ tục cung cấp dịch vụ công trực tuyến toàn trình", raw.catalogue.fullOnline, raw.catalogue.procedures, {
        note: "Theo danh mục thủ tục của đơn vị trên Cổng.",
      }),
      // One satisfaction rate in the whole report: the same share as «Hài lòng» above.
      percent("q766.satisfaction.procedures", "Mức độ hài lòng — Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", sat.satisfied, rated, {
        drill: "unsatisfied",
        note: "Số lượt hài lòng / số lượt đánh giá (như dòng «Hài lòng» ở mục Mức độ hài lòng của người dân).",
      }),
      percent("q766.satisfaction.feedback", "Mức độ hài lòng — Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn", s.answeredOnTime, questionsDue, {
        note: "Ý kiến, kiến nghị của nhân dân tại các buổi gặp mặt, trả lời đúng hạn.",
      }),
    ],
  };

  return {
    version: 1,
    sections: [received, results, sameDay, lateSection, homeVisits, sessions, letters, satisfaction, help, quality],
    notComputable: NOT_COMPUTABLE_766,
  };
}

/** Whether a section has anything to say (all its counts zero and rates empty: no). */
export function sectionHasData(section: FigureSection): boolean {
  return section.rows.some((r) => (r.kind === "count" ? (r.value ?? 0) > 0 : r.value != null && (r.denominator ?? 1) > 0));
}

/** One row by key, for tests, the dashboard and the export. */
export function figureValue(set: FigureSet, key: string): number | null | undefined {
  for (const s of set.sections) for (const r of s.rows) if (r.key === key) return r.value;
  return undefined;
}

export function formatFigure(row: Pick<FigureRow, "kind" | "value">): string {
  if (row.value == null) return "—";
  if (row.kind === "percent") return `${row.value.toLocaleString("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
  if (row.kind === "hours") return row.value.toLocaleString("vi-VN", { maximumFractionDigits: 1 });
  return row.value.toLocaleString("vi-VN");
}
