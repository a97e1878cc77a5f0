import { describe, expect, it } from "vitest";
import { localPath } from "@/lib/paths";

// What the sign-in page receives (search parameters arrive decoded) and what next-auth's
// redirect callback receives (absolute on the portal's own origin, or a path).
describe("localPath keeps a sign-in callback on this site", () => {
  const refused = [
    "//evil.example/x",
    "/\\evil.example/x", // ?callbackUrl=/%5Cevil.example/x
    "\\\\evil.example/x",
    "/\t/evil.example/x", // ?callbackUrl=/%09/evil.example/x
    "/\n/evil.example/x",
    "/\r/evil.example/x",
    "\t//evil.example/x",
    "/\u0000/evil.example",
    "/\u007f/evil.example",
    "/.//evil.example/x",
    "/a/../..//evil.example/x",
    "https://evil.example/x",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "",
    undefined,
  ];
  for (const value of refused) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      expect(localPath(value)).toBeUndefined();
      expect(localPath(value, "https://cong.example.vn")).toBeUndefined();
    });
  }

  const kept: [string, string][] = [
    ["/can-bo/xa-pho-nhon", "/can-bo/xa-pho-nhon"],
    ["/can-bo/xa-pho-nhon/ho-so?trang=2#dau", "/can-bo/xa-pho-nhon/ho-so?trang=2#dau"],
    ["/tham-dinh/%5Cx", "/tham-dinh/%5Cx"],
    ["/a/../quan-tri", "/quan-tri"],
  ];
  for (const [value, path] of kept) {
    it(`keeps ${value} as ${path}`, () => expect(localPath(value)).toBe(path));
  }

  it("accepts an absolute address only on the given origin", () => {
    expect(localPath("https://cong.example.vn/dang-nhap/chuyen-huong", "https://cong.example.vn")).toBe("/dang-nhap/chuyen-huong");
    expect(localPath("https://cong.example.vn.evil.example/x", "https://cong.example.vn")).toBeUndefined();
    expect(localPath("http://cong.example.vn/x", "https://cong.example.vn")).toBeUndefined();
  });
});
