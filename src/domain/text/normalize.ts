/**
 * Search keys that ignore case and Vietnamese diacritics: "Chứng thực bản sao" and
 * "chung thuc ban sao" give the same key; "đ" matches "d".
 */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** URL slug from a Vietnamese name: "Phường Mỹ Bình" → "phuong-my-binh". */
export function slugify(text: string): string {
  return searchKey(text).replace(/\s+/g, "-");
}

/** Every word of the query appears in the key (in any order). */
export function matchesQuery(key: string, query: string): boolean {
  const words = searchKey(query).split(" ").filter(Boolean);
  return words.every((w) => key.includes(w));
}

const vietnameseCollator = new Intl.Collator("vi");

/** Vietnamese alphabetical order ("Bình Đức" before "Bình Khánh"), not the database's code-point order. */
export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}
