import { Alert } from "@/components/ui/primitives";

/** Shown (and printed) wherever an illustrative plan or its models appear. */
export function IllustrativeBanner({ subject = "Kế hoạch này" }: { subject?: string }) {
  return (
    <Alert tone="warn" title="Dữ liệu minh họa — không phải văn bản thật">
      {subject} do bản trình diễn của Cổng tạo ra để tiếp nối các mô hình thật cho đơn vị hiện nay, tính từ ngày nạp dữ liệu mẫu trong 12 tháng. Không dùng làm căn cứ.
    </Alert>
  );
}
