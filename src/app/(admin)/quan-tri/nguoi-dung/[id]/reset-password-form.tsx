"use client";

import { useActionState } from "react";
import { Alert, buttonClass } from "@/components/ui/primitives";
import { resetPasswordAction } from "@/server/admin/users/actions";

/** The temporary password is shown here once; it is stored only as an argon2id hash. */
export function ResetPasswordForm({ userId }: { userId: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, null);
  const data = state?.ok ? (state.data as { username: string; temporaryPassword: string }) : null;
  return (
    <form action={action} className="space-y-3" aria-label="Cấp lại mật khẩu">
      <input type="hidden" name="id" value={userId} />
      {data ? (
        <Alert tone="ok" title="Đã cấp mật khẩu tạm thời">
          <p>
            Mật khẩu tạm thời của <span className="font-mono">{data.username}</span>: <strong className="font-mono text-lg">{data.temporaryPassword}</strong>
          </p>
          <p className="text-sm">Chỉ hiện một lần. Người dùng phải đổi mật khẩu khi đăng nhập.</p>
        </Alert>
      ) : null}
      {state && !state.ok ? <Alert tone="bad">{state.error.message}</Alert> : null}
      <button type="submit" className={buttonClass("secondary")} disabled={pending}>
        {pending ? "Đang cấp…" : "Cấp lại mật khẩu"}
      </button>
    </form>
  );
}
