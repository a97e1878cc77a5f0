import { SiteShell } from "@/components/layout/site-shell";
import { UserMenu } from "@/components/layout/user-menu";
import { roleLabel } from "@/domain/labels";
import { currentUser } from "@/server/auth/session";
import { adminNav } from "./nav";

// Presentation only; each page checks the role (and for plans, the issuing unit) itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <SiteShell
      audience={user?.role === "UNIT_LEADER" ? "Kế hoạch và mô hình của đơn vị" : "Quản trị hệ thống"}
      nav={adminNav(user?.role ?? null)}
      actions={user ? <UserMenu fullName={user.fullName} roleLabel={roleLabel[user.role]} /> : null}
    >
      {children}
    </SiteShell>
  );
}
