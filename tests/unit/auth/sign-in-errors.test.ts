import { describe, expect, it } from "vitest";
import { signInErrorText } from "@/server/auth/sign-in";

// /dang-nhap?error=… comes from anyone's link: only the portal's own texts are ever shown.
describe("signInErrorText", () => {
  it("maps next-auth's and the portal's codes to Vietnamese texts", () => {
    expect(signInErrorText("CredentialsSignin")).toBe("Tên đăng nhập hoặc mật khẩu không đúng.");
    expect(signInErrorText("UNAUTHENTICATED")).toBe("Tên đăng nhập hoặc mật khẩu không đúng.");
    expect(signInErrorText("RATE_LIMITED")).toContain("Đăng nhập sai quá nhiều lần");
    expect(signInErrorText("SessionRequired")).toBe("Vui lòng đăng nhập để tiếp tục.");
  });

  it("shows nothing without a code", () => {
    expect(signInErrorText(undefined)).toBeUndefined();
    expect(signInErrorText("")).toBeUndefined();
  });

  for (const crafted of ["Tài khoản của bạn bị khóa, hãy gọi 0900000000", "<b>Hệ thống</b> đã chuyển sang evil.example", "constructor", "__proto__", "toString"]) {
    it(`shows the generic text, not the link's words, for ${JSON.stringify(crafted)}`, () => {
      expect(signInErrorText(crafted)).toBe("Đăng nhập không thành công. Vui lòng thử lại.");
    });
  }
});
