import { apiRoute, jsonResponse, parseQuery, PUBLIC_CACHE, otherMethods } from "@/server/public/api";
import { SEARCH_MAX_CHARS, searchPublic } from "@/server/public/search";
import { z } from "@/server/validation";

export const dynamic = "force-dynamic";

const query = z.object({ q: z.string({ error: "Thiếu từ khóa q." }).max(SEARCH_MAX_CHARS, `Từ khóa tối đa ${SEARCH_MAX_CHARS} ký tự.`) });

/** The search page's results: procedures, units, models and plans, ignoring case and diacritics. */
export const GET = apiRoute(async (request) => {
  const { q } = parseQuery(request, query);
  return jsonResponse(await searchPublic(q), { headers: PUBLIC_CACHE });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
