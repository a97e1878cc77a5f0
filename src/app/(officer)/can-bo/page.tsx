import { redirect } from "next/navigation";
import { requirePagePermission } from "@/server/auth/session";
import { workUnitsOf } from "@/server/units/queries";

/** The officer area opens on the board of the officer's own unit. */
export default async function OfficerHome() {
  const user = await requirePagePermission("dossier.read", "/can-bo");
  const [unit] = await workUnitsOf(user);
  if (!unit) redirect("/dang-nhap");
  redirect(`/can-bo/${unit.slug}`);
}
