import { describe, expect, it } from "vitest";
import { listAuditLog } from "@/server/admin/audit/queries";
import { addCalendarEntry } from "@/server/admin/calendar/add-calendar-entry";
import { calendarYear } from "@/server/admin/calendar/queries";
import { removeCalendarEntry } from "@/server/admin/calendar/remove-calendar-entry";
import { createModel } from "@/server/admin/models/create-model";
import { issuePlan } from "@/server/admin/plans/issue-plan";
import { mergeUnits } from "@/server/admin/units/merge-units";
import { addOfficeHours, withdrawOfficeHours } from "@/server/admin/units/office-hours";
import { unitOfficeHours } from "@/server/admin/units/queries";
import { saveUnit } from "@/server/admin/units/save-unit";
import { createUser } from "@/server/admin/users/create-user";
import { resetPassword } from "@/server/admin/users/reset-password";
import { setUserActive } from "@/server/admin/users/set-user-active";
import { updateUser } from "@/server/admin/users/update-user";
import { verifyCredentials } from "@/server/auth/sign-in";
import { db } from "@/server/db";
import { unitOverview } from "@/server/public/units";
import { loadCalendar, loadOfficeHours } from "@/server/schedule/context";
import { buildCalendar, instantAt, officeWindowsOn, promiseResult, toLocalDate, toLocalTime } from "@/domain/schedule";
import { actorFor, unitIdByKey } from "./helpers";
import { newCommune, newDraftPlan, procedureId, tag, wednesdayModel } from "./admin-fixtures";

describe("the unit tree: both structures, and merging (the 2025 reform)", () => {
  it("creates a province → commune unit (two-tier) and a district → commune one (three-tier)", async () => {
    const admin = await actorFor("quantri");
    const province = await saveUnit(admin, { name: `Tỉnh Thử ${tag()}`, kind: "PROVINCE" });
    expect(province.ok).toBe(true);
    const provinceId = province.ok ? province.data.id : "";
    const commune = await saveUnit(admin, { name: "Xã Phổ Nhơn", kind: "COMMUNE", parentId: provinceId, validFrom: "2025-07-01" });
    expect(commune.ok).toBe(true);
    // "Xã Phổ Nhơn" exists in Quảng Ngãi: the new one's address adds its parent's name.
    const slug = commune.ok ? commune.data.slug : "";
    expect(slug).toMatch(/^xa-pho-nhon-thu-/);
    expect((await unitOverview(slug, "2025-07-01"))!.ancestors.map((a) => a.kind)).toEqual(["PROVINCE"]);
    const district = await saveUnit(admin, { name: `Huyện Thử ${tag()}`, kind: "DISTRICT", parentId: provinceId, validTo: "2025-06-30" });
    expect(district.ok).toBe(true);

    expect(await saveUnit(admin, { name: "Tỉnh con", kind: "PROVINCE", parentId: provinceId })).toMatchObject({ ok: false, error: { fieldErrors: { parentId: ["Tỉnh, thành phố là cấp cao nhất, không có đơn vị cấp trên."] } } });
    expect(await saveUnit(admin, { name: "Xã mồ côi", kind: "COMMUNE" })).toMatchObject({ ok: false, error: { fieldErrors: { parentId: ["Vui lòng chọn đơn vị cấp trên."] } } });
    const village = await saveUnit(admin, { name: "Thôn Một", kind: "VILLAGE", parentId: commune.ok ? commune.data.id : "" });
    expect(await saveUnit(admin, { name: "Tổ dưới thôn", kind: "RESIDENTIAL_GROUP", parentId: village.ok ? village.data.id : "" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await saveUnit(admin, { id: provinceId, name: "Tỉnh vòng", kind: "DISTRICT", parentId: commune.ok ? commune.data.id : "" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });

  it("merging keeps the merged units' rows, plans and history, ends them the day before and stops their models", async () => {
    const admin = await actorFor("quantri");
    const a = await newCommune();
    const b = await newCommune();
    const target = await newCommune(`Xã Hợp Nhất ${tag()}`);
    const village = await saveUnit(admin, { name: "Thôn 1", kind: "VILLAGE", parentId: a.id });
    const plan = await newDraftPlan(a.id, { validFrom: "2025-01-01" });
    await createModel(admin, wednesdayModel(plan.id, a.id, [await procedureId("chung-thuc-chu-ky")], { validFrom: "2025-01-01" }));
    await issuePlan(admin, { id: plan.id });
    const officer = await createUser(admin, { username: `canbo.${tag()}`, fullName: "Cán bộ xã cũ", role: "OFFICER", unitId: a.id, password: "MatKhauTam123" });

    const merged = await mergeUnits(admin, { targetId: target.id, sourceIds: [a.id, b.id], mergedOn: "2025-07-01", moveUsers: "on", copyCatalogue: "on" });
    expect(merged).toMatchObject({ ok: true, data: { merged: 2, movedUsers: 1 } });
    const rows = await db.unit.findMany({ where: { id: { in: [a.id, b.id, village.ok ? village.data.id : ""] } }, select: { mergedIntoId: true, validTo: true } });
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r.validTo).toEqual(new Date("2025-06-30T00:00:00Z"));
    expect(rows.filter((r) => r.mergedIntoId === target.id)).toHaveLength(2);
    expect(await db.plan.count({ where: { issuingUnitId: a.id } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: officer.ok ? officer.data.id : "" }, select: { unitId: true } })).unitId).toBe(target.id);
    // Its page still shows its model up to the merger, and says where it went.
    const overview = await unitOverview(a.slug, "2025-06-25");
    expect(overview!.unit).toMatchObject({ validTo: "2025-06-30", mergedInto: { name: target.name } });
    expect(overview!.models.map((m) => [m.status, m.validTo])).toEqual([["ACTIVE", "2025-06-30"]]);
    expect((await unitOverview(a.slug, "2025-07-02"))!.models.map((m) => m.status)).toEqual(["ENDED"]);

    expect(await mergeUnits(admin, { targetId: target.id, sourceIds: [a.id], mergedOn: "2025-08-01" })).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });
    expect(await mergeUnits(admin, { targetId: target.id, sourceIds: [target.id], mergedOn: "2025-08-01" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });

  it("villages go on under the new commune as new rows; their past stays with the old one", async () => {
    const admin = await actorFor("quantri");
    const a = await newCommune(`Xã Thượng ${tag()}`);
    const b = await newCommune(`Xã Hạ ${tag()}`);
    const target = await newCommune(`Xã Hợp Nhất ${tag()}`);
    const ids = async (parentId: string, names: string[]) => Promise.all(names.map(async (name) => {
      const r = await saveUnit(admin, { name, kind: "VILLAGE", parentId });
      if (!r.ok) throw new Error(r.error.message);
      return r.data.id;
    }));
    const [a1, aDong] = await ids(a.id, ["Thôn 1", "Thôn Đông"]);
    const [b1] = await ids(b.id, ["Thôn 1"]);

    const merged = await mergeUnits(admin, { targetId: target.id, sourceIds: [a.id, b.id], mergedOn: "2025-07-01", moveVillages: "on" });
    expect(merged).toMatchObject({ ok: true, data: { merged: 2, movedVillages: 3 } });
    const under = await db.unit.findMany({ where: { parentId: target.id }, select: { id: true, name: true, kind: true, validFrom: true, validTo: true, slug: true }, orderBy: { name: "asc" } });
    const shortB = b.name.replace(/^Xã /, "");
    expect(under.map((u) => u.name).sort()).toEqual(["Thôn 1", `Thôn 1 (${shortB} cũ)`, "Thôn Đông"].sort());
    for (const u of under) expect(u).toMatchObject({ kind: "VILLAGE", validFrom: new Date("2025-07-01T00:00:00Z"), validTo: null });
    expect(new Set(under.map((u) => u.slug)).size).toBe(3);
    // Each old row ends the day before, points to its successor and keeps its parent, so what was
    // held in it (listening sessions, its share of reports) stays in the old commune's history.
    const old = await db.unit.findMany({ where: { id: { in: [a1!, aDong!, b1!] } }, select: { id: true, parentId: true, validTo: true, mergedInto: { select: { parentId: true, name: true } } } });
    for (const o of old) {
      expect(o.validTo).toEqual(new Date("2025-06-30T00:00:00Z"));
      expect(o.mergedInto?.parentId).toBe(target.id);
      expect(o.parentId).toBe(o.id === b1 ? b.id : a.id);
    }
    expect(old.find((o) => o.id === b1)!.mergedInto!.name).toBe(`Thôn 1 (${shortB} cũ)`);
    expect(await db.auditLog.count({ where: { action: "unit.create", unitId: target.id, entityId: { in: under.map((u) => u.id) } } })).toBe(3);
    // Without the option, villages end with their commune and nothing is created.
    const c = await newCommune();
    await ids(c.id, ["Thôn Tây"]);
    const t2 = await newCommune();
    expect(await mergeUnits(admin, { targetId: t2.id, sourceIds: [c.id], mergedOn: "2025-07-01" })).toMatchObject({ ok: true, data: { movedVillages: 0 } });
    expect(await db.unit.count({ where: { parentId: t2.id } })).toBe(0);
  });

  it("only administrators change units", async () => {
    for (const username of ["lanhdao.phonhon", "canbo.phonhon", "thamdinh.ducpho"]) {
      expect(await saveUnit(await actorFor(username), { name: "Xã trái phép", kind: "COMMUNE", parentId: await unitIdByKey("quang-ngai/duc-pho") })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
  });
});

describe("users", () => {
  it("creates a user, sets role and unit, disables, resets the password (argon2id)", async () => {
    const admin = await actorFor("quantri");
    const username = `lanhdao.${tag()}`;
    const unit = await newCommune();
    const weak = await createUser(admin, { username, fullName: "Lê Văn Thử", role: "OFFICER", unitId: unit.id, password: "ngan" });
    expect(weak).toMatchObject({ ok: false, error: { fieldErrors: { password: ["Mật khẩu mới phải có ít nhất 10 ký tự.", "Mật khẩu mới phải có chữ số."] } } });
    expect(await createUser(admin, { username, fullName: "Lê Văn Thử", role: "OFFICER", password: "MatKhauTam123" })).toMatchObject({ ok: false, error: { fieldErrors: { unitId: ["Cán bộ, lãnh đạo và người thẩm định phải thuộc một đơn vị."] } } });
    const created = await createUser(admin, { username: username.toUpperCase(), fullName: "Lê Văn Thử", role: "OFFICER", unitId: unit.id, password: "MatKhauTam123" });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : "";
    const stored = await db.user.findUniqueOrThrow({ where: { id }, select: { username: true, passwordHash: true, mustChangePassword: true } });
    expect(stored.username).toBe(username);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.mustChangePassword).toBe(true);
    expect(await createUser(admin, { username, fullName: "Trùng", role: "OFFICER", unitId: unit.id, password: "MatKhauTam123" })).toMatchObject({ ok: false, error: { fieldErrors: { username: ["Tên đăng nhập này đã có người dùng."] } } });

    expect((await updateUser(admin, { id, fullName: "Lê Văn Thử", role: "UNIT_LEADER", unitId: unit.id })).ok).toBe(true);
    expect((await actorFor(username)).role).toBe("UNIT_LEADER");

    const reset = await resetPassword(admin, { id });
    expect(reset.ok).toBe(true);
    const temporary = reset.ok ? reset.data.temporaryPassword : "";
    expect(temporary).toMatch(/^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9]{12}$/);
    expect((await verifyCredentials(db, { username, password: temporary, ip: "192.0.2.80" })).id).toBe(id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.reset_password", entityId: id } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(temporary);

    expect((await setUserActive(admin, { id, active: "" })).ok).toBe(true);
    await expect(verifyCredentials(db, { username, password: temporary, ip: "192.0.2.81" })).rejects.toThrow("Tài khoản đã bị khóa. Vui lòng liên hệ quản trị.");
    expect((await setUserActive(admin, { id, active: "on" })).ok).toBe(true);
  });

  it("an administrator cannot lock themselves out; others cannot manage users", async () => {
    const admin = await actorFor("quantri");
    expect(await setUserActive(admin, { id: admin.id, active: "" })).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });
    expect(await updateUser(admin, { id: admin.id, fullName: admin.fullName, role: "OFFICER", unitId: await unitIdByKey("quang-ngai/duc-pho/pho-nhon") })).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });
    const leader = await actorFor("lanhdao.phonhon");
    expect(await resetPassword(leader, { id: admin.id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });
});

describe("office hours, versioned", () => {
  it("a new version from a future date changes the answers from that date on, and only then; withdrawn before it applies", async () => {
    const admin = await actorFor("quantri");
    const now = { now: new Date("2026-11-25T03:00:00Z") };
    const unit = await newCommune();
    const inherited = await unitOfficeHours(unit.id, "2026-11-25");
    expect(inherited.source).toMatchObject({ kind: "INHERITED" });
    expect(inherited.current).toEqual([{ start: "07:00", end: "11:30" }, { start: "13:30", end: "17:00" }]);

    // The province decides 07:30–11:30 and 13:30–16:30 from Tuesday 01/12/2026.
    const added = await addOfficeHours(admin, { unitId: unit.id, effectiveFrom: "2026-12-01", windowStart: ["13:30", "07:30", ""], windowEnd: ["16:30", "11:30", ""] }, now);
    expect(added.ok).toBe(true);
    const hours = await loadOfficeHours(db, unit.id);
    const calendar = buildCalendar(await loadCalendar(db));
    expect(officeWindowsOn(hours, "2026-11-30", calendar)).toEqual([{ start: "07:00", end: "11:30" }, { start: "13:30", end: "17:00" }]);
    expect(officeWindowsOn(hours, "2026-12-01", calendar)).toEqual([{ start: "07:30", end: "11:30" }, { start: "13:30", end: "16:30" }]);
    // The engine follows: at 07:15 a desk dossier is received at once under the old hours; from
    // 01/12 it counts from the 07:30 opening, and a 3-working-day promise ends at the new 16:30 close.
    const timing = { procedureId: "p", statutoryWorkingDays: 3, sameDayCutoff: null };
    const promise = (day: string) => promiseResult({ receivedAt: instantAt(day, "07:15"), channel: "DESK", procedure: timing, models: [], unitId: unit.id, calendar, officeHours: hours });
    const monday = promise("2026-11-23");
    const tuesday = promise("2026-12-01");
    expect([toLocalTime(monday.effectiveReceivedAt), toLocalDate(monday.promisedAt), toLocalTime(monday.promisedAt)]).toEqual(["07:15", "2026-11-27", "17:00"]); // 24/11: Vietnamese Culture Day, a day off from 2026
    expect([toLocalTime(tuesday.effectiveReceivedAt), toLocalDate(tuesday.promisedAt), toLocalTime(tuesday.promisedAt)]).toEqual(["07:30", "2026-12-04", "16:30"]);
    const view = await unitOfficeHours(unit.id, "2026-11-25");
    expect(view.source).toEqual({ kind: "OWN" });
    expect(view.versions.map((v) => [v.effectiveFrom, v.windows, v.inForce, v.pending])).toEqual([
      ["2023-01-01", "07:00–11:30, 13:30–17:00", true, false],
      ["2026-12-01", "07:30–11:30, 13:30–16:30", false, true],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "unit.officeHours.add", entityId: unit.id } });
    expect(audit.before).toEqual({ officeHours: null });

    // Refused, and nothing written.
    const stored = JSON.stringify((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).officeHours);
    expect(await addOfficeHours(admin, { unitId: unit.id, effectiveFrom: "2026-11-25", windowStart: "07:00", windowEnd: "17:00" }, now)).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { effectiveFrom: ["Giờ làm việc mới áp dụng sớm nhất từ ngày mai (sau 25/11/2026): hồ sơ đã nhận giữ giờ làm việc lúc nhận."] } },
    });
    expect(await addOfficeHours(admin, { unitId: unit.id, effectiveFrom: "2027-01-01", windowStart: ["07:00", "11:00"], windowEnd: ["12:00", "17:00"] }, now)).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { windows: ["Khung giờ 11:00–17:00 chồng lên khung giờ 07:00–12:00."] } },
    });
    expect(await addOfficeHours(admin, { unitId: unit.id, effectiveFrom: "2027-01-01", windowStart: ["", ""], windowEnd: ["", ""] }, now)).toMatchObject({ ok: false, error: { fieldErrors: { windows: ["Chưa có khung giờ làm việc nào."] } } });
    expect(await addOfficeHours(admin, { unitId: unit.id, effectiveFrom: "2027-01-01", windowStart: Array(5).fill("07:00"), windowEnd: Array(5).fill("08:00") }, now)).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await addOfficeHours(await actorFor("lanhdao.phonhon"), { unitId: unit.id, effectiveFrom: "2027-01-01", windowStart: "07:00", windowEnd: "17:00" }, now)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await withdrawOfficeHours(admin, { unitId: unit.id, effectiveFrom: "2023-01-01" }, now)).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });
    expect(JSON.stringify((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).officeHours)).toBe(stored);

    // Withdrawn before it applies: the unit inherits its province's hours again.
    expect((await withdrawOfficeHours(admin, { unitId: unit.id, effectiveFrom: "2026-12-01" }, now)).ok).toBe(true);
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).officeHours).toBeNull();
    expect((await unitOfficeHours(unit.id, "2026-11-25")).source).toMatchObject({ kind: "INHERITED" });
  });
});

describe("the holiday calendar", () => {
  it("adds official days off and working days with the date each decision applies from; withdraws only what is not yet in effect", async () => {
    const admin = await actorFor("quantri");
    const now = { now: new Date("2026-11-25T03:00:00Z") };
    const off = await addCalendarEntry(admin, { date: "2027-02-12", kind: "OFF", name: "Tết Nguyên đán (nghỉ thêm)", legalBasis: "Thông báo thử", effectiveFrom: "2026-12-01" }, now);
    expect(off.ok).toBe(true);
    const working = await addCalendarEntry(admin, { date: "2027-02-20", kind: "WORKING", name: "Làm bù cho ngày 12/02/2027", effectiveFrom: "2026-11-20" }, now);
    expect(working.ok).toBe(true);
    expect(await addCalendarEntry(admin, { date: "2027-02-12", kind: "OFF", name: "Trùng", effectiveFrom: "2026-12-01" }, now)).toMatchObject({ ok: false, error: { code: "CONFLICT" } });

    const year = await calendarYear(2027, "2026-11-25");
    expect(year.entries.filter((e) => e.date === "2027-02-12" || e.date === "2027-02-20").map((e) => [e.date, e.kind, e.pending])).toEqual([
      ["2027-02-12", "OFF", true],
      ["2027-02-20", "WORKING", false],
    ]);
    // The computed defaults are shown for reference, with what the official calendar says of each.
    const newYear = year.defaults.find((d) => d.date === "2027-01-01")!;
    expect(newYear.official.working).toBe(false);

    expect((await removeCalendarEntry(admin, { id: off.ok ? off.data.id : "" }, now)).ok).toBe(true);
    // In effect and entered on an earlier day: a correction is a new decision, not a deletion.
    const nextDay = { now: new Date("2026-11-26T03:00:00Z") };
    expect(await removeCalendarEntry(admin, { id: working.ok ? working.data.id : "" }, nextDay)).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });
    expect(await addCalendarEntry(await actorFor("lanhdao.phonhon"), { date: "2027-02-13", kind: "OFF", name: "Thử", effectiveFrom: "2026-12-01" }, now)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("never replaces a day's decision unseen, and a decision entered by mistake is withdrawn the same day", async () => {
    const admin = await actorFor("quantri");
    const entered = { now: new Date("2026-11-25T03:00:00Z") };
    const first = await addCalendarEntry(admin, { date: "2031-03-10", kind: "OFF", name: "Nghỉ thử nghiệm", effectiveFrom: "2026-11-25" }, entered);
    expect(first.ok).toBe(true);
    const later = { now: new Date("2026-11-27T03:00:00Z") };
    const count = () => db.calendarEntry.count({ where: { date: new Date("2031-03-10T00:00:00Z") } });

    // A second decision for the same day without saying it replaces the first: refused, nothing written.
    const unseen = await addCalendarEntry(admin, { date: "2031-03-10", kind: "WORKING", name: "Làm việc bình thường", effectiveFrom: "2026-11-28" }, later);
    expect(unseen).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(unseen.ok ? "" : unseen.error.message).toBe(
      "Ngày 10/03/2031 đã có quyết định «Nghỉ thử nghiệm» (ngày nghỉ) áp dụng từ 25/11/2026. Quyết định mới sẽ thay quyết định đó từ 28/11/2026: đánh dấu «Thay quyết định đang có» để xác nhận.",
    );
    expect(await count()).toBe(1);

    // Confirmed: the new decision replaces the first from its date; the first stays for questions before.
    const replacing = await addCalendarEntry(admin, { date: "2031-03-10", kind: "WORKING", name: "Làm việc bình thường", effectiveFrom: "2026-11-28", replace: "on" }, later);
    expect(replacing.ok).toBe(true);
    const year = await calendarYear(2031, "2026-11-28");
    expect(year.entries.filter((e) => e.date === "2031-03-10").map((e) => [e.name, e.superseded, e.withdrawable])).toEqual([
      ["Nghỉ thử nghiệm", true, false],
      ["Làm việc bình thường", false, false],
    ]);
    const audit = await db.auditLog.findFirst({ where: { action: "calendar.add", entityId: replacing.ok ? replacing.data.id : "" }, select: { after: true } });
    expect(audit?.after).toMatchObject({ replaces: [first.ok ? first.data.id : ""] });

    // Entered today and already in effect: withdrawn at once (a mistake seen the same day)…
    const mistake = await addCalendarEntry(admin, { date: "2031-03-11", kind: "OFF", name: "Nhầm ngày", effectiveFrom: "2026-11-27" }, later);
    expect((await calendarYear(2031, "2026-11-27")).entries.find((e) => e.name === "Nhầm ngày")).toMatchObject({ pending: false, withdrawable: true });
    expect((await removeCalendarEntry(admin, { id: mistake.ok ? mistake.data.id : "" }, later)).ok).toBe(true);
    // …but not the next day.
    const again = await addCalendarEntry(admin, { date: "2031-03-11", kind: "OFF", name: "Nhầm ngày", effectiveFrom: "2026-11-27" }, later);
    expect(await removeCalendarEntry(admin, { id: again.ok ? again.data.id : "" }, { now: new Date("2026-11-28T03:00:00Z") })).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });
  });
});

describe("the audit log viewer", () => {
  it("filters by who, unit, action and date, newest first, paginated", async () => {
    const admin = await actorFor("quantri");
    const unit = await newCommune();
    const plan = await newDraftPlan(unit.id);
    const byAction = await listAuditLog({ action: "plan.create", unitId: unit.id });
    expect(byAction.total).toBe(1);
    expect(byAction.rows[0]).toMatchObject({ action: "plan.create", actorName: "quantri", unitName: unit.name, entityId: plan.id });
    expect((await listAuditLog({ action: "plan.", unitId: unit.id })).rows.map((r) => r.action)).toEqual(["plan.create"]);
    expect((await listAuditLog({ who: "lanhdao.andung", unitId: unit.id })).total).toBe(0);
    // Case-insensitive: the unit's creation and the plan's.
    expect((await listAuditLog({ who: "QUANTRI", unitId: unit.id })).rows.map((r) => r.action)).toEqual(["plan.create", "unit.create"]);
    expect((await listAuditLog({ unitId: unit.id, to: "2000-01-01" })).total).toBe(0);

    // 1 province + 51 communes under it: 52 records, two pages of 50.
    const province = await saveUnit(admin, { name: `Tỉnh Nhật Ký ${tag()}`, kind: "PROVINCE" });
    const provinceId = province.ok ? province.data.id : "";
    for (let i = 1; i <= 51; i++) await saveUnit(admin, { name: `Xã Nhật Ký ${i}`, kind: "COMMUNE", parentId: provinceId });
    const first = await listAuditLog({ unitId: provinceId, action: "unit.create" });
    expect([first.total, first.pages, first.page, first.rows.length]).toEqual([52, 2, 1, 50]);
    const times = first.rows.map((r) => r.at);
    expect([...times].sort().reverse()).toEqual(times);
    const second = await listAuditLog({ unitId: provinceId, action: "unit.create", page: 2 });
    expect([second.page, second.rows.length]).toEqual([2, 2]);
    expect(second.rows.map((r) => r.id).some((id) => first.rows.some((f) => f.id === id))).toBe(false);
  });
});

describe("the reception desk's address and phone", () => {
  it("entered by the administrator, shown on the unit page; a bad phone is refused and writes nothing", async () => {
    const admin = await actorFor("quantri");
    const province = await saveUnit(admin, { name: `Tỉnh Bàn Tiếp Nhận ${tag()}`, kind: "PROVINCE" });
    const provinceId = province.ok ? province.data.id : "";
    const bad = await saveUnit(admin, { name: `Xã Bàn ${tag()}`, kind: "COMMUNE", parentId: provinceId, deskPhone: "12345" });
    expect(bad).toMatchObject({ ok: false, error: { fieldErrors: { deskPhone: ["Số điện thoại gồm 10 hoặc 11 chữ số (số bàn có mã vùng), bắt đầu bằng 0."] } } });
    const made = await saveUnit(admin, { name: `Xã Bàn ${tag()}`, kind: "COMMUNE", parentId: provinceId, deskAddress: "Thôn 1, xã Bàn", deskPhone: "0255 3811 222" });
    expect(made.ok).toBe(true);
    const slug = made.ok ? made.data.slug : "";
    expect((await unitOverview(slug, "2026-01-05"))!.unit).toMatchObject({ deskAddress: "Thôn 1, xã Bàn", deskPhone: "02553811222" });
    // Left blank: unknown, not an error.
    const blank = await saveUnit(admin, { name: `Xã Trống ${tag()}`, kind: "COMMUNE", parentId: provinceId, deskAddress: "", deskPhone: "" });
    expect(blank.ok).toBe(true);
    expect((await unitOverview(blank.ok ? blank.data.slug : "", "2026-01-05"))!.unit).toMatchObject({ deskAddress: null, deskPhone: null });
  });
});
