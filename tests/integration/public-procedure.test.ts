import { describe, expect, it } from "vitest";
import { instantAt } from "@/domain/schedule";
import { loadPublicUnit } from "@/server/public/context";
import { procedureAtUnit } from "@/server/public/procedure";

async function detail(slug: string, procedure: string, date: string, time: string) {
  const ctx = await loadPublicUnit(slug);
  return procedureAtUnit(ctx!, procedure, instantAt(date, time));
}

describe("the procedure page", () => {
  it("Phổ Nhơn, signature certification on a Wednesday at 10:00: result at 11:00 under the model, with the engine's steps", async () => {
    const d = (await detail("xa-pho-nhon", "chung-thuc-chu-ky", "2024-03-06", "10:00"))!;
    expect(d.procedure).toMatchObject({ code: "2.000884", statutoryWorkingDays: 0, onlineLevel: "NONE" });
    expect(d.procedure.documents.length).toBeGreaterThan(0);
    expect(d.procedure.fees).toContain("đồng");
    expect(d.procedure.legalBasis.join(" ")).toContain("23/2015/NĐ-CP");
    expect(d.promises).toHaveLength(1); // cannot be submitted online
    expect(d.promises[0]).toMatchObject({ channel: "DESK", basis: "MODEL", modelName: "Ngày thứ Tư không hẹn", promisedAt: instantAt("2024-03-06", "11:00").toISOString() });
    expect(d.promises[0]!.steps.at(-1)).toBe("Nộp lúc 10:00 thứ Tư 06/03/2024 → trả kết quả trước 11:00 cùng ngày.");
    expect(d.models[0]).toMatchObject({ name: "Ngày thứ Tư không hẹn", sameDay: true, status: "ACTIVE" });
    expect(d.models[0]!.description).toContain("nhận hồ sơ đến 15:30");
    expect(d.week.map((w) => w.tags)).toEqual([["ORDINARY"], ["ORDINARY"], ["SAME_DAY"], ["ORDINARY"], ["ORDINARY"], ["CLOSED"], ["CLOSED"]]);
    expect(d.nextOpenings[0]).toMatchObject({ date: "2024-03-06", start: "13:30" });
  });

  it("the same procedure on a Thursday at 15:30: the law alone (after 15:00 → next working day)", async () => {
    const d = (await detail("xa-pho-nhon", "chung-thuc-chu-ky", "2024-03-07", "15:30"))!;
    expect(d.promises[0]).toMatchObject({ basis: "STATUTORY", promisedAt: instantAt("2024-03-08", "17:00").toISOString() });
    expect(d.promises[0]!.steps.join(" ")).toContain("sau 15:00");
  });

  it("Phước Long's Friday rule: certification at 15:30 on a Friday is returned that Friday", async () => {
    const d = (await detail("phuong-long-phuoc", "chung-thuc-chu-ky", "2024-03-08", "15:30"))!;
    expect(d.promises[0]).toMatchObject({ basis: "MODEL", promisedAt: instantAt("2024-03-08", "17:00").toISOString() });
  });

  it("an online procedure shows the promise for an online submission too", async () => {
    const d = (await detail("xa-pho-nhon", "dang-ky-khai-sinh", "2024-03-09", "20:00"))!;
    expect(d.promises.map((p) => p.channel)).toEqual(["DESK", "ONLINE"]);
    // Saturday evening: counted from Monday's opening.
    expect(d.promises[1]!.effectiveReceivedAt).toBe(instantAt("2024-03-11", "07:00").toISOString());
  });

  it("a procedure the unit does not handle, or an unknown one, is not found", async () => {
    expect(await detail("xa-pho-nhon", "mai-tang-phi-cuu-chien-binh", "2024-03-06", "10:00")).toBeNull();
    expect(await detail("xa-pho-nhon", "khong-co", "2024-03-06", "10:00")).toBeNull();
    expect(await detail("xa-pho-nhon", "x".repeat(5000), "2024-03-06", "10:00")).toBeNull();
  });

  it("after the unit ended: no promise, and the week has no cells", async () => {
    const d = (await detail("xa-pho-nhon", "chung-thuc-chu-ky", "2025-07-03", "10:00"))!;
    expect(d.lifetime).toBe("ENDED");
    expect(d.promises).toEqual([]);
    expect(d.week.filter((w) => !w.active).every((w) => w.tags.length === 0)).toBe(true);
  });
});
