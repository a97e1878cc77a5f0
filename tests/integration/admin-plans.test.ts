import { beforeAll, describe, expect, it } from "vitest";
import { addPlanTask } from "@/server/admin/plans/add-plan-task";
import { addReportingObligation } from "@/server/admin/plans/add-reporting-obligation";
import { createPlan } from "@/server/admin/plans/create-plan";
import { deletePlan } from "@/server/admin/plans/delete-plan";
import { endPlan } from "@/server/admin/plans/end-plan";
import { issuePlan } from "@/server/admin/plans/issue-plan";
import { removePlanTask } from "@/server/admin/plans/remove-plan-task";
import { updatePlan } from "@/server/admin/plans/update-plan";
import { createModel } from "@/server/admin/models/create-model";
import { updateModel } from "@/server/admin/models/update-model";
import { unitOverview } from "@/server/public/units";
import { db } from "@/server/db";
import { HttpSession, actorFor, unitIdByKey } from "./helpers";
import { newCommune, newDraftPlan, procedureId, tag, wednesdayModel } from "./admin-fixtures";

const PHO_NHON = "quang-ngai/duc-pho/pho-nhon";
const planFields = (issuingUnitId: string) => ({
  issuingUnitId,
  symbol: "KH-UBND",
  signingPlace: "Phổ Nhơn",
  signedMonth: "2",
  signedYear: "2027",
  title: `Kế hoạch của lãnh đạo xã ${tag()}`,
  validFrom: "2027-03-01",
  signerName: "Nguyễn Bảo Toàn",
  signerTitle: "Chủ tịch Ủy ban nhân dân xã Phổ Nhơn",
});

describe("only administrators and the issuing unit's leader change a plan", () => {
  let phoNhon: string;
  let planId: string;
  let procedure: string;

  beforeAll(async () => {
    phoNhon = await unitIdByKey(PHO_NHON);
    procedure = await procedureId("chung-thuc-chu-ky");
    const leader = await actorFor("lanhdao.phonhon");
    const created = await createPlan(leader, planFields(phoNhon));
    expect(created.ok).toBe(true);
    planId = created.ok ? created.data.id : "";
  });

  it("the leader of the issuing unit creates, edits and adds a model to their plan", async () => {
    const leader = await actorFor("lanhdao.phonhon");
    const updated = await updatePlan(leader, { id: planId, ...planFields(phoNhon), title: "Kế hoạch đã sửa bởi lãnh đạo xã" });
    expect(updated.ok).toBe(true);
    const model = await createModel(leader, wednesdayModel(planId, phoNhon, [procedure], { validFrom: "2027-03-01" }));
    expect(model.ok).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "plan.update", entityId: planId } });
    expect(audit.actorName).toBe("lanhdao.phonhon");
  });

  const refusals: [string, string][] = [
    ["an officer of the issuing unit", "canbo.phonhon"],
    ["the leader of another unit", "lanhdao.andung"],
    ["a reviewer of the district", "thamdinh.ducpho"],
  ];

  for (const [who, username] of refusals) {
    it(`${who} is refused every plan and model change, and nothing is written`, async () => {
      const actor = await actorFor(username);
      const before = await db.plan.findUniqueOrThrow({ where: { id: planId }, select: { title: true, status: true, updatedAt: true } });
      const auditBefore = await db.auditLog.count({ where: { entityId: planId } });
      const model = await db.serviceModel.findFirstOrThrow({ where: { planId }, select: { id: true, name: true } });
      const results = [
        await createPlan(actor, planFields(phoNhon)),
        await updatePlan(actor, { id: planId, ...planFields(phoNhon), title: "Sửa trái phép" }),
        await createModel(actor, wednesdayModel(planId, phoNhon, [procedure], { validFrom: "2027-03-01" })),
        await updateModel(actor, { ...wednesdayModel(planId, phoNhon, [procedure], { validFrom: "2027-03-01" }), modelId: model.id, name: "Sửa trái phép" }),
        await addPlanTask(actor, { planId, unitId: phoNhon, description: "Nhiệm vụ trái phép" }),
        await issuePlan(actor, { id: planId, acceptBlanks: "on" }),
        await deletePlan(actor, { id: planId }),
      ];
      for (const r of results) {
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.code).toBe("FORBIDDEN");
      }
      expect(await db.plan.findUniqueOrThrow({ where: { id: planId }, select: { title: true, status: true, updatedAt: true } })).toEqual(before);
      expect(await db.serviceModel.findUniqueOrThrow({ where: { id: model.id }, select: { name: true } })).toEqual({ name: model.name });
      expect(await db.auditLog.count({ where: { entityId: planId } })).toBe(auditBefore);
    });
  }

  it("a leader cannot name a unit outside their scope as issuer or in a model", async () => {
    const leader = await actorFor("lanhdao.phonhon");
    const anDung = await unitIdByKey("binh-dinh/an-lao/an-dung");
    const other = await createPlan(leader, planFields(anDung));
    expect(other).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const outside = await createModel(leader, wednesdayModel(planId, anDung, [procedure], { validFrom: "2027-03-01" }));
    expect(outside).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: "Đơn vị được chọn nằm ngoài phạm vi đơn vị của bạn." } });
  });

  it("the administrator may change any plan", async () => {
    const admin = await actorFor("quantri");
    const r = await updatePlan(admin, { id: planId, ...planFields(phoNhon), title: "Kế hoạch do quản trị sửa" });
    expect(r.ok).toBe(true);
  });

  it("the plan screens answer the same over HTTP: 200 for the leader and the administrator, 403 for the others", async () => {
    const cases: [string, string, number][] = [
      ["lanhdao.phonhon", "LanhDao#2026", 200],
      ["quantri", "QuanTri#2026", 200],
      ["lanhdao.andung", "LanhDao#2026", 403],
      ["canbo.phonhon", "MotCua#2026", 403],
      ["thamdinh.ducpho", "NoiVu#2026", 403],
    ];
    for (const [i, [username, password, status]] of cases.entries()) {
      const s = new HttpSession();
      expect((await s.signIn(username, password, `198.51.100.${120 + i}`)).ok).toBe(true);
      expect((await s.fetch(`/quan-tri/ke-hoach/${planId}`)).status, username).toBe(status);
    }
  });
});

describe("plan lifecycle: draft → issued → in force → ended", () => {
  it("a draft may leave its number and signing day blank; issuing it needs the blanks acknowledged", async () => {
    const unit = await newCommune();
    const plan = await newDraftPlan(unit.id, { number: "", signedDay: "", signedMonth: "2", signedYear: "2027" });
    const admin = await actorFor("quantri");
    const stored = await db.plan.findUniqueOrThrow({ where: { id: plan.id }, select: { number: true, signedDay: true, signedMonth: true, status: true } });
    expect(stored).toEqual({ number: null, signedDay: null, signedMonth: 2, status: "DRAFT" });

    const noModel = await issuePlan(admin, { id: plan.id, acceptBlanks: "on" });
    expect(noModel).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION", message: "Chưa ban hành được: Kế hoạch chưa có mô hình nào." } });

    expect((await createModel(admin, wednesdayModel(plan.id, unit.id, [await procedureId("chung-thuc-chu-ky")]))).ok).toBe(true);
    const blanks = await issuePlan(admin, { id: plan.id });
    expect(blanks).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", message: "Kế hoạch còn để trống số văn bản, ngày ký. Đánh dấu xác nhận nếu văn bản gốc để trống như vậy." },
    });
    const issued = await issuePlan(admin, { id: plan.id, acceptBlanks: "on" }, { now: new Date("2026-12-20T03:00:00Z") });
    expect(issued).toMatchObject({ ok: true, data: { status: "ISSUED" } });
    // Issued on or after its first day: in force at once.
    const unit2 = await newCommune();
    const plan2 = await newDraftPlan(unit2.id, { validFrom: "2026-01-01" });
    await createModel(admin, wednesdayModel(plan2.id, unit2.id, [await procedureId("chung-thuc-chu-ky")], { validFrom: "2026-01-01" }));
    expect(await issuePlan(admin, { id: plan2.id }, { now: new Date("2026-11-25T03:00:00Z") })).toMatchObject({ ok: true, data: { status: "IN_FORCE" } });
  });

  it("a draft's models never reach citizens; once issued they do", async () => {
    const unit = await newCommune();
    const plan = await newDraftPlan(unit.id);
    const admin = await actorFor("quantri");
    const form = wednesdayModel(plan.id, unit.id, [await procedureId("chung-thuc-chu-ky")]);
    expect((await createModel(admin, form)).ok).toBe(true);

    expect((await unitOverview(unit.slug, "2027-01-06"))!.models).toEqual([]);
    const draftPage = await new HttpSession().fetch(`/don-vi/${unit.slug}?ngay=2027-01-06&gio=09:00`);
    expect(draftPage.status).toBe(200);
    const draftHtml = await draftPage.text();
    expect(draftHtml).toContain("Đơn vị chưa có mô hình nào trong các kế hoạch đã ban hành.");
    expect(draftHtml).not.toContain(form.name);

    expect((await issuePlan(admin, { id: plan.id })).ok).toBe(true);
    expect((await unitOverview(unit.slug, "2027-01-06"))!.models.map((m) => m.name)).toEqual([form.name]);
    const issuedHtml = await (await new HttpSession().fetch(`/don-vi/${unit.slug}?ngay=2027-01-06&gio=09:00`)).text();
    expect(issuedHtml).toContain(form.name);
  });

  it("ending a plan by hand stops its models after the last day and keeps what came before", async () => {
    const unit = await newCommune();
    const plan = await newDraftPlan(unit.id, { validFrom: "2026-01-01" });
    const admin = await actorFor("quantri");
    await createModel(admin, wednesdayModel(plan.id, unit.id, [await procedureId("chung-thuc-chu-ky")], { validFrom: "2026-01-01" }));
    await issuePlan(admin, { id: plan.id });
    const tooEarly = await endPlan(admin, { id: plan.id, lastDay: "2026-06-30", reason: "Thử" }, { now: new Date("2026-11-25T03:00:00Z") });
    expect(tooEarly).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    const ended = await endPlan(admin, { id: plan.id, lastDay: "2026-12-31", reason: "Sáp nhập đơn vị" }, { now: new Date("2026-11-25T03:00:00Z") });
    expect(ended).toMatchObject({ ok: true, data: { cutVersions: 1, droppedVersions: 0 } });
    const version = await db.serviceModelVersion.findFirstOrThrow({ where: { model: { planId: plan.id } }, select: { validFrom: true, validTo: true } });
    expect(version).toEqual({ validFrom: new Date("2026-01-01T00:00:00Z"), validTo: new Date("2026-12-31T00:00:00Z") });
    const stored = await db.plan.findUniqueOrThrow({ where: { id: plan.id }, select: { status: true, validTo: true, endedAt: true } });
    expect(stored.status).toBe("ENDED");
    expect(stored.endedAt).not.toBeNull();
    expect(await deletePlan(admin, { id: plan.id })).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });
    expect(await createModel(admin, wednesdayModel(plan.id, unit.id, [], { validFrom: "2027-01-01" }))).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });
  });

  it("an issued plan keeps its issuing unit and its public key", async () => {
    const unit = await newCommune();
    const other = await newCommune();
    const plan = await newDraftPlan(unit.id);
    const admin = await actorFor("quantri");
    await createModel(admin, wednesdayModel(plan.id, unit.id, [await procedureId("chung-thuc-chu-ky")]));
    await issuePlan(admin, { id: plan.id });
    const fields = { issuingUnitId: unit.id, symbol: "KH-UBND", title: "Tên mới", validFrom: "2027-01-01" };
    expect(await updatePlan(admin, { id: plan.id, ...fields, issuingUnitId: other.id })).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });
    expect(await updatePlan(admin, { id: plan.id, ...fields, key: `khoa-moi-${tag()}` })).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });
    expect(await updatePlan(admin, { id: plan.id, ...fields })).toMatchObject({ ok: true, data: { key: plan.key } });
  });

  it("tasks and reporting obligations are recorded with their units and dates", async () => {
    const unit = await newCommune();
    const plan = await newDraftPlan(unit.id);
    const admin = await actorFor("quantri");
    const task = await addPlanTask(admin, { planId: plan.id, unitId: unit.id, description: "Phân công lãnh đạo trực thứ Tư", dueOn: "2027-01-01" });
    expect(task.ok).toBe(true);
    // The plan starts in 2027: its reports go to the province's Sở Nội vụ (the district's Phòng Nội vụ ceased on 30/06/2025).
    const reviewer = await unitIdByKey("quang-ngai/so-noi-vu");
    const ob = await addReportingObligation(admin, { planId: plan.id, title: "Sơ kết hằng năm", frequency: "ANNUAL", reviewerUnitId: reviewer, reporterUnitIds: unit.id, dueDaysAfterPeriod: "15" });
    expect(ob.ok).toBe(true);
    const once = await addReportingObligation(admin, { planId: plan.id, title: "Báo cáo kết quả", frequency: "ONCE", reviewerUnitId: reviewer, reporterUnitIds: [unit.id] });
    expect(once).toMatchObject({ ok: false, error: { fieldErrors: { dueOn: ["Báo cáo một lần cần hạn nộp."] } } });
    const stored = await db.plan.findUniqueOrThrow({
      where: { id: plan.id },
      select: { tasks: { select: { description: true, dueOn: true } }, reporting: { select: { title: true, reviewerUnitId: true, dueDaysAfterPeriod: true, reporters: { select: { unitId: true } } } } },
    });
    expect(stored.tasks).toEqual([{ description: "Phân công lãnh đạo trực thứ Tư", dueOn: new Date("2027-01-01T00:00:00Z") }]);
    expect(stored.reporting).toEqual([{ title: "Sơ kết hằng năm", reviewerUnitId: reviewer, dueDaysAfterPeriod: 15, reporters: [{ unitId: unit.id }] }]);
    expect((await removePlanTask(admin, { id: task.ok ? task.data.id : "" })).ok).toBe(true);
    expect(await db.planTask.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("bad citations are refused with Vietnamese messages", async () => {
    const unit = await newCommune();
    const admin = await actorFor("quantri");
    const r = await createPlan(admin, { issuingUnitId: unit.id, symbol: "", title: "", signedDay: "30", signedMonth: "2", signedYear: "2027", validFrom: "2027-03-01", validTo: "2027-02-01" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.fieldErrors).toMatchObject({
        symbol: ["Vui lòng nhập ký hiệu văn bản (ví dụ KH-UBND)."],
        title: ["Vui lòng nhập trích yếu (tên kế hoạch)."],
      });
    }
    const dates = await createPlan(admin, { issuingUnitId: unit.id, symbol: "KH-UBND", title: "Thử", signedDay: "30", signedMonth: "2", signedYear: "2027", validFrom: "2027-03-01", validTo: "2027-02-01" });
    expect(dates).toMatchObject({ ok: false, error: { fieldErrors: { validTo: ["Ngày kết thúc phải sau ngày bắt đầu thực hiện."], signedDay: ["Ngày ký không có thật."] } } });
  });
});
