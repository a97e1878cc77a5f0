import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readProcedureFile } from "@/server/admin/catalogue/read-procedure-file";

/** An .xlsx-shaped zip whose one sheet is `megabytes` of zeros: small on the wire, huge inflated. */
async function zipBomb(megabytes: number): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/workbook.xml", "<workbook/>");
  zip.file("xl/worksheets/sheet1.xml", new Uint8Array(megabytes * 1024 * 1024));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

describe("catalogue upload: a compressed file that inflates beyond reason", () => {
  it("refuses a zip bomb before the workbook is parsed", async () => {
    const bomb = await zipBomb(100);
    expect(bomb.byteLength).toBeLessThan(900 * 1024);
    const read = await readProcedureFile("danh-muc.xlsx", bomb);
    expect(read.fileErrors).toEqual(["Tệp Excel giải nén ra quá lớn (tối đa 50 MB); hãy kiểm tra lại tệp hoặc chia thành nhiều tệp."]);
    expect(read.rows).toEqual([]);
  }, 60_000);

  it("refuses it also when the directory declares small sizes (it lies)", async () => {
    const bomb = Buffer.from(await zipBomb(100));
    for (let i = 0; i + 46 <= bomb.length; i++) if (bomb.readUInt32LE(i) === 0x02014b50) bomb.writeUInt32LE(1000, i + 24);
    const read = await readProcedureFile("danh-muc.xlsx", bomb);
    expect(read.fileErrors).toEqual(["Tệp Excel giải nén ra quá lớn (tối đa 50 MB); hãy kiểm tra lại tệp hoặc chia thành nhiều tệp."]);
  }, 60_000);

  it("refuses a file that is not a zip at all as a broken file", async () => {
    const read = await readProcedureFile("danh-muc.xlsx", new TextEncoder().encode("không phải tệp zip"));
    expect(read.fileErrors).toEqual(["Không đọc được tệp: tệp hỏng hoặc không đúng định dạng."]);
  });
});
