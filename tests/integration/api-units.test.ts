import { describe, expect, it } from "vitest";
import { normalizeCode } from "@/domain/dossier/code";
import { instantAt } from "@/domain/schedule";
import { db } from "@/server/db";
import { api, databaseState, expectApiError } from "./api-helpers";

type Json = Record<string, unknown> & { [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("GET /api/v1/units", () => {
  it("searches by name ignoring diacritics and case, with codes and parent", async () => {
    const a = await api("/api/v1/units?q=PHO%20NHON");
    expect(a.status).toBe(200);
    // Other tests make current units named «Phổ Nhơn …», listed before the ended commune.
    expect((a.body as Json).units.find((u: Json) => u.slug === "xa-pho-nhon")).toMatchObject({ slug: "xa-pho-nhon", name: "Xã Phổ Nhơn", adminCode: "21457", parent: { slug: "thi-xa-duc-pho" }, validTo: "2025-06-30" });
    expect((await api("/api/v1/units?q=ph%E1%BB%95%20nh%C6%A1n")).body).toEqual(a.body);
  });

  it("filters by administrative code and parent, with a limit", async () => {
    expect(((await api("/api/v1/units?code=15634")).body as Json).units.map((u: Json) => u.slug)).toEqual(["xa-luan-thanh"]);
    const lx = (await api("/api/v1/units?parent=thanh-pho-long-xuyen&limit=3")).body as Json;
    expect(lx.units).toHaveLength(3);
    expect(lx.units.every((u: Json) => u.parent.slug === "thanh-pho-long-xuyen")).toBe(true);
  });

  it("refuses bad parameters with 422 JSON", async () => {
    for (const q of [`q=${"a".repeat(201)}`, "code=abc", "code=12345678901", "parent=Xã%20Phổ", "limit=0", "limit=abc", "limit=1.5", "limit=999", "q=a&q=b"]) {
      expectApiError(await api(`/api/v1/units?${q}`), 422, "VALIDATION");
    }
  });
});

describe("GET /api/v1/units/{slug} and its sub-resources", () => {
  it("a unit: codes, lifetime, parent chain and links", async () => {
    const a = await api("/api/v1/units/xa-luan-thanh");
    expect(a.status).toBe(200);
    expect((a.body as Json).unit).toMatchObject({ slug: "xa-luan-thanh", adminCode: "15634", validFrom: "2025-07-01", validTo: null, parent: { slug: "tinh-thanh-hoa", kind: "PROVINCE" } });
    expect((a.body as Json).links.calendar).toBe("/api/v1/units/xa-luan-thanh/calendar.ics");
  });

  it("unknown or absurd slugs are 404 JSON", async () => {
    for (const slug of ["khong-co", "x".repeat(3000)]) {
      for (const sub of ["", "/models", "/procedures", "/availability", "/schedule", "/home-visit-options", "/calendar.ics", "/procedures/chung-thuc-chu-ky"]) {
        const a = await api(`/api/v1/units/${slug}${sub}`);
        expect([404].includes(a.status), `${slug}${sub}: ${a.status}`).toBe(true);
        expect(a.type).toContain("application/json");
      }
    }
  });

  it("models with their status on a date", async () => {
    const a = await api("/api/v1/units/xa-pho-nhon/models?date=2024-03-06");
    const models = (a.body as Json).models as Json[];
    expect(models.map((m) => [m.key, m.status]).sort()).toEqual([
      ["pho-nhon-ngay-dich-vu-cong-truc-tuyen", "ACTIVE"],
      ["pho-nhon-thu-tu-khong-hen", "ACTIVE"],
    ]);
    const later = (await api("/api/v1/units/xa-pho-nhon/models?date=2025-07-01")).body as Json;
    expect(later.models.every((m: Json) => m.status === "ENDED")).toBe(true);
    for (const d of ["2024-02-30", "06/03/2024", "2024-3-6", "yesterday", "0001-01-01", "9999-12-31"]) expectApiError(await api(`/api/v1/units/xa-pho-nhon/models?date=${d}`), 422, "VALIDATION");
  });

  it("the procedure catalogue and one procedure as its page shows it", async () => {
    const list = (await api("/api/v1/units/xa-pho-nhon/procedures")).body as Json;
    expect(list.procedures).toHaveLength(25);
    expect(list.procedures.map((p: Json) => p.key)).toContain("chung-thuc-chu-ky");
    const one = await api(`/api/v1/units/xa-pho-nhon/procedures/chung-thuc-chu-ky?at=${encodeURIComponent("2024-03-06T10:00:00+07:00")}`);
    expect(one.status).toBe(200);
    expect((one.body as Json).promises[0]).toMatchObject({ basis: "MODEL", promisedAt: instantAt("2024-03-06", "11:00").toISOString(), modelName: "Ngày thứ Tư không hẹn" });
    expectApiError(await api("/api/v1/units/xa-pho-nhon/procedures/mai-tang-phi-cuu-chien-binh"), 404, "NOT_FOUND");
    expectApiError(await api("/api/v1/units/xa-pho-nhon/procedures/chung-thuc-chu-ky?at=2024-03-06T10:00:00"), 422, "VALIDATION");
  });

  it("availability at an instant with an offset: the models in effect and the promise per procedure", async () => {
    const a = await api(`/api/v1/units/xa-pho-nhon/availability?at=${encodeURIComponent("2024-03-06T03:00:00Z")}`);
    expect(a.status).toBe(200);
    const body = a.body as Json;
    expect(body.at).toBe("2024-03-06T03:00:00.000Z");
    const sameDay = body.procedures.filter((p: Json) => p.promise.modelKey === "pho-nhon-thu-tu-khong-hen");
    expect(sameDay).toHaveLength(12);
    expect(sameDay.every((p: Json) => p.promise.promisedAt === "2024-03-06T04:00:00.000Z")).toBe(true);
    const ninth = (await api(`/api/v1/units/xa-luan-thanh/availability?at=${encodeURIComponent("2026-03-04T16:45:00+07:00")}`)).body as Json;
    expect(ninth.procedures.every((p: Json) => p.models.some((m: Json) => m.key === "luan-thanh-gio-thu-9"))).toBe(true);
  });

  it("availability refuses instants without an offset, impossible or absurd ones", async () => {
    for (const at of ["2024-03-06", "2024-03-06T10:00", "2024-03-06T10:00:00", "2024-02-30T10:00:00+07:00", "2024-03-06T25:00:00+07:00", "0001-01-01T00:00:00Z", "now", "x".repeat(500)]) {
      expectApiError(await api(`/api/v1/units/xa-pho-nhon/availability?at=${encodeURIComponent(at)}`), 422, "VALIDATION");
    }
  });

  it("the schedule (banner and week) as the unit page shows it", async () => {
    const a = (await api(`/api/v1/units/xa-pho-nhon/schedule?at=${encodeURIComponent("2024-03-06T16:00:00+07:00")}`)).body as Json;
    expect(a.banner.nextSameDay).toMatchObject({ date: "2024-03-13", start: "07:00" });
    expect(a.days).toHaveLength(7);
  });

  it("home-visit options: today nothing, with the reason", async () => {
    const a = (await api("/api/v1/units/phuong-my-binh/home-visit-options")).body as Json;
    expect(a).toMatchObject({ available: false, dates: [] });
    expect(a.reason).toContain("30/06/2025");
  });

  it("the unit's calendar feed: RFC 5545, real occurrences, holidays removed", async () => {
    const a = await api("/api/v1/units/xa-pho-nhon/calendar.ics");
    expect(a.status).toBe(200);
    expect(a.type).toBe("text/calendar; charset=utf-8");
    expect(a.text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const starts = [...a.text.matchAll(/^DTSTART:(\d{8})T(\d{6})Z\r$/gm)].map((m) => m[1]);
    // Two Wednesday models (no-appointment day, online day) from 06/03/2024 to the ward's end on 30/06/2025.
    expect(starts.length % 2).toBe(0);
    expect(starts).toContain("20240306");
    expect(starts).not.toContain("20240501"); // Labour Day
    expect(starts).not.toContain("20250129"); // Tết Ất Tỵ
    expect(starts.every((d) => d! <= "20250630")).toBe(true);
    expect(starts.every((d) => new Date(`${d!.slice(0, 4)}-${d!.slice(4, 6)}-${d!.slice(6)}T12:00:00Z`).getUTCDay() === 3)).toBe(true);
  });

  it("reading never writes: every table is unchanged but RateLimit, where only a wrong look-up's counters move, and the audit log, which records the wrong guess", async () => {
    const ip = `198.18.${Date.now() % 250}.${Math.floor(Math.random() * 250) + 1}`;
    const code = `KC-${Date.now().toString(36).toUpperCase()}`;
    const before = await databaseState();
    expect(Object.keys(before.tables)).toEqual(expect.arrayContaining(["Dossier", "AuditLog", "RateLimit", "HomeVisitRequest", "SatisfactionResponse"]));
    expect((await api("/api/v1/units/xa-pho-nhon/availability?at=2024-03-06T10%3A00%3A00%2B07%3A00")).status).toBe(200);
    expect((await api("/api/v1/units?q=an")).status).toBe(200);
    expect((await api("/api/v1/units/xa-pho-nhon/schedule?at=2024-03-06T16%3A00%3A00%2B07%3A00")).status).toBe(200);
    // A look-up only reads a dossier, but a wrong guess is counted (the code at the address, the address, the code's 4-digit checks) and audited.
    expectApiError(await api("/api/v1/dossiers/lookup", { method: "POST", json: { code, phoneLast4: "0000" }, headers: { "x-forwarded-for": ip } }), 404, "NOT_FOUND");
    const after = await databaseState();
    const { RateLimit: rateBefore, AuditLog: auditBefore, ...otherBefore } = before.tables;
    const { RateLimit: rateAfter, AuditLog: auditAfter, ...otherAfter } = after.tables;
    expect(otherAfter).toEqual(otherBefore);
    expect(auditAfter!.rows).toBe(auditBefore!.rows + 1);
    expect(await db.auditLog.findMany({ where: { entityId: normalizeCode(code) }, select: { action: true, entity: true, ip: true, after: true } })).toEqual([
      { action: "lookup.failed", entity: "Lookup", ip, after: { proof: "digits", via: "lookup" } },
    ]);
    expect(rateAfter!.rows).toBe(rateBefore!.rows + 3);
    // Every row that was there is there unchanged; the new ones are exactly the three counters.
    const old = new Map(before.rateLimit.map((r) => [r.key, r.count]));
    expect(after.rateLimit.filter((r) => old.has(r.key))).toEqual(before.rateLimit);
    expect(after.rateLimit.filter((r) => !old.has(r.key))).toEqual([
      { key: `lookup:code:${normalizeCode(code)}:digits`, count: 1 },
      { key: `lookup:code:${normalizeCode(code)}:ip:${ip}`, count: 1 },
      { key: `lookup:ip:${ip}`, count: 1 },
    ]);
  });
});
