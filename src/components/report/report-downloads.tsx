import { buttonClass } from "@/components/ui/primitives";
import type { ReportOutputs } from "@/lib/paths";

/** The report's outputs: print view, HTML, PDF, .xlsx — the same for the unit and the reviewer. */
export function ReportDownloads({ outputs }: { outputs: ReportOutputs }) {
  return (
    <div className="mt-4 flex flex-wrap gap-3">
      <a href={outputs.print} className={buttonClass("secondary")}>
        Xem bản in
      </a>
      <a href={outputs.html} className={buttonClass("secondary")} download>
        Tải bản in (HTML)
      </a>
      <a href={outputs.pdf} className={buttonClass("secondary")} download>
        Tải PDF
      </a>
      <a href={outputs.xlsx} className={buttonClass("secondary")} download>
        Tải số liệu (.xlsx)
      </a>
    </div>
  );
}
