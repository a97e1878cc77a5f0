/**
 * Dossier and tracking codes: short, unambiguous when read over the phone (no 0/O, 1/I/L),
 * e.g. "PN-240306-K7M3" = unit Phổ Nhơn, received 06/03/2024, random part.
 */
import type { LocalDate } from "../schedule/types";
import { searchKey } from "../text/normalize";

export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** Leading words that name the level, not the place. */
const LEVEL_PREFIXES = ["thi tran ", "thi xa ", "thanh pho ", "xa ", "phuong ", "huyen ", "tinh ", "phong ", "trung tam ", "bo phan ", "van phong "];

/** "Xã Phổ Nhơn" → "PN"; "Phường Mỹ Bình" → "MB"; at most 3 letters. */
export function unitAbbreviation(name: string): string {
  let key = searchKey(name);
  const prefix = LEVEL_PREFIXES.find((p) => key.startsWith(p));
  if (prefix) key = key.slice(prefix.length);
  const letters = key
    .split(" ")
    .filter((w) => w && w !== "va")
    .slice(0, 3)
    .map((w) => w[0]!.toUpperCase())
    .join("");
  return letters || "HS";
}

/** `random` returns integers in [0, CODE_ALPHABET.length). */
export function randomPart(random: () => number, length = 4): string {
  let out = "";
  for (let k = 0; k < length; k++) out += CODE_ALPHABET[random() % CODE_ALPHABET.length];
  return out;
}

export function dossierCode(unitName: string, receivedOn: LocalDate, random: () => number): string {
  const ymd = receivedOn.slice(2).replaceAll("-", "");
  return `${unitAbbreviation(unitName)}-${ymd}-${randomPart(random)}`;
}

/** Home-visit tracking code: "TN-" + 6 characters. */
export function trackingCode(random: () => number): string {
  return `TN-${randomPart(random, 6)}`;
}

/** Normalises what a citizen types: case, spaces, Vietnamese letters that look alike. */
export function normalizeCode(input: string): string {
  return input
    .trim()
    .toUpperCase()
    .replace(/\s+/g, "")
    .replace(/[–—_]/g, "-");
}
