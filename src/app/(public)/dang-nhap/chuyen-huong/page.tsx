import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import { currentUser } from "@/server/auth/session";
import { roleHome } from "@/server/auth/permissions";

/** After sign-in: each role lands in its own area. */
export default async function AfterSignIn() {
  const user = await currentUser();
  redirect(user ? roleHome[user.role] : paths.signIn());
}
