import "server-only";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { mapHeaders, parseProcedureRow, PROCEDURE_COLUMNS, type ProcedureColumn, type RowResult } from "@/domain/catalogue/procedure-row";
import type { Db, Tx } from "../../db";
import { checkZipSize } from "./zip-size";

// Server actions take bodies up to 1 MB (Next.js default): thousands of rows, far more than a catalogue.
const MAX_IMPORT_BYTES = 900 * 1024;
const MAX_IMPORT_ROWS = 5000;

interface ProcedureFileRows {
  fileErrors: string[];
  unknownColumns: string[];
  rows: { line: number; cells: Partial<Record<ProcedureColumn, string>> }[];
}

/** The delimiter of a CSV header line: Vietnamese Excel often writes ";" instead of ",". */
function delimiterOf(firstLine: string): string {
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return count(";") > count(",") ? ";" : count("\t") > count(",") ? "\t" : ",";
}

async function worksheetOf(fileName: string, content: Uint8Array): Promise<ExcelJS.Worksheet | string> {
  const workbook = new ExcelJS.Workbook();
  const lower = fileName.toLowerCase();
  try {
    if (lower.endsWith(".xlsx")) {
      const zip = checkZipSize(content);
      if (zip === "too-large") return "Tệp Excel giải nén ra quá lớn (tối đa 50 MB); hãy kiểm tra lại tệp hoặc chia thành nhiều tệp.";
      if (zip === "broken") return "Không đọc được tệp: tệp hỏng hoặc không đúng định dạng.";
      await workbook.xlsx.load(Buffer.from(content) as unknown as ArrayBuffer);
      return workbook.worksheets[0] ?? "Tệp Excel không có trang tính nào.";
    }
    if (lower.endsWith(".csv")) {
      const text = new TextDecoder("utf-8").decode(content).replace(/^\uFEFF/, "");
      const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
      // Keep every cell as text: "1.000656" is a code, not a number; "01/03/2024" not a date.
      return await workbook.csv.read(Readable.from([text]), { map: (v: unknown) => v, parserOptions: { delimiter: delimiterOf(firstLine) } });
    }
  } catch {
    return "Không đọc được tệp: tệp hỏng hoặc không đúng định dạng.";
  }
  return "Chỉ nhận tệp .csv hoặc .xlsx.";
}

/** Reads a catalogue file (CSV or XLSX) into rows keyed by column; line 1 is the header. */
export async function readProcedureFile(fileName: string, content: Uint8Array): Promise<ProcedureFileRows> {
  if (content.byteLength === 0) return { fileErrors: ["Tệp trống."], unknownColumns: [], rows: [] };
  if (content.byteLength > MAX_IMPORT_BYTES) return { fileErrors: ["Tệp quá lớn (tối đa 900 KB); hãy chia thành nhiều tệp."], unknownColumns: [], rows: [] };
  const sheet = await worksheetOf(fileName, content);
  if (typeof sheet === "string") return { fileErrors: [sheet], unknownColumns: [], rows: [] };
  const headerRow = sheet.getRow(1);
  const headers: string[] = [];
  for (let c = 1; c <= Math.max(headerRow.cellCount, PROCEDURE_COLUMNS.length); c++) headers.push(headerRow.getCell(c).text ?? "");
  const map = mapHeaders(headers);
  if (map.missing.length) {
    return { fileErrors: [`Dòng tiêu đề thiếu cột: ${map.missing.join(", ")}.`], unknownColumns: map.unknown, rows: [] };
  }
  const rows: ProcedureFileRows["rows"] = [];
  let tooMany = false;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    const cells: Partial<Record<ProcedureColumn, string>> = {};
    let any = false;
    for (const [key, index] of Object.entries(map.columns) as [ProcedureColumn, number][]) {
      const text = (row.getCell(index + 1).text ?? "").trim();
      if (text) any = true;
      cells[key] = text;
    }
    if (!any) return;
    if (rows.length >= MAX_IMPORT_ROWS) tooMany = true;
    else rows.push({ line, cells });
  });
  const fileErrors = tooMany ? [`Tệp có quá ${MAX_IMPORT_ROWS} dòng; hãy chia nhỏ.`] : rows.length === 0 ? ["Tệp không có dòng dữ liệu nào."] : [];
  return { fileErrors, unknownColumns: map.unknown, rows };
}

interface CheckedRow {
  result: RowResult;
  /** For a valid row: the existing procedure with the same code (the row updates it), else null. */
  existingId: string | null;
}

/** Each row checked against the catalogue's fields and codes. */
export async function checkProcedureRows(db: Db | Tx, rows: ProcedureFileRows["rows"]): Promise<CheckedRow[]> {
  const fields = await db.procedureField.findMany({ select: { code: true, name: true } });
  const seenCodes = new Set<string>();
  const results = rows.map((r) => parseProcedureRow(r.line, r.cells, { fields, seenCodes }));
  const codes = results.flatMap((r) => (r.ok && r.value.code ? [r.value.code] : []));
  const existing = codes.length ? await db.procedure.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } }) : [];
  const byCode = new Map(existing.map((p) => [p.code!, p.id]));
  return results.map((result) => ({ result, existingId: result.ok && result.value.code ? (byCode.get(result.value.code) ?? null) : null }));
}
