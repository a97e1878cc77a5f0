/**
 * Notes written for the people who keep the data (where a fact was checked, which file of
 * the repository explains it) are also shown to citizens and officers. What a reader can
 * use stays; pointers into the repository and the catalogue's field names do not.
 */
const INTERNAL = /(?:docs\/|src\/|prisma\/|\.mdx?\b|\.tsx?\b|\bma_thu_tuc\b)/;

export function publicText(text: string): string {
  return (
    text
      // "(xem docs/sources.md, mục …)", "(ma_thu_tuc trên Cổng …)"
      .replace(/\s*\([^()]*\)/g, (m) => (INTERNAL.test(m) ? "" : m))
      // ", xem docs/sources.md" / "; xem docs/sources.md, mục "Mã thủ tục""
      .replace(/\s*[,;–—-]?\s*xem\s+[\w./-]*\w(?:,\s*mục\s+"[^"]*")?/g, (m) => (INTERNAL.test(m) ? "" : m))
      .replace(/\s+([.,;])/g, "$1")
      .replace(/([.;,])\1+/g, "$1")
      .replace(/\s{2,}/g, " ")
      .trim()
  );
}

/**
 * A citizen's comment may carry a phone number (theirs or an officer's); what others read
 * shows it masked. Vietnamese numbers: 0 or +84/84, then 8–10 digits, spaced, dotted or dashed.
 */
const PHONE = /(?<![\d+])(?:\+84|84|0)(?:[\s.-]?\d){8,10}(?!\d)/g;
export const MASKED_PHONE = "[số điện thoại đã ẩn]";

export function maskPhoneNumbers(text: string): string {
  return text.replace(PHONE, MASKED_PHONE);
}
