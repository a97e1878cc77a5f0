"use client";

import type { Route } from "next";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert, Field, buttonClass, inputClass } from "@/components/ui/primitives";
import { paths } from "@/lib/paths";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl?: Route; initialError?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | undefined>(initialError);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      setError(undefined);
      const result = await signIn("credentials", {
        redirect: false,
        username: String(form.get("username") ?? ""),
        password: String(form.get("password") ?? ""),
      });
      if (!result || result.error) {
        setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "Tên đăng nhập hoặc mật khẩu không đúng.");
        return;
      }
      router.replace(callbackUrl ?? paths.afterSignIn());
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert tone="bad">{error}</Alert> : null}
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
