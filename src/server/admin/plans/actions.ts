"use server";

import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import type { ActorSource } from "../../action";
import { currentActor } from "../../auth/session";
import type { Result } from "../../errors";
import { formDataToObject } from "../../validation";
import { addPlanTask } from "./add-plan-task";
import { addReportingObligation } from "./add-reporting-obligation";
import { createPlan } from "./create-plan";
import { deletePlan } from "./delete-plan";
import { endPlan } from "./end-plan";
import { issuePlan } from "./issue-plan";
import { removePlanTask } from "./remove-plan-task";
import { removeReportingObligation } from "./remove-reporting-obligation";
import { updatePlan } from "./update-plan";

type State = Result<unknown> | null;
const run = async <T>(fn: (actor: ActorSource, input: unknown) => Promise<T>, fd: FormData) => fn(currentActor, formDataToObject(fd));

export async function createPlanAction(_prev: State, fd: FormData) {
  const result = await run(createPlan, fd);
  if (result.ok) redirect(paths.admin.plan(result.data.id));
  return result;
}

export async function updatePlanAction(_prev: State, fd: FormData) {
  return run(updatePlan, fd);
}

export async function issuePlanAction(_prev: State, fd: FormData) {
  return run(issuePlan, fd);
}

export async function endPlanAction(_prev: State, fd: FormData) {
  return run(endPlan, fd);
}

export async function deletePlanAction(_prev: State, fd: FormData) {
  const result = await run(deletePlan, fd);
  if (result.ok) redirect(paths.admin.plans());
  return result;
}

export async function addPlanTaskAction(_prev: State, fd: FormData) {
  return run(addPlanTask, fd);
}

export async function removePlanTaskAction(_prev: State, fd: FormData) {
  return run(removePlanTask, fd);
}

export async function addReportingObligationAction(_prev: State, fd: FormData) {
  return run(addReportingObligation, fd);
}

export async function removeReportingObligationAction(_prev: State, fd: FormData) {
  return run(removeReportingObligation, fd);
}
