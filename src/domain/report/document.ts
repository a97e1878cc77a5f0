/**
 * The parts of a report laid out as an administrative document under Decree 30/2020/NĐ-CP
 * (Phụ lục I): national title and motto, issuing body, number and symbol, place and date,
 * title, body, recipients ("Nơi nhận") and signature block, on A4 with its margins. Pure:
 * the HTML and PDF renderers only draw what this returns.
 */
import { formatDateVi } from "../schedule/local-time";
import type { LocalDate } from "../schedule/types";
import type { CoverageUnitKind } from "./coverage";

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

/** Decree 30/2020, Phụ lục I: top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const A4_MARGINS_MM = { top: 20, right: 15, bottom: 20, left: 30 } as const;

export interface DocUnit {
  name: string;
  kind: CoverageUnitKind;
}

const GOVERNMENT_LEVEL: ReadonlySet<CoverageUnitKind> = new Set(["PROVINCE", "DISTRICT", "COMMUNE", "WARD", "TOWNSHIP"]);

/** "Xã An Dũng" → "An Dũng"; "Thị xã Phước Long" → "Phước Long". */
export function placeName(name: string): string {
  return name.replace(/^(Tỉnh|Thành phố|Thị xã|Huyện|Quận|Xã|Phường|Thị trấn)\s+/i, "").trim();
}

/**
 * The issuing body in the top-left corner: for a people's committee "ỦY BAN NHÂN DÂN" over
 * its level and name; for a department or centre, its parent (not bold) over its own name.
 */
export function issuingBodyLines(unit: DocUnit, parent: DocUnit | null): { text: string; bold: boolean }[] {
  if (GOVERNMENT_LEVEL.has(unit.kind)) return [{ text: "ỦY BAN NHÂN DÂN", bold: true }, { text: unit.name.toLocaleUpperCase("vi"), bold: true }];
  const lines: { text: string; bold: boolean }[] = [];
  if (parent) lines.push({ text: GOVERNMENT_LEVEL.has(parent.kind) ? `UBND ${parent.name.toLocaleUpperCase("vi")}` : parent.name.toLocaleUpperCase("vi"), bold: false });
  lines.push({ text: unit.name.toLocaleUpperCase("vi"), bold: true });
  return lines;
}

/** Initials of the words of a name, e.g. "Phòng Tư pháp" → "PTP". */
function initials(name: string): string {
  return name
    .split(/[\s–-]+/)
    // Lower-case only: "Xã" in "Văn hóa – Xã hội" is a word of the name, "xã" a level.
    .filter((w) => /^[\p{L}]/u.test(w) && !/^(và|thị|xã|huyện|thành|phố|&)$/u.test(w))
    .map((w) => w[0]!.toLocaleUpperCase("vi"))
    .join("")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/Đ/g, "D");
}

/** The symbol after the number: "BC-UBND" for a committee, "BC-" + initials otherwise. */
export function reportSymbol(unit: DocUnit): string {
  return GOVERNMENT_LEVEL.has(unit.kind) ? "BC-UBND" : `BC-${initials(unit.name.replace(/\s+(thị xã|thành phố|huyện|xã)\s+.*$/, ""))}`;
}

/** "Số: 15/BC-UBND", or "Số:      /BC-UBND" while no number is given (as on a draft). */
export function numberLine(number: string | null, symbol: string): string {
  return `Số: ${number ? number : "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0"}/${symbol}`;
}

/**
 * "An Dũng, ngày 05 tháng 3 năm 2024". Decree 30/2020, Phụ lục I: days below 10 and the
 * months 1 and 2 are written with a leading zero; a draft leaves the date blank.
 */
export function placeDateLine(place: string, date: LocalDate | null): string {
  if (!date) return `${place}, ngày\u00a0\u00a0\u00a0\u00a0 tháng\u00a0\u00a0\u00a0\u00a0 năm\u00a0\u00a0\u00a0\u00a0`;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${place}, ngày ${String(d).padStart(2, "0")} tháng ${m < 3 ? String(m).padStart(2, "0") : m} năm ${y}`;
}

/**
 * The signature block: the committee signs collectively ("TM. ỦY BAN NHÂN DÂN") through its
 * chair, a vice-chair signs on the chair's behalf ("KT. CHỦ TỊCH"); a department or centre
 * signs under the title of the person signing.
 */
export function signatureLines(unit: DocUnit, signerPosition: string | null): string[] {
  const position = (signerPosition ?? "").trim();
  if (GOVERNMENT_LEVEL.has(unit.kind)) {
    if (/^phó chủ tịch/i.test(position)) return ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"];
    return ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"];
  }
  // The unit named after the title starts with a capital ("Trung tâm PVHCC", "UBND xã"); the
  // "phòng" of "Trưởng phòng" is part of the title.
  const title = position.replace(/\s+(UBND|Trung tâm|Phòng).*$/, "").toLocaleUpperCase("vi") || "THỦ TRƯỞNG ĐƠN VỊ";
  if (/^PHÓ /.test(title)) return [`KT. ${title.replace(/^PHÓ /, "")}`, title];
  return [title];
}

/** "Nơi nhận": the reviewing unit, for its review, and the unit's own archive. */
export function recipientLines(reviewerName: string): string[] {
  return [`- ${reviewerName} (để báo cáo);`, "- Lưu: VT."];
}

export interface ReportDocument {
  issuingBody: { text: string; bold: boolean }[];
  numberLine: string;
  placeDate: string;
  title: string;
  subtitle: string;
  recipients: string[];
  signature: string[];
  signerName: string | null;
  draft: boolean;
}

export function reportDocument(a: {
  unit: DocUnit;
  parent: DocUnit | null;
  placeUnit: DocUnit;
  number: string | null;
  date: LocalDate | null;
  obligationTitle: string;
  periodLabel: string;
  periodStart: LocalDate;
  periodEnd: LocalDate;
  reviewerName: string;
  signerPosition: string | null;
  signerName: string | null;
}): ReportDocument {
  const period = a.periodLabel.includes(formatDateVi(a.periodStart)) ? a.periodLabel : `${a.periodLabel.charAt(0).toLocaleLowerCase("vi")}${a.periodLabel.slice(1)} (từ ${formatDateVi(a.periodStart)} đến ${formatDateVi(a.periodEnd)})`;
  return {
    issuingBody: issuingBodyLines(a.unit, a.parent),
    numberLine: numberLine(a.number, reportSymbol(a.unit)),
    placeDate: placeDateLine(placeName(a.placeUnit.name), a.date),
    title: "BÁO CÁO",
    subtitle: `${a.obligationTitle.replace(/\s*\(.*\)\s*$/, "")}, ${period}`,
    recipients: recipientLines(a.reviewerName),
    signature: signatureLines(a.unit, a.signerPosition),
    signerName: a.signerName,
    draft: a.date == null,
  };
}
