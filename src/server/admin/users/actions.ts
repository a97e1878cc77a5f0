"use server";

import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import { currentActor } from "../../auth/session";
import type { Result } from "../../errors";
import { formDataToObject } from "../../validation";
import { createUser } from "./create-user";
import { resetPassword } from "./reset-password";
import { setUserActive } from "./set-user-active";
import { updateUser } from "./update-user";

type State = Result<unknown> | null;

export async function createUserAction(_prev: State, fd: FormData) {
  const result = await createUser(currentActor, formDataToObject(fd));
  if (result.ok) redirect(paths.admin.user(result.data.id, { "da-tao": 1 }));
  return result;
}

export async function updateUserAction(_prev: State, fd: FormData) {
  return updateUser(currentActor, formDataToObject(fd));
}

export async function setUserActiveAction(_prev: State, fd: FormData) {
  return setUserActive(currentActor, formDataToObject(fd));
}

export async function resetPasswordAction(_prev: State, fd: FormData) {
  return resetPassword(currentActor, formDataToObject(fd));
}
