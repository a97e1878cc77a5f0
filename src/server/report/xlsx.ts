import "server-only";
import ExcelJS from "exceljs";
import { reportStateLabel, type FigureSet } from "@/domain/report";
import { formatDateVi, toLocalDate, toLocalTime } from "@/domain/schedule";
import type { ReportDetailDto } from "./queries";

/** The header row of every sheet the portal writes: bold, shaded, underlined. */
export function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { vertical: "middle", wrapText: true };
  row.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F2" } };
    c.border = { bottom: { style: "thin" } };
  });
}

/** An instant as people in Vietnam read it: local (UTC+7) "dd/MM/yyyy HH:mm", never ISO/UTC. */
export function localDateTimeVi(iso: string): string {
  const at = new Date(iso);
  return `${formatDateVi(toLocalDate(at))} ${toLocalTime(at)}`;
}

/** Adds the figure table of one report as a sheet (values as numbers, rates as 0–100). */
function addFiguresSheet(wb: ExcelJS.Workbook, name: string, set: FigureSet) {
  const ws = wb.addWorksheet(name);
  ws.columns = [
    { header: "Nhóm", key: "section", width: 34 },
    { header: "Chỉ tiêu", key: "label", width: 70 },
    { header: "Số liệu", key: "value", width: 12 },
    { header: "Đơn vị tính", key: "unit", width: 12 },
    { header: "Tử số", key: "numerator", width: 10 },
    { header: "Mẫu số", key: "denominator", width: 10 },
    { header: "Chỉ tiêu kế hoạch (%)", key: "target", width: 14 },
    { header: "STT", key: "number", width: 8 },
  ];
  styleHeader(ws.getRow(1));
  // The rows' internal keys (received, channel.DESK, model.<key>) are for the program, not
  // for readers: the sheet numbers the rows by section instead.
  for (const [si, s] of set.sections.entries()) {
    for (const [ri, r] of s.rows.entries()) {
      ws.addRow({
        section: s.title,
        label: r.label,
        value: r.value,
        unit: r.kind === "percent" ? "%" : r.kind === "hours" ? "giờ" : "hồ sơ/lượt",
        numerator: r.numerator ?? null,
        denominator: r.denominator ?? null,
        target: r.target?.percent ?? null,
        number: `${si + 1}.${ri + 1}`,
      });
    }
  }
  ws.views = [{ state: "frozen", ySplit: 1 }];
  const nc = wb.addWorksheet(`${name.slice(0, 20)} - chưa tính`);
  nc.columns = [
    { header: "Nhóm chỉ số (QĐ 766/QĐ-TTg)", key: "group", width: 30 },
    { header: "Chỉ số", key: "indicator", width: 60 },
    { header: "Lý do chưa tính được", key: "reason", width: 80 },
  ];
  styleHeader(nc.getRow(1));
  for (const n of set.notComputable) nc.addRow(n);
}

/** One report's figures and history as .xlsx. */
export async function reportWorkbook(r: ReportDetailDto, set: FigureSet, computedAt: string, frozen: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng mô hình CCHC";
  const info = wb.addWorksheet("Thông tin");
  info.columns = [
    { header: "Mục", key: "k", width: 28 },
    { header: "Nội dung", key: "v", width: 90 },
  ];
  styleHeader(info.getRow(1));
  const rows: [string, string][] = [
    ["Đơn vị báo cáo", r.unitName],
    ["Báo cáo", r.obligationTitle],
    ["Kế hoạch", r.planTitle],
    ["Kỳ báo cáo", `${r.periodLabel} (${formatDateVi(r.periodStart)} – ${formatDateVi(r.periodEnd)})`],
    ["Hạn nộp", formatDateVi(r.dueOn)],
    ["Nơi thẩm định", r.reviewerName],
    ["Tình trạng", reportStateLabel[r.state]],
    ["Lần nộp", String(r.version)],
    ["Số liệu", `${frozen ? "Chốt khi nộp" : "Tính trực tiếp"} lúc ${localDateTimeVi(computedAt)}`],
  ];
  for (const [k, v] of rows) info.addRow({ k, v });
  addFiguresSheet(wb, "Số liệu", set);
  const hist = wb.addWorksheet("Lịch sử");
  hist.columns = [
    { header: "Lần", key: "version", width: 8 },
    { header: "Thao tác", key: "what", width: 20 },
    { header: "Người thực hiện", key: "who", width: 28 },
    { header: "Thời điểm", key: "at", width: 24 },
    { header: "Ý kiến", key: "comment", width: 80 },
  ];
  styleHeader(hist.getRow(1));
  const events = [
    ...r.submissions.map((s) => ({ version: s.version, what: "Nộp báo cáo", who: s.submittedBy ?? "", at: s.submittedAt, comment: "" })),
    ...r.reviews.map((v) => ({ version: v.version, what: v.decision === "ACCEPTED" ? "Chấp nhận" : "Trả lại", who: v.reviewer ?? "", at: v.at, comment: v.comment })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  for (const e of events) hist.addRow({ ...e, at: localDateTimeVi(e.at) });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
