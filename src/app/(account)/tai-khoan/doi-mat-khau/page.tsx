import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/primitives";
import { paths } from "@/lib/paths";
import { requirePagePermission } from "@/server/auth/session";
import { ChangePasswordForm } from "./form";

export const metadata: Metadata = { title: "Đổi mật khẩu" };

export default async function ChangePasswordPage() {
  const user = await requirePagePermission("account.self", paths.changePassword());
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Đổi mật khẩu" subtitle={`Tài khoản: ${user.username}`} />
      <Card>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
