import { addDays, toLocalDate } from "@/domain/schedule";
import { now } from "@/server/clock";
import { apiParams, apiRoute, jsonResponse, parseQuery, PUBLIC_CACHE, otherMethods } from "@/server/public/api";
import { modelOccurrences } from "@/server/public/calendar-feed";
import { z } from "@/server/validation";

export const dynamic = "force-dynamic";

const query = z.object({ from: apiParams.date.optional(), to: apiParams.date.optional(), unit: apiParams.slug.optional() });

/** A model's occurrences from `from` to `to` (inclusive, at most 366 days; default the next 30 days), optionally for one unit. */
export const GET = apiRoute<{ key: string }>(async (request, { params }) => {
  const q = parseQuery(request, query);
  const { key } = await params;
  const from = q.from ?? toLocalDate(now());
  const to = q.to ?? addDays(from, 30);
  return jsonResponse(await modelOccurrences(key.slice(0, 120), from, to, q.unit), { headers: PUBLIC_CACHE });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
