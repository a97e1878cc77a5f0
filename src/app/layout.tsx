import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cổng mô hình CCHC", template: "%s · Cổng mô hình CCHC" },
  description:
    "Các mô hình cải cách hành chính của xã, phường: thủ tục trả kết quả trong ngày, giải quyết tại nhà, giờ làm thêm, lắng nghe dân nói — lịch, giờ và cam kết thời hạn.",
  applicationName: "Cổng mô hình CCHC",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0f4489",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen antialiased">
        <a
          href="#noi-dung"
          className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-800 focus:shadow"
        >
          Bỏ qua đến nội dung chính
        </a>
        {children}
      </body>
    </html>
  );
}
