import "server-only";
import ExcelJS from "exceljs";
import { reportStateLabel } from "@/domain/report";
import { formatDateVi } from "@/domain/schedule";
import { styleHeader } from "../report/xlsx";
import type { ReviewerDashboard } from "./dashboard";

/** The reviewer's dashboard as .xlsx: statuses, ranking and monthly trend. */
export async function dashboardWorkbook(unitName: string, d: ReviewerDashboard): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng mô hình CCHC";
  const status = wb.addWorksheet("Tình trạng báo cáo");
  status.columns = [
    { header: "Báo cáo", key: "obligation", width: 60 },
    { header: "Đơn vị", key: "unit", width: 40 },
    { header: "Kỳ", key: "period", width: 26 },
    { header: "Từ ngày", key: "start", width: 12 },
    { header: "Đến ngày", key: "end", width: 12 },
    { header: "Hạn nộp", key: "due", width: 12 },
    { header: "Tình trạng", key: "state", width: 22 },
    { header: "Nộp muộn", key: "late", width: 10 },
  ];
  styleHeader(status.getRow(1));
  for (const o of d.obligations)
    for (const u of o.units)
      u.cells.forEach((c, i) => {
        if (!c) return;
        const p = o.periods[i]!;
        status.addRow({ obligation: o.title, unit: u.name, period: p.label, start: formatDateVi(p.start), end: formatDateVi(p.end), due: formatDateVi(c.dueOn), state: reportStateLabel[c.state], late: c.submittedLate ? "Có" : "" });
      });
  const ranking = wb.addWorksheet("Xếp hạng");
  ranking.columns = [
    { header: "Hạng", key: "rank", width: 8 },
    { header: "Đơn vị", key: "name", width: 44 },
    { header: "Hồ sơ", key: "received", width: 10 },
    { header: "Tỷ lệ đúng hạn (%)", key: "onTime", width: 18 },
    { header: "Tỷ lệ trong ngày (%)", key: "sameDay", width: 18 },
    { header: "Chỉ tiêu trong ngày (%)", key: "target", width: 20 },
    { header: "Tỷ lệ trực tuyến (%)", key: "online", width: 18 },
    { header: "Báo cáo quá hạn", key: "overdue", width: 16 },
  ];
  styleHeader(ranking.getRow(1));
  d.ranking.forEach((u, i) =>
    ranking.addRow({ rank: i + 1, name: u.name, received: u.received, onTime: u.onTimeRate, sameDay: u.sameDayRate, target: u.sameDayTarget, online: u.onlineRate, overdue: u.overdueReports }),
  );
  const trend = wb.addWorksheet("Theo tháng");
  trend.columns = [
    { header: "Tháng", key: "month", width: 10 },
    { header: "Tỷ lệ đúng hạn (%)", key: "onTime", width: 18 },
    { header: "Tỷ lệ trong ngày (%)", key: "sameDay", width: 18 },
    { header: "Tỷ lệ trực tuyến (%)", key: "online", width: 18 },
  ];
  styleHeader(trend.getRow(1));
  for (const t of d.trend) trend.addRow(t);
  wb.title = `Theo dõi báo cáo — ${unitName}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
