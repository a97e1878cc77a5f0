import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Badge, Card, PageHeader } from "@/components/ui/primitives";
import { formatInstantVi } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { unitOptions } from "@/server/admin/plans/queries";
import { setUserActiveAction, updateUserAction } from "@/server/admin/users/actions";
import { userForm } from "@/server/admin/users/queries";
import { requirePagePermission } from "@/server/auth/session";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { UserFields } from "../user-fields";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Người dùng" };
export const dynamic = "force-dynamic";

export default async function UserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ "da-tao"?: string }> }) {
  const { id } = await params;
  const admin = await requirePagePermission("user.manage", paths.admin.user(id));
  const [user, units] = await Promise.all([userForm(id), unitOptions(null)]);
  if (!user) notFound();
  const self = admin.id === user.id;
  return (
    <>
      <nav aria-label="Đường dẫn" className="mb-2 text-sm text-muted">
        <Link href={paths.admin.users()}>Người dùng</Link> › {user.fullName}
      </nav>
      <PageHeader
        title={user.fullName}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono">{user.username}</span>
            {user.active ? <Badge tone="ok">Đang hoạt động</Badge> : <Badge tone="bad">Đã khóa</Badge>}
            {user.mustChangePassword ? <Badge tone="warn">Phải đổi mật khẩu</Badge> : null}
          </span>
        }
      />
      {(await searchParams)["da-tao"] === "1" ? (
        <div className="mb-4">
          <Alert tone="ok">Đã tạo tài khoản. Hãy trao mật khẩu ban đầu cho người dùng.</Alert>
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card title="Vai trò và đơn vị" className="lg:col-span-2">
          <ActionForm action={updateUserAction} success="Đã lưu người dùng." label="Vai trò và đơn vị">
            <input type="hidden" name="id" value={user.id} />
            <UserFields user={user} units={units} />
            {self ? <p className="text-sm text-muted">Bạn không thể tự đổi vai trò của chính mình.</p> : null}
            <SubmitButton>Lưu</SubmitButton>
          </ActionForm>
        </Card>
        <div className="space-y-6">
          <Card title="Mật khẩu">
            <p className="mb-3 text-sm text-muted">
              {user.passwordChangedAt ? `Đổi lần cuối: ${formatInstantVi(new Date(user.passwordChangedAt))}.` : "Chưa đổi mật khẩu ban đầu."}{" "}
              {user.lastSignInAt ? `Đăng nhập gần nhất: ${formatInstantVi(new Date(user.lastSignInAt))}.` : ""}
            </p>
            <ResetPasswordForm userId={user.id} />
          </Card>
          {!self ? (
            <Card title={user.active ? "Khóa tài khoản" : "Mở khóa tài khoản"}>
              {/* Keyed by the state it changes: the new form starts fresh instead of showing the old outcome. */}
              <ActionForm key={String(user.active)} action={setUserActiveAction} label={user.active ? "Khóa tài khoản" : "Mở khóa tài khoản"}>
                <input type="hidden" name="id" value={user.id} />
                {user.active ? null : <input type="hidden" name="active" value="on" />}
                <p className="text-sm">{user.active ? "Tài khoản bị khóa không đăng nhập được; phiên đang mở hết hiệu lực ngay." : "Người dùng đăng nhập lại được bằng mật khẩu hiện có."}</p>
                <SubmitButton variant={user.active ? "danger" : "primary"}>{user.active ? "Khóa tài khoản" : "Mở khóa"}</SubmitButton>
              </ActionForm>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
