import { describe, expect, it } from "vitest";
import { PROCEDURE_COLUMNS, mapHeaders, parseProcedureRow, type ProcedureColumn } from "../../../src/domain/catalogue/procedure-row";

const fields = [
  { code: "HO_TICH", name: "Hộ tịch" },
  { code: "CHUNG_THUC", name: "Chứng thực" },
];
const ctx = () => ({ fields, seenCodes: new Set<string>() });
const row = (over: Partial<Record<ProcedureColumn, string>> = {}) => ({
  code: "1.001193",
  name: "Đăng ký khai sinh",
  field: "Hộ tịch",
  level: "Xã",
  statutoryWorkingDays: "0",
  sameDayCutoff: "",
  statutoryText: "",
  fees: "",
  documents: "Tờ khai; Giấy chứng sinh",
  legalBasis: "",
  onlineLevel: "Toàn trình",
  ...over,
});

describe("mapHeaders", () => {
  it("recognises the template's headers whatever the case and diacritics", () => {
    const m = mapHeaders(PROCEDURE_COLUMNS.map((c) => c.header.toUpperCase()));
    expect(m.missing).toEqual([]);
    expect(m.columns.name).toBe(1);
    expect(mapHeaders(["ten thu tuc", "linh vuc", "Cột lạ"])).toEqual({
      columns: { name: 0, field: 1 },
      missing: ["Cấp thực hiện", "Số ngày làm việc"],
      unknown: ["Cột lạ"],
    });
  });
});

describe("parseProcedureRow", () => {
  it("reads a valid row, with defaults for the optional cells", () => {
    expect(parseProcedureRow(2, row(), ctx())).toEqual({
      line: 2,
      ok: true,
      value: {
        code: "1.001193",
        name: "Đăng ký khai sinh",
        fieldCode: "HO_TICH",
        level: "COMMUNE",
        statutoryWorkingDays: 0,
        sameDayCutoff: null,
        statutoryText: "Trong ngày làm việc",
        fees: "Không",
        documents: ["Tờ khai", "Giấy chứng sinh"],
        legalBasis: [],
        onlineLevel: "FULL",
      },
    });
    const r = parseProcedureRow(3, row({ code: "", field: "chung_thuc", level: "cấp huyện", statutoryWorkingDays: "3", onlineLevel: "" }), ctx());
    expect(r.ok && r.value).toMatchObject({ code: null, fieldCode: "CHUNG_THUC", level: "DISTRICT", statutoryText: "3 ngày làm việc", onlineLevel: "NONE" });
  });

  it.each<[string, Partial<Record<ProcedureColumn, string>>, string]>([
    ["no name", { name: " " }, "Thiếu tên thủ tục."],
    ["unknown field", { field: "Thuế" }, 'Lĩnh vực "Thuế" không có trong danh mục lĩnh vực.'],
    ["bad level", { level: "Thôn" }, 'Cấp thực hiện "Thôn" không hợp lệ (Xã, Huyện hoặc Tỉnh).'],
    ["days not a number", { statutoryWorkingDays: "ba" }, 'Số ngày làm việc "ba" phải là số nguyên từ 0 đến 365.'],
    ["cut-off on a multi-day procedure", { statutoryWorkingDays: "2", sameDayCutoff: "15:00" }, "Giờ nhận cuối trong ngày chỉ dùng cho thủ tục giải quyết trong ngày (0 ngày làm việc)."],
    ["bad cut-off", { sameDayCutoff: "25:00" }, 'Giờ nhận cuối "25:00" không hợp lệ (định dạng HH:mm).'],
    ["bad online level", { onlineLevel: "mức 4" }, 'Mức độ trực tuyến "mức 4" không hợp lệ (Toàn trình, Một phần hoặc Không).'],
    ["bad code", { code: "1 001" }, 'Mã thủ tục "1 001" không hợp lệ (chỉ gồm chữ số, chữ cái, dấu chấm, gạch).'],
  ])("%s", (_name, over, message) => {
    const r = parseProcedureRow(7, row(over), ctx());
    expect(r).toEqual({ line: 7, ok: false, errors: [message] });
  });

  it("a code repeated in the same file is an error on the later row", () => {
    const c = ctx();
    expect(parseProcedureRow(2, row(), c).ok).toBe(true);
    expect(parseProcedureRow(3, row(), c)).toEqual({ line: 3, ok: false, errors: ['Mã thủ tục "1.001193" trùng với một dòng phía trên.'] });
  });

  it("reports every problem of a row at once", () => {
    const r = parseProcedureRow(9, row({ name: "", level: "", statutoryWorkingDays: "" }), ctx());
    expect(r.ok ? [] : r.errors).toEqual(["Thiếu tên thủ tục.", "Thiếu cấp thực hiện.", "Thiếu số ngày làm việc."]);
  });
});
