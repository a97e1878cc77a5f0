import { describe, expect, it } from "vitest";
import { addDays, instantAt, isWeekend, toLocalDate, toLocalTime } from "@/domain/schedule";
import { db } from "@/server/db";
import { receiveDossier } from "@/server/dossier/receive-dossier";
import { loadPublicUnit } from "@/server/public/context";
import { listPlanUnits, listPublicPlans, planDocument } from "@/server/public/plans";
import { unitModelSummaries } from "@/server/public/units";
import { unitReports } from "@/server/report/queries";
import { actorFor, testNow, unitIdByKey } from "./helpers";
import { nonce, procedureId } from "./officer-fixtures";

const REAL_PLANS = ["an-dung-2023-2025-sang-kien-cchc", "long-xuyen-2024-tthc-tai-nha", "luan-thanh-2026-gio-thu-9", "pho-nhon-2024-thu-tu-khong-hen", "phuoc-long-2023-2025-chinh-quyen-than-thien"];

/** testNow() when it falls in the morning office hours of a weekday, else 09:00 of the next weekday. */
function officeMoment(): Date {
  const now = testNow();
  const today = toLocalDate(now);
  if (!isWeekend(today) && toLocalTime(now) >= "07:00" && toLocalTime(now) < "11:00") return now;
  let day = toLocalTime(now) < "07:00" ? today : addDays(today, 1);
  while (isWeekend(day)) day = addDays(day, 1);
  return instantAt(day, "09:00");
}

describe("illustrative plans for the units of today", () => {
  it("are flagged in the answers that expose a plan, listed apart from the five real plans", async () => {
    const all = await listPublicPlans();
    // Other tests add plans of their own (keys «thu-…»); the five real plans are all there, none flagged.
    expect(all.filter((p) => !p.illustrative && !p.key.startsWith("thu-")).map((p) => p.key).sort()).toEqual(REAL_PLANS);
    const illustrative = all.filter((p) => p.illustrative);
    expect(illustrative.map((p) => p.key).sort()).toEqual(["minh-hoa-an-vinh-ba-khong-thu-sau", "minh-hoa-long-xuyen-tthc-tai-nha-thu-nam", "minh-hoa-nguyen-nghiem-thu-tu-khong-hen"]);
    // The real plans come first; the illustrative ones after.
    const firstIllustrative = all.findIndex((p) => p.illustrative);
    expect(all.slice(0, firstIllustrative).every((p) => !p.illustrative) && all.slice(firstIllustrative).every((p) => p.illustrative)).toBe(true);
    expect((await planDocument("minh-hoa-nguyen-nghiem-thu-tu-khong-hen"))?.illustrative).toBe(true);
    expect((await planDocument("pho-nhon-2024-thu-tu-khong-hen"))?.illustrative).toBe(false);
    expect((await listPlanUnits()).find((p) => p.key === "minh-hoa-an-vinh-ba-khong-thu-sau")).toMatchObject({ illustrative: true, units: [{ slug: "xa-an-vinh" }] });
  });

  it("run from the seed's day for twelve months: the successor's models are active today", async () => {
    const today = toLocalDate(testNow());
    const ctx = (await loadPublicUnit("xa-nguyen-nghiem"))!;
    const models = await unitModelSummaries(ctx, today);
    expect(models.map((m) => [m.key, m.status, m.plan.illustrative])).toEqual([["minh-hoa-nguyen-nghiem-thu-tu-khong-hen", "ACTIVE", true]]);
    expect(models[0]!.validFrom <= today).toBe(true);
    expect(models[0]!.validTo! >= addDays(today, 300)).toBe(true);
    const plan = await db.plan.findUniqueOrThrow({ where: { key: "minh-hoa-long-xuyen-tthc-tai-nha-thu-nam" }, select: { illustrative: true, models: { select: { kind: true } } } });
    expect(plan).toEqual({ illustrative: true, models: [{ kind: "HOME_VISIT" }] });
  });

  it("an illustrative unit's officer logs a dossier on the stack's day", async () => {
    const officer = await actorFor("canbo.nguyennghiem");
    const unitId = await unitIdByKey("quang-ngai/nguyen-nghiem");
    const r = await receiveDossier(
      officer,
      { unitId, procedureId: await procedureId("chung-thuc-chu-ky"), citizenName: "Trần Văn Bình", citizenPhone: "0912 345 678", channel: "DESK", nonce: nonce() },
      { now: officeMoment() },
    );
    expect(r).toMatchObject({ ok: true });
  });
  it("give each unit's leader a report of the current quarter, reviewed by the province's Sở Nội vụ", async () => {
    const today = toLocalDate(testNow());
    const units: [string, string, string][] = [
      ["quang-ngai/nguyen-nghiem", "quang-ngai/so-noi-vu", "Sở Nội vụ tỉnh Quảng Ngãi"],
      ["an-giang-2025/long-xuyen", "an-giang-2025/so-noi-vu", "Sở Nội vụ tỉnh An Giang"],
      ["gia-lai/an-vinh", "gia-lai/so-noi-vu", "Sở Nội vụ tỉnh Gia Lai"],
    ];
    for (const [unitKey, reviewerKey, reviewerName] of units) {
      const unitId = await unitIdByKey(unitKey);
      const reports = (await unitReports(db, unitId, testNow())).filter((r) => r.obligationTitle.endsWith("(minh họa)"));
      const current = reports.filter((r) => r.periodStart <= today && today <= r.periodEnd);
      expect(current, unitKey).toHaveLength(1);
      expect(current[0], unitKey).toMatchObject({ frequency: "QUARTERLY", reviewerName, overdue: false });
      // The period starts on the plan's first day at the earliest, and is due on the CCHC calendar's 20th.
      expect(current[0]!.dueOn.endsWith("-20") || current[0]!.dueOn === current[0]!.periodEnd, unitKey).toBe(true);
      // The reviewer's view of the unit holds the same report.
      const reviewed = await unitReports(db, unitId, testNow(), { reviewerUnitId: await unitIdByKey(reviewerKey) });
      expect(reviewed.map((r) => r.id), unitKey).toContain(current[0]!.id);
    }
  });
});
