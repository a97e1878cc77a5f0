import { SiteShell } from "@/components/layout/site-shell";
import { UserMenu } from "@/components/layout/user-menu";
import { roleLabel } from "@/domain/labels";
import { currentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { reviewNav } from "./nav";

// Presentation only; each page checks the role itself.
export default async function ReviewLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  const unit = user?.unitId ? await db.unit.findUnique({ where: { id: user.unitId }, select: { name: true } }) : null;
  return (
    <SiteShell
      audience="Thẩm định báo cáo"
      unitName={unit ? `${unit.name} — Thẩm định báo cáo` : "Thẩm định báo cáo"}
      nav={reviewNav()}
      actions={user ? <UserMenu fullName={user.fullName} roleLabel={roleLabel[user.role]} /> : null}
    >
      {children}
    </SiteShell>
  );
}
