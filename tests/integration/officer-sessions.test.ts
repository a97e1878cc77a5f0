import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { dbDate } from "@/server/dates";
import { addQuestion } from "@/server/listening-sessions/add-question";
import { answerQuestion } from "@/server/listening-sessions/answer-question";
import { generateSessions } from "@/server/listening-sessions/generate-sessions";
import { holdSession } from "@/server/listening-sessions/hold-session";
import type { UserActor } from "@/server/auth/actor";
import { actorFor, unitIdByKey } from "./helpers";
import { AN_DUNG, at, modelId } from "./officer-fixtures";

let officer: UserActor;
let anDung: string;
let village: string;

beforeAll(async () => {
  anDung = await unitIdByKey(AN_DUNG);
  // A village of our own (2024 only), added to the listening model's scope.
  const key = `test/thon-${randomUUID().slice(0, 8)}`;
  village = (await db.unit.create({ data: { key, slug: key.replace("/", "-"), name: "Thôn Thử Nghiệm", searchName: "thon thu nghiem", kind: "VILLAGE", parentId: anDung, validFrom: dbDate("2024-01-01"), validTo: dbDate("2024-12-31") }, select: { id: true } })).id;
  const listening = await modelId("an-dung-thu-7-lang-nghe-dan-noi");
  const version = await db.serviceModelVersion.findFirstOrThrow({ where: { modelId: listening }, select: { id: true } });
  await db.modelScope.create({ data: { versionId: version.id, unitId: village } });
  officer = await actorFor("canbo.andung");
});

describe("listening sessions (An Dũng: last Saturday evening of each quarter, in each village)", () => {
  it("generates the sessions the rule gives, within the village's lifetime, with the plan's attendees", async () => {
    const r = await generateSessions(officer, { unitId: anDung, from: "2023-10-01", to: "2025-06-30" }, at("2024-01-05", "09:00"));
    expect(r.ok).toBe(true);
    const sessions = await db.listeningSession.findMany({ where: { unitId: village }, orderBy: { date: "asc" }, select: { date: true, startsAt: true, hostUnitId: true, attendance: { select: { roleTitle: true } } } });
    expect(sessions.map((s) => s.date.toISOString().slice(0, 10))).toEqual(["2024-03-30", "2024-06-29", "2024-09-28", "2024-12-28"]);
    expect(sessions[0]!.startsAt.toISOString()).toBe("2024-03-30T12:00:00.000Z"); // 19:00 local
    expect(sessions[0]!.hostUnitId).toBe(anDung);
    expect(sessions[0]!.attendance.map((a) => a.roleTitle)).toContain("Chủ tịch UBND xã");
    // Running it again adds nothing.
    const again = await generateSessions(officer, { unitId: anDung, from: "2024-01-01", to: "2024-12-31" }, at("2024-01-05", "09:00"));
    expect(again.ok && again.data.created).toBe(0);
  });

  it("a session is held (attendance, minutes), its questions assigned, answered and followed up", async () => {
    const s = await db.listeningSession.findFirstOrThrow({ where: { unitId: village, date: dbDate("2024-03-30") }, select: { id: true, attendance: { select: { id: true, roleTitle: true } } } });
    const early = await holdSession(officer, { sessionId: s.id, minutes: "x", present: [] }, at("2024-03-30", "18:00"));
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.message).toMatch(/chưa thể ghi nhận/);
    const questionFirst = await addQuestion(officer, { sessionId: s.id, content: "Đường vào thôn bị hư hỏng.", assignedUnitId: anDung, dueOn: "2024-04-15" }, at("2024-03-30", "18:00"));
    expect(questionFirst.ok).toBe(false);
    const chair = s.attendance.find((a) => a.roleTitle === "Chủ tịch UBND xã")!;
    expect((await holdSession(officer, { sessionId: s.id, minutes: "Lãnh đạo xã tiếp thu 1 ý kiến.", present: [chair.id] }, at("2024-03-30", "21:30"))).ok).toBe(true);
    const held = await db.listeningSession.findUniqueOrThrow({ where: { id: s.id }, select: { status: true, attendance: { select: { roleTitle: true, present: true } } } });
    expect(held.status).toBe("HELD");
    expect(held.attendance.filter((a) => a.present).map((a) => a.roleTitle)).toEqual(["Chủ tịch UBND xã"]);
    expect((await holdSession(officer, { sessionId: s.id, minutes: "lần hai", present: [] }, at("2024-03-30", "21:40"))).ok).toBe(false);

    const q = await addQuestion(officer, { sessionId: s.id, content: "Đường vào thôn bị hư hỏng.", askerName: "Ông Đinh Văn A", assignedUnitId: anDung, dueOn: "2024-04-15" }, at("2024-03-30", "21:00"));
    expect(q.ok).toBe(true);
    if (!q.ok) return;
    const foreign = await addQuestion(officer, { sessionId: s.id, content: "x", assignedUnitId: await unitIdByKey("quang-ngai/duc-pho/pho-nhon"), dueOn: "2024-04-15" }, at("2024-03-30", "21:00"));
    expect(foreign.ok).toBe(false);
    const noNote = await answerQuestion(officer, { questionId: q.data.id, answer: "Xã đã khảo sát.", status: "FOLLOW_UP" }, at("2024-04-05", "09:00"));
    expect(noNote.ok).toBe(false);
    expect((await answerQuestion(officer, { questionId: q.data.id, answer: "Xã đã khảo sát.", status: "FOLLOW_UP", followUpNote: "Đưa vào kế hoạch sửa chữa quý II." }, at("2024-04-05", "09:00"))).ok).toBe(true);
    expect((await answerQuestion(officer, { questionId: q.data.id, answer: "Đã sửa xong đường.", status: "CLOSED" }, at("2024-06-05", "09:00"))).ok).toBe(true);
    const closed = await answerQuestion(officer, { questionId: q.data.id, answer: "x", status: "ANSWERED" }, at("2024-06-06", "09:00"));
    expect(closed.ok).toBe(false);
    const row = await db.citizenQuestion.findUniqueOrThrow({ where: { id: q.data.id }, select: { status: true, answer: true, followUpNote: true } });
    expect(row.status).toBe("CLOSED");

    const other = await actorFor("canbo.phonhon");
    const r = await answerQuestion(other, { questionId: q.data.id, answer: "x", status: "ANSWERED" }, at("2024-06-06", "09:00"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("FORBIDDEN");
  });
});
