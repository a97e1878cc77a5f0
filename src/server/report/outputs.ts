import "server-only";
import { can } from "../auth/permissions";
import { currentUser } from "../auth/session";
import { now } from "../clock";
import { db } from "../db";
import { AppError, statusOf, toErrorBody } from "../errors";
import { renderReportHtml } from "./html";
import { renderReportPdf } from "./pdf";
import { printModel, reportFileName } from "./print";
import { requireReport, type ReportAccess } from "./queries";
import { reportWorkbook } from "./xlsx";

type ReportFormat = "html" | "pdf" | "xlsx";

const contentType: Record<ReportFormat, string> = {
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * The printed report (HTML, PDF) or its figures (.xlsx) for a route handler: the same
 * permission and access checks as the pages (the unit's people, or the reviewing unit).
 */
export async function reportOutput(id: string, format: ReportFormat, as: ReportAccess, download: boolean): Promise<Response> {
  try {
    const user = await currentUser();
    if (!user) throw new AppError("UNAUTHENTICATED");
    if (!can(user.role, "report.read")) throw new AppError("FORBIDDEN");
    const at = now();
    const { report, access } = await requireReport(db, user, id, at);
    if (access !== as) throw new AppError("FORBIDDEN");
    const model = await printModel(db, report, at);
    const body: BodyInit =
      format === "html" ? renderReportHtml(model) : new Blob([new Uint8Array(format === "pdf" ? await renderReportPdf(model) : await reportWorkbook(report, model.figures, model.computedAt, model.frozen))]);
    const name = reportFileName(report.unitSlug, report.periodLabel, format);
    const disposition = format === "html" && !download ? "inline" : download || format !== "pdf" ? "attachment" : "inline";
    return new Response(body, {
      headers: { "content-type": contentType[format], "content-disposition": `${disposition}; filename="${name}"`, "cache-control": "private, no-store" },
    });
  } catch (error) {
    const e = toErrorBody(error);
    return new Response(e.message, { status: statusOf(e.code), headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}
