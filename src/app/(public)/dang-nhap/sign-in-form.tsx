"use client";

import type { Route } from "next";
import { useActionState } from "react";
import { Alert, Field, buttonClass, inputClass } from "@/components/ui/primitives";
import { signInAction } from "@/server/auth/actions";

/**
 * A server action form: React renders it as a POST to the page, so it works before
 * JavaScript loads and never puts the password in the address; with JavaScript the same
 * action runs without a reload.
 */
export function SignInForm({ callbackUrl, initialError }: { callbackUrl?: Route; initialError?: string }) {
  const [state, action, pending] = useActionState(signInAction, null);
  const error = state && !state.ok ? state.error.message : initialError;

  return (
    <form action={action} className="space-y-4" noValidate>
      {error ? <Alert tone="bad">{error}</Alert> : null}
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field label="Tên đăng nhập" htmlFor="username" required>
        <input id="username" name="username" autoComplete="username" required className={inputClass} autoCapitalize="none" spellCheck={false} />
      </Field>
      <Field label="Mật khẩu" htmlFor="password" required>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </Field>
      <button type="submit" className={buttonClass("primary", "w-full")} disabled={pending}>
        {pending ? "Đang đăng nhập…" : "Đăng nhập"}
      </button>
    </form>
  );
}
