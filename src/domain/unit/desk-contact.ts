/**
 * Where a citizen goes in person: the unit's reception desk (Bộ phận tiếp nhận và trả kết
 * quả) with its address, phone and a map. The five plans do not give the desks' addresses
 * or phone numbers, so an unknown one is said to be unknown, never invented.
 */
export const UNKNOWN_CONTACT = "chưa có thông tin";

export interface DeskContactInput {
  unitName: string;
  /** The unit's ancestors' names, nearest first (huyện, tỉnh). */
  placeNames: string[];
  address: string | null;
  phone: string | null;
}

export interface DeskContactView {
  desk: string;
  address: string;
  phone: string;
  /** `tel:` link, only when the phone is known. */
  telHref: string | null;
  /** A map search for the address, or for the unit's seat when the address is unknown. */
  mapQuery: string;
}

export function deskContact(input: DeskContactInput): DeskContactView {
  const phone = input.phone?.trim() || null;
  const address = input.address?.trim() || null;
  return {
    desk: `Bộ phận tiếp nhận và trả kết quả — ${input.unitName}`,
    address: address ?? UNKNOWN_CONTACT,
    phone: phone ?? UNKNOWN_CONTACT,
    telHref: phone ? `tel:${phone.replace(/[^\d+]/g, "")}` : null,
    mapQuery: address ?? [`Ủy ban nhân dân ${input.unitName}`, ...input.placeNames].join(", "),
  };
}
