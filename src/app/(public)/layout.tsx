import { SiteShell } from "@/components/layout/site-shell";
import { paths } from "@/lib/paths";

const nav = [
  { href: paths.home(), label: "Trang chủ" },
  { href: paths.search(), label: "Tìm thủ tục, đơn vị" },
  { href: paths.lookup(), label: "Tra cứu hồ sơ" },
  { href: paths.plans(), label: "Các kế hoạch" },
  { href: paths.signIn(), label: "Cán bộ đăng nhập" },
];

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteShell audience="Thông tin công khai cho người dân" nav={nav}>
      {children}
    </SiteShell>
  );
}
