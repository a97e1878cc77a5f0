import { describe, expect, it } from "vitest";
import { instantAt } from "@/domain/schedule";
import { loadPublicUnit } from "@/server/public/context";
import { unitSchedule } from "@/server/public/schedule";
import { unitAvailability } from "@/server/public/availability";
import { unitNotice } from "@/server/public/notice";

async function ctxOf(slug: string) {
  const ctx = await loadPublicUnit(slug);
  if (!ctx) throw new Error(`no unit ${slug}`);
  return ctx;
}

/** The 12 procedures of the Phổ Nhơn plan, section II.1. */
const BASE = "https://cong.example.vn";

const PHO_NHON_12 = [
  "Cấp Giấy xác nhận tình trạng hôn nhân",
  "Đăng ký lại khai sinh",
  "Đăng ký kết hôn",
  "Đăng ký khai tử",
  "Cấp bản sao Trích lục hộ tịch",
  "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
  "Chứng thực chữ ký trong các giấy tờ",
  "Chứng thực hợp đồng, giao dịch",
  "Xác nhận hộ trực tiếp sản xuất nông nghiệp",
  "Gia hạn sử dụng đất",
  "Đính chính Giấy chứng nhận đã cấp",
  "Đổi, cấp lại Giấy xác nhận khuyết tật",
];

describe("the commune page's banner and week (five plans)", () => {
  it("Phổ Nhơn, Wednesday 06/03/2024 10:00: the 12 named procedures same-day, intake until 15:30", async () => {
    const s = await unitSchedule(await ctxOf("xa-pho-nhon"), instantAt("2024-03-06", "10:00"));
    expect(s.banner.weekdayName).toBe("thứ Tư");
    expect(s.banner.sameDay).toMatchObject({ procedureCount: 12, until: "15:30", models: ["Ngày thứ Tư không hẹn"] });
    const wednesday = s.days.findIndex((d) => d.date === "2024-03-06");
    const sameDay = s.procedures.filter((p) => p.cells[wednesday]!.tags.includes("SAME_DAY")).map((p) => p.name);
    expect(sameDay).toHaveLength(12);
    for (const name of PHO_NHON_12) expect(sameDay.some((n) => n.startsWith(name)), name).toBe(true);
    // Thursday is ordinary for all of them.
    expect(s.procedures.every((p) => p.cells[wednesday + 1]!.tags.join() === "ORDINARY")).toBe(true);
  });

  it("Phổ Nhơn, the same Wednesday at 16:00: no same-day service, the next is Wednesday 13/03/2024 at 07:00", async () => {
    const s = await unitSchedule(await ctxOf("xa-pho-nhon"), instantAt("2024-03-06", "16:00"));
    expect(s.banner.sameDay).toBeNull();
    expect(s.banner.officeOpen).toBe(true);
    expect(s.banner.nextSameDay).toMatchObject({ name: "Ngày thứ Tư không hẹn", date: "2024-03-13", weekdayName: "thứ Tư", start: "07:00", intakeUntil: "15:30" });
  });

  it("Phổ Nhơn on Labour Day (Wednesday 01/05/2024): a day off, the model does not occur", async () => {
    const s = await unitSchedule(await ctxOf("xa-pho-nhon"), instantAt("2024-05-01", "09:00"));
    expect(s.banner.day.working).toBe(false);
    expect(s.banner.sameDay).toBeNull();
    expect(s.banner.nextSameDay?.date).toBe("2024-05-08");
    expect(s.banner.nextOffice).toMatchObject({ date: "2024-05-02", start: "07:00" });
  });

  it("An Dũng, Friday 15/03/2024 09:00: the 'ba không' Friday, same-day until the close", async () => {
    const s = await unitSchedule(await ctxOf("xa-an-dung"), instantAt("2024-03-15", "09:00"));
    expect(s.banner.weekdayName).toBe("thứ Sáu");
    expect(s.banner.sameDay).toMatchObject({ procedureCount: 7, until: "17:00" });
    const friday = s.days.findIndex((d) => d.date === "2024-03-15");
    expect(s.procedures.filter((p) => p.cells[friday]!.tags.includes("SAME_DAY"))).toHaveLength(7);
    expect(s.procedures.some((p) => p.cells[friday - 1]!.tags.includes("SAME_DAY"))).toBe(false);
  });

  it("Luận Thành, 16:45 on a weekday inside the period: the 9th hour is open until 17:30", async () => {
    const s = await unitSchedule(await ctxOf("xa-luan-thanh"), instantAt("2026-03-04", "16:45"));
    expect(s.banner.officeOpen).toBe(false);
    expect(s.banner.open).toEqual([expect.objectContaining({ name: "Giải quyết thủ tục hành chính giờ thứ 9", windowEnd: "17:30" })]);
    const wed = s.days.findIndex((d) => d.date === "2026-03-04");
    expect(s.procedures.every((p) => p.cells[wed]!.tags.includes("EXTENDED_HOURS"))).toBe(true);
  });

  it("Luận Thành, 16:45 on a weekday after the period: closed, the office reopens at 07:00 the next day", async () => {
    const s = await unitSchedule(await ctxOf("xa-luan-thanh"), instantAt("2026-03-25", "16:45"));
    expect(s.banner.open).toEqual([]);
    expect(s.banner.nextOffice).toMatchObject({ date: "2026-03-26", start: "07:00" });
    const wed = s.days.findIndex((d) => d.date === "2026-03-25");
    expect(s.procedures.some((p) => p.cells[wed]!.tags.includes("EXTENDED_HOURS"))).toBe(false);
  });

  it("Phước Long (phường Long Phước), Friday 08/03/2024 15:30: its 5 registered procedures same-day", async () => {
    const s = await unitSchedule(await ctxOf("phuong-long-phuoc"), instantAt("2024-03-08", "15:30"));
    expect(s.banner.sameDay).toMatchObject({ procedureCount: 5, until: "17:00" });
  });

  it("Long Xuyên (phường Mỹ Bình), Thursday 06/06/2024: home visits that day", async () => {
    const s = await unitSchedule(await ctxOf("phuong-my-binh"), instantAt("2024-06-06", "09:00"));
    const thu = s.days.findIndex((d) => d.date === "2024-06-06");
    const cert = s.procedures.find((p) => p.name.startsWith("Chứng thực chữ ký"))!;
    expect(cert.cells[thu]!.tags).toContain("HOME_VISIT");
    expect(cert.cells[thu - 1]!.tags).not.toContain("HOME_VISIT");
  });

  it("after the unit ended (Phổ Nhơn, 02/07/2025): the unit has ceased and no ordinary cells are shown", async () => {
    const s = await unitSchedule(await ctxOf("xa-pho-nhon"), instantAt("2025-07-02", "10:00"));
    expect(s.banner.lifetime).toBe("ENDED");
    expect(s.banner.sameDay).toBeNull();
    expect(s.banner.officeWindows).toEqual([]);
    // The week starts on Monday 30/06/2025, the unit's last day.
    expect(s.days.map((d) => d.active)).toEqual([true, false, false, false, false, false, false]);
    for (const p of s.procedures) for (const c of p.cells.slice(1)) expect(c.tags).toEqual([]);
  });

  it("before the unit existed (xã Luận Thành, 02/03/2025): not yet, no cells", async () => {
    const s = await unitSchedule(await ctxOf("xa-luan-thanh"), instantAt("2025-03-03", "10:00"));
    expect(s.banner.lifetime).toBe("NOT_YET");
    expect(s.days.every((d) => !d.active)).toBe(true);
    expect(s.procedures.flatMap((p) => p.cells).every((c) => c.tags.length === 0)).toBe(true);
  });

  it("availability at an instant: the models in effect and the promise for each procedure", async () => {
    const a = await unitAvailability(await ctxOf("xa-pho-nhon"), instantAt("2024-03-06", "10:00"));
    const cert = a.procedures.find((p) => p.key === "chung-thuc-chu-ky")!;
    expect(cert.models.map((m) => m.key).sort()).toEqual(["pho-nhon-ngay-dich-vu-cong-truc-tuyen", "pho-nhon-thu-tu-khong-hen"]);
    expect(cert.promise).toMatchObject({ basis: "MODEL", modelKey: "pho-nhon-thu-tu-khong-hen", promisedAt: instantAt("2024-03-06", "11:00").toISOString() });
    const ended = await unitAvailability(await ctxOf("xa-pho-nhon"), instantAt("2026-03-04", "10:00"));
    expect(ended.lifetime).toBe("ENDED");
    expect(ended.procedures.every((p) => p.promise === null && p.models.length === 0)).toBe(true);
  });

  it("the printable notice lists the same-day procedures by weekday, with hours and a QR code to the page", async () => {
    const n = await unitNotice(await ctxOf("xa-pho-nhon"), "2024-03-06", BASE);
    expect(n.weekdays.map((d) => d.name)).toEqual(["thứ Tư"]);
    expect(n.weekdays[0]!.procedures).toHaveLength(12);
    expect(n.weekdays[0]!.hours).toEqual(["07:00–11:30, 13:30–17:00 (nhận hồ sơ đến 15:30)"]);
    expect(n.pageUrl).toBe(`${BASE}/don-vi/xa-pho-nhon`);
    expect(n.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const pl = await unitNotice(await ctxOf("phuong-long-phuoc"), "2024-05-06", BASE);
    expect(pl.weekdays.map((d) => d.name)).toEqual(["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu"]);
    const ended = await unitNotice(await ctxOf("xa-pho-nhon"), "2026-11-25", BASE);
    expect(ended).toMatchObject({ lifetime: "ENDED", weekdays: [] });
  });
});
