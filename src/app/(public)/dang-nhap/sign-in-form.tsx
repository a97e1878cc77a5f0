"use client";

import type { Route } from "next";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FieldErrors, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { Alert } from "@/components/ui/primitives";
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

  // next-auth signs in from the browser, not through a server action: the kit's fields and button, its own outcome.
  return (
    <FieldErrors errors={undefined} pending={pending}>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {error ? <Alert tone="bad">{error}</Alert> : null}
        <TextField name="username" label="Tên đăng nhập" required autoComplete="username" autoCapitalize="none" spellCheck={false} />
        <TextField name="password" label="Mật khẩu" type="password" required autoComplete="current-password" />
        <SubmitButton className="w-full" pendingText="Đang đăng nhập…">
          Đăng nhập
        </SubmitButton>
      </form>
    </FieldErrors>
  );
}
