import { SiteShell } from "@/components/layout/site-shell";
import { UserMenu } from "@/components/layout/user-menu";
import { roleHome, roleLabels } from "@/server/auth/permissions";
import { currentUser } from "@/server/auth/session";

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <SiteShell
      audience="Tài khoản"
      nav={user ? [{ href: roleHome[user.role], label: "Về khu vực làm việc" }] : []}
      actions={user ? <UserMenu fullName={user.fullName} roleLabel={roleLabels[user.role]} /> : null}
    >
      {children}
    </SiteShell>
  );
}
