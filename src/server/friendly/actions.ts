"use server";

import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import { currentActor } from "../auth/session";
import type { Result } from "../errors";
import { formDataToObject } from "../validation";
import { recordPaperSurvey } from "./record-paper-survey";
import { recordPledge } from "./record-pledge";

type State = Result<unknown> | null;

export async function recordPledgeAction(_prev: State, formData: FormData): Promise<State> {
  const raw = formDataToObject(formData);
  const result = await recordPledge(currentActor, raw);
  const unit = String(raw.unitSlug ?? "");
  if (result.ok && /^[a-z0-9-]+$/.test(unit)) redirect(paths.officer.friendly(unit, { da: "cam-ket" }));
  return result;
}

export async function recordPaperSurveyAction(_prev: State, formData: FormData): Promise<State> {
  const raw = formDataToObject(formData);
  const result = await recordPaperSurvey(currentActor, raw);
  const unit = String(raw.unitSlug ?? "");
  if (result.ok && /^[a-z0-9-]+$/.test(unit)) redirect(paths.officer.friendly(unit, { da: "khao-sat" }));
  return result;
}
