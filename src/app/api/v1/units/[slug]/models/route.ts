import { toLocalDate } from "@/domain/schedule";
import { paths } from "@/lib/paths";
import { now } from "@/server/clock";
import { AppError } from "@/server/errors";
import { apiParams, apiRoute, jsonResponse, parseQuery, PUBLIC_CACHE, otherMethods } from "@/server/public/api";
import { loadPublicUnit } from "@/server/public/context";
import { unitModelSummaries } from "@/server/public/units";
import { z } from "@/server/validation";

export const dynamic = "force-dynamic";

const query = z.object({ date: apiParams.date.optional() });

/** The unit's models (its own and its villages'), each with its status on `date` (default today). */
export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  const { date } = parseQuery(request, query);
  const ctx = await loadPublicUnit((await params).slug);
  if (!ctx) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
  const day = date ?? toLocalDate(now());
  const models = await unitModelSummaries(ctx, day);
  return jsonResponse(
    { unit: { slug: ctx.unit.slug, name: ctx.unit.name }, date: day, models: models.map((m) => ({ ...m, links: { occurrences: paths.api.modelOccurrences(m.key, { unit: ctx.unit.slug }), calendar: paths.api.modelCalendar(m.key, { unit: ctx.unit.slug }), plan: paths.plan(m.plan.key) } })) },
    { headers: PUBLIC_CACHE },
  );
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
