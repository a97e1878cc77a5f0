"use server";

import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import { defineSteps } from "../action";
import { currentActor } from "../auth/session";
import type { Result } from "../errors";
import { formDataToObject } from "../validation";
import { assignHomeVisit } from "./assign-home-visit";
import { confirmHomeVisit } from "./confirm-home-visit";
import { declineHomeVisit } from "./decline-home-visit";
import { recordHomeVisitOutcome } from "./record-home-visit-outcome";
import { setHomeVisitCapacity } from "./set-capacity";

type State = Result<unknown> | null;

const homeVisitStep = defineSteps({ confirm: confirmHomeVisit, decline: declineHomeVisit, assign: assignHomeVisit, outcome: recordHomeVisitOutcome });

/** One step on a home-visit request; the form names it in a hidden "step" field. */
export async function homeVisitStepAction(_prev: State, formData: FormData): Promise<State> {
  const raw = formDataToObject(formData);
  const unit = String(raw.unitSlug ?? "");
  const result = await homeVisitStep(currentActor, raw);
  if (result.ok && /^[a-z0-9-]+$/.test(unit)) redirect(paths.officer.homeVisit(unit, String(raw.requestId), { da: result.data.step }));
  return result;
}

/** A unit leader sets the unit's number of home visits a day. */
export async function setHomeVisitCapacityAction(_prev: State, formData: FormData): Promise<State> {
  return setHomeVisitCapacity(currentActor, formDataToObject(formData));
}
