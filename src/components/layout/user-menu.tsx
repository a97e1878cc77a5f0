import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { paths } from "@/lib/paths";

export function UserMenu({ fullName, roleLabel }: { fullName: string; roleLabel: string }) {
  return (
    <>
      <span className="hidden text-right leading-tight sm:block">
        <span className="block font-semibold">{fullName}</span>
        <span className="block text-brand-100">{roleLabel}</span>
      </span>
      <Link href={paths.changePassword()} className="text-white">
        Đổi mật khẩu
      </Link>
      <SignOutButton />
    </>
  );
}
