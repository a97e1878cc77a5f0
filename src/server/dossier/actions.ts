"use server";

import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import { defineSteps } from "../action";
import { currentActor } from "../auth/session";
import type { Result } from "../errors";
import { formDataToObject } from "../validation";
import { issueApology } from "./issue-apology";
import { markResultReady } from "./mark-result-ready";
import { receiveDossier } from "./receive-dossier";
import { receiveSupplement } from "./receive-supplement";
import { refuseDossier } from "./refuse-dossier";
import { requestSupplement } from "./request-supplement";
import { returnDossier } from "./return-dossier";
import { startDossier } from "./start-dossier";

type State = Result<unknown> | null;

/** Intake: on success straight to the dossier and its receipt (also without JavaScript). */
export async function receiveDossierAction(_prev: State, formData: FormData): Promise<State> {
  const result = await receiveDossier(currentActor, formDataToObject(formData));
  if (result.ok) redirect(paths.officer.dossier(result.data.unitSlug, result.data.code, { da: "tiep-nhan" }));
  return result;
}

const dossierStep = defineSteps({
  start: startDossier,
  requestSupplement,
  receiveSupplement,
  resultReady: markResultReady,
  return: returnDossier,
  refuse: refuseDossier,
  issueApology,
});

/** One lifecycle step; the form names it in a hidden "step" field. */
export async function dossierStepAction(_prev: State, formData: FormData): Promise<State> {
  const raw = formDataToObject(formData);
  const unit = String(raw.unitSlug ?? "");
  const result = await dossierStep(currentActor, raw);
  if (result.ok && /^[a-z0-9-]+$/.test(unit)) redirect(paths.officer.dossier(unit, result.data.data.code, { da: result.data.step }));
  return result;
}
