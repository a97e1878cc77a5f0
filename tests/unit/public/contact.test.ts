import { describe, expect, it } from "vitest";
import { mapHref, telHref } from "../../../src/lib/contact";

describe("reaching a citizen from the officer's phone", () => {
  it("the phone number as typed becomes a tap-to-call link", () => {
    expect(telHref("0905 111 222")).toBe("tel:0905111222");
    expect(telHref("+84.905.111.222")).toBe("tel:+84905111222");
  });

  it("the address opens a map search, with the commune so that a village is found", () => {
    const href = mapHref("Thôn Phước Bình, số 12", "Xã Phổ Nhơn");
    expect(href).toMatch(/^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=/);
    expect(decodeURIComponent(new URL(href).searchParams.get("query")!)).toBe("Thôn Phước Bình, số 12, Xã Phổ Nhơn");
  });
});
