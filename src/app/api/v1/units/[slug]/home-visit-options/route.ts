import { now } from "@/server/clock";
import { AppError } from "@/server/errors";
import { homeVisitOptions } from "@/server/home-visit/public-queries";
import { apiRoute, jsonResponse, otherMethods } from "@/server/public/api";
import { loadPublicUnit } from "@/server/public/context";

export const dynamic = "force-dynamic";

/** What a home-visit request may contain now: groups, procedures and the allowed dates. */
export const GET = apiRoute<{ slug: string }>(async (_request, { params }) => {
  const ctx = await loadPublicUnit((await params).slug);
  if (!ctx) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
  return jsonResponse(await homeVisitOptions(ctx, now()));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
