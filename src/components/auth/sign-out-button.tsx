"use client";

import { signOut } from "next-auth/react";
import { paths } from "@/lib/paths";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: paths.signIn() })}
      className="rounded px-3 py-1.5 font-semibold text-white ring-1 ring-inset ring-white/60 hover:bg-brand-700"
    >
      Đăng xuất
    </button>
  );
}
