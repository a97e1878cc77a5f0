import type { NavItem } from "@/components/layout/site-shell";
import type { Role } from "@/generated/prisma/enums";

/**
 * The administration's navigation. Unit leaders reach only the plan screens (they edit the
 * plans their unit issues); every entry is a page that exists and that the role may open.
 */
export function adminNav(role: Role | null): NavItem[] {
  if (role === "UNIT_LEADER") {
    return [
      { href: "/quan-tri/ke-hoach", label: "Kế hoạch của đơn vị" },
      { href: "/can-bo", label: "Về Bộ phận Một cửa" },
    ];
  }
  return [
    { href: "/quan-tri", label: "Tổng quan" },
    { href: "/quan-tri/ke-hoach", label: "Kế hoạch" },
    { href: "/quan-tri/thu-tuc", label: "Thủ tục" },
    { href: "/quan-tri/don-vi", label: "Đơn vị" },
    { href: "/quan-tri/nguoi-dung", label: "Người dùng" },
    { href: "/quan-tri/lich", label: "Lịch nghỉ" },
    { href: "/quan-tri/nhat-ky", label: "Nhật ký" },
  ];
}
