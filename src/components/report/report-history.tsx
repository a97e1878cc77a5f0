import { formatInstantVi } from "@/domain/schedule";

interface HistoryProps {
  submissions: { version: number; submittedAt: string; submittedBy: string | null }[];
  reviews: { version: number; decision: "RETURNED" | "ACCEPTED"; comment: string; reviewer: string | null; at: string }[];
}

/** Every submission and review, oldest first: resubmissions keep what came before. */
export function ReportHistory({ submissions, reviews }: HistoryProps) {
  const events = [
    ...submissions.map((s) => ({ at: s.submittedAt, key: `s${s.version}`, title: `Nộp lần ${s.version}`, who: s.submittedBy, comment: null as string | null, tone: "text-brand-800" })),
    ...reviews.map((r) => ({
      at: r.at,
      key: `r${r.version}${r.at}`,
      title: r.decision === "ACCEPTED" ? `Chấp nhận (lần nộp ${r.version})` : `Trả lại (lần nộp ${r.version})`,
      who: r.reviewer,
      comment: r.comment || null,
      tone: r.decision === "ACCEPTED" ? "text-ok-700" : "text-warn-700",
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  if (events.length === 0) return <p className="text-muted">Chưa nộp lần nào.</p>;
  return (
    <ol className="space-y-3">
      {events.map((e) => (
        <li key={e.key} className="border-l-4 border-slate-300 pl-3">
          <p className={`font-semibold ${e.tone}`}>{e.title}</p>
          <p className="text-sm text-muted">
            {formatInstantVi(new Date(e.at))}
            {e.who ? ` · ${e.who}` : ""}
          </p>
          {e.comment ? <p className="mt-1 whitespace-pre-line">{e.comment}</p> : null}
        </li>
      ))}
    </ol>
  );
}
