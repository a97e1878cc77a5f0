import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildIcs, icsEscape, icsFold, icsInstant } from "../../../src/domain/feed/ics";

const octets = (s: string) => new TextEncoder().encode(s).length;
/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, "");

describe("iCalendar text (RFC 5545)", () => {
  it("writes instants in UTC basic format", () => {
    expect(icsInstant(new Date("2024-03-06T07:00:00+07:00"))).toBe("20240306T000000Z");
    expect(() => icsInstant(new Date("nope"))).toThrow(RangeError);
  });

  it("escapes backslash, semicolon, comma and newlines in TEXT values", () => {
    expect(icsEscape("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    expect(icsEscape("Thứ Tư: nhận đến 15:30")).toBe("Thứ Tư: nhận đến 15:30");
  });

  it("folds long Vietnamese lines at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"Giải quyết thủ tục hành chính giờ thứ 9 — Xã Luận Thành ".repeat(4)}`;
    const folded = icsFold(line);
    for (const physical of folded.split("\r\n")) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(folded.split("\r\n").slice(1).every((l) => l.startsWith(" "))).toBe(true);
    expect(unfold(folded)).toBe(line);
    expect(folded).not.toContain("\uFFFD");
  });

  it("folding never exceeds 75 octets and unfolds to the original (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (s) => {
        const line = `DESCRIPTION:${s.replace(/[\r\n]/g, "")}`;
        const folded = icsFold(line);
        return unfold(folded) === line && folded.split("\r\n").every((l) => octets(l) <= 75);
      }),
    );
  });

  it("builds a calendar with CRLF lines, one VEVENT per event and a fixed DTSTAMP", () => {
    const ics = buildIcs({
      name: "Xã Phổ Nhơn — lịch",
      stamp: new Date("2026-11-25T00:00:00Z"),
      events: [
        { uid: "a@x", start: new Date("2024-03-06T00:00:00Z"), end: new Date("2024-03-06T10:00:00Z"), summary: "Ngày thứ Tư không hẹn", location: "Bộ phận Một cửa, xã Phổ Nhơn", categories: ["Trả kết quả trong ngày"] },
        { uid: "b@x", start: new Date("2024-03-13T00:00:00Z"), end: new Date("2024-03-13T10:00:00Z"), summary: "Ngày thứ Tư không hẹn", url: "https://example.test/don-vi/xa-pho-nhon?ngay=2024-03-13" },
      ],
    });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toContain("\n");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.match(/DTSTAMP:20261125T000000Z/g)).toHaveLength(2);
    expect(unfold(ics)).toContain("LOCATION:Bộ phận Một cửa\\, xã Phổ Nhơn");
    expect(unfold(ics)).toContain("DTSTART:20240313T000000Z");
  });

  it("refuses an event that ends before it starts", () => {
    expect(() =>
      buildIcs({ name: "x", stamp: new Date(0), events: [{ uid: "u", start: new Date("2024-01-02T00:00:00Z"), end: new Date("2024-01-01T00:00:00Z"), summary: "x" }] }),
    ).toThrow(RangeError);
  });
});
