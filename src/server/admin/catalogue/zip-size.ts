import "server-only";
import { inflateRawSync } from "node:zlib";

/**
 * An .xlsx is a zip: 800 KB on the wire can inflate to gigabytes, and exceljs inflates every
 * part into memory. So before it parses, the central directory (where each part's sizes are
 * declared) is read and each part is inflated with a ceiling on its output, which also
 * catches a directory that lies about the sizes.
 */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

export type ZipCheck = "ok" | "too-large" | "broken";

interface Entry {
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

function centralDirectory(bytes: Buffer): Entry[] | null {
  // The end record is in the last 22 bytes plus a comment of at most 64 KB.
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** Would the zip's parts, all inflated, stay within `limit` bytes? */
export function checkZipSize(content: Uint8Array, limit = MAX_UNZIPPED_BYTES): ZipCheck {
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const entries = centralDirectory(bytes);
  if (!entries) return "broken";
  // Declared sizes first: cheap, and 0xFFFFFFFF (zip64) is beyond any catalogue.
  let declared = 0;
  for (const e of entries) declared += e.uncompressedSize;
  if (declared > limit) return "too-large";
  let budget = limit;
  for (const e of entries) {
    const at = e.localOffset;
    if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) return "broken";
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const data = bytes.subarray(start, start + e.compressedSize);
    let size: number;
    if (e.method === 0) size = data.length;
    else if (e.method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: budget + 1 }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) return "too-large";
        return "broken";
      }
    } else return "broken";
    budget -= size;
    if (budget < 0) return "too-large";
  }
  return "ok";
}
