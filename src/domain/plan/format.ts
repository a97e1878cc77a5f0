/** How a plan is cited in Vietnamese administrative style, with blanks shown as blanks. */
interface PlanCitation {
  number: string | null;
  symbol: string;
  signingPlace: string | null;
  signedYear: number | null;
  signedMonth: number | null;
  signedDay: number | null;
}

/** "ngày 07/03/2023", "tháng 02/2024", "năm 2024" or "" when nothing is filled in. */
function planDateText(p: Pick<PlanCitation, "signedYear" | "signedMonth" | "signedDay">): string {
  const dd = (n: number) => String(n).padStart(2, "0");
  if (p.signedYear && p.signedMonth && p.signedDay) return `ngày ${dd(p.signedDay)}/${dd(p.signedMonth)}/${p.signedYear}`;
  if (p.signedYear && p.signedMonth) return `tháng ${dd(p.signedMonth)}/${p.signedYear}`;
  if (p.signedYear) return `năm ${p.signedYear}`;
  return "";
}

/** "Kế hoạch số 32/KH-UBND ngày 07/03/2023". */
export function planReference(p: PlanCitation): string {
  const date = planDateText(p);
  return `Kế hoạch số ${p.number ?? "…"}/${p.symbol}${date ? ` ${date}` : ""}`;
}

/** The dateline of the document: "An Dũng, ngày 07 tháng 3 năm 2023", blanks kept. */
export function planDateline(p: PlanCitation): string {
  const blank = "   ";
  const day = p.signedDay ? String(p.signedDay).padStart(2, "0") : blank;
  const month = p.signedMonth ? String(p.signedMonth).padStart(2, "0") : blank;
  const year = p.signedYear ? String(p.signedYear) : blank;
  return `${p.signingPlace ?? "…"}, ngày ${day} tháng ${month} năm ${year}`;
}

/** A draft may leave the number and signing date blank; an issued plan shows what it has. */
export function isIncompleteCitation(p: PlanCitation): boolean {
  return !p.number || !p.signedDay || !p.signedMonth || !p.signedYear;
}
