"use server";

import { currentActor } from "../auth/session";
import type { Result } from "../errors";
import { formDataToObject } from "../validation";
import { exportPersonalData, type PersonalDataExportDto } from "./export-personal-data";

type State = Result<PersonalDataExportDto> | null;

export async function exportPersonalDataAction(_prev: State, formData: FormData): Promise<State> {
  return exportPersonalData(currentActor, formDataToObject(formData));
}
