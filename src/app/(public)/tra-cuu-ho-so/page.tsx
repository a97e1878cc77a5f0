import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/primitives";
import { LookupForm } from "@/components/public/lookup-form";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: "Tra cứu hồ sơ" };

/** `?ma=` (the receipt's QR code) fills the code in, with or without JavaScript. */
export default async function LookupPage({ searchParams }: { searchParams: Promise<{ ma?: string | string[] }> }) {
  const { ma } = await searchParams;
  const code = (Array.isArray(ma) ? ma[0] : ma)?.trim().slice(0, 40) || undefined;
  return (
    <>
      <PageHeader
        title="Tra cứu hồ sơ"
        subtitle="Nhập mã hồ sơ ghi trên giấy hẹn trả kết quả và 4 số cuối của số điện thoại bạn đã khai khi nộp. Trang chỉ cho biết tình trạng, thời hạn và nơi giải quyết; không hiển thị họ tên, số điện thoại hay địa chỉ."
      />
      <div className="max-w-2xl">
        <LookupForm code={code} />
        <p className="mt-4 text-sm text-muted">
          Để bảo vệ thông tin, sau vài lần tra cứu sai, mỗi lần thử tiếp phải chờ lâu dần (vài giây đến vài phút); mã đã bị nhập sai 4 số cuối nhiều lần thì cần số điện thoại đầy đủ. Xem{" "}
          <Link href={paths.privacy()} className="text-brand-700 underline">chính sách bảo vệ dữ liệu cá nhân</Link>.
        </p>
      </div>
    </>
  );
}
