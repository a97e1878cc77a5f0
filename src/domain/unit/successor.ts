import { addDays, formatDateVi } from "../schedule/local-time";
import type { LocalDate } from "../schedule/types";

/** "Xã Phổ Nhơn" → "xã Phổ Nhơn", for a name inside a sentence. */
export function nameInSentence(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export type SuccessorNotice =
  | { kind: "KNOWN"; from: string; before: string; successorName: string; successorSlug: string | null; after: string }
  | { kind: "UNKNOWN"; text: string };

/**
 * What a citizen is told about an ended unit: "Từ 01/07/2025, thủ tục của xã Phổ Nhơn do xã
 * Nguyễn Nghiêm tiếp nhận." When no successor is recorded it says so rather than guess.
 */
export function successorNotice(unit: { name: string; validTo: LocalDate; mergedInto: { name: string; slug?: string } | null }): SuccessorNotice {
  const from = formatDateVi(addDays(unit.validTo, 1));
  const own = nameInSentence(unit.name);
  if (!unit.mergedInto) {
    return { kind: "UNKNOWN", text: `Chưa xác định được đơn vị tiếp nhận thủ tục của ${own} từ ${from}: Cổng chưa có văn bản nêu đơn vị kế thừa.` };
  }
  return {
    kind: "KNOWN",
    from,
    before: `Từ ${from}, thủ tục của ${own} do`,
    successorName: nameInSentence(unit.mergedInto.name),
    successorSlug: unit.mergedInto.slug ?? null,
    after: "tiếp nhận.",
  };
}
