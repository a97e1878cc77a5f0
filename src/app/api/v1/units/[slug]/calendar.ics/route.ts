import { now } from "@/server/clock";
import { AppError } from "@/server/errors";
import { apiRoute, otherMethods } from "@/server/public/api";
import { unitCalendarFeed } from "@/server/public/calendar-feed";

export const dynamic = "force-dynamic";

/** RFC 5545 feed of the unit's model occurrences (holidays removed). */
export const GET = apiRoute<{ slug: string }>(async (_request, { params }) => {
  const { slug } = await params;
  const ics = await unitCalendarFeed(slug, now());
  if (ics === null) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
  return new Response(ics, {
    headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": `inline; filename="${slug}.ics"`, "cache-control": "public, max-age=3600" },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
