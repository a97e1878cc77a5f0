import { SiteShell } from "@/components/layout/site-shell";
import { UserMenu } from "@/components/layout/user-menu";
import { roleLabels } from "@/server/auth/permissions";
import { currentUser } from "@/server/auth/session";
import { adminNav } from "./nav";

// Presentation only; each page checks the role itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <SiteShell audience="Quản trị hệ thống" nav={adminNav()} actions={user ? <UserMenu fullName={user.fullName} roleLabel={roleLabels[user.role]} /> : null}>
      {children}
    </SiteShell>
  );
}
