import { describe, expect, it } from "vitest";
import { addReportingObligation } from "@/server/admin/plans/add-reporting-obligation";
import { reportingUnitIds, unitReports } from "@/server/report/queries";
import { db } from "@/server/db";
import { actorFor, testNow, unitIdByKey } from "./helpers";
import { tag } from "./admin-fixtures";

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
