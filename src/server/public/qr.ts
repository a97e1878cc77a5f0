import "server-only";
import QRCode from "qrcode";
import { paths } from "@/lib/paths";

/**
 * The QR codes printed on notices and receipts, one way for both: SVG inline in the page;
 * PNG for whoever needs pixels (a test decodes it to check where the code leads).
 */
export function qrCode(text: string, format: "svg"): Promise<string>;
export function qrCode(text: string, format: "png"): Promise<Buffer>;
export function qrCode(text: string, format: "svg" | "png"): Promise<string | Buffer> {
  const options = { errorCorrectionLevel: "M", margin: 1 } as const;
  return format === "svg" ? QRCode.toString(text, { ...options, type: "svg" }) : QRCode.toBuffer(text, { ...options, type: "png", scale: 4 });
}

/** Where a receipt's QR code leads: the look-up with the dossier's code filled in. */
export function receiptLookupUrl(baseUrl: string, code: string): string {
  return `${baseUrl}${paths.lookup({ ma: code })}`;
}
