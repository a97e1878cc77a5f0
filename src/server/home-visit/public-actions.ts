"use server";

import { currentActor } from "../auth/session";
import type { Result } from "../errors";
import { formDataToObject } from "../validation";
import { requestHomeVisit, type HomeVisitRequestDto } from "./request-home-visit";

/** The citizen's home-visit form (no account). Officers' actions on requests live in actions.ts. */
export async function requestHomeVisitAction(_prev: Result<HomeVisitRequestDto> | null, formData: FormData): Promise<Result<HomeVisitRequestDto>> {
  return requestHomeVisit(currentActor, formDataToObject(formData));
}
