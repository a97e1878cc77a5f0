import type { Route } from "next";
import Link from "next/link";
import { paths } from "@/lib/paths";

export interface NavItem {
  href: Route;
  label: string;
}

/**
 * The page frame every audience shares: a header with the unit's name, the audience's
 * navigation, the content and a footer. Presentational only.
 */
export function SiteShell({
  audience,
  unitName,
  nav,
  actions,
  children,
}: {
  audience: string;
  unitName?: string | null;
  nav: NavItem[];
  actions?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="no-print border-b-4 border-flag-600 bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <Link href={paths.home()} className="flex items-center gap-3 no-underline">
            <span aria-hidden="true" className="grid h-10 w-10 shrink-0 place-items-center rounded-full bg-flag-600 text-lg font-bold text-yellow-300">
              ★
            </span>
            <span className="leading-tight">
              <span className="block text-lg font-bold">Cổng mô hình CCHC</span>
              <span className="block text-sm text-brand-100">{unitName ?? audience}</span>
            </span>
          </Link>
          {actions ? <div className="flex items-center gap-3 text-sm">{actions}</div> : null}
        </div>
        {nav.length > 0 ? (
          <nav aria-label={`Điều hướng — ${audience}`} className="bg-brand-900">
            <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="inline-block px-3 py-2 text-[0.95rem] text-white no-underline hover:bg-brand-700 hover:underline">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="noi-dung" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="no-print border-t border-slate-300 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-5 text-sm text-muted">
          <p className="font-semibold text-ink">Cổng mô hình cải cách hành chính của xã, phường</p>
          <p>
            Thông tin lịch và thời hạn được tính từ kế hoạch đã ban hành của từng đơn vị và quy định pháp luật về cơ chế một cửa.
            Giờ theo múi giờ Việt Nam (GMT+7).
          </p>
          <p className="mt-1">
            <Link href={paths.privacy()}>Chính sách bảo vệ dữ liệu cá nhân</Link> · <Link href={paths.api.openApi()}>API mở</Link>
          </p>
        </div>
      </footer>
    </div>
  );
}
