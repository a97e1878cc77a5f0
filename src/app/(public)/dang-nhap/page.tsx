import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/primitives";
import { localPath } from "@/lib/paths";
import { currentUser } from "@/server/auth/session";
import { roleHome } from "@/server/auth/permissions";
import { signInErrorText } from "@/server/auth/sign-in";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Đăng nhập cán bộ" };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> }) {
  const params = await searchParams;
  const user = await currentUser();
  const callbackUrl = localPath(first(params.callbackUrl));
  if (user) redirect(callbackUrl ?? roleHome[user.role]);
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Đăng nhập cán bộ" subtitle="Dành cho công chức Bộ phận Một cửa, lãnh đạo đơn vị, cán bộ Nội vụ và quản trị." />
      <Card>
        <SignInForm callbackUrl={callbackUrl} initialError={signInErrorText(first(params.error))} />
      </Card>
      <p className="mt-4 text-sm text-muted">Người dân không cần tài khoản: mọi thông tin về mô hình, thủ tục và tra cứu hồ sơ đều công khai.</p>
    </div>
  );
}
