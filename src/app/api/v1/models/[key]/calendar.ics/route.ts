import { now } from "@/server/clock";
import { apiParams, apiRoute, parseQuery, otherMethods } from "@/server/public/api";
import { modelCalendarFeed } from "@/server/public/calendar-feed";
import { publicUrl } from "@/server/public-url";
import { z } from "@/server/validation";

export const dynamic = "force-dynamic";

const query = z.object({ unit: apiParams.slug.optional() });

/** RFC 5545 feed of one model's occurrences over its whole run (holidays removed), optionally for one unit. */
export const GET = apiRoute<{ key: string }>(async (request, { params }) => {
  const { unit } = parseQuery(request, query);
  const { key } = await params;
  const ics = await modelCalendarFeed(key.slice(0, 120), now(), await publicUrl(request), unit);
  return new Response(ics, {
    headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": `inline; filename="${encodeURIComponent(key.slice(0, 120))}.ics"`, "cache-control": "public, max-age=3600" },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
