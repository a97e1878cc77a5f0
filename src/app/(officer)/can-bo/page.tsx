import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import { requirePagePermission } from "@/server/auth/session";
import { workUnitsOf } from "@/server/units/queries";

/** The officer area opens on the board of the officer's own unit. */
export default async function OfficerHome() {
  const user = await requirePagePermission("dossier.read", paths.officer.home());
  const [unit] = await workUnitsOf(user);
  if (!unit) redirect(paths.signIn());
  redirect(paths.officer.board(unit.slug));
}
