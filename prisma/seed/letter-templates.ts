/**
 * Default letters of An Dũng's model "Thư chúc mừng, Thư chia buồn, Thư xin lỗi"
 * (plan 32/KH-UBND, II.2). Merge fields in {{double braces}} are filled from the event.
 */
export const letterTemplates: {
  type: "CONGRATULATION" | "CONDOLENCE" | "APOLOGY";
  event: "MARRIAGE" | "BIRTH" | "NEW_HOUSE" | "DEATH" | "FIRE" | "ACCIDENT" | "SERVICE_INCIDENT" | "LATE_DOSSIER";
  title: string;
  body: string;
}[] = [
  {
    type: "CONGRATULATION",
    event: "MARRIAGE",
    title: "Thư chúc mừng đăng ký kết hôn",
    body:
      "Kính gửi: {{ten_nguoi_nhan}}\n\n" +
      "Nhân dịp Ông/Bà đăng ký kết hôn ngày {{ngay_su_kien}}, {{ten_don_vi}} trân trọng gửi lời chúc mừng tốt đẹp nhất. " +
      "Chúc hai bạn trăm năm hạnh phúc, xây dựng gia đình no ấm, bình đẳng, tiến bộ.\n\n" +
      "Ủy ban nhân dân xã trân trọng mời hai bạn dự Lễ trao Giấy chứng nhận đăng ký kết hôn vào lúc {{gio_le_trao}}, tại {{dia_diem_le_trao}}.",
  },
  {
    type: "CONGRATULATION",
    event: "BIRTH",
    title: "Thư chúc mừng sinh con",
    body:
      "Kính gửi: {{ten_nguoi_nhan}}\n\n" +
      "{{ten_don_vi}} vui mừng được biết gia đình Ông/Bà vừa đón thêm thành viên mới. " +
      "Xin gửi lời chúc mừng tới gia đình; chúc cháu bé luôn khỏe mạnh, ngoan ngoãn và mẹ tròn con vuông.",
  },
  {
    type: "CONGRATULATION",
    event: "NEW_HOUSE",
    title: "Thư chúc mừng xây nhà mới",
    body:
      "Kính gửi: {{ten_nguoi_nhan}}\n\n" +
      "Nhân dịp gia đình Ông/Bà hoàn thành ngôi nhà mới, {{ten_don_vi}} xin gửi lời chúc mừng. " +
      "Chúc gia đình an cư, lạc nghiệp, mạnh khỏe và hạnh phúc.",
  },
  {
    type: "CONDOLENCE",
    event: "DEATH",
    title: "Thư chia buồn",
    body:
      "Kính gửi: {{ten_nguoi_nhan}}\n\n" +
      "{{ten_don_vi}} vô cùng thương tiếc được tin {{noi_dung_su_kien}}. " +
      "Xin gửi tới gia đình lời chia buồn sâu sắc nhất. Mong gia đình vượt qua nỗi đau mất mát này.",
  },
  {
    type: "CONDOLENCE",
    event: "FIRE",
    title: "Thư chia buồn (hỏa hoạn)",
    body:
      "Kính gửi: {{ten_nguoi_nhan}}\n\n" +
      "{{ten_don_vi}} rất chia sẻ trước thiệt hại mà gia đình Ông/Bà phải gánh chịu do {{noi_dung_su_kien}}. " +
      "Chính quyền xã luôn đồng hành và sẽ hỗ trợ gia đình sớm ổn định cuộc sống.",
  },
  {
    type: "CONDOLENCE",
    event: "ACCIDENT",
    title: "Thư chia buồn (tai nạn)",
    body:
      "Kính gửi: {{ten_nguoi_nhan}}\n\n" +
      "{{ten_don_vi}} xin chia sẻ với những mất mát về vật chất và tinh thần mà gia đình Ông/Bà gặp phải do {{noi_dung_su_kien}}. " +
      "Kính chúc gia đình sớm vượt qua khó khăn.",
  },
  {
    type: "APOLOGY",
    event: "SERVICE_INCIDENT",
    title: "Thư xin lỗi (sự cố trong quản lý nhà nước)",
    body:
      "Kính gửi: {{ten_nguoi_nhan}}\n\n" +
      "{{ten_don_vi}} thành thật xin lỗi Ông/Bà về sự cố: {{noi_dung_su_kien}}. " +
      "Chúng tôi đã và đang khắc phục, xử lý theo đúng quy định pháp luật và cam kết không để tái diễn.",
  },
  {
    type: "APOLOGY",
    event: "LATE_DOSSIER",
    title: "Thư xin lỗi (hồ sơ trễ hẹn)",
    body:
      "Kính gửi: {{ten_nguoi_nhan}}\n\n" +
      "{{ten_don_vi}} xin lỗi Ông/Bà vì hồ sơ {{ma_ho_so}} ({{thu_tuc}}) chưa được trả kết quả đúng hẹn ngày {{ngay_hen_cu}}. " +
      "Lý do: {{ly_do}}. Chúng tôi hẹn trả kết quả vào {{ngay_hen_moi}}. Mong Ông/Bà thông cảm.",
  },
];
