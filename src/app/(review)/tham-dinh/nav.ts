import type { NavItem } from "@/components/layout/site-shell";
import { paths } from "@/lib/paths";

export function reviewNav(): NavItem[] {
  return [{ href: paths.review.home(), label: "Theo dõi báo cáo" }];
}
