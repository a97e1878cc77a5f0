"use server";
import { currentActor } from "../auth/session";
import type { Result } from "../errors";
import { formDataToObject } from "../validation";
import { saveReportDraft } from "./save-report-draft";
import { submitReport } from "./submit-report";

type ReportFormState = (Result<{ id: string; version?: number }> & { intent?: string }) | null;

/** One form, two buttons: save the draft, or (the leader) submit it. */
export async function saveOrSubmitReportAction(_prev: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const input = formDataToObject(formData);
  const intent = input.intent === "submit" ? "submit" : "save";
  const actor = currentActor;
  const result = intent === "submit" ? await submitReport(actor, input) : await saveReportDraft(actor, input);
  return { ...result, intent };
}
