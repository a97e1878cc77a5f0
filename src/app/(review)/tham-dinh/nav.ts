import type { NavItem } from "@/components/layout/site-shell";

export function reviewNav(): NavItem[] {
  return [{ href: "/tham-dinh", label: "Theo dõi báo cáo" }];
}
