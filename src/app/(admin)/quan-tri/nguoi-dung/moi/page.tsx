import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/primitives";
import { paths } from "@/lib/paths";
import { unitOptions } from "@/server/admin/plans/queries";
import { createUserAction } from "@/server/admin/users/actions";
import { requirePagePermission } from "@/server/auth/session";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { UserFields } from "../user-fields";

export const metadata: Metadata = { title: "Thêm người dùng" };
export const dynamic = "force-dynamic";

export default async function NewUserPage() {
  await requirePagePermission("user.manage", paths.admin.newUser());
  return (
    <>
      <PageHeader title="Thêm người dùng" subtitle="Người dùng phải đổi mật khẩu ban đầu khi đăng nhập lần đầu." />
      <Card>
        <ActionForm action={createUserAction} label="Thêm người dùng">
          <TextField name="username" label="Tên đăng nhập" required hint="Chữ thường không dấu, ví dụ canbo.phonhon." autoComplete="off" />
          <UserFields units={await unitOptions(null)} />
          <TextField name="password" type="password" label="Mật khẩu ban đầu" required hint="Ít nhất 10 ký tự, có chữ cái và chữ số." autoComplete="new-password" />
          <SubmitButton>Thêm người dùng</SubmitButton>
        </ActionForm>
      </Card>
    </>
  );
}
