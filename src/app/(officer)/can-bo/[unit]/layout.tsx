import { SiteShell } from "@/components/layout/site-shell";
import { UserMenu } from "@/components/layout/user-menu";
import { roleLabel } from "@/domain/labels";
import { can } from "@/server/auth/permissions";
import { currentUser } from "@/server/auth/session";
import { unitBySlug } from "@/server/units/queries";
import { officerNav } from "./nav";

// Presentation only: every page checks the user's role and unit scope itself (a layout does
// not re-run on client navigation, so it cannot be the security boundary).
export default async function OfficerLayout({ children, params }: { children: React.ReactNode; params: Promise<{ unit: string }> }) {
  const { unit: slug } = await params;
  const [user, unit] = await Promise.all([currentUser(), unitBySlug(slug)]);
  return (
    <SiteShell
      audience="Bộ phận Một cửa"
      unitName={unit ? `${unit.name} — Bộ phận Một cửa` : "Bộ phận Một cửa"}
      nav={officerNav(slug, { canEditPlans: user ? can(user.role, "plan.edit") : false })}
      actions={user ? <UserMenu fullName={user.fullName} roleLabel={roleLabel[user.role]} /> : null}
    >
      {children}
    </SiteShell>
  );
}
