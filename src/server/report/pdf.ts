import "server-only";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { A4_MARGINS_MM, MOTTO, NATIONAL_TITLE, formatFigure } from "@/domain/report";
import { formatInstantVi } from "@/domain/schedule";
import type { PrintModel } from "./print";

const MM = 72 / 25.4;
const FONT_DIR = join(process.cwd(), "public", "fonts");
const FONTS = {
  regular: join(FONT_DIR, "NotoSerif-Regular.ttf"),
  bold: join(FONT_DIR, "NotoSerif-Bold.ttf"),
  italic: join(FONT_DIR, "NotoSerif-Italic.ttf"),
  boldItalic: join(FONT_DIR, "NotoSerif-BoldItalic.ttf"),
};

/**
 * The same report as a PDF: A4, Decree 30/2020 margins, Noto Serif (Vietnamese; the
 * decree's Times New Roman is not free to ship), the same parts as the HTML version.
 */
export function renderReportPdf(m: PrintModel): Promise<Buffer> {
  const margins = { top: A4_MARGINS_MM.top * MM, right: A4_MARGINS_MM.right * MM, bottom: A4_MARGINS_MM.bottom * MM, left: A4_MARGINS_MM.left * MM };
  const doc = new PDFDocument({ size: "A4", margins, font: FONTS.regular, lang: "vi", displayTitle: true, info: { Title: `${m.doc.title} — ${m.unitName} — ${m.periodLabel}`, Author: m.unitName } });
  doc.registerFont("r", FONTS.regular).registerFont("b", FONTS.bold).registerFont("i", FONTS.italic).registerFont("bi", FONTS.boldItalic);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = margins.left;
  const width = doc.page.width - margins.left - margins.right;
  const bottom = () => doc.page.height - margins.bottom;
  const ensure = (h: number) => {
    if (doc.y + h > bottom()) doc.addPage();
  };
  const d = m.doc;

  if (m.statusNote) {
    doc.font("b").fontSize(11).text(m.statusNote, left, doc.y, { width, align: "center" });
    doc.moveDown(0.5);
  }

  // Header: issuing body (left 40 %), national title and motto (right 60 %).
  const top = doc.y;
  const lw = width * 0.4;
  const rw = width * 0.6;
  doc.y = top;
  for (const [i, line] of d.issuingBody.entries()) {
    doc.font(line.bold ? "b" : "r").fontSize(12.5).text(line.text, left, doc.y, { width: lw, align: "center" });
    if (i === d.issuingBody.length - 1) {
      const lineWidth = Math.min(lw * 0.5, doc.widthOfString(line.text));
      doc.moveTo(left + (lw - lineWidth) / 2, doc.y + 1).lineTo(left + (lw + lineWidth) / 2, doc.y + 1).lineWidth(0.6).stroke("#000");
    }
  }
  doc.moveDown(0.4);
  doc.font("r").fontSize(13).text(d.numberLine, left, doc.y, { width: lw, align: "center" });
  const leftBottom = doc.y;
  doc.font("b").fontSize(12.5).text(NATIONAL_TITLE, left + lw, top, { width: rw, align: "center" });
  doc.font("b").fontSize(13).text(MOTTO, left + lw, doc.y, { width: rw, align: "center" });
  const mottoWidth = doc.widthOfString(MOTTO);
  doc.moveTo(left + lw + (rw - mottoWidth) / 2, doc.y + 1).lineTo(left + lw + (rw + mottoWidth) / 2, doc.y + 1).lineWidth(0.6).stroke("#000");
  doc.moveDown(0.5);
  doc.font("i").fontSize(13).text(d.placeDate, left + lw, doc.y, { width: rw, align: "center" });
  doc.y = Math.max(doc.y, leftBottom) + 18;

  doc.font("b").fontSize(14).text(d.title, left, doc.y, { width, align: "center" });
  doc.font("b").fontSize(13).text(d.subtitle, left, doc.y, { width, align: "center" });
  doc.moveDown(1);

  const heading = (text: string) => {
    ensure(40);
    doc.font("b").fontSize(13).text(text, left, doc.y, { width });
    doc.moveDown(0.3);
  };
  const paragraphs = (text: string, empty: string) => {
    const parts = text.split(/\n/).map((p) => p.trim()).filter(Boolean);
    if (!parts.length) {
      doc.font("i").fontSize(13).text(empty, left, doc.y, { width, indent: 28 });
      return;
    }
    for (const p of parts) doc.font("r").fontSize(13).text(p, left, doc.y, { width, align: "justify", indent: 28, paragraphGap: 4 });
  };

  heading("I. KẾT QUẢ THỰC HIỆN");
  paragraphs(m.narrative.results, "(Chưa viết phần kết quả thực hiện.)");
  doc.moveDown(0.3);
  doc.font("r").fontSize(13).text(`Số liệu ${m.frozen ? "chốt khi nộp báo cáo" : "tính từ dữ liệu"} lúc ${formatInstantVi(new Date(m.computedAt))}, cho các hồ sơ tiếp nhận trong kỳ báo cáo:`, left, doc.y, { width, indent: 28 });
  doc.moveDown(0.3);

  const valueWidth = width * 0.24;
  const labelWidth = width - valueWidth;
  const pad = 4;
  for (const [i, s] of m.figures.sections.entries()) {
    ensure(50);
    doc.font("bi").fontSize(12).text(`${i + 1}. ${s.title}`, left, doc.y, { width });
    doc.moveDown(0.2);
    for (const r of s.rows) {
      const indent = r.sub ? 14 : 0;
      let label = r.label;
      if (r.target) label += `\nChỉ tiêu kế hoạch: ${r.target.percent}% — ${r.meetsTarget ? "đạt" : r.meetsTarget === false ? "chưa đạt" : "chưa có số liệu"}`;
      const value = formatFigure(r) + (r.kind === "percent" && r.denominator ? `\n${r.numerator}/${r.denominator}` : "");
      doc.font("r").fontSize(11);
      const h = Math.max(doc.heightOfString(label, { width: labelWidth - 2 * pad - indent }), doc.heightOfString(value, { width: valueWidth - 2 * pad })) + 2 * pad;
      ensure(h);
      const y = doc.y;
      doc.rect(left, y, labelWidth, h).rect(left + labelWidth, y, valueWidth, h).lineWidth(0.5).stroke("#000");
      doc.font("r").fontSize(11).text(label, left + pad + indent, y + pad, { width: labelWidth - 2 * pad - indent });
      doc.font("r").fontSize(11).text(value, left + labelWidth + pad, y + pad, { width: valueWidth - 2 * pad, align: "right" });
      doc.y = y + h;
    }
    doc.moveDown(0.5);
  }
  // What the portal cannot compute is explained on screen to the people who keep the data; the
  // signed report (this, the HTML print) carries only the figures.

  heading("II. KHÓ KHĂN, VƯỚNG MẮC");
  paragraphs(m.narrative.difficulties, "Không có.");
  doc.moveDown(0.3);
  heading("III. ĐỀ XUẤT, KIẾN NGHỊ");
  paragraphs(m.narrative.proposals, "Không có.");
  doc.moveDown(1);

  // Recipients (left half) and signature block (right half), kept on one page.
  ensure(140);
  const fy = doc.y;
  const half = width / 2;
  doc.font("bi").fontSize(12).text("Nơi nhận:", left, fy, { width: half });
  for (const r of d.recipients) doc.font("r").fontSize(11).text(r, left, doc.y, { width: half });
  let sy = fy;
  for (const s of d.signature) {
    doc.font("b").fontSize(13).text(s, left + half, sy, { width: half, align: "center" });
    sy = doc.y;
  }
  if (d.signerName) doc.font("b").fontSize(13).text(d.signerName, left + half, sy + 60, { width: half, align: "center" });
  doc.end();
  return done;
}
