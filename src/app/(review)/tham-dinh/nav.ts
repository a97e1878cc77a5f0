import type { NavItem } from "@/components/layout/site-shell";

export function reviewNav(): NavItem[] {
  return [{ href: "/tham-dinh", label: "Tổng quan" }];
}
