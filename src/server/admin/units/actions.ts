"use server";

import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import { currentActor } from "../../auth/session";
import type { Result } from "../../errors";
import { formDataToObject } from "../../validation";
import { mergeUnits } from "./merge-units";
import { addOfficeHours, withdrawOfficeHours } from "./office-hours";
import { saveUnit } from "./save-unit";

type State = Result<unknown> | null;

export async function saveUnitAction(_prev: State, fd: FormData) {
  const input = formDataToObject(fd);
  const result = await saveUnit(currentActor, input);
  if (result.ok && !input.id) redirect(paths.admin.unit(result.data.id, { "da-luu": 1 }));
  return result;
}

export async function mergeUnitsAction(_prev: State, fd: FormData) {
  return mergeUnits(currentActor, formDataToObject(fd));
}

export async function addOfficeHoursAction(_prev: State, fd: FormData) {
  return addOfficeHours(currentActor, formDataToObject(fd));
}

export async function withdrawOfficeHoursAction(_prev: State, fd: FormData) {
  return withdrawOfficeHours(currentActor, formDataToObject(fd));
}
