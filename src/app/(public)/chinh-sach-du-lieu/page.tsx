import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/primitives";
import { DOSSIER_RETENTION_MONTHS, HOME_VISIT_RETENTION_MONTHS } from "@/domain/privacy/retention";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: "Chính sách bảo vệ dữ liệu cá nhân" };
export const dynamic = "force-dynamic";

export default function PrivacyPage() {
  return (
    <>
      <PageHeader
        title="Chính sách bảo vệ dữ liệu cá nhân"
        subtitle="Thông báo về việc xử lý dữ liệu cá nhân trên Cổng mô hình CCHC, theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 (Quốc hội thông qua ngày 26/6/2025, có hiệu lực từ ngày 01/01/2026)."
      />
      <div className="max-w-3xl space-y-5">
        <Card title="1. Ai chịu trách nhiệm về dữ liệu của bạn">
          <p>
            Bên kiểm soát dữ liệu cá nhân là cơ quan giải quyết thủ tục của bạn: Ủy ban nhân dân xã, phường (hoặc cơ quan chuyên môn) có tên trên giấy hẹn, trên trang của đơn vị và trên
            đề nghị giải quyết tại nhà. Cổng chỉ là công cụ các cơ quan đó dùng để phục vụ người dân. Mọi yêu cầu về dữ liệu, bạn gửi trực tiếp tới Bộ phận Tiếp nhận và Trả kết quả
            của đơn vị đó.
          </p>
        </Card>

        <Card title="2. Cổng thu thập những dữ liệu nào">
          <ul className="list-disc space-y-2 pl-5">
            <li>
              <strong>Xem thông tin công khai</strong> (trang chủ, trang xã, phường, thủ tục, tìm kiếm, kế hoạch, lịch .ics, API mở): không cần tài khoản, không thu thập dữ liệu cá
              nhân, không dùng cookie theo dõi hay quảng cáo.
            </li>
            <li>
              <strong>Đề nghị giải quyết tại nhà</strong>: họ và tên, số điện thoại, địa chỉ nơi cán bộ đến, thủ tục, ngày đề nghị, ghi chú nếu bạn viết, và bạn thuộc đối tượng nào
              (người già yếu, neo đơn, người khuyết tật đi lại khó khăn, người có công, thương binh, bệnh binh). Thông tin về khuyết tật, bệnh tật có thể là dữ liệu cá nhân nhạy cảm; cổng
              chỉ ghi nhóm đối tượng, không ghi giấy tờ, bệnh án.
            </li>
            <li>
              <strong>Hồ sơ thủ tục</strong> do cán bộ Bộ phận Một cửa tiếp nhận: họ và tên, số điện thoại, địa chỉ (nếu cần) của người nộp, như ghi trên giấy tiếp nhận hồ sơ.
            </li>
            <li>
              <strong>Tra cứu hồ sơ</strong>: 4 số cuối (hoặc số điện thoại đầy đủ) bạn nhập chỉ dùng để đối chiếu, không được lưu lại. Để chống dò mã, các lần tra cứu được đếm
              theo mã hồ sơ và địa chỉ mạng (IP): sau vài lần sai, lần thử tiếp theo phải chờ lâu dần (từ vài giây, tối đa 15 phút cho cùng một mã từ cùng một địa chỉ), không bao giờ
              bị khóa hẳn; mã đã bị nhập sai 4 số cuối nhiều lần thì cần nhập đầy đủ số điện thoại. Mỗi lần tra cứu sai được ghi vào nhật ký của cổng cùng mã đã nhập, địa chỉ mạng và
              thời điểm, không ghi các chữ số đã nhập.
            </li>
            <li>
              <strong>Đánh giá mức độ hài lòng</strong>: mức đánh giá và góp ý (nếu có), gắn với hồ sơ, không kèm họ tên. Xin đừng ghi thông tin cá nhân vào góp ý.
            </li>
          </ul>
        </Card>

        <Card title="3. Dùng để làm gì">
          <ul className="list-disc space-y-1 pl-5">
            <li>Liên hệ, xác nhận và đến nhà giải quyết thủ tục bạn đề nghị; tiếp nhận, giải quyết và trả kết quả hồ sơ; gửi phiếu xin lỗi, hẹn lại khi trễ hẹn.</li>
            <li>Cho bạn tra cứu tình trạng hồ sơ của chính mình.</li>
            <li>Thống kê, báo cáo kết quả thực hiện mô hình cải cách hành chính theo kế hoạch; báo cáo chỉ dùng số liệu tổng hợp, không có tên người dân.</li>
          </ul>
          <p className="mt-2">Không dùng cho quảng cáo, không bán, không chuyển cho tổ chức, cá nhân khác, trừ khi cơ quan có thẩm quyền yêu cầu theo quy định của pháp luật.</p>
        </Card>

        <Card title="4. Ai được xem">
          <ul className="list-disc space-y-1 pl-5">
            <li>Chỉ cán bộ, lãnh đạo của đơn vị giải quyết hồ sơ (và đơn vị cấp trên trực tiếp quản lý đơn vị đó) khi đăng nhập; hệ thống kiểm tra phạm vi đơn vị ở mọi lần truy cập.</li>
            <li>Quản trị hệ thống và cán bộ thẩm định báo cáo không xem được họ tên, số điện thoại, địa chỉ của người dân.</li>
            <li>Nhật ký thao tác của cổng ghi ai đã làm gì nhưng không chép họ tên, số điện thoại, địa chỉ hay góp ý của người dân.</li>
            <li>Trang tra cứu chỉ hiện tình trạng, thời hạn, nơi giải quyết; không hiện họ tên, số điện thoại, địa chỉ.</li>
          </ul>
        </Card>

        <Card title="5. Lưu trong bao lâu">
          <p>
            Theo nguyên tắc hạn chế lưu trữ của Luật Bảo vệ dữ liệu cá nhân và Nghị định 356/2025/NĐ-CP, cổng chỉ giữ thông tin liên hệ của bạn chừng nào còn cần cho việc phục vụ bạn, cho
            việc tra cứu, báo cáo định kỳ và giải quyết khiếu nại. Hết thời hạn dưới đây, một tác vụ tự động chạy hằng ngày xóa họ tên, số điện thoại, địa chỉ (và ghi chú, nhóm đối tượng)
            khỏi cổng; phần còn lại (thủ tục, ngày, tình trạng) được giữ ẩn danh để số liệu báo cáo không thay đổi.
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>
              <strong>Đề nghị giải quyết tại nhà</strong>: {HOME_VISIT_RETENTION_MONTHS} tháng kể từ ngày đề nghị kết thúc (đã đến nhà, bị từ chối, bạn hủy, hoặc đã qua ngày hẹn mà
              không thực hiện) — đủ cho báo cáo 6 tháng có tính đề nghị đó và thời hạn khiếu nại 90 ngày.
            </li>
            <li>
              <strong>Hồ sơ thủ tục hành chính</strong>: {DOSSIER_RETENTION_MONTHS} tháng kể từ ngày trả kết quả hoặc từ chối hồ sơ — đủ cho báo cáo năm có tính hồ sơ đó được nộp, thẩm
              định và dùng để đánh giá chỉ số cải cách hành chính năm sau, và cho việc giải quyết khiếu nại. Hồ sơ giấy do đơn vị lưu trữ theo quy định về lưu trữ và cơ chế một cửa (Nghị
              định 61/2018/NĐ-CP, Nghị định 107/2021/NĐ-CP, Thông tư 01/2018/TT-VPCP); cổng không phải kho lưu trữ đó.
            </li>
            <li>Thời hạn tính theo ngày giờ Việt Nam, từ ngày kết thúc; hồ sơ chưa trả kết quả thì chưa tính.</li>
            <li>Bộ đếm tra cứu theo mã và địa chỉ mạng hết tác dụng sau một thời gian không có lần thử nào (từ 1 giờ đến 8 ngày tùy loại); sau đó được tính lại từ đầu.</li>
            <li>Đánh giá mức độ hài lòng (không kèm họ tên) được giữ để tổng hợp báo cáo của các kỳ theo kế hoạch.</li>
          </ul>
        </Card>

        <Card title="6. Quyền của bạn">
          <p>Theo Điều 4 Luật Bảo vệ dữ liệu cá nhân, bạn có quyền:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            <li>được biết về việc xử lý dữ liệu cá nhân của mình (chính là thông báo này);</li>
            <li>đồng ý hoặc không đồng ý, rút lại sự đồng ý (ví dụ rút đề nghị giải quyết tại nhà);</li>
            <li>xem, chỉnh sửa hoặc yêu cầu chỉnh sửa dữ liệu của mình;</li>
            <li>yêu cầu cung cấp, xóa, hạn chế xử lý dữ liệu; phản đối việc xử lý, trừ trường hợp pháp luật bắt buộc lưu giữ;</li>
            <li>khiếu nại, tố cáo, khởi kiện, yêu cầu bồi thường thiệt hại theo quy định của pháp luật.</li>
          </ul>
          <p className="mt-2">
            Để thực hiện các quyền này, bạn liên hệ trực tiếp Bộ phận Tiếp nhận và Trả kết quả của đơn vị (tìm đơn vị ở <Link href={paths.home()} className="text-brand-700 underline">trang chủ</Link> hoặc{" "}
            <Link href={paths.search()} className="text-brand-700 underline">trang tìm kiếm</Link>), mang theo giấy tờ tùy thân và mã hồ sơ hoặc mã theo dõi.
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>
              <strong>Nhận bản dữ liệu của mình</strong>: nói số điện thoại bạn đã khai; cán bộ tìm mọi hồ sơ, đề nghị đến nhà, đánh giá và thư của đơn vị gắn với số đó và trao bạn bản
              in cùng tệp dữ liệu (JSON), có số phiếu. Mỗi lần trích xuất được ghi vào nhật ký của cổng (ai trích xuất, lúc nào, bao nhiêu bản ghi), không ghi số điện thoại của bạn.
            </li>
            <li>
              <strong>Xóa dữ liệu trước thời hạn</strong>: bạn gửi yêu cầu bằng văn bản tới Bộ phận Tiếp nhận và Trả kết quả, ghi số điện thoại đã khai; đơn vị xem xét những hồ sơ, đề nghị
              không còn phải giữ để giải quyết, tra cứu hay khiếu nại và trả lời bạn. Dù không yêu cầu, thông tin liên hệ cũng tự được xóa khi hết thời hạn ở mục 5.
            </li>
          </ul>
        </Card>

        <Card title="7. Bảo vệ dữ liệu">
          <p>
            Dữ liệu nằm trong cơ sở dữ liệu của đơn vị vận hành cổng; cán bộ đăng nhập bằng tài khoản riêng, mật khẩu chỉ được lưu dưới dạng mã hóa một chiều (không ai đọc lại được), đăng nhập sai nhiều lần bị tạm khóa; mỗi
            thao tác thay đổi dữ liệu đều được ghi nhật ký không thể sửa, xóa.
          </p>
        </Card>
      </div>
    </>
  );
}
