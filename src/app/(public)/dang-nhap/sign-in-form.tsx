"use client";

import type { Route } from "next";
import { startTransition, useActionState } from "react";
import { FieldErrors, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { Alert } from "@/components/ui/primitives";
import { signInAction } from "@/server/auth/actions";

/**
 * A server action form: React renders it as a POST to the page, so it works before
 * JavaScript loads and never puts the password in the address; with JavaScript the same
 * action runs without a reload, and without React's reset of the form, so a wrong password
 * keeps the user name typed. The kit's fields and button, its own outcome (success is a
 * redirect).
 */
export function SignInForm({ callbackUrl, initialError }: { callbackUrl?: Route; initialError?: string }) {
  const [state, action, pending] = useActionState(signInAction, null);
  const error = state && !state.ok ? state.error.message : initialError;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  }

  return (
    <FieldErrors errors={undefined} pending={pending}>
      <form action={action} onSubmit={onSubmit} className="space-y-4" noValidate>
        {error ? <Alert tone="bad">{error}</Alert> : null}
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <TextField name="username" label="Tên đăng nhập" required autoComplete="username" autoCapitalize="none" spellCheck={false} />
        <TextField name="password" label="Mật khẩu" type="password" required autoComplete="current-password" />
        <SubmitButton className="w-full" pendingText="Đang đăng nhập…">
          Đăng nhập
        </SubmitButton>
      </form>
    </FieldErrors>
  );
}
