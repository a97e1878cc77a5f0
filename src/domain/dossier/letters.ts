/**
 * Letters of An Dũng's model (plan 32/KH-UBND, II.2): merge fields, and which letter an
 * event calls for. "Kết hôn … kết hợp việc tổ chức Lễ đăng ký kết hôn với trao Giấy đăng ký
 * kết hôn"; condolences on a death; an apology when the state's service fails (a late dossier).
 */
import { searchKey } from "../text/normalize";
import { nameInSentence } from "../unit/successor";

export type LetterType = "CONGRATULATION" | "CONDOLENCE" | "APOLOGY";
export type LetterEvent = "MARRIAGE" | "BIRTH" | "NEW_HOUSE" | "DEATH" | "FIRE" | "ACCIDENT" | "SERVICE_INCIDENT" | "LATE_DOSSIER" | "OTHER";

export const MERGE_FIELDS: Record<string, string> = {
  ten_nguoi_nhan: "Tên người nhận",
  ten_don_vi: "Tên đơn vị",
  ngay_su_kien: "Ngày sự kiện",
  noi_dung_su_kien: "Nội dung sự kiện",
  gio_le_trao: "Giờ lễ trao giấy chứng nhận",
  dia_diem_le_trao: "Địa điểm lễ trao",
  ma_ho_so: "Mã hồ sơ",
  thu_tuc: "Thủ tục",
  ngay_hen_cu: "Ngày hẹn cũ",
  ngay_hen_moi: "Ngày hẹn mới",
  ly_do: "Lý do",
};

/** Replaces {{field}}; a field without a value stays visible as "…" so a gap is noticed. */
export function mergeLetter(body: string, values: Readonly<Record<string, string | null | undefined>>): string {
  return body.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (_m, key: string) => {
    const v = values[key];
    return v && v.trim() ? v : "…";
  });
}

/** The merge fields a template uses. */
export function fieldsOf(body: string): string[] {
  return [...new Set([...body.matchAll(/\{\{\s*([a-z_]+)\s*\}\}/g)].map((m) => m[1]!))];
}

export interface LetterSuggestion {
  type: LetterType;
  event: LetterEvent;
  /** Marriage: invite to the ceremony handing over the certificate. */
  ceremony: boolean;
  reason: string;
}

/**
 * What a dossier event calls for: a marriage registration returned → congratulation and the
 * certificate ceremony; a death registration → condolence; a birth registration returned →
 * congratulation; a late dossier (an apology slip) → an apology letter.
 */
export function suggestLetters(e: { procedureName: string; status: string; late: boolean }): LetterSuggestion[] {
  const key = searchKey(e.procedureName);
  const out: LetterSuggestion[] = [];
  if (key.includes("ket hon") && !key.includes("xac nhan tinh trang") && e.status === "RETURNED") {
    out.push({ type: "CONGRATULATION", event: "MARRIAGE", ceremony: true, reason: "Đăng ký kết hôn đã trả kết quả: thư chúc mừng và lễ trao Giấy chứng nhận kết hôn." });
  }
  if (key.includes("khai tu") && e.status !== "REFUSED") {
    out.push({ type: "CONDOLENCE", event: "DEATH", ceremony: false, reason: "Đăng ký khai tử: thư chia buồn với gia đình." });
  }
  if (key.includes("khai sinh") && e.status === "RETURNED") {
    out.push({ type: "CONGRATULATION", event: "BIRTH", ceremony: false, reason: "Đăng ký khai sinh đã trả kết quả: thư chúc mừng gia đình." });
  }
  if (e.late) out.push({ type: "APOLOGY", event: "LATE_DOSSIER", ceremony: false, reason: "Hồ sơ trễ hẹn: thư xin lỗi người dân." });
  return out;
}

/** A merge field left unfilled in a stored letter reads as a blank to write in by hand, never as "{{ten_nguoi_nhan}}". */
export function withReadableBlanks(body: string): string {
  return body.replace(/\{\{\s*[\w]+\s*\}\}/g, "……………");
}

/** The sender in a letter's text: "Ủy ban nhân dân xã Luận Thành" (the unit's name keeps its capitals). */
export function committeeName(unitName: string, short = false): string {
  return `${short ? "UBND" : "Ủy ban nhân dân"} ${nameInSentence(unitName)}`;
}
