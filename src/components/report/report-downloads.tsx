import { buttonClass } from "@/components/ui/primitives";

/** The report's outputs (issue #7): print view, HTML, PDF, .xlsx — the same for the unit and the reviewer. */
export function ReportDownloads({ base }: { base: string }) {
  return (
    <div className="mt-4 flex flex-wrap gap-3">
      <a href={`${base}/in`} className={buttonClass("secondary")}>
        Xem bản in
      </a>
      <a href={`${base}/in?tai-ve`} className={buttonClass("secondary")} download>
        Tải bản in (HTML)
      </a>
      <a href={`${base}/pdf?tai-ve`} className={buttonClass("secondary")} download>
        Tải PDF
      </a>
      <a href={`${base}/xlsx`} className={buttonClass("secondary")} download>
        Tải số liệu (.xlsx)
      </a>
    </div>
  );
}
