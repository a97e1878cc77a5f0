"use server";

import { currentActor } from "../../auth/session";
import type { Result } from "../../errors";
import { formDataToObject } from "../../validation";
import { addCalendarEntry } from "./add-calendar-entry";
import { removeCalendarEntry } from "./remove-calendar-entry";

type State = Result<unknown> | null;

export async function addCalendarEntryAction(_prev: State, fd: FormData) {
  return addCalendarEntry(currentActor, formDataToObject(fd));
}

export async function removeCalendarEntryAction(_prev: State, fd: FormData) {
  return removeCalendarEntry(currentActor, formDataToObject(fd));
}
