import type { NavItem } from "@/components/layout/site-shell";

export function adminNav(): NavItem[] {
  return [{ href: "/quan-tri", label: "Tổng quan" }];
}
