import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";

export function UserMenu({ fullName, roleLabel }: { fullName: string; roleLabel: string }) {
  return (
    <>
      <span className="hidden text-right leading-tight sm:block">
        <span className="block font-semibold">{fullName}</span>
        <span className="block text-brand-100">{roleLabel}</span>
      </span>
      <Link href="/tai-khoan/doi-mat-khau" className="text-white">
        Đổi mật khẩu
      </Link>
      <SignOutButton />
    </>
  );
}
