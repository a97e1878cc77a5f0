import type { NavItem } from "@/components/layout/site-shell";

/** The officer area's navigation for one unit; each entry is a page that exists. */
export function officerNav(unitSlug: string): NavItem[] {
  const base = `/can-bo/${unitSlug}`;
  return [{ href: base, label: "Bảng hôm nay" }, { href: `${base}/bao-cao`, label: "Báo cáo định kỳ" }];
}
