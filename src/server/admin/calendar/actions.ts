"use server";

import { currentActor } from "../../auth/session";
import type { Result } from "../../errors";
import { formDataToObject } from "../../validation";
import { addCalendarEntry } from "./add-calendar-entry";
import { removeCalendarEntry } from "./remove-calendar-entry";

type State = Result<unknown> | null;

export async function addCalendarEntryAction(_prev: State, fd: FormData) {
  return addCalendarEntry(await currentActor(), formDataToObject(fd));
}

export async function removeCalendarEntryAction(_prev: State, fd: FormData) {
  return removeCalendarEntry(await currentActor(), formDataToObject(fd));
}
