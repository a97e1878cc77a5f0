/**
 * Every rule of the five plans, as stored in the demo data (prisma/seed/data/plans.ts), run
 * through the engine. Each `describe` quotes the plan sentence it checks; docs/rules.md maps
 * sentence → stored rule → these tests.
 */
import { describe, expect, it } from "vitest";
import {
  buildCalendar,
  homeVisitDateAllowed,
  instantAt,
  isOpenAt,
  modelsFor,
  occurrences,
  promiseResult,
  toLocalDate,
  toLocalTime,
  type Channel,
  type ScheduleContext,
  type ServiceModelDef,
} from "@/domain/schedule";
import { seedCalendar, seedModel, seedOfficeHours, seedPlan, seedProcedure } from "../../../prisma/seed/to-domain";
import { anDungVillageKeys, longXuyenWardKeys, phuocLongDepartmentKeys, units } from "../../../prisma/seed/data/units";
import { dbDate } from "@/server/dates";
import { clampToUnitLifetime } from "@/server/schedule/context";

const calendar = buildCalendar(seedCalendar);
const ctx = (unitKey: string, asOf?: Date): ScheduleContext => ({ officeHours: seedOfficeHours(unitKey), calendar, asOf });
/** A seed unit's lifetime as the database stores it (what the server's clamp reads). */
function unitLifetime(unitKey: string): { validFrom: Date | null; validTo: Date | null } {
  const u = units.find((x) => x.key === unitKey);
  if (!u) throw new Error(`No seed unit ${unitKey}`);
  return { validFrom: u.validFrom ? dbDate(u.validFrom) : null, validTo: u.validTo ? dbDate(u.validTo) : null };
}
const dates = (model: ServiceModelDef, unitKey: string, from: string, to: string) => occurrences(model, ctx(unitKey), from, to).map((o) => o.date);

function promise(unitKey: string, procedureKey: string, date: string, time: string, models: ServiceModelDef[], channel: Channel = "DESK") {
  const r = promiseResult({
    procedure: seedProcedure(procedureKey),
    unitId: unitKey,
    receivedAt: instantAt(date, time),
    channel,
    models,
    officeHours: seedOfficeHours(unitKey),
    calendar,
  });
  return { ...r, on: toLocalDate(r.promisedAt), at: toLocalTime(r.promisedAt) };
}

// ─── 000 Long Xuyên ────────────────────────────────────────────────────────────
describe("Long Xuyên — «Giải quyết thủ tục hành chính tại nhà cho người dân vào ngày thứ năm hàng tuần»", () => {
  const model = seedModel("long-xuyen-tthc-tai-nha-thu-nam");
  const ward = "an-giang/long-xuyen/my-binh";
  const visit = (date: string, asOf: string, bookedCount = 0) =>
    homeVisitDateAllowed(model, ward, date, { calendar, officeHours: seedOfficeHours(ward), asOf, bookedCount });

  it("«vào ngày thứ năm hàng tuần»: visits fall on Thursdays only", () => {
    expect(dates(model, ward, "2024-06-01", "2024-06-30")).toEqual(["2024-06-06", "2024-06-13", "2024-06-20", "2024-06-27"]);
    expect(visit("2024-06-13", "2024-06-03")).toEqual({ ok: true });
    expect(visit("2024-06-12", "2024-06-03")).toMatchObject({ ok: false, code: "NOT_VISIT_DAY" });
  });

  it("«đến ngày 31 tháng 12 năm 2024»: the last Thursday is 26/12/2024, none after", () => {
    expect(dates(model, ward, "2024-12-01", "2025-01-31")).toEqual(["2024-12-05", "2024-12-12", "2024-12-19", "2024-12-26"]);
    expect(visit("2024-12-26", "2024-12-20")).toEqual({ ok: true });
    expect(visit("2025-01-02", "2024-12-20")).toMatchObject({ ok: false, code: "AFTER_VALIDITY" });
  });

  it("a Thursday that is an official day off has no visits: none fell inside 27/04–31/12/2024, so the rule is run on over Tết Ất Tỵ (Thursday 30/01/2025) and 01/05/2025", () => {
    // Inside the model's dates every Thursday was worked: 18/04/2024 (Hùng Kings' day) falls before the start.
    expect(dates(model, ward, "2024-04-11", "2024-05-10")).toEqual(["2024-05-02", "2024-05-09"]);
    const rule = model.versions[0]!;
    expect(rule.workingDaysOnly).toBe(true);
    // The same rule had the plan run through 2025 …
    const extended: ServiceModelDef = { ...model, versions: [{ ...rule, validTo: "2025-12-31" }] };
    expect(dates(extended, ward, "2025-01-20", "2025-02-09")).toEqual(["2025-01-23", "2025-02-06"]);
    expect(dates(extended, ward, "2025-04-28", "2025-05-11")).toEqual(["2025-05-08"]);
    const tet = homeVisitDateAllowed(extended, ward, "2025-01-30", { calendar, officeHours: seedOfficeHours(ward), asOf: "2025-01-02", bookedCount: 0 });
    expect(tet).toMatchObject({ ok: false, code: "DAY_OFF" });
    expect(tet.ok ? "" : tet.message).toContain("là ngày nghỉ (Tết Nguyên đán Ất Tỵ");
    // … and with hours of its own, so that the official calendar, not an empty office day, removes the date.
    const ownHours: ServiceModelDef = { ...model, versions: [{ ...rule, validTo: "2025-12-31", hours: { kind: "WINDOWS", windows: [{ start: "08:00", end: "11:00" }] } }] };
    expect(dates(ownHours, ward, "2025-01-20", "2025-02-09")).toEqual(["2025-01-23", "2025-02-06"]);
    expect(dates(ownHours, ward, "2025-04-28", "2025-05-11")).toEqual(["2025-05-08"]);
  });

  it("«cho các trường hợp già yếu, neo đơn, người khuyết tật đi lại khó khăn, người có công với cách mạng, thương binh, bệnh binh»", () => {
    expect(model.versions[0]!.eligibleGroups.sort()).toEqual(
      ["DISABLED_LIMITED_MOBILITY", "ELDERLY_FRAIL", "LIVING_ALONE", "MERIT_PERSON", "SICK_SOLDIER", "WAR_INVALID"].sort(),
    );
  });

  it("«Ủy ban nhân dân xã, phường thực hiện … đối với thủ tục Chứng thực chữ ký»: every ward and commune of the city, one procedure", () => {
    const scopes = model.versions[0]!.scopes;
    expect(scopes.map((s) => s.unitId).sort()).toEqual([...longXuyenWardKeys].sort());
    expect(new Set(scopes.flatMap((s) => s.procedureIds))).toEqual(new Set(["chung-thuc-chu-ky"]));
  });

  it("a full day is refused (the unit's capacity)", () => {
    expect(visit("2024-06-13", "2024-06-03", 6)).toMatchObject({ ok: false, code: "FULL" });
  });

  it("«báo cáo kết quả chậm nhất vào ngày 25 tháng 12 năm 2024 gửi về phòng Nội vụ»", () => {
    const o = seedPlan("long-xuyen-2024-tthc-tai-nha").reporting.find((r) => r.key === "long-xuyen-bao-cao-ket-qua-2024")!;
    expect(o).toMatchObject({ frequency: "ONCE", dueOn: "2024-12-25", reviewerUnitKey: "an-giang/long-xuyen/phong-noi-vu" });
  });
});

// ─── 001 An Dũng ───────────────────────────────────────────────────────────────
describe("An Dũng — «BA KHÔNG: NGÀY THỨ 6 KHÔNG VIẾT – KHÔNG NỘP – KHÔNG HẸN»", () => {
  const model = seedModel("an-dung-ba-khong-thu-sau");
  const AD = "binh-dinh/an-lao/an-dung";

  it("«thời gian thực hiện bắt đầu từ ngày 13/3/2023»: the first Friday is 17/03/2023", () => {
    expect(dates(model, AD, "2023-03-01", "2023-03-31")).toEqual(["2023-03-17", "2023-03-24", "2023-03-31"]);
  });

  it("«trả kết quả ngay trong ngày … khi công dân đến giao dịch vào ngày thứ SÁU»: a Friday dossier is returned that day", () => {
    const p = promise(AD, "cap-giay-xac-nhan-tinh-trang-hon-nhan", "2024-03-15", "09:00", [model]);
    expect(p.basis.kind).toBe("MODEL");
    expect([p.on, p.at]).toEqual(["2024-03-15", "17:00"]);
    // The same procedure on a Thursday: 3 working days by law.
    const thursday = promise(AD, "cap-giay-xac-nhan-tinh-trang-hon-nhan", "2024-03-14", "09:00", [model]);
    expect(thursday.basis.kind).toBe("STATUTORY");
    expect(thursday.on).toBe("2024-03-19");
  });

  it("certification on a Friday after 15:00 follows the law's cut-off (next working day): the plan sets no hour of its own", () => {
    const p = promise(AD, "chung-thuc-ban-sao-tu-ban-chinh", "2024-03-15", "15:30", [model]);
    expect(p.on).toBe("2024-03-18");
  });

  it("a Friday in Tết has no session: Tết Giáp Thìn 2024 (09/02/2024) and Ất Tỵ 2025 (31/01/2025)", () => {
    expect(dates(model, AD, "2024-02-05", "2024-02-15")).toEqual([]);
    expect(dates(model, AD, "2025-01-27", "2025-02-09")).toEqual(["2025-02-07"]);
  });

  it("the model ends with the plan period «đến năm 2025», and with the commune on 30/06/2025 (clamped by the server)", () => {
    expect(model.versions[0]!.validTo).toBe("2025-12-31");
    expect(dates(model, AD, "2025-06-16", "2025-07-11")).toEqual(["2025-06-20", "2025-06-27", "2025-07-04", "2025-07-11"]);
    const [clamped] = clampToUnitLifetime([model], unitLifetime(AD));
    expect(clamped!.versions[0]).toMatchObject({ validFrom: "2023-03-13", validTo: "2025-06-30" });
    expect(dates(clamped!, AD, "2025-06-16", "2025-07-11")).toEqual(["2025-06-20", "2025-06-27"]);
  });
});

describe("An Dũng — «Ngày thứ 7 lắng nghe dân nói»: «tối thứ 7 của tuần cuối cùng trong quý … tại nhà văn hóa 4/4 thôn»", () => {
  const model = seedModel("an-dung-thu-7-lang-nghe-dan-noi");
  const village = anDungVillageKeys[0]!;

  it("one session a quarter, on the last Saturday of March, June, September and December", () => {
    expect(dates(model, village, "2023-03-01", "2024-12-31")).toEqual([
      "2023-03-25",
      "2023-06-24",
      "2023-09-30",
      "2023-12-30",
      "2024-03-30",
      "2024-06-29",
      "2024-09-28",
      "2024-12-28",
    ]);
  });

  it("in the evening, in each of the 4 villages at once", () => {
    expect(model.versions[0]!.scopes.map((s) => s.unitId)).toEqual(anDungVillageKeys);
    expect(anDungVillageKeys).toHaveLength(4);
    expect(isOpenAt(model, ctx(village), instantAt("2024-06-29", "19:30"))).toBe(true);
    expect(isOpenAt(model, ctx(village), instantAt("2024-06-29", "10:00"))).toBe(false);
  });

  it("«Chương trình có sự tham gia đầy đủ của Chủ tịch, Phó Chủ tịch UBND; HĐND, Ban chỉ đạo CCHC xã»", () => {
    const m = seedPlan("an-dung-2023-2025-sang-kien-cchc").models.find((x) => x.key === "an-dung-thu-7-lang-nghe-dan-noi")!;
    expect(m.attendeeRoles).toEqual(expect.arrayContaining(["Chủ tịch UBND xã", "Phó Chủ tịch UBND xã", "HĐND xã", "Ban chỉ đạo CCHC xã"]));
  });
});

describe("An Dũng — radio, letters and reports", () => {
  it("«định kì phát 2 lần/tuần vào thứ 2 và thứ 5 hàng tuần»", () => {
    const radio = seedModel("an-dung-dai-phat-thanh-thu-2-thu-5");
    expect(dates(radio, "binh-dinh/an-lao/an-dung/dai-phat-thanh", "2024-03-04", "2024-03-10")).toEqual(["2024-03-04", "2024-03-07"]);
  });

  it("«gửi Thư chúc mừng, Thư chia buồn, Thư xin lỗi»: event-driven, no schedule", () => {
    const letters = seedModel("an-dung-thu-chuc-mung-chia-buon-xin-loi");
    expect(dates(letters, "binh-dinh/an-lao/an-dung", "2024-01-01", "2024-12-31")).toEqual([]);
  });

  it("«Tổng hợp, báo cáo kết quả thực hiện các mô hình theo quý, theo năm» to the district's Phòng Nội vụ", () => {
    const r = seedPlan("an-dung-2023-2025-sang-kien-cchc").reporting;
    expect(r.map((o) => [o.frequency, o.reviewerUnitKey])).toEqual([
      ["QUARTERLY", "binh-dinh/an-lao/phong-noi-vu"],
      ["ANNUAL", "binh-dinh/an-lao/phong-noi-vu"],
    ]);
  });
});

// ─── 002 Phổ Nhơn ──────────────────────────────────────────────────────────────
describe("Phổ Nhơn — «Ngày thứ Tư không hẹn»: «thời gian nộp hồ sơ từ 7 giờ đến 15h30 … thời gian giải quyết từ 30 – 60 phút hoặc nửa buổi»", () => {
  const model = seedModel("pho-nhon-thu-tu-khong-hen");
  const PN = "quang-ngai/duc-pho/pho-nhon";
  const c = ctx(PN);

  it("«Thường xuyên ngày thứ Tư hàng tuần, … từ ngày 01/3/2024»: the first Wednesday is 06/03/2024", () => {
    expect(dates(model, PN, "2024-02-26", "2024-03-20")).toEqual(["2024-03-06", "2024-03-13", "2024-03-20"]);
  });

  it("the open-ended plan stops with the commune: xã Phổ Nhơn ended on 30/06/2025 (clamped by the server)", () => {
    expect(model.versions[0]!.validTo).toBeNull();
    const [clamped] = clampToUnitLifetime([model], unitLifetime(PN));
    expect(clamped!.versions[0]).toMatchObject({ validFrom: "2024-03-01", validTo: "2025-06-30" });
    expect(dates(clamped!, PN, "2025-06-16", "2025-07-11")).toEqual(["2025-06-18", "2025-06-25"]);
  });

  it("the 12 named procedures", () => {
    expect(model.versions[0]!.scopes[0]!.procedureIds).toHaveLength(12);
  });

  it.each([
    ["06:59", 0],
    ["07:00", 1],
    ["10:00", 1],
    ["15:30", 1],
    ["15:31", 0],
    ["16:00", 0],
  ])("a dossier at %s is taken under the model: %i", (time, n) => {
    expect(modelsFor([model], PN, "chung-thuc-ban-sao-tu-ban-chinh", instantAt("2024-03-06", time), c)).toHaveLength(n);
  });

  it("10:00 → result by 11:00 the same day; 15:30 → by 16:30; 11:00 → the lunch break is not counted", () => {
    expect(promise(PN, "dang-ky-ket-hon", "2024-03-06", "10:00", [model]).at).toBe("11:00");
    expect(promise(PN, "dang-ky-khai-tu", "2024-03-06", "15:30", [model]).at).toBe("16:30");
    expect(promise(PN, "dang-ky-khai-tu", "2024-03-06", "11:00", [model]).at).toBe("14:00");
  });

  it("a Wednesday in Tết has no session: 29/01/2025 (Tết Ất Tỵ)", () => {
    expect(dates(model, PN, "2025-01-20", "2025-02-07")).toEqual(["2025-01-22", "2025-02-05"]);
  });

  it("«ngày Dịch vụ công trực tuyến» runs on the same Wednesdays", () => {
    const online = seedModel("pho-nhon-ngay-dich-vu-cong-truc-tuyen");
    expect(dates(online, PN, "2024-03-01", "2024-03-31")).toEqual(dates(model, PN, "2024-03-01", "2024-03-31"));
  });
});

// ─── 003 Phước Long ────────────────────────────────────────────────────────────
describe("Phước Long — «giải quyết hồ sơ khi đủ điều kiện ngay trong ngày, đặc biệt không để ngày thứ 6 hẹn qua tuần»", () => {
  const model = seedModel("phuoc-long-giai-quyet-trong-ngay");
  const TM = "binh-phuoc/phuoc-long/thac-mo";

  it("each unit's registered procedures (appendices), and nothing for the 3 departments that registered none", () => {
    const byUnit = new Map(model.versions[0]!.scopes.map((s) => [s.unitId, s.procedureIds]));
    expect(byUnit.get(TM)?.sort()).toEqual(
      ["cap-giay-xac-nhan-tinh-trang-hon-nhan", "chung-thuc-ban-sao-tu-ban-chinh", "dang-ky-ket-hon", "dang-ky-khai-sinh", "dang-ky-khai-tu"].sort(),
    );
    expect(byUnit.get("binh-phuoc/phuoc-long/long-giang")).toEqual(["cap-giay-xac-nhan-tinh-trang-hon-nhan"]);
    for (const none of ["thanh-tra", "phong-van-hoa-va-thong-tin", "phong-kinh-te"]) {
      expect(byUnit.has(`binh-phuoc/phuoc-long/${none}`)).toBe(false);
    }
    expect(phuocLongDepartmentKeys).toHaveLength(10);
  });

  it("a registered procedure is returned the same day, any working day", () => {
    const p = promise(TM, "cap-giay-xac-nhan-tinh-trang-hon-nhan", "2024-03-12", "09:00", [model]);
    expect([p.basis.kind, p.on]).toEqual(["MODEL", "2024-03-12"]);
  });

  it("a certification after 15:00 on a Thursday goes to Friday, but on a Friday it is not deferred to the next week", () => {
    expect(promise(TM, "chung-thuc-ban-sao-tu-ban-chinh", "2024-03-14", "16:00", [model]).on).toBe("2024-03-15");
    const friday = promise(TM, "chung-thuc-ban-sao-tu-ban-chinh", "2024-03-15", "16:00", [model]);
    expect([friday.on, friday.at]).toEqual(["2024-03-15", "17:00"]);
  });

  it("an unregistered procedure keeps its statutory time", () => {
    expect(promise(TM, "dang-ky-lai-khai-sinh", "2024-03-15", "09:00", [model]).basis.kind).toBe("STATUTORY");
  });

  it("«Tổ chức ký cam kết … Thời gian: Thực hiện xong trong tháng 8/2023»", () => {
    const tasks = seedPlan("phuoc-long-2023-2025-chinh-quyen-than-thien").tasks;
    expect(tasks.some((t) => t.dueOn === "2023-08-31" && /cam kết/i.test(t.description))).toBe(true);
  });

  it("«Định kỳ 6 tháng, năm … báo cáo kết quả thực hiện về UBND thị xã (qua Phòng Nội vụ)»", () => {
    const r = seedPlan("phuoc-long-2023-2025-chinh-quyen-than-thien").reporting;
    expect(r.filter((o) => o.reviewerUnitKey === "binh-phuoc/phuoc-long/phong-noi-vu").map((o) => o.frequency).sort()).toEqual(["ANNUAL", "SEMIANNUAL"]);
  });
});

// ─── 004 Luận Thành ────────────────────────────────────────────────────────────
describe("Luận Thành — «Giải quyết thủ tục hành chính giờ thứ 9»: «từ lúc 16 giờ 30 phút đến 17 giờ 30 phút … từ ngày 23/02/2026 đến hết ngày 23/03/2026 … từ thứ 2 đến thứ 6»", () => {
  const model = seedModel("luan-thanh-gio-thu-9");
  const LT = "thanh-hoa/luan-thanh";
  const c = ctx(LT);

  it.each([
    ["2026-02-23", "16:30", true],
    ["2026-02-24", "16:45", true],
    ["2026-02-24", "17:30", false],
    ["2026-02-24", "16:29", false],
    ["2026-03-23", "17:00", true],
    ["2026-03-24", "16:45", false],
    ["2026-02-20", "16:45", false],
    ["2026-02-28", "16:45", false],
  ])("%s %s open: %s", (date, time, open) => {
    expect(isOpenAt(model, c, instantAt(date, time))).toBe(open);
  });

  it("the new commune (from 01/07/2025) keeps the model's own dates; a unit that began after the model would start it on its first day", () => {
    expect(clampToUnitLifetime([model], unitLifetime(LT))[0]!.versions[0]).toMatchObject({ validFrom: "2026-02-23", validTo: "2026-03-23" });
    const [late] = clampToUnitLifetime([model], { validFrom: dbDate("2026-03-02"), validTo: null });
    expect(late!.versions[0]).toMatchObject({ validFrom: "2026-03-02", validTo: "2026-03-23" });
    expect(isOpenAt(late!, c, instantAt("2026-02-27", "16:45"))).toBe(false);
    expect(isOpenAt(late!, c, instantAt("2026-03-02", "16:45"))).toBe(true);
  });

  it("every procedure «có phát sinh hồ sơ»: the commune's scope covers all procedures", () => {
    expect(model.versions[0]!.scopes).toEqual([{ unitId: LT, allProcedures: true, procedureIds: [], capacityPerDay: null }]);
  });

  it("a dossier handed in at 17:00 in the 9th hour counts as received that day", () => {
    const p = promise(LT, "cap-giay-xac-nhan-tinh-trang-hon-nhan", "2026-02-24", "17:00", [model]);
    expect(toLocalDate(p.effectiveReceivedAt)).toBe("2026-02-24");
    expect(p.receivedUnder?.modelId).toBe("luan-thanh-gio-thu-9");
    // 3 working days from the 24th: 25, 26, 27 February.
    expect(p.on).toBe("2026-02-27");
  });

  it("reported at the end of the model to the commune's Phòng Văn hóa – Xã hội", () => {
    const o = seedPlan("luan-thanh-2026-gio-thu-9").reporting[0]!;
    expect([o.frequency, o.reviewerUnitKey]).toEqual(["END_OF_MODEL", "thanh-hoa/luan-thanh/phong-van-hoa-xa-hoi"]);
  });
});

// ─── The official calendar as stored ───────────────────────────────────────────
describe("the official calendar 2023–2026 as stored", () => {
  it.each([
    ["2024-02-08", false, "Tết Giáp Thìn 2024 starts"],
    ["2024-02-14", false, "Tết Giáp Thìn 2024 ends"],
    ["2024-02-15", true, "back to work"],
    ["2025-01-27", false, "Tết Ất Tỵ 2025"],
    ["2025-02-03", true, "back to work"],
    ["2026-02-16", false, "Tết Bính Ngọ 2026"],
    ["2026-02-23", true, "back to work"],
    ["2026-01-02", false, "New Year 2026 swap"],
    ["2026-01-10", true, "the Saturday worked for it"],
    ["2026-04-27", false, "Hùng Kings' day 2026 moved to Monday"],
    ["2024-05-04", true, "Saturday worked in 2024"],
    ["2025-04-26", true, "Saturday worked in 2025"],
  ])("%s is a working day: %s (%s)", (date, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
  });
});
