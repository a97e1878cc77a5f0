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
