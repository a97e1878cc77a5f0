import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, LinkButton, PageHeader, buttonClass, inputClass } from "@/components/ui/primitives";
import { formatInstantVi } from "@/domain/schedule/local-time";
import { paths } from "@/lib/paths";
import { listUsers } from "@/server/admin/users/queries";
import { requirePagePermission } from "@/server/auth/session";
import { labelOptions, roleLabel } from "@/domain/labels";
import { ScrollArea } from "@/components/ui/scroll-area";

export const metadata: Metadata = { title: "Người dùng" };
export const dynamic = "force-dynamic";

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ q?: string; "vai-tro"?: string; "ca-khoa"?: string }> }) {
  await requirePagePermission("user.manage", paths.admin.users());
  const q = await searchParams;
  const users = await listUsers({ q: q.q, role: q["vai-tro"], inactive: q["ca-khoa"] === "1" });
  return (
    <>
      <PageHeader title="Người dùng" subtitle="Tài khoản cán bộ, lãnh đạo, người thẩm định và quản trị; mỗi tài khoản làm việc trong phạm vi đơn vị của mình.">
        <LinkButton href={paths.admin.newUser()}>Thêm người dùng</LinkButton>
      </PageHeader>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Lọc người dùng">
        <div>
          <label htmlFor="q" className="block text-sm font-semibold">
            Tìm
          </label>
          <input id="q" name="q" defaultValue={q.q} className={inputClass} placeholder="Tên, tài khoản, đơn vị" />
        </div>
        <div>
          <label htmlFor="vai-tro" className="block text-sm font-semibold">
            Vai trò
          </label>
          <select id="vai-tro" name="vai-tro" defaultValue={q["vai-tro"] ?? ""} className={inputClass}>
            <option value="">Tất cả</option>
            {labelOptions(roleLabel).map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="ca-khoa" value="1" defaultChecked={q["ca-khoa"] === "1"} className="h-5 w-5 accent-brand-700" />
          Gồm tài khoản đã khóa
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Lọc
        </button>
      </form>
      <Card title={`${users.length} tài khoản`}>
        <ScrollArea label="Bảng người dùng">
          <table className="w-full min-w-[40rem] text-left">
            <caption className="sr-only">Danh sách người dùng</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Người dùng
                </th>
                <th scope="col" className="py-2 pr-3">
                  Vai trò
                </th>
                <th scope="col" className="py-2 pr-3">
                  Đơn vị
                </th>
                <th scope="col" className="py-2 pr-3">
                  Đăng nhập gần nhất
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3">
                    <Link href={paths.admin.user(u.id)} className="font-semibold text-brand-800">
                      {u.fullName}
                    </Link>
                    <span className="block font-mono text-sm text-muted">{u.username}</span>
                    {!u.active ? <Badge tone="bad">Đã khóa</Badge> : null}
                    {u.mustChangePassword ? <Badge tone="warn">Phải đổi mật khẩu</Badge> : null}
                  </td>
                  <td className="py-2 pr-3">{roleLabel[u.role]}</td>
                  <td className="py-2 pr-3">{u.unitName ?? "—"}</td>
                  <td className="py-2 pr-3">{u.lastSignInAt ? formatInstantVi(new Date(u.lastSignInAt)) : "Chưa đăng nhập"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      </Card>
    </>
  );
}
