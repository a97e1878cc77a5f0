import Link from "next/link";
import { paths } from "@/lib/paths";

export default function NotFound() {
  return (
    <main id="noi-dung" className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-5xl font-bold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">Không tìm thấy trang</h1>
      <p className="mt-2 text-muted">Địa chỉ có thể đã thay đổi. Hãy tìm đơn vị hoặc thủ tục từ trang chủ.</p>
      <p className="mt-6">
        <Link href={paths.home()} className="font-semibold text-brand-700">
          Về trang chủ
        </Link>
      </p>
    </main>
  );
}
