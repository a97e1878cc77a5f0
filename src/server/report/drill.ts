import "server-only";
import { channelLabel } from "@/domain/labels";
import type { DrillKey } from "@/domain/report";
import type { Channel } from "@/domain/schedule";
import type { Db } from "../db";
import { figuresOf, scopeOf } from "./figures";
import { dossiersForFigure, isDrillKey, type FigureDossierDto } from "./figures-sql";
import type { ReportDetailDto } from "./queries";

const PAGE_SIZE = 50;

const labels: Record<string, string> = {
  received: "Hồ sơ tiếp nhận trong kỳ",
  resolved: "Hồ sơ đã giải quyết",
  onTime: "Hồ sơ giải quyết đúng hạn",
  late: "Hồ sơ trễ hạn",
  openInTime: "Hồ sơ đang giải quyết, chưa đến hạn",
  waitingSupplement: "Hồ sơ chờ bổ sung",
  sameDay: "Hồ sơ thuộc diện trả trong ngày",
  sameDayMissed: "Hồ sơ trong ngày không xong trong ngày",
  apology: "Hồ sơ có phiếu xin lỗi",
  onlineHelp: "Hồ sơ trực tuyến được hỗ trợ nộp",
  writtenOnBehalf: "Hồ sơ được viết hộ",
  homeVisit: "Hồ sơ giải quyết tại nhà",
  rated: "Hồ sơ được người dân đánh giá",
  unsatisfied: "Hồ sơ bị đánh giá không hài lòng",
  letter: "Hồ sơ có thư gửi người dân",
};

export function drillLabel(key: DrillKey): string {
  if (key.startsWith("channel:")) return `Hồ sơ nộp ${channelLabel[key.slice(8) as Channel].toLowerCase()}`;
  if (key === "model:none") return "Hồ sơ không theo mô hình";
  if (key.startsWith("model:")) return "Hồ sơ theo mô hình";
  return labels[key] ?? "Hồ sơ";
}

/** One page of the dossiers behind a figure of a report (frozen scope once submitted). */
export async function figureDossierPage(
  db: Db,
  r: ReportDetailDto,
  rawKey: string | undefined,
  rawPage: string | undefined,
  at: Date,
): Promise<{ key: DrillKey; rows: FigureDossierDto[]; total: number; page: number; pageSize: number; frozen: boolean } | null> {
  if (!rawKey || !isDrillKey(rawKey)) return null;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(rawPage ?? "1", 10) || 1));
  const { figures, frozen } = await figuresOf(db, { unitId: r.unitId, planId: r.planId, start: r.periodStart, end: r.periodEnd, frozen: r.frozenFigures }, at);
  const { rows, total } = await dossiersForFigure(db, scopeOf(figures), rawKey, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return { key: rawKey, rows, total, page, pageSize: PAGE_SIZE, frozen };
}
