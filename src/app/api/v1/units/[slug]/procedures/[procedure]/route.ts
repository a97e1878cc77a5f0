import { AppError } from "@/server/errors";
import { apiParams, apiRoute, jsonResponse, parseQuery, otherMethods } from "@/server/public/api";
import { loadPublicUnit } from "@/server/public/context";
import { procedureAtUnit } from "@/server/public/procedure";
import { now } from "@/server/clock";
import { z } from "@/server/validation";

export const dynamic = "force-dynamic";

const query = z.object({ at: apiParams.instant.optional() });

/** What the procedure page shows: documents, fees, statutory time, same-day days and hours, the promise at `at`, next openings. */
export const GET = apiRoute<{ slug: string; procedure: string }>(async (request, { params }) => {
  const { at } = parseQuery(request, query);
  const { slug, procedure } = await params;
  const ctx = await loadPublicUnit(slug);
  if (!ctx) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
  const detail = await procedureAtUnit(ctx, procedure, at ?? now());
  if (!detail) throw new AppError("NOT_FOUND", `Thủ tục không có trong danh mục của ${ctx.unit.name}.`);
  return jsonResponse({ unit: { slug: ctx.unit.slug, name: ctx.unit.name }, at: (at ?? now()).toISOString(), ...detail });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
