import { Badge } from "@/components/ui/primitives";
import { reportStateLabel, reportStateTone, type ReportState } from "@/domain/report";

export function ReportStateBadge({ state, submittedLate }: { state: ReportState; submittedLate?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={reportStateTone[state]}>{reportStateLabel[state]}</Badge>
      {submittedLate ? <Badge tone="warn">Nộp muộn</Badge> : null}
    </span>
  );
}
