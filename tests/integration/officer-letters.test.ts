import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { markResultReady } from "@/server/dossier/mark-result-ready";
import { returnDossier } from "@/server/dossier/return-dossier";
import { recordPaperSurvey } from "@/server/friendly/record-paper-survey";
import { recordPledge } from "@/server/friendly/record-pledge";
import { friendlyOverview } from "@/server/friendly/queries";
import { letterSuggestions } from "@/server/letters/queries";
import { sendLetter } from "@/server/letters/send-letter";
import type { UserActor } from "@/server/auth/actor";
import { actorFor, unitIdByKey } from "./helpers";
import { AN_DUNG, at, procedureId, receive } from "./officer-fixtures";

let officer: UserActor;
let anDung: string;

beforeAll(async () => {
  officer = await actorFor("canbo.andung");
  anDung = await unitIdByKey(AN_DUNG);
});

describe("letters (An Dũng)", () => {
  it("a marriage registration returned suggests congratulation and the ceremony; sending numbers the register", async () => {
    const d = await receive(officer, { unitId: anDung, procedureId: await procedureId("dang-ky-ket-hon"), citizenName: "Đinh Văn Cưới" }, at("2024-03-08", "08:00"));
    expect((await markResultReady(officer, { dossierId: d.id }, at("2024-03-08", "08:30"))).ok).toBe(true);
    expect((await returnDossier(officer, { dossierId: d.id, method: "VIA_VILLAGE_HEAD" }, at("2024-03-08", "09:00"))).ok).toBe(true);
    const suggestions = await letterSuggestions(officer, anDung, new Date("2024-03-09T02:00:00Z"));
    const mine = suggestions.filter((s) => s.code === d.code);
    expect(mine.map((s) => [s.type, s.event, s.ceremony])).toEqual([["CONGRATULATION", "MARRIAGE", true]]);

    const template = await db.letterTemplate.findFirstOrThrow({ where: { unitId: null, event: "MARRIAGE" }, select: { id: true } });
    const base = { unitId: anDung, templateId: template.id, event: "MARRIAGE", recipientName: "Đinh Văn Cưới", dossierId: d.id, body: "Kính gửi: Ông Đinh Văn Cưới …" };
    const noCeremony = await sendLetter(officer, base, at("2024-03-09", "09:00"));
    expect(noCeremony.ok).toBe(false);
    const unfilled = await sendLetter(officer, { ...base, ceremonyAt: "2024-03-15T09:00", body: "Kính gửi: {{ten_nguoi_nhan}}" }, at("2024-03-09", "09:00"));
    expect(unfilled.ok).toBe(false);
    const first = await sendLetter(officer, { ...base, ceremonyAt: "2024-03-15T09:00" }, at("2024-03-09", "09:00"));
    expect(first.ok).toBe(true);
    const second = await sendLetter(officer, { ...base, dossierId: "", event: "OTHER", recipientName: "Bà B" }, at("2024-03-09", "09:05"));
    expect(second.ok).toBe(true);
    if (first.ok && second.ok) {
      expect(second.data.number).toBe(first.data.number + 1);
      expect(first.data.year).toBe(2024);
    }
    const letter = await db.letter.findFirstOrThrow({ where: { dossierId: d.id }, select: { ceremonyAt: true, type: true } });
    expect(letter.ceremonyAt?.toISOString()).toBe("2024-03-15T02:00:00.000Z");
    const after = await letterSuggestions(officer, anDung, new Date("2024-03-09T03:00:00Z"));
    expect(after.some((s) => s.code === d.code)).toBe(false);
  });

  it("a death registration suggests condolence; a late dossier suggests an apology", async () => {
    const d = await receive(officer, { unitId: anDung, procedureId: await procedureId("dang-ky-khai-tu"), citizenName: "Đinh Thị Tang" }, at("2024-03-11", "08:00"));
    const s = await letterSuggestions(officer, anDung, new Date("2024-03-11T03:00:00Z"));
    expect(s.filter((x) => x.code === d.code).map((x) => x.event)).toContain("DEATH");
    const later = await letterSuggestions(officer, anDung, new Date("2024-04-30T03:00:00Z"));
    expect(later.filter((x) => x.code === d.code).map((x) => x.event)).toEqual(["DEATH", "LATE_DOSSIER"]);
  });

  it("parallel letters get distinct consecutive numbers", async () => {
    const template = await db.letterTemplate.findFirstOrThrow({ where: { unitId: null, event: "SERVICE_INCIDENT" }, select: { id: true } });
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => sendLetter(officer, { unitId: anDung, templateId: template.id, event: "SERVICE_INCIDENT", recipientName: `Người ${i}`, body: "Xin lỗi." }, at("2024-05-02", "09:00"))),
    );
    const numbers = results.map((r) => (r.ok ? r.data.number : -1)).sort((a, b) => a - b);
    expect(numbers.every((n) => n > 0)).toBe(true);
    expect(new Set(numbers).size).toBe(5);
    expect(numbers[4]! - numbers[0]!).toBe(4);
  });

  it("another unit cannot write in the register", async () => {
    const template = await db.letterTemplate.findFirstOrThrow({ where: { unitId: null }, select: { id: true } });
    const r = await sendLetter(await actorFor("canbo.phonhon"), { unitId: anDung, templateId: template.id, event: "OTHER", recipientName: "X", body: "Y" }, at("2024-05-02", "09:00"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("FORBIDDEN");
  });
});

describe("friendly government (Phước Long: Thác Mơ)", () => {
  it("records who signed the pledge and when, paper surveys, and shows the ratings per unit", async () => {
    const officer = await actorFor("canbo.thacmo");
    const unitId = await unitIdByKey("binh-phuoc/phuoc-long/thac-mo");
    const future = await recordPledge(officer, { unitId, staffName: "Phạm Thu Hà", signedOn: "2026-12-01" }, at("2026-11-25", "09:00"));
    expect(future.ok).toBe(false);
    const p = await recordPledge(officer, { unitId, staffName: "Phạm Thu Hà", position: "Công chức Một cửa", userId: officer.id, signedOn: "2023-08-20" }, at("2026-11-25", "09:00"));
    expect(p.ok).toBe(true);
    const row = await db.staffPledge.findFirstOrThrow({ where: { unitId, staffName: "Phạm Thu Hà", userId: officer.id }, select: { content: true, planId: true, signedOn: true } });
    expect(row.content).toMatch(/4 xin.*4 luôn.*5 không/);
    expect(row.planId).not.toBeNull();
    const before = await friendlyOverview(officer, unitId, new Date("2026-11-25T03:00:00Z"));
    expect((await recordPaperSurvey(officer, { unitId, rating: "UNSATISFIED", respondedOn: "2026-11-20", comment: "Chờ lâu." }, at("2026-11-25", "09:00"))).ok).toBe(true);
    const after = await friendlyOverview(officer, unitId, new Date("2026-11-25T03:00:00Z"));
    expect(after!.table.PAPER.UNSATISFIED).toBe(before!.table.PAPER.UNSATISFIED + 1);
    expect(after!.pledges.some((x) => x.staffName === "Phạm Thu Hà")).toBe(true);
    const other = await recordPledge(await actorFor("canbo.andung"), { unitId, staffName: "X", signedOn: "2023-08-20" }, at("2026-11-25", "09:00"));
    expect(other.ok).toBe(false);
  });
});
