import { paths } from "@/lib/paths";
import { AppError } from "@/server/errors";
import { apiRoute, jsonResponse, PUBLIC_CACHE, otherMethods } from "@/server/public/api";
import { loadPublicUnit } from "@/server/public/context";
import { unitAncestors } from "@/server/public/units";

export const dynamic = "force-dynamic";

/** One unit: codes, lifetime, parent chain and links to its data. */
export const GET = apiRoute<{ slug: string }>(async (_request, { params }) => {
  const { slug } = await params;
  const ctx = await loadPublicUnit(slug);
  if (!ctx) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
  const ancestors = await unitAncestors(ctx.unit.id);
  return jsonResponse(
    {
      unit: { ...ctx.unit, parent: ancestors.at(-1) ?? null, ancestors },
      links: {
        page: paths.unit.page(ctx.unit.slug),
        models: paths.api.unitModels(ctx.unit.slug),
        procedures: paths.api.unitProcedures(ctx.unit.slug),
        availability: paths.api.unitAvailability(ctx.unit.slug),
        schedule: paths.api.unitSchedule(ctx.unit.slug),
        homeVisitOptions: paths.api.unitHomeVisitOptions(ctx.unit.slug),
        calendar: paths.api.unitCalendar(ctx.unit.slug),
      },
    },
    { headers: PUBLIC_CACHE },
  );
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
