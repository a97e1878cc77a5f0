import "server-only";
import { A4_MARGINS_MM, MOTTO, NATIONAL_TITLE, formatFigure } from "@/domain/report";
import { formatInstantVi } from "@/domain/schedule";
import type { PrintModel } from "./print";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function paragraphs(text: string, empty: string): string {
  const parts = text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
  return parts.length ? parts.map((p) => `<p class="body">${esc(p)}</p>`).join("\n") : `<p class="body empty">${esc(empty)}</p>`;
}

/**
 * The report as a print-ready HTML document in the Decree 30/2020 layout: A4 with the
 * decree's margins, Times New Roman 13–14 pt, the header table, body, "Nơi nhận" and the
 * signature block. Standalone (inline CSS) so it can be saved and printed as is.
 */
export function renderReportHtml(m: PrintModel): string {
  const d = m.doc;
  const mm = A4_MARGINS_MM;
  const figures = m.figures.sections
    .map(
      (s, i) => `
      <p class="body sub-heading">${i + 1}. ${esc(s.title)}</p>
      <table class="figures">
        <thead><tr><th scope="col">Chỉ tiêu</th><th scope="col" class="num">Số liệu</th></tr></thead>
        <tbody>${s.rows
          .map(
            (r) =>
              `<tr><td class="${r.sub ? "sub" : ""}">${esc(r.label)}${r.target ? `<br><span class="target">Chỉ tiêu kế hoạch: ${r.target.percent}% — ${r.meetsTarget ? "đạt" : r.meetsTarget === false ? "chưa đạt" : "chưa có số liệu"}</span>` : ""}${r.note ? `<br><span class="note">${esc(r.note)}</span>` : ""}</td><td class="num">${esc(formatFigure(r))}${r.kind === "percent" && r.denominator ? `<br><span class="note">${r.numerator}/${r.denominator}</span>` : ""}</td></tr>`,
          )
          .join("")}</tbody>
      </table>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${esc(`${d.title} — ${m.unitName} — ${m.periodLabel}`)}</title>
<style>
  @page { size: A4; margin: ${mm.top}mm ${mm.right}mm ${mm.bottom}mm ${mm.left}mm; }
  html { background: #e5e7eb; }
  body { font-family: "Times New Roman", "Noto Serif", "Liberation Serif", serif; font-size: 14pt; line-height: 1.35; color: #000; margin: 0; }
  .page { background: #fff; width: 210mm; min-height: 297mm; box-sizing: border-box; padding: ${mm.top}mm ${mm.right}mm ${mm.bottom}mm ${mm.left}mm; margin: 8mm auto; }
  @media print { html { background: none; } .page { width: auto; min-height: 0; padding: 0; margin: 0; } .draft-banner { border: 1px solid #000; } }
  @media screen and (max-width: 800px) { .page { width: 100%; padding: 6mm; margin: 0; } }
  table.header { width: 100%; border-collapse: collapse; }
  table.header td { vertical-align: top; text-align: center; padding: 0; }
  .header-left { width: 40%; font-size: 13pt; }
  .header-right { width: 60%; }
  .national { font-weight: bold; font-size: 13pt; }
  .motto { font-weight: bold; font-size: 14pt; display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1px; }
  .body-line { display: inline-block; border-bottom: 1px solid #000; padding: 0 6px 1px; }
  .number { font-size: 13pt; margin-top: 6pt; }
  .place { font-style: italic; margin-top: 6pt; }
  h1 { font-size: 14pt; font-weight: bold; text-align: center; margin: 18pt 0 0; }
  .subtitle { font-weight: bold; text-align: center; margin: 0 0 12pt; }
  .body { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }
  .body.empty { font-style: italic; }
  .heading { font-weight: bold; margin: 12pt 0 6pt; }
  .sub-heading { font-weight: bold; font-style: italic; text-indent: 0; }
  table.figures { width: 100%; border-collapse: collapse; font-size: 12pt; margin: 0 0 8pt; page-break-inside: auto; }
  table.figures th, table.figures td { border: 1px solid #000; padding: 2pt 5pt; vertical-align: top; }
  table.figures th { text-align: center; }
  td.num { text-align: right; white-space: nowrap; width: 22%; }
  td.sub { padding-left: 18pt; }
  .note, .target { font-size: 10.5pt; font-style: italic; }
  table.footer { width: 100%; border-collapse: collapse; margin-top: 14pt; page-break-inside: avoid; }
  table.footer td { vertical-align: top; padding: 0; }
  .recipients { width: 50%; font-size: 11pt; }
  .recipients .label { font-weight: bold; font-style: italic; font-size: 12pt; }
  .signature { width: 50%; text-align: center; font-weight: bold; }
  .signer { margin-top: 60pt; }
  .draft-banner { text-align: center; font-weight: bold; color: #9a3412; border: 2px dashed #9a3412; padding: 4pt; margin-bottom: 8pt; font-size: 12pt; }
</style>
</head>
<body>
<main class="page">
${m.statusNote ? `<p class="draft-banner">${esc(m.statusNote)}</p>` : ""}
<table class="header" role="presentation"><tr>
  <td class="header-left">${d.issuingBody.map((l, i) => (i === d.issuingBody.length - 1 ? `<div><span class="body-line"${l.bold ? ' style="font-weight:bold"' : ""}>${esc(l.text)}</span></div>` : `<div${l.bold ? ' style="font-weight:bold"' : ""}>${esc(l.text)}</div>`)).join("")}
    <div class="number">${esc(d.numberLine)}</div></td>
  <td class="header-right"><div class="national">${NATIONAL_TITLE}</div><div class="motto">${MOTTO}</div>
    <div class="place">${esc(d.placeDate)}</div></td>
</tr></table>
<h1>${esc(d.title)}</h1>
<p class="subtitle">${esc(d.subtitle)}</p>
<p class="body heading">I. KẾT QUẢ THỰC HIỆN</p>
${paragraphs(m.narrative.results, "(Chưa viết phần kết quả thực hiện.)")}
<p class="body">Số liệu ${m.frozen ? "chốt khi nộp báo cáo" : "tính từ dữ liệu"} lúc ${esc(formatInstantVi(new Date(m.computedAt)))}, cho các hồ sơ tiếp nhận trong kỳ báo cáo:</p>
${figures}
<p class="body heading">II. KHÓ KHĂN, VƯỚNG MẮC</p>
${paragraphs(m.narrative.difficulties, "Không có.")}
<p class="body heading">III. ĐỀ XUẤT, KIẾN NGHỊ</p>
${paragraphs(m.narrative.proposals, "Không có.")}
<table class="footer" role="presentation"><tr>
  <td class="recipients"><div class="label">Nơi nhận:</div>${d.recipients.map((r) => `<div>${esc(r)}</div>`).join("")}</td>
  <td class="signature">${d.signature.map((s) => `<div>${esc(s)}</div>`).join("")}<div class="signer">${esc(d.signerName ?? "")}</div></td>
</tr></table>
</main>
</body>
</html>`;
}
