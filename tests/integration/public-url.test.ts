import jsQR from "jsqr";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { GET as unitFeed } from "@/app/api/v1/units/[slug]/calendar.ics/route";
import { loadPublicUnit } from "@/server/public/context";
import { unitNotice } from "@/server/public/notice";
import { qrCode, receiptLookupUrl } from "@/server/public/qr";
import { publicUrl, publicUrlFrom } from "@/server/public-url";
import { testNow } from "./helpers";
import { toLocalDate } from "@/domain/schedule";

const PUBLIC_URL = "https://cong.example.vn";

/** What a phone's camera reads from the printed code: the QR rendered to pixels and decoded. */
async function decode(text: string): Promise<string> {
  const png = PNG.sync.read(await qrCode(text, "png"));
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!found) throw new Error("QR code not readable");
  return found.data;
}

const from = (host: string, extra: Record<string, string> = {}) => new Request(`http://${host}/`, { headers: { host, ...extra } });

describe("QR codes and feeds point to the public address", () => {
  it("the notice's QR code opens the unit's page at PUBLIC_URL", async () => {
    const ctx = (await loadPublicUnit("xa-pho-nhon"))!;
    const notice = await unitNotice(ctx, toLocalDate(testNow()), publicUrlFrom(PUBLIC_URL, null));
    expect(await decode(notice.pageUrl)).toBe(`${PUBLIC_URL}/don-vi/xa-pho-nhon`);
  });

  it("the receipt's QR code opens the look-up with the dossier's code filled in", async () => {
    const url = await decode(receiptLookupUrl(publicUrlFrom(PUBLIC_URL, null), "PN-240306-K7M3"));
    expect(url).toBe(`${PUBLIC_URL}/tra-cuu-ho-so?ma=PN-240306-K7M3`);
  });

  it("without PUBLIC_URL, a request to other.example gets other.example, never localhost", async () => {
    expect(await publicUrl(from("other.example"))).toBe("http://other.example");
    expect(await publicUrl(from("127.0.0.1:3000", { "x-forwarded-host": "other.example", "x-forwarded-proto": "https" }))).toBe("https://other.example");
    const response = await unitFeed(from("other.example"), { params: Promise.resolve({ slug: "xa-pho-nhon" }) });
    const ics = (await response.text()).replace(/\r\n /g, "");
    expect(ics).toMatch(/URL:http:\/\/other\.example\/don-vi\/xa-pho-nhon\?ngay=/);
    expect(ics).not.toMatch(/localhost|127\.0\.0\.1/);
  });
});
