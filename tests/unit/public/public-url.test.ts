import { describe, expect, it } from "vitest";
import { publicUrlFrom, webcalUrl } from "../../../src/server/public-url";

const request = (h: Record<string, string>) => new Headers(h);

describe("the public address printed on QR codes, letters and feeds", () => {
  it("PUBLIC_URL, when set, wins over the request (without its trailing slash)", () => {
    expect(publicUrlFrom("https://cong.example.vn/", request({ host: "other.example" }))).toBe("https://cong.example.vn");
  });

  it("unset: the address the request came through, never localhost", () => {
    expect(publicUrlFrom(undefined, request({ host: "other.example" }))).toBe("http://other.example");
    expect(publicUrlFrom(undefined, request({ host: "other.example:8080" }))).toBe("http://other.example:8080");
    // Next fills X-Forwarded-Host/-Proto from Host and the socket; the server kept only a trusted proxy's.
    expect(publicUrlFrom(undefined, request({ host: "127.0.0.1:3000", "x-forwarded-host": "Cong.Example.VN", "x-forwarded-proto": "https" }))).toBe("https://cong.example.vn");
  });

  it("a malformed host is not printed", () => {
    expect(publicUrlFrom(undefined, request({ host: "other.example", "x-forwarded-host": "evil.example/phish?x=" }))).toBe("http://other.example");
    expect(publicUrlFrom(undefined, request({ host: "a b", "x-forwarded-proto": "javascript" }))).toMatch(/^http:\/\/localhost:\d+$/);
  });

  it("a phone's calendar subscribes to the same feed through webcal://", () => {
    expect(webcalUrl("https://cong.example.vn", "/api/v1/units/xa-pho-nhon/calendar.ics")).toBe("webcal://cong.example.vn/api/v1/units/xa-pho-nhon/calendar.ics");
    expect(webcalUrl("http://other.example", "/x.ics")).toBe("webcal://other.example/x.ics");
  });
});
