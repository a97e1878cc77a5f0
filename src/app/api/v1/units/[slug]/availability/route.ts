import { now } from "@/server/clock";
import { AppError } from "@/server/errors";
import { apiParams, apiRoute, jsonResponse, parseQuery, otherMethods } from "@/server/public/api";
import { unitAvailability } from "@/server/public/availability";
import { loadPublicUnit } from "@/server/public/context";
import { z } from "@/server/validation";

export const dynamic = "force-dynamic";

const query = z.object({ at: apiParams.instant.optional() });

/** For each procedure: the models in effect at `at` (ISO 8601 with offset; default now) and the promised result time. */
export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  const { at } = parseQuery(request, query);
  const ctx = await loadPublicUnit((await params).slug);
  if (!ctx) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
  return jsonResponse(await unitAvailability(ctx, at ?? now()));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
