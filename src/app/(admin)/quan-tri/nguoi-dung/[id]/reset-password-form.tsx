"use client";

import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/primitives";
import { resetPasswordAction } from "@/server/admin/users/actions";

/** The temporary password is shown here once; it is stored only as an argon2id hash. */
export function ResetPasswordForm({ userId }: { userId: string }) {
  return (
    <ActionForm
      action={resetPasswordAction}
      label="Cấp lại mật khẩu"
      className="space-y-3"
      success={(state) => {
        const data = state.data as { username: string; temporaryPassword: string };
        return (
          <Alert tone="ok" title="Đã cấp mật khẩu tạm thời">
            <p>
              Mật khẩu tạm thời của <span className="font-mono">{data.username}</span>: <strong className="font-mono text-lg">{data.temporaryPassword}</strong>
            </p>
            <p className="text-sm">Chỉ hiện một lần. Người dùng phải đổi mật khẩu khi đăng nhập.</p>
          </Alert>
        );
      }}
    >
      <input type="hidden" name="id" value={userId} />
      <SubmitButton variant="secondary" pendingText="Đang cấp…">
        Cấp lại mật khẩu
      </SubmitButton>
    </ActionForm>
  );
}
