import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { PROCEDURE_COLUMNS } from "@/domain/catalogue/procedure-row";
import { copyUnitProcedures } from "@/server/admin/catalogue/copy-unit-procedures";
import { importProcedures } from "@/server/admin/catalogue/import-procedures";
import { previewProcedureImport } from "@/server/admin/catalogue/preview-procedure-import";
import { saveProcedure } from "@/server/admin/catalogue/save-procedure";
import { setUnitProcedures } from "@/server/admin/catalogue/set-unit-procedures";
import { createModel } from "@/server/admin/models/create-model";
import { issuePlan } from "@/server/admin/plans/issue-plan";
import { db } from "@/server/db";
import { actorFor, unitIdByKey } from "./helpers";
import { newCommune, newDraftPlan, tag, wednesdayModel } from "./admin-fixtures";

/** 50 rows; rows 12, 30 and 47 of the data (lines 13, 31, 48 of the file) are wrong. */
function catalogueRows(prefix: string): string[][] {
  const rows: string[][] = [];
  for (let i = 1; i <= 50; i++) {
    const row = [`${prefix}.${String(i).padStart(3, "0")}`, `Thủ tục nhập thử ${prefix} số ${i}`, i % 2 ? "Hộ tịch" : "CHUNG_THUC", i % 3 ? "Xã" : "Huyện", String(i % 5), "", "", "", "Tờ khai; Giấy tờ tùy thân", "", "Một phần"];
    if (i === 12) row[2] = "Lĩnh vực không có";
    if (i === 30) row[4] = "ba ngày";
    if (i === 47) row[1] = "";
    rows.push(row);
  }
  return rows;
}

const headers = PROCEDURE_COLUMNS.map((c) => c.header);
const csvCell = (v: string) => (/[",;\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

function csvFile(prefix: string): Uint8Array {
  const text = [headers, ...catalogueRows(prefix)].map((r) => r.map(csvCell).join(",")).join("\r\n");
  return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}

async function xlsxFile(prefix: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Thủ tục");
  ws.addRow(headers);
  for (const r of catalogueRows(prefix)) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const expectedFailures = [
  { line: 13, errors: ['Lĩnh vực "Lĩnh vực không có" không có trong danh mục lĩnh vực.'] },
  { line: 31, errors: ['Số ngày làm việc "ba ngày" phải là số nguyên từ 0 đến 365.'] },
  { line: 48, errors: ["Thiếu tên thủ tục."] },
];

describe("procedure import from CSV and XLSX", () => {
  for (const kind of ["csv", "xlsx"] as const) {
    it(`a ${kind.toUpperCase()} file with 3 bad rows of 50 imports 47 and reports the 3 by line`, async () => {
      const admin = await actorFor("quantri");
      const prefix = `T${tag()}`;
      const content = kind === "csv" ? csvFile(prefix) : await xlsxFile(prefix);
      const fileName = `danh-muc.${kind}`;
      const total = await db.procedure.count();

      const preview = await previewProcedureImport(admin, { fileName, content });
      expect(preview.ok).toBe(true);
      if (preview.ok) {
        expect(preview.data).toMatchObject({ fileErrors: [], total: 50, toCreate: 47, toUpdate: 0 });
        expect(preview.data.rows.filter((r) => !r.ok).map((r) => ({ line: r.line, errors: r.errors }))).toEqual(expectedFailures);
      }
      expect(await db.procedure.count()).toBe(total);

      const result = await importProcedures(admin, { fileName, content });
      expect(result).toEqual({ ok: true, data: { created: 47, updated: 0, failed: expectedFailures } });
      expect(await db.procedure.count()).toBe(total + 47);
      const imported = await db.procedure.findMany({ where: { code: { startsWith: `${prefix}.` } }, select: { code: true, name: true, fieldCode: true, level: true, statutoryWorkingDays: true, documents: true, onlineLevel: true }, orderBy: { code: "asc" } });
      expect(imported).toHaveLength(47);
      expect(imported.map((p) => p.code)).not.toContain(`${prefix}.012`);
      // Codes stay text ("…010", not 10) and every cell lands where it belongs.
      expect(imported.find((p) => p.code === `${prefix}.010`)).toEqual({
        code: `${prefix}.010`,
        name: `Thủ tục nhập thử ${prefix} số 10`,
        fieldCode: "CHUNG_THUC",
        level: "COMMUNE",
        statutoryWorkingDays: 0,
        documents: ["Tờ khai", "Giấy tờ tùy thân"],
        onlineLevel: "PARTIAL",
      });
      const audit = await db.auditLog.findFirstOrThrow({ where: { action: "catalogue.import" }, orderBy: { id: "desc" }, select: { after: true } });
      expect(audit.after).toMatchObject({ fileName, failedLines: [13, 31, 48] });

      // The same file again: the rows with a known code update their procedure, nothing is duplicated.
      const again = await importProcedures(admin, { fileName, content });
      expect(again).toMatchObject({ ok: true, data: { created: 0, updated: 47 } });
      expect(await db.procedure.count()).toBe(total + 47);
    });
  }

  it("a file without the required columns, or not CSV/XLSX, is refused whole and writes nothing", async () => {
    const admin = await actorFor("quantri");
    const total = await db.procedure.count();
    const noColumns = await importProcedures(admin, { fileName: "x.csv", content: new TextEncoder().encode("Tên thủ tục,Ghi chú\nA,B\n") });
    expect(noColumns).toMatchObject({ ok: false, error: { code: "VALIDATION", message: "Dòng tiêu đề thiếu cột: Lĩnh vực, Cấp thực hiện, Số ngày làm việc." } });
    const pdf = await importProcedures(admin, { fileName: "x.pdf", content: new TextEncoder().encode("%PDF") });
    expect(pdf).toMatchObject({ ok: false, error: { message: "Chỉ nhận tệp .csv hoặc .xlsx." } });
    const broken = await importProcedures(admin, { fileName: "x.xlsx", content: new TextEncoder().encode("not a zip") });
    expect(broken).toMatchObject({ ok: false, error: { message: "Không đọc được tệp: tệp hỏng hoặc không đúng định dạng." } });
    expect(await db.procedure.count()).toBe(total);
  });

  it("a semicolon-separated CSV (as Vietnamese Excel saves it) is read the same", async () => {
    const admin = await actorFor("quantri");
    const prefix = `S${tag()}`;
    const text = [headers, ...catalogueRows(prefix).slice(0, 3)].map((r) => r.map(csvCell).join(";")).join("\n");
    const r = await importProcedures(admin, { fileName: "excel.csv", content: new TextEncoder().encode(text) });
    expect(r).toEqual({ ok: true, data: { created: 3, updated: 0, failed: [] } });
  });

  it("only administrators import or edit the catalogue", async () => {
    for (const username of ["lanhdao.phonhon", "canbo.phonhon", "thamdinh.ducpho"]) {
      const actor = await actorFor(username);
      expect(await importProcedures(actor, { fileName: "x.csv", content: csvFile("X") })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
      expect(await previewProcedureImport(actor, { fileName: "x.csv", content: csvFile("X") })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
  });
});

describe("the catalogue: create, edit, per-unit assignment and same-day registration", () => {
  it("creates and edits a procedure with the same rules as the import", async () => {
    const admin = await actorFor("quantri");
    const code = `P${tag()}`;
    const created = await saveProcedure(admin, { code, name: "Thủ tục tạo tay", field: "HO_TICH", level: "COMMUNE", statutoryWorkingDays: "0", sameDayCutoff: "15:00", onlineLevel: "FULL" });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : "";
    const bad = await saveProcedure(admin, { id, code, name: "Thủ tục tạo tay", field: "HO_TICH", level: "COMMUNE", statutoryWorkingDays: "3", sameDayCutoff: "15:00", onlineLevel: "FULL", active: "on" });
    expect(bad).toMatchObject({ ok: false, error: { message: "Giờ nhận cuối trong ngày chỉ dùng cho thủ tục giải quyết trong ngày (0 ngày làm việc)." } });
    // A second procedure under the code just created is refused, and nothing is written.
    const total = await db.procedure.count();
    const clash = await saveProcedure(admin, { code, name: "Trùng mã", field: "HO_TICH", level: "COMMUNE", statutoryWorkingDays: "1" });
    expect(clash).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: { code: [`Mã ${code} đã dùng cho thủ tục «Thủ tục tạo tay».`] } } });
    expect(await db.procedure.count()).toBe(total);
    const edited = await saveProcedure(admin, { id, code, name: "Thủ tục đã sửa", field: "Chứng thực", level: "Xã", statutoryWorkingDays: "2", onlineLevel: "", documents: "Đơn\nBản sao", active: "" });
    expect(edited.ok).toBe(true);
    expect(await db.procedure.findUniqueOrThrow({ where: { id }, select: { name: true, fieldCode: true, statutoryWorkingDays: true, sameDayCutoff: true, documents: true, active: true } })).toEqual({
      name: "Thủ tục đã sửa",
      fieldCode: "CHUNG_THUC",
      statutoryWorkingDays: 2,
      sameDayCutoff: null,
      documents: ["Đơn", "Bản sao"],
      active: false,
    });
  });

  it("copies a catalogue, assigns procedures, and keeps those a model registers for the unit", async () => {
    const admin = await actorFor("quantri");
    const unit = await newCommune();
    const phoNhon = await unitIdByKey("quang-ngai/duc-pho/pho-nhon");
    const copied = await copyUnitProcedures(admin, { unitId: unit.id, fromUnitId: phoNhon });
    const source = await db.unitProcedure.count({ where: { unitId: phoNhon } });
    expect(copied).toEqual({ ok: true, data: { added: source } });
    const mine = (await db.unitProcedure.findMany({ where: { unitId: unit.id }, select: { procedureId: true } })).map((r) => r.procedureId);
    expect(mine).toHaveLength(source);

    // A same-day model registers one of them for the unit (Phước Long's appendices).
    const plan = await newDraftPlan(unit.id);
    const registered = mine[0]!;
    expect((await createModel(admin, wednesdayModel(plan.id, unit.id, [registered]))).ok).toBe(true);
    expect((await issuePlan(admin, { id: plan.id })).ok).toBe(true);
    const removeRegistered = await setUnitProcedures(admin, { unitId: unit.id, procedureIds: mine.slice(1) });
    expect(removeRegistered).toMatchObject({ ok: false, error: { code: "RULE_VIOLATION" } });
    const removeOther = await setUnitProcedures(admin, { unitId: unit.id, procedureIds: mine.slice(0, 1) });
    expect(removeOther).toEqual({ ok: true, data: { added: 0, removed: source - 1 } });
    expect(await db.unitProcedure.count({ where: { unitId: unit.id } })).toBe(1);
  });
});
