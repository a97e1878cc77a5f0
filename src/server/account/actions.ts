"use server";

import { currentActor } from "../auth/session";
import type { Result } from "../errors";
import { formDataToObject } from "../validation";
import { changePassword } from "./change-password";

export async function changePasswordAction(_prev: Result<{ changedAt: string }> | null, formData: FormData) {
  return changePassword(currentActor, formDataToObject(formData));
}
