"use server";

import { redirect } from "next/navigation";
import { localPath, paths } from "@/lib/paths";
import { db } from "../db";
import { roleHome } from "./permissions";
import { toErrorBody, type Result } from "../errors";
import { requestIp, startSession } from "./session";
import { verifyCredentials, type SignedInUser } from "./sign-in";
import { formOf } from "../validation";

/**
 * The sign-in form's action: a POST with or without JavaScript (so the password never goes
 * into an address), protected against other sites like every server action. On success it
 * opens the session and goes to the callback, kept on this site by localPath.
 */
export async function signInAction(_prev: Result<never> | null, sent: FormData): Promise<Result<never>> {
  const formData = formOf(sent);
  let user: SignedInUser;
  try {
    user = await verifyCredentials(db, { username: String(formData.get("username") ?? ""), password: String(formData.get("password") ?? ""), ip: await requestIp() });
  } catch (error) {
    return { ok: false, error: toErrorBody(error) };
  }
  await startSession(user);
  // Straight to the role's area: the address bar never stops at the in-between redirect page.
  const callback = localPath(String(formData.get("callbackUrl") ?? ""));
  redirect(callback && callback !== paths.afterSignIn() ? callback : roleHome[user.role]);
}
