import { SiteShell } from "@/components/layout/site-shell";
import { UserMenu } from "@/components/layout/user-menu";
import { roleLabel } from "@/domain/labels";
import { roleHome } from "@/server/auth/permissions";
import { currentUser } from "@/server/auth/session";

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <SiteShell
      audience="Tài khoản"
      nav={user ? [{ href: roleHome[user.role], label: "Về khu vực làm việc" }] : []}
      actions={user ? <UserMenu fullName={user.fullName} roleLabel={roleLabel[user.role]} /> : null}
    >
      {children}
    </SiteShell>
  );
}
