import type { NavItem } from "@/components/layout/site-shell";

/** The officer area's navigation for one unit; each entry is a page that exists. */
export function officerNav(unitSlug: string, options: { canEditPlans?: boolean } = {}): NavItem[] {
  const base = `/can-bo/${unitSlug}`;
  return [
    { href: base, label: "Bảng hôm nay" },
    { href: `${base}/tiep-nhan`, label: "Tiếp nhận" },
    { href: `${base}/ho-so`, label: "Hồ sơ" },
    { href: `${base}/so-theo-doi`, label: "Sổ theo dõi" },
    { href: `${base}/den-nha`, label: "Đến nhà" },
    { href: `${base}/lang-nghe`, label: "Lắng nghe dân" },
    { href: `${base}/thu`, label: "Thư" },
    { href: `${base}/than-thien`, label: "Thân thiện" },
    { href: `${base}/bao-cao`, label: "Báo cáo định kỳ" },
    // Unit leaders edit their unit's plans in the plan screens (issue #8).
    ...(options.canEditPlans ? [{ href: "/quan-tri/ke-hoach", label: "Kế hoạch của đơn vị" }] : []),
  ];
}
