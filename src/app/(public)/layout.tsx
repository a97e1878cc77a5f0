import { SiteShell } from "@/components/layout/site-shell";

const nav = [
  { href: "/", label: "Trang chủ" },
  { href: "/tim-kiem", label: "Tìm thủ tục, đơn vị" },
  { href: "/tra-cuu-ho-so", label: "Tra cứu hồ sơ" },
  { href: "/ke-hoach", label: "Các kế hoạch" },
  { href: "/dang-nhap", label: "Cán bộ đăng nhập" },
];

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteShell audience="Thông tin công khai cho người dân" nav={nav}>
      {children}
    </SiteShell>
  );
}
