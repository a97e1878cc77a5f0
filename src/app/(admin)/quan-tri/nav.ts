import type { NavItem } from "@/components/layout/site-shell";
import type { Role } from "@/generated/prisma/enums";
import { paths } from "@/lib/paths";

/**
 * The administration's navigation. Unit leaders reach only the plan screens (they edit the
 * plans their unit issues); every entry is a page that exists and that the role may open.
 */
export function adminNav(role: Role | null): NavItem[] {
  if (role === "UNIT_LEADER") {
    return [
      { href: paths.admin.plans(), label: "Kế hoạch của đơn vị" },
      { href: paths.officer.home(), label: "Về Bộ phận Một cửa" },
    ];
  }
  return [
    { href: paths.admin.home(), label: "Tổng quan" },
    { href: paths.admin.plans(), label: "Kế hoạch" },
    { href: paths.admin.procedures(), label: "Thủ tục" },
    { href: paths.admin.units(), label: "Đơn vị" },
    { href: paths.admin.users(), label: "Người dùng" },
    { href: paths.admin.calendar(), label: "Lịch nghỉ" },
    { href: paths.admin.audit(), label: "Nhật ký" },
  ];
}
