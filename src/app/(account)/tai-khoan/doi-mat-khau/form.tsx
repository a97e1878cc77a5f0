"use client";

import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { changePasswordAction } from "@/server/account/actions";

export function ChangePasswordForm() {
  return (
    <ActionForm action={changePasswordAction} success="Đã đổi mật khẩu. Mọi phiên đăng nhập của tài khoản đã kết thúc: vui lòng đăng nhập lại bằng mật khẩu mới.">
      <TextField name="currentPassword" label="Mật khẩu hiện tại" type="password" required autoComplete="current-password" />
      <TextField name="newPassword" label="Mật khẩu mới" type="password" required autoComplete="new-password" hint="Ít nhất 10 ký tự, có chữ cái và chữ số." />
      <TextField name="confirmPassword" label="Nhập lại mật khẩu mới" type="password" required autoComplete="new-password" />
      <SubmitButton>Đổi mật khẩu</SubmitButton>
    </ActionForm>
  );
}
