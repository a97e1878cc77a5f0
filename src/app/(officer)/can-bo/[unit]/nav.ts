import type { NavItem } from "@/components/layout/site-shell";
import { paths } from "@/lib/paths";

/** The officer area's navigation for one unit; each entry is a page that exists. */
export function officerNav(unitSlug: string, options: { canEditPlans?: boolean } = {}): NavItem[] {
  const o = paths.officer;
  return [
    { href: o.board(unitSlug), label: "Bảng hôm nay" },
    { href: o.intake(unitSlug), label: "Tiếp nhận" },
    { href: o.dossiers(unitSlug), label: "Hồ sơ" },
    { href: o.trackingBook(unitSlug), label: "Sổ theo dõi" },
    { href: o.homeVisits(unitSlug), label: "Đến nhà" },
    { href: o.sessions(unitSlug), label: "Lắng nghe dân" },
    { href: o.letters(unitSlug), label: "Thư" },
    { href: o.friendly(unitSlug), label: "Thân thiện" },
    { href: o.reports(unitSlug), label: "Báo cáo định kỳ" },
    { href: o.personalData(unitSlug), label: "Dữ liệu cá nhân" },
    // Unit leaders edit their unit's plans in the plan screens (decision 008).
    ...(options.canEditPlans ? [{ href: paths.admin.plans(), label: "Kế hoạch của đơn vị" }] : []),
  ];
}
