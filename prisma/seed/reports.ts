/**
 * Report instances for every obligation (one per unit and period up to today), with some
 * history for the demo: submitted, returned and resubmitted, accepted, some late and some
 * never sent (overdue). Figures are frozen as the submit action freezes them, counted over
 * what was logged by the submission instant. Deterministic (seeded random numbers).
 */
import type { Prisma } from "../../src/generated/prisma/client";
import { addDays, instantAtMinutes, toLocalDate, type LocalDate } from "../../src/domain/schedule";
import type { Tx } from "../../src/server/db";
import { localDateOf } from "../../src/server/dates";
import { computeReportFigures } from "../../src/server/report/figures";
import { ensureReportInstances } from "../../src/server/report/instances";
import { randomFor } from "./random";
import type { KeyMaps } from "./reference";

/** The An Dũng quarters the browser test works on stay untouched (drafts, overdue). */
const LEAVE_AS_DRAFT = new Set(["binh-dinh/an-lao/an-dung|Quý II năm 2025", "binh-dinh/an-lao/an-dung|Quý III năm 2025", "binh-dinh/an-lao/an-dung|Năm 2025"]);

const RESULTS = [
  "Trong kỳ, đơn vị duy trì thực hiện mô hình theo đúng kế hoạch; cán bộ Bộ phận Một cửa hướng dẫn tận tình, giải quyết hồ sơ đúng và trước hạn là chủ yếu. Số liệu cụ thể tại bảng kèm theo.",
  "Đơn vị tiếp tục quán triệt cán bộ, công chức thực hiện mô hình; công khai lịch, thủ tục tại trụ sở và trên Cổng; tổ chức hướng dẫn người dân nộp hồ sơ trực tuyến.",
];
const DIFFICULTIES = [
  "Đường truyền mạng có lúc chập chờn, ảnh hưởng đến việc tiếp nhận hồ sơ trực tuyến.",
  "Một số người dân lớn tuổi chưa quen thủ tục trực tuyến; nhân lực Bộ phận Một cửa còn mỏng.",
  "",
];
const PROPOSALS = ["Đề nghị cấp trên hỗ trợ trang thiết bị (máy scan, máy tính) cho Bộ phận Một cửa.", "Đề nghị tổ chức tập huấn kỹ năng hỗ trợ người dân sử dụng dịch vụ công trực tuyến.", ""];
const RETURN_COMMENTS = [
  "Đề nghị bổ sung phân tích nguyên nhân các hồ sơ trễ hạn và việc gửi phiếu xin lỗi theo Mẫu 04.",
  "Phần khó khăn, vướng mắc còn chung chung; đề nghị nêu cụ thể và kèm đề xuất giải pháp.",
];

export async function seedReports(db: Tx, maps: KeyMaps, now: Date): Promise<{ reports: number; submissions: number; reviews: number }> {
  const today = toLocalDate(now);
  await ensureReportInstances(db, {}, today);
  const reports = await db.report.findMany({
    select: {
      id: true,
      unitId: true,
      periodLabel: true,
      periodStart: true,
      periodEnd: true,
      dueOn: true,
      unit: { select: { key: true, users: { where: { role: "UNIT_LEADER" }, select: { id: true }, take: 1 } } },
      obligation: { select: { key: true, planId: true, reviewerUnit: { select: { users: { where: { role: "REVIEWER" }, select: { id: true }, take: 1 } } } } },
    },
    orderBy: [{ periodStart: "asc" }, { id: "asc" }],
  });
  const counts = { reports: reports.length, submissions: 0, reviews: 0 };
  void maps;

  for (const rep of reports) {
    const end = localDateOf(rep.periodEnd);
    const due = localDateOf(rep.dueOn);
    if (end >= today || LEAVE_AS_DRAFT.has(`${rep.unit.key}|${rep.periodLabel}`)) continue;
    // One stream per report: how many periods have ended by today never reshuffles the others.
    const r = randomFor("reports", rep.unit.key, rep.obligation.key, rep.periodLabel);
    const roll = r.next();
    // Most reports are sent on time and accepted; some late, some returned once, a few never.
    if (roll < 0.08) continue;
    const late = roll < 0.2;
    const returned = !late && roll < 0.32;
    const pending = roll > 0.93;
    const leader = rep.unit.users[0]?.id ?? null;
    const reviewer = rep.obligation.reviewerUnit.users[0]?.id ?? null;
    const narrative = {
      number: String(r.int(10, 180)),
      results: r.pick(RESULTS),
      difficulties: r.pick(DIFFICULTIES),
      proposals: r.pick(PROPOSALS),
    };
    // Submitted between the last day of the period and the due date (late: after it).
    const submitDay: LocalDate = late ? addDays(due, r.int(2, 20)) : addDays(end, Math.max(0, Math.min(r.int(1, 5), Math.round((Date.parse(due) - Date.parse(end)) / 86_400_000))));
    const at = (day: LocalDate) => instantAtMinutes(day, r.int(8 * 60, 16 * 60));
    const submissions: { version: number; at: Date }[] = [{ version: 1, at: at(submitDay) }];
    const reviews: Prisma.ReportReviewCreateManyInput[] = [];
    if (returned) {
      const back = at(addDays(submitDay, r.int(1, 4)));
      reviews.push({ reportId: rep.id, version: 1, decision: "RETURNED", comment: r.pick(RETURN_COMMENTS), reviewerId: reviewer, at: back });
      submissions.push({ version: 2, at: at(addDays(toLocalDate(back), r.int(1, 5))) });
    }
    const last = submissions.at(-1)!;
    if (!pending) reviews.push({ reportId: rep.id, version: last.version, decision: "ACCEPTED", comment: "", reviewerId: reviewer, at: at(addDays(toLocalDate(last.at), r.int(1, 6))) });

    let figures: Prisma.InputJsonValue | null = null;
    for (const s of submissions) {
      const f = (await computeReportFigures(db, { unitId: rep.unitId, planId: rep.obligation.planId, start: localDateOf(rep.periodStart), end }, s.at)) as unknown as Prisma.InputJsonValue;
      figures = f;
      await db.reportSubmission.create({ data: { reportId: rep.id, version: s.version, submittedAt: s.at, submittedById: leader, figures: f, narrative } });
      counts.submissions += 1;
    }
    if (reviews.length) await db.reportReview.createMany({ data: reviews });
    counts.reviews += reviews.length;
    const accepted = reviews.find((v) => v.decision === "ACCEPTED");
    await db.report.update({
      where: { id: rep.id },
      data: {
        status: accepted ? "ACCEPTED" : "SUBMITTED",
        version: last.version,
        number: narrative.number,
        narrativeResults: narrative.results,
        narrativeDifficulties: narrative.difficulties,
        narrativeProposals: narrative.proposals,
        figures: figures!,
        submittedAt: last.at,
        acceptedAt: accepted ? (accepted.at as Date) : null,
      },
    });
  }

  // One An Dũng quarter sits returned with the reviewer's comments, waiting for the commune.
  const returnedOne = await db.report.findFirst({ where: { unit: { key: "binh-dinh/an-lao/an-dung" }, periodLabel: "Quý I năm 2025", status: "ACCEPTED" }, select: { id: true, version: true } });
  if (returnedOne) {
    const acceptedReview = await db.reportReview.findFirst({ where: { reportId: returnedOne.id, decision: "ACCEPTED" }, select: { id: true, at: true } });
    if (acceptedReview) {
      await db.reportReview.update({ where: { id: acceptedReview.id }, data: { decision: "RETURNED", comment: RETURN_COMMENTS[0]! } });
      await db.report.update({ where: { id: returnedOne.id }, data: { status: "RETURNED", acceptedAt: null } });
    }
  }
  return counts;
}
