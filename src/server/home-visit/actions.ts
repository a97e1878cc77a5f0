"use server";

import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import { currentActor } from "../auth/session";
import { now } from "../clock";
import type { Result } from "../errors";
import { formDataToObject } from "../validation";
import { assignHomeVisit } from "./assign-home-visit";
import { confirmHomeVisit } from "./confirm-home-visit";
import { declineHomeVisit } from "./decline-home-visit";
import { recordHomeVisitOutcome } from "./record-home-visit-outcome";
import { setHomeVisitCapacity } from "./set-capacity";

type State = Result<unknown> | null;

const steps = { confirm: confirmHomeVisit, decline: declineHomeVisit, assign: assignHomeVisit, outcome: recordHomeVisitOutcome } as const;

/** One step on a home-visit request; the form names it in a hidden "step" field. */
export async function homeVisitStepAction(_prev: State, formData: FormData): Promise<State> {
  const raw = formDataToObject(formData);
  const step = String(raw.step ?? "") as keyof typeof steps;
  const unit = String(raw.unitSlug ?? "");
  const action = steps[step];
  if (!action) return { ok: false, error: { code: "VALIDATION", message: "Thao tác không hợp lệ." } };
  const result = await action(await currentActor(), raw);
  if (result.ok && /^[a-z0-9-]+$/.test(unit)) redirect(paths.officer.homeVisit(unit, String(raw.requestId), { da: step }));
  return result;
}

/** A unit leader sets the unit's number of home visits a day. */
export async function setHomeVisitCapacityAction(_prev: State, formData: FormData): Promise<State> {
  return setHomeVisitCapacity(await currentActor(), formDataToObject(formData), { now: now() });
}
