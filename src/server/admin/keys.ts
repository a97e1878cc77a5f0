import "server-only";
import { slugify } from "@/domain/text/normalize";

/** `base`, else `base-2`, `base-3`… whichever is free. */
export async function uniqueKey(base: string, taken: (candidate: string) => Promise<boolean>): Promise<string> {
  if (!(await taken(base))) return base;
  for (let n = 2; n < 1000; n++) {
    const candidate = `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
  throw new Error(`No free key for ${base}`);
}

/**
 * A readable, unique slug of a Vietnamese text. Keys appear in public addresses
 * (/ke-hoach/<key>, /don-vi/<slug>), so they are words, not random ids.
 */
export function uniqueSlug(text: string, taken: (candidate: string) => Promise<boolean>, maxLength = 80): Promise<string> {
  return uniqueKey(slugify(text).slice(0, maxLength).replace(/-+$/, "") || "muc", taken);
}

/** The first words of a title, enough for a readable key. */
export function shortTitle(title: string, words = 8): string {
  return slugify(title.replace(/[“”"«»]/g, " ")).split("-").slice(0, words).join("-");
}
