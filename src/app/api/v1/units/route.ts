import { paths } from "@/lib/paths";
import { apiParams, apiRoute, jsonResponse, parseQuery, PUBLIC_CACHE, otherMethods } from "@/server/public/api";
import { SEARCH_MAX_CHARS, findUnits } from "@/server/public/search";
import { z } from "@/server/validation";

export const dynamic = "force-dynamic";

const query = z.object({
  q: z.string().max(SEARCH_MAX_CHARS, `Từ khóa tối đa ${SEARCH_MAX_CHARS} ký tự.`).optional(),
  code: z.string().regex(/^\d{1,10}$/, "Mã đơn vị hành chính gồm 1–10 chữ số.").optional(),
  parent: apiParams.slug.optional(),
  limit: z.coerce.number().int("Số lượng phải là số nguyên.").min(1, "Số lượng tối thiểu 1.").max(200, "Số lượng tối đa 200.").optional(),
});

/** Units by name (accent-insensitive), administrative code or parent. */
export const GET = apiRoute(async (request) => {
  const { q, code, parent, limit } = parseQuery(request, query);
  const units = await findUnits({ q, code, parentSlug: parent, limit });
  return jsonResponse({ units: units.map((u) => ({ ...u, links: { page: paths.unit.page(u.slug), api: paths.api.unit(u.slug) } })) }, { headers: PUBLIC_CACHE });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
