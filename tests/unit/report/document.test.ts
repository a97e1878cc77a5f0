/**
 * The report as an administrative document (Decree 30/2020, Phụ lục I) and the dashboard's
 * chart geometry, case by case.
 */
import { describe, expect, it } from "vitest";
import {
  A4_MARGINS_MM,
  MOTTO,
  NATIONAL_TITLE,
  barLength,
  issuingBodyLines,
  lineChart,
  monthLabel,
  monthsBetween,
  numberLine,
  placeDateLine,
  placeName,
  recipientLines,
  reportDocument,
  reportSymbol,
  signatureLines,
  type DocUnit,
} from "../../../src/domain/report";

const NBSP = "\u00a0";

describe("document parts", () => {
  it("the national title, motto and A4 margins of Decree 30/2020", () => {
    expect(NATIONAL_TITLE).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(MOTTO).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(A4_MARGINS_MM).toEqual({ top: 20, right: 15, bottom: 20, left: 30 });
  });

  it.each([
    ["Xã An Dũng", "An Dũng"],
    ["Thị xã Phước Long", "Phước Long"],
    ["Thành phố Long Xuyên", "Long Xuyên"],
    ["Phường Mỹ Bình", "Mỹ Bình"],
    ["Thị trấn An Lão", "An Lão"],
    ["Huyện An Lão", "An Lão"],
    ["Tỉnh Bình Định", "Bình Định"],
    ["Quận 1", "1"],
    ["xã an dũng", "an dũng"],
    ["Bộ phận Một cửa", "Bộ phận Một cửa"],
    ["Phòng Nội vụ huyện An Lão", "Phòng Nội vụ huyện An Lão"],
  ])("place name of %s: %s", (name, place) => {
    expect(placeName(name)).toBe(place);
  });

  const commune: DocUnit = { name: "Xã An Dũng", kind: "COMMUNE" };
  const district: DocUnit = { name: "Huyện An Lão", kind: "DISTRICT" };
  it.each<[DocUnit, DocUnit | null, { text: string; bold: boolean }[]]>([
    [commune, district, [{ text: "ỦY BAN NHÂN DÂN", bold: true }, { text: "XÃ AN DŨNG", bold: true }]],
    [{ name: "Phường Mỹ Bình", kind: "WARD" }, null, [{ text: "ỦY BAN NHÂN DÂN", bold: true }, { text: "PHƯỜNG MỸ BÌNH", bold: true }]],
    [{ name: "Thị trấn An Lão", kind: "TOWNSHIP" }, null, [{ text: "ỦY BAN NHÂN DÂN", bold: true }, { text: "THỊ TRẤN AN LÃO", bold: true }]],
    [district, null, [{ text: "ỦY BAN NHÂN DÂN", bold: true }, { text: "HUYỆN AN LÃO", bold: true }]],
    [{ name: "Tỉnh Bình Định", kind: "PROVINCE" }, null, [{ text: "ỦY BAN NHÂN DÂN", bold: true }, { text: "TỈNH BÌNH ĐỊNH", bold: true }]],
    [{ name: "Phòng Nội vụ", kind: "DEPARTMENT" }, district, [{ text: "UBND HUYỆN AN LÃO", bold: false }, { text: "PHÒNG NỘI VỤ", bold: true }]],
    [{ name: "Bộ phận Một cửa", kind: "ONE_STOP_CENTRE" }, { name: "Văn phòng HĐND và UBND", kind: "DEPARTMENT" }, [{ text: "VĂN PHÒNG HĐND VÀ UBND", bold: false }, { text: "BỘ PHẬN MỘT CỬA", bold: true }]],
    [{ name: "Phòng Tư pháp", kind: "DEPARTMENT" }, null, [{ text: "PHÒNG TƯ PHÁP", bold: true }]],
  ])("issuing body of %o under %o", (unit, parent, lines) => {
    expect(issuingBodyLines(unit, parent)).toEqual(lines);
  });

  it.each<[DocUnit, string]>([
    [commune, "BC-UBND"],
    [{ name: "Phường Mỹ Bình", kind: "WARD" }, "BC-UBND"],
    [{ name: "Thị trấn An Lão", kind: "TOWNSHIP" }, "BC-UBND"],
    [district, "BC-UBND"],
    [{ name: "Tỉnh Bình Định", kind: "PROVINCE" }, "BC-UBND"],
    [{ name: "Phòng Tư pháp thị xã Phước Long", kind: "DEPARTMENT" }, "BC-PTP"],
    [{ name: "Phòng Nội vụ huyện An Lão", kind: "DEPARTMENT" }, "BC-PNV"],
    [{ name: "Phòng Văn hóa và Thông tin thành phố Long Xuyên", kind: "DEPARTMENT" }, "BC-PVHTT"],
    [{ name: "Trung tâm Phục vụ hành chính công xã Luận Thành", kind: "ONE_STOP_CENTRE" }, "BC-TTPVHCC"],
    [{ name: "Phòng Kinh tế – Hạ tầng", kind: "DEPARTMENT" }, "BC-PKTHT"],
    [{ name: "Đài phát thanh xã An Dũng", kind: "DEPARTMENT" }, "BC-DPT"],
    [{ name: "Phòng Văn hóa – Xã hội xã Luận Thành", kind: "DEPARTMENT" }, "BC-PVHXH"],
  ])("symbol of %o: %s", (unit, symbol) => {
    expect(reportSymbol(unit)).toBe(symbol);
  });

  it("number line: the number, or a blank for the clerk to fill in", () => {
    expect(numberLine("15", "BC-UBND")).toBe("Số: 15/BC-UBND");
    expect(numberLine(null, "BC-PTP")).toBe(`Số: ${NBSP.repeat(6)}/BC-PTP`);
    expect(numberLine("", "BC-PTP")).toBe(`Số: ${NBSP.repeat(6)}/BC-PTP`);
  });

  it.each([
    ["2024-01-09", "An Dũng, ngày 09 tháng 01 năm 2024"],
    ["2024-02-01", "An Dũng, ngày 01 tháng 02 năm 2024"],
    ["2024-03-10", "An Dũng, ngày 10 tháng 3 năm 2024"],
    ["2024-12-31", "An Dũng, ngày 31 tháng 12 năm 2024"],
  ])("place and date on %s: %s", (date, line) => {
    expect(placeDateLine("An Dũng", date)).toBe(line);
  });

  it("a draft leaves the date blank", () => {
    expect(placeDateLine("Phổ Nhơn", null)).toBe(`Phổ Nhơn, ngày${NBSP.repeat(4)} tháng${NBSP.repeat(4)} năm${NBSP.repeat(4)}`);
  });

  it.each<[DocUnit, string | null, string[]]>([
    [commune, null, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]],
    [commune, "Chủ tịch UBND xã", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]],
    [commune, "  phó chủ tịch UBND xã", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]],
    [{ name: "Phường Mỹ Bình", kind: "WARD" }, "Phó Chủ tịch", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]],
    [{ name: "Phòng Tư pháp", kind: "DEPARTMENT" }, null, ["THỦ TRƯỞNG ĐƠN VỊ"]],
    [{ name: "Phòng Tư pháp", kind: "DEPARTMENT" }, "   ", ["THỦ TRƯỞNG ĐƠN VỊ"]],
    [{ name: "Phòng Tư pháp", kind: "DEPARTMENT" }, "Trưởng phòng", ["TRƯỞNG PHÒNG"]],
    [{ name: "Phòng Tư pháp", kind: "DEPARTMENT" }, "Phó Trưởng phòng", ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]],
    [{ name: "Trung tâm Phục vụ hành chính công", kind: "ONE_STOP_CENTRE" }, "Giám đốc Trung tâm PVHCC", ["GIÁM ĐỐC"]],
    [{ name: "Văn phòng", kind: "DEPARTMENT" }, "Chánh Văn phòng UBND xã", ["CHÁNH VĂN PHÒNG"]],
    [{ name: "Phòng Nội vụ", kind: "DEPARTMENT" }, "Chuyên viên", ["CHUYÊN VIÊN"]],
  ])("signature of %o signed by %s", (unit, position, lines) => {
    expect(signatureLines(unit, position)).toEqual(lines);
  });

  it("recipients: the reviewer, for its review, and the archive", () => {
    expect(recipientLines("Phòng Nội vụ thị xã Phước Long")).toEqual(["- Phòng Nội vụ thị xã Phước Long (để báo cáo);", "- Lưu: VT."]);
  });

  const input = {
    unit: { name: "Phòng Tư pháp thị xã Phước Long", kind: "DEPARTMENT" as const },
    parent: { name: "Thị xã Phước Long", kind: "DISTRICT" as const },
    placeUnit: { name: "Thị xã Phước Long", kind: "DISTRICT" as const },
    number: null,
    date: null,
    obligationTitle: "Báo cáo 6 tháng",
    periodLabel: "6 tháng đầu năm 2024",
    periodStart: "2023-12-15",
    periodEnd: "2024-06-14",
    reviewerName: "Phòng Nội vụ thị xã Phước Long",
    signerPosition: "Phó Trưởng phòng",
    signerName: null,
  };

  it("a department's draft: parent over the department, blank number and date, signed on the head's behalf", () => {
    expect(reportDocument(input)).toEqual({
      issuingBody: [
        { text: "UBND THỊ XÃ PHƯỚC LONG", bold: false },
        { text: "PHÒNG TƯ PHÁP THỊ XÃ PHƯỚC LONG", bold: true },
      ],
      numberLine: `Số: ${NBSP.repeat(6)}/BC-PTP`,
      placeDate: `Phước Long, ngày${NBSP.repeat(4)} tháng${NBSP.repeat(4)} năm${NBSP.repeat(4)}`,
      title: "BÁO CÁO",
      subtitle: "Báo cáo 6 tháng, 6 tháng đầu năm 2024 (từ 15/12/2023 đến 14/06/2024)",
      recipients: ["- Phòng Nội vụ thị xã Phước Long (để báo cáo);", "- Lưu: VT."],
      signature: ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"],
      signerName: null,
      draft: true,
    });
  });

  it("a dated report is not a draft; a period label that already names its dates is kept as it is", () => {
    const doc = reportDocument({ ...input, number: "7", date: "2024-06-20", periodLabel: "Kết quả thực hiện từ 15/12/2023 đến 14/06/2024", signerName: "Nguyễn Văn A" });
    expect(doc).toMatchObject({ draft: false, numberLine: "Số: 7/BC-PTP", placeDate: "Phước Long, ngày 20 tháng 6 năm 2024", signerName: "Nguyễn Văn A" });
    expect(doc.subtitle).toBe("Báo cáo 6 tháng, Kết quả thực hiện từ 15/12/2023 đến 14/06/2024");
  });
});

describe("chart geometry", () => {
  it.each([
    ["2024-03", "3/2024"],
    ["2024-12", "12/2024"],
    ["2025-01", "1/2025"],
  ])("month label of %s: %s", (month, label) => {
    expect(monthLabel(month)).toBe(label);
  });

  it("months between two months, across a year end; none when the end comes first", () => {
    expect(monthsBetween("2024-03", "2024-03")).toEqual(["2024-03"]);
    expect(monthsBetween("2023-11", "2024-02")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
    expect(monthsBetween("2024-01", "2024-12")).toHaveLength(12);
    expect(monthsBetween("2024-05", "2024-04")).toEqual([]);
    expect(monthsBetween("2025-01", "2024-12")).toEqual([]);
  });

  it("a line over three months: the plot's corners, dots, ticks and one path", () => {
    const c = lineChart(
      [
        { month: "2024-01", value: 0 },
        { month: "2024-02", value: 50 },
        { month: "2024-03", value: 100 },
      ],
      { width: 300, height: 100 },
    );
    expect(c.width).toBe(300);
    expect(c.height).toBe(100);
    expect(c.plot).toEqual({ left: 44, top: 12, right: 272, bottom: 68 });
    expect(c.dots).toEqual([
      { x: 44, y: 68, month: "2024-01", value: 0 },
      { x: 158, y: 40, month: "2024-02", value: 50 },
      { x: 272, y: 12, month: "2024-03", value: 100 },
    ]);
    expect(c.paths).toEqual(["M 44 68 L 158 40 L 272 12"]);
    expect(c.yTicks).toEqual([
      { y: 68, label: "0%" },
      { y: 54, label: "25%" },
      { y: 40, label: "50%" },
      { y: 26, label: "75%" },
      { y: 12, label: "100%" },
    ]);
    expect(c.xTicks).toEqual([
      { x: 44, label: "1/2024" },
      { x: 158, label: "2/2024" },
      { x: 272, label: "3/2024" },
    ]);
  });

  it("defaults to 640 × 220; values beyond 0–100 are drawn at the edge; a gap splits the line", () => {
    const c = lineChart([
      { month: "2024-01", value: -10 },
      { month: "2024-02", value: null },
      { month: "2024-03", value: 130 },
      { month: "2024-04", value: 33.33 },
    ]);
    expect([c.width, c.height]).toEqual([640, 220]);
    expect(c.plot).toEqual({ left: 44, top: 12, right: 612, bottom: 188 });
    expect(c.dots.map((d) => [d.x, d.y, d.value])).toEqual([
      [44, 188, -10],
      [422.7, 12, 130],
      [612, 129.3, 33.33],
    ]);
    expect(c.paths).toEqual(["M 44 188", "M 422.7 12 L 612 129.3"]);
  });

  it("one point sits in the middle; an empty series draws nothing", () => {
    const one = lineChart([{ month: "2024-05", value: 25 }], { width: 200, height: 100 });
    expect(one.dots).toEqual([{ x: 108, y: 54, month: "2024-05", value: 25 }]);
    expect(one.xTicks).toEqual([{ x: 108, label: "5/2024" }]);
    const none = lineChart([]);
    expect([none.paths, none.dots, none.xTicks]).toEqual([[], [], []]);
    expect(lineChart([{ month: "2024-05", value: null }]).paths).toEqual([]);
  });

  it("labels at most maxXTicks months, and always the last", () => {
    const months = monthsBetween("2024-01", "2024-12");
    const c = lineChart(months.map((month) => ({ month, value: 50 })), { maxXTicks: 4 });
    expect(c.xTicks.map((t) => t.label)).toEqual(["1/2024", "4/2024", "7/2024", "10/2024", "12/2024"]);
    const all = lineChart(months.slice(0, 8).map((month) => ({ month, value: 50 })));
    expect(all.xTicks).toHaveLength(8);
    const nine = lineChart(monthsBetween("2024-01", "2024-09").map((month) => ({ month, value: 50 })));
    expect(nine.xTicks.map((t) => t.label)).toEqual(["1/2024", "3/2024", "5/2024", "7/2024", "9/2024"]);
  });

  it.each([
    [null, 200, 0],
    [0, 200, 0],
    [50, 200, 100],
    [33.33, 200, 66.7],
    [100, 200, 200],
    [150, 200, 200],
    [-5, 200, 0],
  ])("a bar for %s %% in %i px is %s px long", (value, max, length) => {
    expect(barLength(value, max)).toBe(length);
  });
});
