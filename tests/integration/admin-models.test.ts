import { beforeAll, describe, expect, it } from "vitest";
import { buildCalendar, instantAt, promiseResult } from "@/domain/schedule";
import { createModel } from "@/server/admin/models/create-model";
import { modelEditor } from "@/server/admin/models/queries";
import { previewModel } from "@/server/admin/models/preview-model";
import { updateModel } from "@/server/admin/models/update-model";
import { issuePlan } from "@/server/admin/plans/issue-plan";
import { db } from "@/server/db";
import { loadUnitScheduleContext } from "@/server/schedule/context";
import { actorFor } from "./helpers";
import { newCommune, newDraftPlan, procedureId, tag, wednesdayModel } from "./admin-fixtures";

describe("rule validation in the model builder", () => {
  let unitId: string;
  let planId: string;
  let procedure: string;

  beforeAll(async () => {
    unitId = (await newCommune()).id;
    planId = (await newDraftPlan(unitId)).id;
    procedure = await procedureId("chung-thuc-chu-ky");
  });

  const cases: [string, Record<string, unknown>, string, string][] = [
    ["end before start", { validFrom: "2027-03-01", validTo: "2027-02-01" }, "validTo", "Ngày kết thúc (01/02/2027) trước ngày bắt đầu (01/03/2027)."],
    ["empty windows", { hoursKind: "WINDOWS", windows: [] }, "hours.windows", "Chưa có khung giờ nào."],
    ["window ending before it starts", { hoursKind: "WINDOWS", windows: [{ start: "17:30", end: "16:30" }], intakeCutoff: null }, "hours.windows[0].end", "Giờ kết thúc (16:30) phải sau giờ bắt đầu (17:30)."],
    [
      "overlapping windows",
      { hoursKind: "WINDOWS", windows: [{ start: "16:30", end: "17:30" }, { start: "17:00", end: "18:00" }], intakeCutoff: null },
      "hours.windows[1]",
      "Khung giờ 17:00–18:00 chồng lên khung giờ 16:30–17:30.",
    ],
    ["no weekday chosen", { schedule: { kind: "WEEKLY", weekdays: [], interval: 1 } }, "recurrence", "Chọn ít nhất một ngày trong tuần."],
    ["cut-off outside the hours", { hoursKind: "WINDOWS", windows: [{ start: "16:30", end: "17:30" }], intakeCutoff: "15:30" }, "intakeCutoff", "Giờ nhận hồ sơ cuối (15:30) nằm ngoài các khung giờ làm việc của mô hình."],
    ["minutes missing", { turnaroundKind: "MINUTES", turnaroundValue: null }, "turnaround.minutes", "Số phút giải quyết phải là số nguyên lớn hơn 0."],
    ["no procedure for a same-day model", { scopes: [{ unitId: "UNIT", allProcedures: false, procedureIds: [], capacityPerDay: null, localName: null }] }, "scopes[0].procedureIds", "Chưa chọn thủ tục nào cho đơn vị này."],
  ];

  for (const [name, over, path, message] of cases) {
    it(`refuses ${name} with the engine's message, and the preview shows the same`, async () => {
      const admin = await actorFor("quantri");
      const patched = JSON.parse(JSON.stringify(over).replaceAll("UNIT", unitId)) as Record<string, unknown>;
      const form = wednesdayModel(planId, unitId, [procedure], patched);
      const before = await db.serviceModel.count({ where: { planId } });
      const r = await createModel(admin, form);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe("RULE_VIOLATION");
        expect(r.error.fieldErrors?.[path]).toContain(message);
      }
      expect(await db.serviceModel.count({ where: { planId } })).toBe(before);
      const preview = await previewModel(admin, { form });
      expect(preview.ok && preview.data.issues).toContainEqual({ path, message });
    });
  }

  it("accepts the five plans' kinds of rule: weekly, last Saturday of the quarter at night, weekday evenings, none", async () => {
    const admin = await actorFor("quantri");
    const forms = [
      wednesdayModel(planId, unitId, [procedure]),
      wednesdayModel(planId, unitId, [], {
        kind: "LISTENING_SESSION",
        schedule: { kind: "MONTHLY_NTH_WEEKDAY", weekday: "SA", nth: -1, months: [3, 6, 9, 12] },
        hoursKind: "WINDOWS",
        windows: [{ start: "19:00", end: "21:00" }],
        intakeCutoff: null,
        turnaroundKind: "STATUTORY",
        workingDaysOnly: false,
        place: "VILLAGE_HALL",
      }),
      wednesdayModel(planId, unitId, [], {
        kind: "EXTENDED_HOURS",
        schedule: { kind: "WEEKLY", weekdays: ["MO", "TU", "WE", "TH", "FR"], interval: 1 },
        hoursKind: "WINDOWS",
        windows: [{ start: "16:30", end: "17:30" }],
        intakeCutoff: null,
        turnaroundKind: "STATUTORY",
        scopes: [{ unitId, allProcedures: true, procedureIds: [], capacityPerDay: null, localName: null }],
      }),
      wednesdayModel(planId, unitId, [], { kind: "LETTERS", schedule: { kind: "NONE" }, intakeCutoff: null, turnaroundKind: "STATUTORY", scopes: [] }),
    ];
    for (const form of forms) {
      const r = await createModel(admin, form);
      expect(r.ok, JSON.stringify(r)).toBe(true);
    }
    const listening = await db.serviceModelVersion.findFirstOrThrow({ where: { model: { planId, kind: "LISTENING_SESSION" } }, select: { rrule: true, windows: true } });
    expect(listening).toEqual({ rrule: "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=SA;BYSETPOS=-1", windows: [{ start: "19:00", end: "21:00" }] });
  });

  it("the preview lists the next occurrences and the weekly table citizens will see", async () => {
    const admin = await actorFor("quantri");
    // A plan of its own: the preview also shows the other models of the same plan.
    const own = await newCommune();
    const ownPlan = await newDraftPlan(own.id);
    const form = wednesdayModel(ownPlan.id, own.id, [procedure]);
    const r = await previewModel(admin, { form, unitId: own.id, from: "2027-01-04" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.issues).toEqual([]);
    expect(r.data.description).toBe("Thứ Tư hằng tuần, giờ hành chính (nhận hồ sơ đến 15:30), trừ ngày nghỉ lễ, Tết, từ 01/01/2027");
    expect(r.data.occurrences.slice(0, 3).map((o) => [o.date, o.weekdayName, o.intakeUntil])).toEqual([
      ["2027-01-06", "thứ Tư", "15:30"],
      ["2027-01-13", "thứ Tư", "15:30"],
      ["2027-01-20", "thứ Tư", "15:30"],
    ]);
    const row = r.data.table!.rows.find((x) => x.procedureId === procedure)!;
    expect(row.covered).toBe(true);
    expect(row.cells.map((c) => c.tags.join("+"))).toEqual(["ORDINARY", "ORDINARY", "SAME_DAY", "ORDINARY", "ORDINARY", "CLOSED", "CLOSED"]);
    expect(row.cells[2]!.text).toBe("nhận đến 15:30");
  });
});

describe("versioning: a change to a model in force is a new version from a date", () => {
  it("a dossier received before the change keeps its promise; one received after gets the new rule's", async () => {
    const admin = await actorFor("quantri");
    const unit = await newCommune();
    const plan = await newDraftPlan(unit.id);
    const procedure = await db.procedure.findUniqueOrThrow({ where: { key: "cap-giay-xac-nhan-tinh-trang-hon-nhan" }, select: { id: true, statutoryWorkingDays: true, sameDayCutoff: true } });
    const form = wednesdayModel(plan.id, unit.id, [procedure.id]);
    const created = await createModel(admin, form);
    expect(created.ok).toBe(true);
    const modelId = created.ok ? created.data.id : "";
    const v1 = created.ok ? created.data.versionId : "";
    expect((await issuePlan(admin, { id: plan.id })).ok).toBe(true);

    // What the intake does: load the unit's rules and ask the engine for the promise.
    const promiseAt = async (receivedAt: Date) => {
      const ctx = await loadUnitScheduleContext(db, unit.id);
      return promiseResult({
        procedure: { procedureId: procedure.id, statutoryWorkingDays: procedure.statutoryWorkingDays, sameDayCutoff: procedure.sameDayCutoff },
        unitId: unit.id,
        receivedAt,
        channel: "DESK",
        models: ctx.models,
        officeHours: ctx.officeHours,
        calendar: buildCalendar(ctx.calendar),
      });
    };
    const before = instantAt("2027-01-13", "10:00");
    const first = await promiseAt(before);
    expect(first.basis).toEqual({ kind: "MODEL", modelId, versionId: v1 });
    expect(first.promisedAt).toEqual(instantAt("2027-01-13", "11:00"));
    const dossier = await db.dossier.create({
      data: {
        code: `TV-${tag()}`,
        unitId: unit.id,
        procedureId: procedure.id,
        modelId,
        modelVersionId: v1,
        channel: "DESK",
        receivedAt: before,
        promisedAt: first.promisedAt,
        originalPromisedAt: first.promisedAt,
        statutoryBoundAt: first.statutoryBound,
        regime: first.regime,
        citizenName: "Người dân thử",
        citizenPhone: "0900000000",
      },
      select: { id: true },
    });

    // The change: from 01/03/2027 the same procedures are done in 30 minutes.
    const changed = await updateModel(admin, { ...form, modelId, turnaroundValue: 30, effectiveFrom: "2027-03-01", note: "Rút ngắn còn 30 phút" }, { now: new Date("2026-12-01T02:00:00Z") });
    expect(changed).toMatchObject({ ok: true, data: { outcome: "NEW_VERSION", effectiveFrom: "2027-03-01" } });
    const v2 = changed.ok ? changed.data.versionId : "";
    expect(v2).not.toBe(v1);

    const kept = await db.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { modelVersionId: true, promisedAt: true, originalPromisedAt: true } });
    expect(kept).toEqual({ modelVersionId: v1, promisedAt: instantAt("2027-01-13", "11:00"), originalPromisedAt: instantAt("2027-01-13", "11:00") });
    // Asked again about the same instant, the engine still answers with the old version.
    expect((await promiseAt(before)).promisedAt).toEqual(instantAt("2027-01-13", "11:00"));
    const after = await promiseAt(instantAt("2027-03-10", "10:00"));
    expect(after.basis).toEqual({ kind: "MODEL", modelId, versionId: v2 });
    expect(after.promisedAt).toEqual(instantAt("2027-03-10", "10:30"));

    // The history is visible, oldest first.
    const editor = await modelEditor(modelId);
    expect(editor!.versions.map((v) => [v.effectiveFrom, v.note, v.dossierCount])).toEqual([
      ["2027-01-01", null, 1],
      ["2027-03-01", "Rút ngắn còn 30 phút", 0],
    ]);
  });

  it("refuses a change dated in the past, a date already used by dossiers, and a change of kind", async () => {
    const admin = await actorFor("quantri");
    const unit = await newCommune();
    const plan = await newDraftPlan(unit.id, { validFrom: "2026-01-01" });
    const procedure = await procedureId("chung-thuc-chu-ky");
    const form = wednesdayModel(plan.id, unit.id, [procedure], { validFrom: "2026-01-01" });
    const created = await createModel(admin, form);
    const modelId = created.ok ? created.data.id : "";
    await issuePlan(admin, { id: plan.id });
    const now = { now: new Date("2026-11-25T03:00:00Z") };

    const past = await updateModel(admin, { ...form, modelId, turnaroundValue: 30, effectiveFrom: "2026-11-01" }, now);
    expect(past).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: { effectiveFrom: ["Quy tắc mới chỉ áp dụng từ hôm nay (25/11/2026) trở đi; hồ sơ đã nhận giữ quy tắc cũ."] } } });
    const missing = await updateModel(admin, { ...form, modelId, turnaroundValue: 30 }, now);
    expect(missing).toMatchObject({ ok: false, error: { fieldErrors: { effectiveFrom: ["Chọn ngày áp dụng quy tắc mới."] } } });
    const kind = await updateModel(admin, { ...form, modelId, kind: "EXTENDED_HOURS", effectiveFrom: "2026-12-01" }, now);
    expect(kind).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });

    // A version scheduled for later, with no dossier yet, may be rewritten on the same date.
    const scheduled = await updateModel(admin, { ...form, modelId, turnaroundValue: 45, effectiveFrom: "2027-01-04" }, now);
    expect(scheduled).toMatchObject({ ok: true, data: { outcome: "NEW_VERSION" } });
    const rewritten = await updateModel(admin, { ...form, modelId, turnaroundValue: 40, effectiveFrom: "2027-01-04" }, now);
    expect(rewritten).toMatchObject({ ok: true, data: { outcome: "SCHEDULED_VERSION_REPLACED" } });
    // Only texts changed: no new version.
    const text = await updateModel(admin, { ...form, modelId, turnaroundValue: 40, effectiveFrom: "2027-02-01", name: "Tên mới của mô hình" }, now);
    expect(text).toMatchObject({ ok: true, data: { outcome: "TEXT_ONLY" } });
    expect(await db.serviceModelVersion.count({ where: { modelId } })).toBe(2);
    expect((await db.serviceModel.findUniqueOrThrow({ where: { id: modelId }, select: { name: true } })).name).toBe("Tên mới của mô hình");

    const v = await db.serviceModelVersion.findFirstOrThrow({ where: { modelId, effectiveFrom: new Date("2027-01-04T00:00:00Z") }, select: { id: true } });
    await db.dossier.create({
      data: {
        code: `TV-${tag()}`,
        unitId: unit.id,
        procedureId: procedure,
        modelId,
        modelVersionId: v.id,
        channel: "DESK",
        receivedAt: instantAt("2027-01-06", "09:00"),
        promisedAt: instantAt("2027-01-06", "09:40"),
        originalPromisedAt: instantAt("2027-01-06", "09:40"),
        statutoryBoundAt: instantAt("2027-01-06", "17:00"),
        regime: "ND118_2025",
        citizenName: "Người dân thử",
        citizenPhone: "0900000001",
      },
    });
    const used = await updateModel(admin, { ...form, modelId, turnaroundValue: 20, effectiveFrom: "2027-01-04" }, now);
    expect(used).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });
});
