/**
 * One row of a procedure catalogue file (CSV or XLSX) → a procedure, or the row's problems
 * in Vietnamese. Pure: the server reads the file and passes the cells and the reference
 * lists in; nothing here touches the database.
 */
import { CERTIFICATION_CUTOFF } from "../schedule/legal";
import { isLocalTime } from "../schedule/local-time";
import { searchKey } from "../text/normalize";

export type AdminLevel = "PROVINCE" | "DISTRICT" | "COMMUNE";
export type OnlineLevel = "NONE" | "PARTIAL" | "FULL";

export type ProcedureColumn =
  | "code"
  | "name"
  | "field"
  | "level"
  | "statutoryWorkingDays"
  | "sameDayCutoff"
  | "statutoryText"
  | "fees"
  | "documents"
  | "legalBasis"
  | "onlineLevel";

/** The columns of the import file, in the template's order, with the headers people write. */
export const PROCEDURE_COLUMNS: readonly { key: ProcedureColumn; header: string; required: boolean; aliases: readonly string[]; hint: string }[] = [
  { key: "code", header: "Mã thủ tục", required: false, aliases: ["ma", "ma tthc", "ma thu tuc hanh chinh"], hint: "Mã trên Cổng Dịch vụ công quốc gia, để trống nếu chưa có; trùng mã đã có thì cập nhật thủ tục đó." },
  { key: "name", header: "Tên thủ tục", required: true, aliases: ["ten", "ten tthc", "ten thu tuc hanh chinh"], hint: "Bắt buộc." },
  { key: "field", header: "Lĩnh vực", required: true, aliases: ["ma linh vuc"], hint: "Tên hoặc mã lĩnh vực trong danh mục." },
  { key: "level", header: "Cấp thực hiện", required: true, aliases: ["cap"], hint: "Xã, Huyện hoặc Tỉnh." },
  { key: "statutoryWorkingDays", header: "Số ngày làm việc", required: true, aliases: ["so ngay", "thoi han ngay"], hint: "Số nguyên; 0 là giải quyết trong ngày." },
  { key: "sameDayCutoff", header: "Giờ nhận cuối trong ngày", required: false, aliases: ["gio nhan cuoi", "gio tiep nhan cuoi"], hint: "HH:mm, chỉ với thủ tục giải quyết trong ngày (ví dụ chứng thực)." },
  { key: "statutoryText", header: "Thời hạn giải quyết", required: false, aliases: ["thoi han"], hint: "Thời hạn theo lời văn của luật; để trống thì ghi theo số ngày." },
  { key: "fees", header: "Phí, lệ phí", required: false, aliases: ["phi le phi", "le phi", "phi"], hint: "Để trống là không thu." },
  { key: "documents", header: "Thành phần hồ sơ", required: false, aliases: ["ho so", "giay to"], hint: "Các giấy tờ cách nhau bởi dấu chấm phẩy." },
  { key: "legalBasis", header: "Căn cứ pháp lý", required: false, aliases: ["can cu"], hint: "Các văn bản cách nhau bởi dấu chấm phẩy." },
  { key: "onlineLevel", header: "Mức độ trực tuyến", required: false, aliases: ["truc tuyen", "dich vu cong truc tuyen"], hint: "Toàn trình, Một phần hoặc Không." },
];

const MAX_STATUTORY_DAYS = 365;

/** The example row of the downloadable template (Decree 23/2015's certification of a signature). */
export const PROCEDURE_TEMPLATE_EXAMPLE: Record<ProcedureColumn, string> = {
  code: "",
  name: "Chứng thực chữ ký trong giấy tờ, văn bản",
  field: "Chứng thực",
  level: "Xã",
  statutoryWorkingDays: "0",
  sameDayCutoff: CERTIFICATION_CUTOFF,
  statutoryText: "Trong ngày; tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo",
  fees: "10.000 đồng/trường hợp",
  documents: "Giấy tờ tùy thân; Giấy tờ, văn bản cần chứng thực chữ ký",
  legalBasis: "Nghị định 23/2015/NĐ-CP",
  onlineLevel: "Một phần",
};

interface ProcedureDraft {
  code: string | null;
  name: string;
  fieldCode: string;
  level: AdminLevel;
  statutoryWorkingDays: number;
  sameDayCutoff: string | null;
  statutoryText: string;
  fees: string;
  documents: string[];
  legalBasis: string[];
  onlineLevel: OnlineLevel;
}

/**
 * A procedure's stored columns, however it came in (seed, import, form): the search key
 * covers its name and national code, so "2.000884" finds it as "chứng thực" does.
 */
export function procedureColumns(p: ProcedureDraft) {
  return {
    code: p.code,
    name: p.name,
    searchName: searchKey(`${p.name} ${p.code ?? ""}`),
    fieldCode: p.fieldCode,
    level: p.level,
    statutoryWorkingDays: p.statutoryWorkingDays,
    sameDayCutoff: p.sameDayCutoff,
    statutoryText: p.statutoryText,
    fees: p.fees,
    documents: p.documents,
    legalBasis: p.legalBasis,
    onlineLevel: p.onlineLevel,
  };
}

export type RowResult = { line: number; ok: true; value: ProcedureDraft } | { line: number; ok: false; errors: string[] };

interface HeaderMap {
  columns: Partial<Record<ProcedureColumn, number>>;
  missing: string[];
  unknown: string[];
}

/** Which cell holds which column, recognising headers without regard to case or diacritics. */
export function mapHeaders(headers: readonly string[]): HeaderMap {
  const columns: Partial<Record<ProcedureColumn, number>> = {};
  const unknown: string[] = [];
  headers.forEach((raw, index) => {
    const key = searchKey(raw);
    if (!key) return;
    const col = PROCEDURE_COLUMNS.find((c) => searchKey(c.header) === key || c.aliases.includes(key) || c.key.toLowerCase() === key.replace(/ /g, ""));
    if (!col) unknown.push(raw.trim());
    else if (columns[col.key] === undefined) columns[col.key] = index;
  });
  const missing = PROCEDURE_COLUMNS.filter((c) => c.required && columns[c.key] === undefined).map((c) => c.header);
  return { columns, missing, unknown };
}

const LEVELS: Record<string, AdminLevel> = {
  xa: "COMMUNE",
  "cap xa": "COMMUNE",
  commune: "COMMUNE",
  huyen: "DISTRICT",
  "cap huyen": "DISTRICT",
  district: "DISTRICT",
  tinh: "PROVINCE",
  "cap tinh": "PROVINCE",
  province: "PROVINCE",
};

const ONLINE: Record<string, OnlineLevel> = {
  "": "NONE",
  khong: "NONE",
  none: "NONE",
  "mot phan": "PARTIAL",
  partial: "PARTIAL",
  "toan trinh": "FULL",
  full: "FULL",
};

function list(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

interface RowContext {
  /** The catalogue's fields (lĩnh vực). */
  fields: readonly { code: string; name: string }[];
  /** Codes already seen in earlier rows of the same file (filled as rows are read). */
  seenCodes: Set<string>;
}

/** One data row (`line` is the row number in the file, the header being line 1). */
export function parseProcedureRow(line: number, cells: Partial<Record<ProcedureColumn, string>>, ctx: RowContext): RowResult {
  const errors: string[] = [];
  const get = (k: ProcedureColumn) => (cells[k] ?? "").replace(/\s+/g, " ").trim();

  const code = get("code") || null;
  if (code !== null) {
    if (code.length > 40 || !/^[0-9A-Za-z.\-_/]+$/.test(code)) errors.push(`Mã thủ tục "${code}" không hợp lệ (chỉ gồm chữ số, chữ cái, dấu chấm, gạch).`);
    else if (ctx.seenCodes.has(code)) errors.push(`Mã thủ tục "${code}" trùng với một dòng phía trên.`);
  }

  const name = get("name");
  if (!name) errors.push("Thiếu tên thủ tục.");
  else if (name.length > 500) errors.push("Tên thủ tục quá dài (tối đa 500 ký tự).");

  const fieldText = get("field");
  const fieldKey = searchKey(fieldText);
  const field = fieldKey ? ctx.fields.find((f) => searchKey(f.code) === fieldKey || searchKey(f.name) === fieldKey) : undefined;
  if (!fieldText) errors.push("Thiếu lĩnh vực.");
  else if (!field) errors.push(`Lĩnh vực "${fieldText}" không có trong danh mục lĩnh vực.`);

  const levelText = get("level");
  const level = LEVELS[searchKey(levelText)];
  if (!levelText) errors.push("Thiếu cấp thực hiện.");
  else if (!level) errors.push(`Cấp thực hiện "${levelText}" không hợp lệ (Xã, Huyện hoặc Tỉnh).`);

  const daysText = get("statutoryWorkingDays");
  const days = /^\d+$/.test(daysText) ? Number(daysText) : NaN;
  if (!daysText) errors.push("Thiếu số ngày làm việc.");
  else if (!Number.isInteger(days) || days > MAX_STATUTORY_DAYS) errors.push(`Số ngày làm việc "${daysText}" phải là số nguyên từ 0 đến ${MAX_STATUTORY_DAYS}.`);

  const cutoffText = get("sameDayCutoff");
  const cutoff = cutoffText ? cutoffText.padStart(5, "0") : null;
  if (cutoff !== null) {
    if (!isLocalTime(cutoff)) errors.push(`Giờ nhận cuối "${cutoffText}" không hợp lệ (định dạng HH:mm).`);
    else if (days !== 0) errors.push("Giờ nhận cuối trong ngày chỉ dùng cho thủ tục giải quyết trong ngày (0 ngày làm việc).");
  }

  const onlineText = get("onlineLevel");
  const online = ONLINE[searchKey(onlineText)];
  if (!online) errors.push(`Mức độ trực tuyến "${onlineText}" không hợp lệ (Toàn trình, Một phần hoặc Không).`);

  if (errors.length) return { line, ok: false, errors };
  if (code) ctx.seenCodes.add(code);
  const statutoryText = get("statutoryText") || (days === 0 ? "Trong ngày làm việc" : `${days} ngày làm việc`);
  return {
    line,
    ok: true,
    value: {
      code,
      name,
      fieldCode: field!.code,
      level: level!,
      statutoryWorkingDays: days,
      sameDayCutoff: cutoff,
      statutoryText,
      fees: get("fees") || "Không",
      documents: list(cells.documents ?? ""),
      legalBasis: list(cells.legalBasis ?? ""),
      onlineLevel: online!,
    },
  };
}
