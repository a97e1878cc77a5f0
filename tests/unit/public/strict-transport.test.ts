import { describe, expect, it } from "vitest";
import { strictTransportSecurity } from "../../../src/cli/strict-transport.mjs";

describe("HSTS only when the portal is reached over https", () => {
  it("a trusted proxy saying https gets the header (a year, subdomains not named)", () => {
    expect(strictTransportSecurity("https", {})).toBe("max-age=31536000");
  });

  it("a public address on https gets it, whatever the request says", () => {
    expect(strictTransportSecurity(undefined, { NEXTAUTH_URL: "https://cchc.example.vn" })).toBe("max-age=31536000");
    expect(strictTransportSecurity(undefined, { PUBLIC_URL: "https://cchc.example.vn" })).toBe("max-age=31536000");
  });

  it("plain http, a local test stack or a forged proto that serve.mjs dropped: no header", () => {
    expect(strictTransportSecurity(undefined, {})).toBeUndefined();
    expect(strictTransportSecurity("http", { NEXTAUTH_URL: "http://127.0.0.1:3100" })).toBeUndefined();
  });
});
