import type { Route } from "next";
import Link from "next/link";
import { paths } from "@/lib/paths";

export function Breadcrumbs({ items }: { items: { href?: Route; label: string }[] }) {
  return (
    <nav aria-label="Đường dẫn" className="no-print mb-2 text-sm text-muted">
      <ol className="flex flex-wrap gap-x-1">
        {items.map((item, i) => (
          <li key={`${item.label}-${i}`}>
            {i > 0 ? <span aria-hidden="true">› </span> : null}
            {item.href ? (
              <Link href={item.href} className="text-brand-700 underline">
                {item.label}
              </Link>
            ) : (
              <span>{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Links up the tree: a province opens the home page's commune list, other units their own page. */
export function ancestorCrumbs(ancestors: { slug: string; name: string; kind: string }[]) {
  return ancestors.map((a) => ({ label: a.name, href: paths.place(a) }));
}
