import { now } from "@/server/clock";
import { AppError } from "@/server/errors";
import { apiRoute, otherMethods } from "@/server/public/api";
import { unitCalendarFeed } from "@/server/public/calendar-feed";
import { publicUrl } from "@/server/public-url";

export const dynamic = "force-dynamic";

/** RFC 5545 feed of the unit's model occurrences (holidays removed). */
export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  const { slug } = await params;
  const ics = await unitCalendarFeed(slug, now(), await publicUrl(request));
  if (ics === null) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
  return new Response(ics, {
    headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": `inline; filename="${slug}.ics"`, "cache-control": "public, max-age=3600" },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
