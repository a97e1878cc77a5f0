"use client";

import { useActionState } from "react";
import { FormMessage, fieldError } from "@/components/forms/form-message";
import { Field, buttonClass, inputClass } from "@/components/ui/primitives";
import { changePasswordAction } from "@/server/account/actions";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const fields = [
    { name: "currentPassword", label: "Mật khẩu hiện tại", autoComplete: "current-password" },
    { name: "newPassword", label: "Mật khẩu mới", autoComplete: "new-password", hint: "Ít nhất 10 ký tự, có chữ cái và chữ số." },
    { name: "confirmPassword", label: "Nhập lại mật khẩu mới", autoComplete: "new-password" },
  ];
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} success="Đã đổi mật khẩu. Mọi phiên đăng nhập của tài khoản đã kết thúc: vui lòng đăng nhập lại bằng mật khẩu mới." />
      {fields.map((f) => {
        const error = fieldError(state, f.name);
        return (
          <Field key={f.name} label={f.label} htmlFor={f.name} hint={f.hint} error={error} required>
            <input
              id={f.name}
              name={f.name}
              type="password"
              required
              autoComplete={f.autoComplete}
              aria-invalid={error ? true : undefined}
              aria-describedby={[f.hint ? `${f.name}-hint` : "", error ? `${f.name}-error` : ""].filter(Boolean).join(" ") || undefined}
              className={inputClass}
            />
          </Field>
        );
      })}
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? "Đang lưu…" : "Đổi mật khẩu"}
      </button>
    </form>
  );
}
