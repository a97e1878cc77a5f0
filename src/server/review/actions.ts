"use server";
import { currentActor } from "../auth/session";
import type { Result } from "../errors";
import { formDataToObject } from "../validation";
import { reviewReport } from "./review-report";

type ReviewFormState = Result<{ id: string; status: string }> | null;

export async function reviewReportAction(_prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  return reviewReport(currentActor, formDataToObject(formData));
}
