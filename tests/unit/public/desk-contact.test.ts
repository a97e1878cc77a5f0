import { describe, expect, it } from "vitest";
import { deskContact, UNKNOWN_CONTACT } from "../../../src/domain/unit/desk-contact";

describe("the desk's address, phone and map on a unit page", () => {
  it("says the address and phone are unknown rather than inventing them, and still offers a map search of the unit's seat", () => {
    const v = deskContact({ unitName: "Xã Phổ Nhơn", placeNames: ["Thị xã Đức Phổ", "Tỉnh Quảng Ngãi"], address: null, phone: " " });
    expect(v).toEqual({
      desk: "Bộ phận tiếp nhận và trả kết quả — Xã Phổ Nhơn",
      address: UNKNOWN_CONTACT,
      phone: UNKNOWN_CONTACT,
      telHref: null,
      mapQuery: "Ủy ban nhân dân Xã Phổ Nhơn, Thị xã Đức Phổ, Tỉnh Quảng Ngãi",
    });
  });
  it("a known phone is a tap-to-call link and a known address is what the map looks for", () => {
    const v = deskContact({ unitName: "Xã A", placeNames: [], address: "Thôn 1, xã A", phone: "0255 3 123 456" });
    expect(v).toMatchObject({ address: "Thôn 1, xã A", phone: "0255 3 123 456", telHref: "tel:02553123456", mapQuery: "Thôn 1, xã A" });
  });
});
