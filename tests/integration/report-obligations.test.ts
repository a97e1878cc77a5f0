import { describe, expect, it } from "vitest";
import { addReportingObligation } from "@/server/admin/plans/add-reporting-obligation";
import { reportingUnitIds, unitReports } from "@/server/report/queries";
import { db } from "@/server/db";
import { toLocalDate } from "@/domain/schedule";
import { actorFor, testNow, unitIdByKey } from "./helpers";
import { newCommune, newDraftPlan, tag } from "./admin-fixtures";
import { reviewerOptions } from "@/server/admin/plans/queries";

describe("a reporting obligation added to a plan", () => {
  it("appears at once in the reporting unit's 'Báo cáo định kỳ'", async () => {
    const phoNhon = await unitIdByKey("quang-ngai/duc-pho/pho-nhon");
    const reviewer = await unitIdByKey("quang-ngai/duc-pho/phong-noi-vu");
    const plan = await db.plan.findFirstOrThrow({ where: { issuingUnitId: phoNhon }, select: { id: true } });
    const before = await unitReports(db, phoNhon, testNow());
    expect(before.length).toBeGreaterThan(0);
    const admin = await actorFor("quantri");
    const title = `Báo cáo quý bổ sung ${tag()}`;
    const added = await addReportingObligation(admin, { planId: plan.id, title, frequency: "QUARTERLY", reviewerUnitId: reviewer, reporterUnitIds: [phoNhon] });
    expect(added.ok).toBe(true);
    const after = await unitReports(db, phoNhon, testNow());
    expect(after.filter((r) => r.obligationTitle === title).length).toBeGreaterThan(0);
  });

  it("a plan issued by a commune's one-stop centre: the obligation (reported by the centre, the form's default) shows in the commune leader's list", async () => {
    const commune = await unitIdByKey("thanh-hoa/luan-thanh");
    const centre = await unitIdByKey("thanh-hoa/luan-thanh/trung-tam-phuc-vu-hanh-chinh-cong");
    const reviewer = await unitIdByKey("thanh-hoa/luan-thanh/phong-van-hoa-xa-hoi");
    const plan = await db.plan.findFirstOrThrow({ where: { issuingUnitId: centre }, select: { id: true } });
    const admin = await actorFor("quantri");
    const title = `Báo cáo tổng kết bổ sung ${tag()}`;
    const added = await addReportingObligation(admin, { planId: plan.id, title, frequency: "END_OF_MODEL", reviewerUnitId: reviewer, reporterUnitIds: [centre] });
    expect(added.ok).toBe(true);
    const leader = await actorFor("lanhdao.luanthanh");
    expect(leader.unitId).toBe(commune);
    const listed = (await unitReports(db, commune, testNow())).filter((r) => r.obligationTitle === title);
    expect(listed).toHaveLength(1);
    expect(await reportingUnitIds(db, commune)).toContain(centre);
  });
});

describe("the reviewer of a plan's reports (issue #19, finding 12)", () => {
  it("is the issuer's line in force when the plan starts: another province, a neighbour, a ceased unit or a reporter is refused and nothing is written", async () => {
    const leader = await actorFor("lanhdao.nguyennghiem");
    const commune = await unitIdByKey("quang-ngai/nguyen-nghiem");
    const plan = await db.plan.findFirstOrThrow({ where: { issuingUnitId: commune }, select: { id: true } });
    const before = await db.reportingObligation.count({ where: { planId: plan.id } });
    const attempt = async (reviewerKey: string) =>
      addReportingObligation(leader, { planId: plan.id, title: `Báo cáo thử ${tag()}`, frequency: "QUARTERLY", reviewerUnitId: await unitIdByKey(reviewerKey), reporterUnitIds: [commune] });

    const otherProvince = await attempt("gia-lai/so-noi-vu");
    expect(otherProvince).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: { reviewerUnitId: [expect.stringContaining("Sở Nội vụ tỉnh Gia Lai không thuộc cấp quản lý")] } } });
    expect(await attempt("an-giang-2025/long-xuyen")).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await attempt("quang-ngai/duc-pho/phong-noi-vu")).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await attempt("quang-ngai/nguyen-nghiem")).toMatchObject({ ok: false, error: { message: expect.stringContaining("vừa báo cáo vừa thẩm định") } });
    expect(await db.reportingObligation.count({ where: { planId: plan.id } })).toBe(before);

    const own = await attempt("quang-ngai/so-noi-vu");
    expect(own).toMatchObject({ ok: true });
    expect(await db.reportingObligation.count({ where: { planId: plan.id } })).toBe(before + 1);

    // The form offers exactly the units the action accepts.
    const offered = (await reviewerOptions(commune, toLocalDate(testNow()))).map((u) => u.name);
    expect(offered).toContain("Sở Nội vụ tỉnh Quảng Ngãi");
    expect(offered).not.toContain("Sở Nội vụ tỉnh Gia Lai");
    expect(offered).not.toContain("Phòng Nội vụ thị xã Đức Phổ");
  });

  it("a unit that ceased before the plan's first day is refused with the dates", async () => {
    const admin = await actorFor("quantri");
    const unit = await newCommune();
    const plan = await newDraftPlan(unit.id, { validFrom: "2027-01-01" });
    const ceased = await addReportingObligation(admin, { planId: plan.id, title: "Sơ kết", frequency: "ANNUAL", reviewerUnitId: await unitIdByKey("quang-ngai/duc-pho/phong-noi-vu"), reporterUnitIds: [unit.id] });
    expect(ceased).toMatchObject({ ok: false, error: { message: "Phòng Nội vụ thị xã Đức Phổ đã chấm dứt hoạt động từ sau 30/06/2025, không hoạt động vào ngày kế hoạch bắt đầu (01/01/2027)." } });
    expect(await db.reportingObligation.count({ where: { planId: plan.id } })).toBe(0);
  });
});
