import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { computeReportFigures } from "@/server/report/figures";
import { saveReportDraft } from "@/server/report/save-report-draft";
import { submitReport } from "@/server/report/submit-report";
import { reviewReport } from "@/server/review/review-report";
import { addDays, instantAt, toLocalDate } from "@/domain/schedule";
import { addReportingObligation } from "@/server/admin/plans/add-reporting-obligation";
import { unitReports } from "@/server/report/queries";
import { HttpSession, actorFor, testNow, unitIdByKey } from "./helpers";

const AN_DUNG = "binh-dinh/an-lao/an-dung";

async function anDungReport(label: string, obligation = "an-dung-bao-cao-quy") {
  return db.report.findFirstOrThrow({ where: { unit: { key: AN_DUNG }, periodLabel: label, obligation: { key: obligation } }, select: { id: true, status: true, periodStart: true, periodEnd: true } });
}

const narrative = (reportId: string, results: string) => ({ reportId, narrativeResults: results, narrativeDifficulties: "Mạng chập chờn.", narrativeProposals: "Đề nghị hỗ trợ máy scan." });

describe("submitting freezes the figures", () => {
  it("a submitted report does not change when a later dossier is logged in its period", async () => {
    const report = await anDungReport("Năm 2025", "an-dung-bao-cao-nam");
    const leader = await actorFor("lanhdao.andung");
    const submitted = await submitReport(leader, { ...narrative(report.id, "Kết quả năm 2025."), number: "31" });
    expect(submitted).toMatchObject({ ok: true, data: { version: 1 } });
    const before = await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { figures: true, status: true, submissions: { select: { figures: true } } } });
    expect(before.status).toBe("SUBMITTED");

    // A dossier received in the period but logged now (e.g. typed in late) — now on the
    // stack's clock, which the figures are counted against, not the database server's.
    const unitId = await unitIdByKey(AN_DUNG);
    const procedure = await db.unitProcedure.findFirstOrThrow({ where: { unitId }, select: { procedureId: true } });
    const at = new Date("2025-03-03T02:00:00Z");
    await db.dossier.create({
      data: {
        code: `TEST-FREEZE-${Date.now().toString(36)}`,
        unitId,
        procedureId: procedure.procedureId,
        channel: "DESK",
        receivedAt: at,
        recordedAt: testNow(),
        promisedAt: at,
        originalPromisedAt: at,
        statutoryBoundAt: at,
        regime: "ND61_2018",
        citizenName: "Người Thử Nghiệm",
        citizenPhone: "0900000000",
      },
    });
    const after = await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { figures: true, submissions: { select: { figures: true } } } });
    expect(after.figures).toEqual(before.figures);
    expect(after.submissions).toEqual(before.submissions);
    // The live count does see it: the frozen figures really did not move.
    const plan = await db.reportingObligation.findUniqueOrThrow({ where: { key: "an-dung-bao-cao-nam" }, select: { planId: true } });
    const live = await computeReportFigures(db, { unitId, planId: plan.planId, start: report.periodStart.toISOString().slice(0, 10), end: report.periodEnd.toISOString().slice(0, 10) }, testNow());
    const frozen = before.figures as unknown as typeof live;
    const received = (f: typeof live) => f.set.sections[0]!.rows[0]!.value;
    expect(received(live)).toBe(received(frozen)! + 1);
  });
});

describe("return and resubmission keep the history", () => {
  it("leader submits, reviewer returns with comments, leader resubmits, reviewer accepts; every step audited", async () => {
    const report = await anDungReport("Quý III năm 2025");
    const leader = await actorFor("lanhdao.andung");
    const reviewer = await actorFor("thamdinh.anlao");

    expect(await submitReport(leader, narrative(report.id, "Lần nộp thứ nhất."))).toMatchObject({ ok: true, data: { version: 1 } });
    // Cannot submit twice while the reviewer has it.
    expect(await submitReport(leader, narrative(report.id, "Nộp lại ngay."))).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });
    // Returning needs a comment.
    expect(await reviewReport(reviewer, { reportId: report.id, decision: "RETURNED", comment: "" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await reviewReport(reviewer, { reportId: report.id, decision: "RETURNED", comment: "Bổ sung nguyên nhân trễ hạn." })).toMatchObject({ ok: true, data: { status: "RETURNED" } });
    expect(await saveReportDraft(await actorFor("canbo.andung"), narrative(report.id, "Đã bổ sung nguyên nhân."))).toMatchObject({ ok: true });
    expect(await submitReport(leader, narrative(report.id, "Lần nộp thứ hai, đã bổ sung."))).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await reviewReport(reviewer, { reportId: report.id, decision: "ACCEPTED", comment: "" })).toMatchObject({ ok: true, data: { status: "ACCEPTED" } });
    // Once accepted, nothing more.
    expect(await reviewReport(reviewer, { reportId: report.id, decision: "RETURNED", comment: "Thêm." })).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });
    expect(await saveReportDraft(leader, narrative(report.id, "Sửa sau khi chấp nhận."))).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });

    const r = await db.report.findUniqueOrThrow({
      where: { id: report.id },
      select: {
        status: true,
        version: true,
        submissions: { select: { version: true, narrative: true }, orderBy: { version: "asc" } },
        reviews: { select: { version: true, decision: true, comment: true }, orderBy: { at: "asc" } },
      },
    });
    expect(r).toMatchObject({ status: "ACCEPTED", version: 2 });
    expect(r.submissions.map((s) => [s.version, (s.narrative as { results: string }).results])).toEqual([
      [1, "Lần nộp thứ nhất."],
      [2, "Lần nộp thứ hai, đã bổ sung."],
    ]);
    expect(r.reviews).toEqual([
      { version: 1, decision: "RETURNED", comment: "Bổ sung nguyên nhân trễ hạn." },
      { version: 2, decision: "ACCEPTED", comment: "" },
    ]);
    const audit = await db.auditLog.findMany({ where: { entity: "Report", entityId: report.id }, orderBy: { id: "asc" }, select: { action: true, actorName: true } });
    expect(audit.map((a) => [a.action, a.actorName])).toEqual([
      ["report.submit", "lanhdao.andung"],
      ["report.return", "thamdinh.anlao"],
      ["report.draft", "canbo.andung"],
      ["report.submit", "lanhdao.andung"],
      ["report.accept", "thamdinh.anlao"],
    ]);
  });
  it("a report submitted on its due day and returned after it is «Bị trả lại» with its own deadline, not overdue, in the leader's list (issue #13, defect 6)", async () => {
    // A fresh quarterly obligation of the illustrative plan: its report of the current quarter is untouched by other tests.
    const commune = await unitIdByKey("quang-ngai/nguyen-nghiem");
    const plan = await db.plan.findFirstOrThrow({ where: { issuingUnitId: commune, illustrative: true }, select: { id: true } });
    const title = `Báo cáo quý trả lại ${Date.now().toString(36)}`;
    const added = await addReportingObligation(await actorFor("quantri"), { planId: plan.id, title, frequency: "QUARTERLY", reviewerUnitId: await unitIdByKey("quang-ngai/so-noi-vu"), reporterUnitIds: [commune] });
    expect(added.ok).toBe(true);
    const today = toLocalDate(testNow());
    const current = (await unitReports(db, commune, testNow())).find((r) => r.obligationTitle === title && r.periodStart <= today && today <= r.periodEnd)!;
    const due = current.dueOn;

    const leader = await actorFor("lanhdao.nguyennghiem");
    expect(await submitReport(leader, narrative(current.id, "Nộp đúng ngày hạn."), { now: instantAt(due, "16:00") })).toMatchObject({ ok: true });
    const dayAfter = addDays(due, 1);
    expect(await reviewReport(await actorFor("thamdinh.quangngai"), { reportId: current.id, decision: "RETURNED", comment: "Bổ sung số liệu tháng cuối kỳ." }, { now: instantAt(dayAfter, "09:00") })).toMatchObject({ ok: true });

    const seen = async (day: string) => (await unitReports(db, commune, instantAt(day, "10:00"))).find((r) => r.id === current.id)!;
    const returned = await seen(dayAfter);
    expect(returned).toMatchObject({ status: "RETURNED", state: "RETURNED", overdue: false, submittedLate: false });
    expect(returned.resubmitBy! > due).toBe(true);
    // Overdue only once its own resubmission deadline has passed.
    expect(await seen(returned.resubmitBy!)).toMatchObject({ state: "RETURNED", overdue: false });
    expect(await seen(addDays(returned.resubmitBy!, 1))).toMatchObject({ state: "OVERDUE", overdue: true });
  });
});

describe("a reviewer cannot edit, a unit cannot review", () => {
  it("by action", async () => {
    const report = await anDungReport("Quý II năm 2025");
    const reviewer = await actorFor("thamdinh.anlao");
    expect(await saveReportDraft(reviewer, narrative(report.id, "Thẩm định viên sửa."))).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await submitReport(reviewer, narrative(report.id, "Thẩm định viên nộp."))).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    // An officer writes the draft but only the leader submits.
    const officer = await actorFor("canbo.andung");
    expect(await saveReportDraft(officer, narrative(report.id, "Bản nháp của cán bộ."))).toMatchObject({ ok: true });
    expect(await submitReport(officer, narrative(report.id, "Cán bộ nộp."))).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    // Another commune's people cannot touch it.
    expect(await saveReportDraft(await actorFor("canbo.phonhon"), narrative(report.id, "Xã khác."))).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const leader = await actorFor("lanhdao.andung");
    expect(await submitReport(leader, narrative(report.id, "Nộp quý II."))).toMatchObject({ ok: true });
    // The unit cannot review its own report; a reviewer of another district cannot either.
    expect(await reviewReport(leader, { reportId: report.id, decision: "ACCEPTED", comment: "" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await reviewReport(officer, { reportId: report.id, decision: "ACCEPTED", comment: "" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await reviewReport(await actorFor("thamdinh.ducpho"), { reportId: report.id, decision: "ACCEPTED", comment: "" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true } })).status).toBe("SUBMITTED");
  });

  it("over HTTP: each side's pages and files are closed to the other, and reviewers see no citizen's name", async () => {
    const report = await db.report.findFirstOrThrow({ where: { unit: { key: AN_DUNG }, status: "ACCEPTED" }, select: { id: true } });
    const reviewer = new HttpSession();
    expect((await reviewer.signIn("thamdinh.anlao", "NoiVu#2026", "198.51.100.71")).ok).toBe(true);
    expect((await reviewer.fetch(`/tham-dinh/bao-cao/${report.id}`)).status).toBe(200);
    expect((await reviewer.fetch(`/can-bo/xa-an-dung/bao-cao/${report.id}`)).status).toBe(403);
    const pdf = await reviewer.fetch(`/tham-dinh/bao-cao/${report.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    const drill = await reviewer.fetch(`/tham-dinh/bao-cao/${report.id}/ho-so?chi-tieu=received`);
    expect(drill.status).toBe(200);
    const html = await drill.text();
    const listed = await db.dossier.findMany({ where: { unit: { key: AN_DUNG } }, select: { code: true, citizenName: true, citizenPhone: true }, take: 2000 });
    const shown = listed.filter((d) => html.includes(d.code));
    expect(shown.length).toBeGreaterThan(0);
    for (const d of shown) {
      expect(html).not.toContain(d.citizenName);
      expect(html).not.toContain(d.citizenPhone);
    }

    const leader = new HttpSession();
    expect((await leader.signIn("lanhdao.andung", "LanhDao#2026", "198.51.100.72")).ok).toBe(true);
    expect((await leader.fetch(`/can-bo/xa-an-dung/bao-cao/${report.id}`)).status).toBe(200);
    expect((await leader.fetch(`/tham-dinh/bao-cao/${report.id}`)).status).toBe(403);
    expect((await leader.fetch(`/tham-dinh/bao-cao/${report.id}/pdf`)).status).toBe(403);
    expect((await leader.fetch(`/can-bo/xa-an-dung/bao-cao/${report.id}/xlsx`)).headers.get("content-type")).toContain("spreadsheetml");

    const otherReviewer = new HttpSession();
    expect((await otherReviewer.signIn("thamdinh.ducpho", "NoiVu#2026", "198.51.100.73")).ok).toBe(true);
    expect((await otherReviewer.fetch(`/tham-dinh/bao-cao/${report.id}`)).status).toBe(403);
    expect((await otherReviewer.fetch(`/tham-dinh/bao-cao/${report.id}/in`)).status).toBe(403);
  });

  it("every reviewer's dashboard and export open, and every unit leader's report list", async () => {
    const reviewers = ["thamdinh.anlao", "thamdinh.ducpho", "thamdinh.longxuyen", "thamdinh.phuoclong", "thamdinh.luanthanh", "thamdinh.quangngai", "thamdinh.angiang", "thamdinh.gialai"];
    for (const [i, username] of reviewers.entries()) {
      const s = new HttpSession();
      expect((await s.signIn(username, "NoiVu#2026", `198.51.100.${80 + i}`)).ok, username).toBe(true);
      const page = await s.fetch("/tham-dinh");
      expect(page.status, username).toBe(200);
      expect(await page.text(), username).toContain("Theo dõi báo cáo");
      const xlsx = await s.fetch("/tham-dinh/xuat-excel");
      expect(xlsx.status, username).toBe(200);
      expect(xlsx.headers.get("content-type"), username).toContain("spreadsheetml");
    }
    const leaders: [string, string][] = [
      ["lanhdao.phonhon", "xa-pho-nhon"],
      ["lanhdao.luanthanh", "xa-luan-thanh"],
    ];
    for (const [i, [username, slug]] of leaders.entries()) {
      const s = new HttpSession();
      expect((await s.signIn(username, "LanhDao#2026", `198.51.100.${90 + i}`)).ok, username).toBe(true);
      const res = await s.fetch(`/can-bo/${slug}/bao-cao`);
      expect(res.status, username).toBe(200);
      expect(await res.text(), username).toContain("Báo cáo định kỳ");
    }
  });
});
