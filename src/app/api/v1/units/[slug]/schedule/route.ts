import { now } from "@/server/clock";
import { AppError } from "@/server/errors";
import { apiParams, apiRoute, jsonResponse, parseQuery, otherMethods } from "@/server/public/api";
import { loadPublicUnit } from "@/server/public/context";
import { unitSchedule } from "@/server/public/schedule";
import { z } from "@/server/validation";

export const dynamic = "force-dynamic";

const query = z.object({ at: apiParams.instant.optional() });

/** The unit page's banner and weekly table for the week around `at` (default now). */
export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  const { at } = parseQuery(request, query);
  const ctx = await loadPublicUnit((await params).slug);
  if (!ctx) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
  return jsonResponse({ unit: { slug: ctx.unit.slug, name: ctx.unit.name }, ...(await unitSchedule(ctx, at ?? now())) });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
