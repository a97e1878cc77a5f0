"use server";

import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import { currentActor } from "../../auth/session";
import type { Result } from "../../errors";
import { formDataToObject, formOf } from "../../validation";
import { createModel } from "./create-model";
import { deleteModel } from "./delete-model";
import { previewModel } from "./preview-model";
import { updateModel } from "./update-model";

type State = Result<unknown> | null;

function payloadOf(fd: FormData): unknown {
  try {
    return JSON.parse(String(formOf(fd).get("payload") ?? "null"));
  } catch {
    return null;
  }
}

/** The builder posts its whole form as JSON in "payload". */
export async function saveModelAction(_prev: State, fd: FormData) {
  const input = payloadOf(fd) as { modelId?: string; planId?: string } | null;
  const actor = currentActor;
  if (input?.modelId) return updateModel(actor, input);
  const result = await createModel(actor, input);
  if (result.ok) redirect(paths.admin.model(String(input?.planId), result.data.id, { "da-luu": 1 }));
  return result;
}

export async function deleteModelAction(_prev: State, fd: FormData) {
  const result = await deleteModel(currentActor, formDataToObject(fd));
  if (result.ok) redirect(paths.admin.plan(result.data.planId));
  return result;
}

/** Called by the builder on every change (not a form). */
export async function previewModelAction(input: { form: unknown; unitId?: string; from?: string }) {
  return previewModel(currentActor, input);
}
