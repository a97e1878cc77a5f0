import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { api, expectApiError } from "./api-helpers";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("GET /api/v1/models/{key}/occurrences", () => {
  it("Phổ Nhơn's Wednesdays of March 2024 at the commune, with hours and the 15:30 intake", async () => {
    const a = await api("/api/v1/models/pho-nhon-thu-tu-khong-hen/occurrences?from=2024-03-01&to=2024-03-31&unit=xa-pho-nhon");
    expect(a.status).toBe(200);
    const body = a.body as Json;
    expect(body.occurrences.map((o: Json) => o.date)).toEqual(["2024-03-06", "2024-03-13", "2024-03-20", "2024-03-27"]);
    expect(body.occurrences[0]).toMatchObject({
      units: [{ slug: "xa-pho-nhon" }],
      windows: [
        { start: "07:00", end: "11:30" },
        { start: "13:30", end: "17:00" },
      ],
      startsAt: "2024-03-06T00:00:00.000Z",
      intakeCutoffAt: "2024-03-06T08:30:00.000Z",
    });
  });

  it("holidays are removed (An Dũng's Friday in Tết 2024), and the unit's end cuts the model", async () => {
    const tet = (await api("/api/v1/models/an-dung-ba-khong-thu-sau/occurrences?from=2024-02-01&to=2024-02-29&unit=xa-an-dung")).body as Json;
    expect(tet.occurrences.map((o: Json) => o.date)).toEqual(["2024-02-02", "2024-02-16", "2024-02-23"]);
    const end = (await api("/api/v1/models/an-dung-ba-khong-thu-sau/occurrences?from=2025-06-01&to=2025-12-31&unit=xa-an-dung")).body as Json;
    expect(end.occurrences.at(-1).date).toBe("2025-06-27");
    // Without a unit the plan runs to 31/12/2025, but only units that still exist are listed:
    // after An Dũng ceased on 30/06/2025 no Friday is anyone's.
    const asWritten = (await api("/api/v1/models/an-dung-ba-khong-thu-sau/occurrences?from=2025-06-01&to=2025-12-31")).body as Json;
    const anDung = asWritten.occurrences.filter((o: Json) => o.units.some((u: Json) => u.slug === "xa-an-dung"));
    expect(anDung.at(-1).date).toBe("2025-06-27");
    expect(asWritten.occurrences.filter((o: Json) => o.date > "2025-06-30" && o.units.some((u: Json) => u.slug === "xa-an-dung"))).toEqual([]);
  });

  it("Long Xuyên's Thursdays list every ward in scope; the listening sessions of An Dũng's villages list under the commune", async () => {
    const lx = (await api("/api/v1/models/long-xuyen-tthc-tai-nha-thu-nam/occurrences?from=2024-06-03&to=2024-06-09")).body as Json;
    expect(lx.occurrences).toHaveLength(1);
    expect(lx.occurrences[0].units).toHaveLength(13);
    const s = (await api("/api/v1/models/an-dung-thu-7-lang-nghe-dan-noi/occurrences?from=2024-01-01&to=2024-12-31&unit=xa-an-dung")).body as Json;
    expect(s.occurrences.map((o: Json) => o.date)).toEqual(["2024-03-30", "2024-06-29", "2024-09-28", "2024-12-28"]);
    // Every village in the model's scope: the plan's four (other test files may add their own).
    const inScope = await db.modelScope.findMany({ where: { version: { model: { key: "an-dung-thu-7-lang-nghe-dan-noi" } } }, select: { unit: { select: { name: true } } } });
    const names = s.occurrences[0].units.map((u: Json) => u.name).sort();
    expect(names).toEqual(inScope.map((x) => x.unit.name).sort());
    expect(names).toEqual(expect.arrayContaining(["Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4"]));
    // The villages ceased with the commune on 30/06/2025: the model's own list stops there too.
    const late = (await api("/api/v1/models/an-dung-thu-7-lang-nghe-dan-noi/occurrences?from=2025-01-01&to=2025-12-31")).body as Json;
    const inVillages = late.occurrences.filter((o: Json) => o.units.some((u: Json) => /^Thôn [1-4]$/.test(u.name)));
    expect(inVillages.map((o: Json) => o.date)).toEqual(["2025-03-29", "2025-06-28"]);
  });

  it("bad ranges, unknown models and units out of scope are 4xx JSON", async () => {
    expectApiError(await api("/api/v1/models/pho-nhon-thu-tu-khong-hen/occurrences?from=2024-03-31&to=2024-03-01"), 422, "VALIDATION");
    expectApiError(await api("/api/v1/models/pho-nhon-thu-tu-khong-hen/occurrences?from=2024-01-01&to=2025-06-01"), 422, "VALIDATION");
    expectApiError(await api("/api/v1/models/pho-nhon-thu-tu-khong-hen/occurrences?from=2024-13-01"), 422, "VALIDATION");
    expectApiError(await api("/api/v1/models/pho-nhon-thu-tu-khong-hen/occurrences?unit=XA%20PHO"), 422, "VALIDATION");
    expectApiError(await api("/api/v1/models/khong-co/occurrences"), 404, "NOT_FOUND");
    expectApiError(await api(`/api/v1/models/${"k".repeat(4000)}/occurrences`), 404, "NOT_FOUND");
    expectApiError(await api("/api/v1/models/pho-nhon-thu-tu-khong-hen/occurrences?unit=xa-an-dung"), 404, "NOT_FOUND");
    expectApiError(await api("/api/v1/models/pho-nhon-thu-tu-khong-hen/occurrences?unit=khong-co"), 404, "NOT_FOUND");
  });
});

describe("GET /api/v1/models/{key}/calendar.ics", () => {
  it("the 9th hour's weekdays 23/02–23/03/2026, 16:30–17:30 local", async () => {
    const a = await api("/api/v1/models/luan-thanh-gio-thu-9/calendar.ics");
    expect(a.status).toBe(200);
    expect(a.type).toContain("text/calendar");
    const starts = [...a.text.matchAll(/^DTSTART:(\d{8}T\d{6}Z)\r$/gm)].map((m) => m[1]);
    expect(starts).toHaveLength(21);
    expect(starts[0]).toBe("20260223T093000Z");
    expect(starts.at(-1)).toBe("20260323T093000Z");
    expect(a.text).toMatch(/^DTEND:20260223T103000Z\r$/m);
    expect(new Set([...a.text.matchAll(/^UID:(.+)\r$/gm)].map((m) => m[1])).size).toBe(21);
  });

  it("per unit, and 4xx JSON for unknown models or bad units", async () => {
    const a = await api("/api/v1/models/long-xuyen-tthc-tai-nha-thu-nam/calendar.ics?unit=phuong-dong-xuyen");
    expect(a.status).toBe(200);
    const unfolded = a.text.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("SUMMARY:Giải quyết thủ tục hành chính tại nhà cho người dân vào ngày thứ năm hàng tuần — Phường Đông Xuyên");
    expect(unfolded).not.toContain("Phường Mỹ Bình");
    expectApiError(await api("/api/v1/models/khong-co/calendar.ics"), 404);
    expectApiError(await api("/api/v1/models/luan-thanh-gio-thu-9/calendar.ics?unit=!!"), 422);
  });
});
