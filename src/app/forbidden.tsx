import Link from "next/link";
import { paths } from "@/lib/paths";

export default function Forbidden() {
  return (
    <main id="noi-dung" className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-5xl font-bold text-flag-600">403</p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">Bạn không có quyền xem trang này</h1>
      <p className="mt-2 text-muted">Trang này thuộc đơn vị khác hoặc vai trò khác. Dữ liệu của người dân chỉ hiển thị cho đơn vị trực tiếp giải quyết.</p>
      <p className="mt-6">
        <Link href={paths.home()} className="font-semibold text-brand-700">
          Về trang chủ
        </Link>
      </p>
    </main>
  );
}
