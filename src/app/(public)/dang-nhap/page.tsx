import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/primitives";
import { localPath } from "@/lib/paths";
import { currentUser } from "@/server/auth/session";
import { roleHome } from "@/server/auth/permissions";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Đăng nhập cán bộ" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const params = await searchParams;
  const user = await currentUser();
  const callbackUrl = localPath(params.callbackUrl);
  if (user) redirect(callbackUrl ?? roleHome[user.role]);
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Đăng nhập cán bộ" subtitle="Dành cho công chức Bộ phận Một cửa, lãnh đạo đơn vị, cán bộ Nội vụ và quản trị." />
      <Card>
        <SignInForm callbackUrl={callbackUrl} initialError={params.error && params.error !== "CredentialsSignin" ? params.error : undefined} />
      </Card>
      <p className="mt-4 text-sm text-muted">Người dân không cần tài khoản: mọi thông tin về mô hình, thủ tục và tra cứu hồ sơ đều công khai.</p>
    </div>
  );
}
