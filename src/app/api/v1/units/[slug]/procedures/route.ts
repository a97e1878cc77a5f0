import { paths } from "@/lib/paths";
import { AppError } from "@/server/errors";
import { apiRoute, jsonResponse, PUBLIC_CACHE, otherMethods } from "@/server/public/api";
import { loadPublicUnit } from "@/server/public/context";
import { unitProcedures } from "@/server/public/schedule";

export const dynamic = "force-dynamic";

/** The unit's published catalogue of procedures. */
export const GET = apiRoute<{ slug: string }>(async (_request, { params }) => {
  const ctx = await loadPublicUnit((await params).slug);
  if (!ctx) throw new AppError("NOT_FOUND", "Không tìm thấy đơn vị.");
  const procedures = await unitProcedures(ctx.unit.id);
  return jsonResponse(
    {
      unit: { slug: ctx.unit.slug, name: ctx.unit.name },
      procedures: procedures.map((p) => ({ ...p, links: { page: paths.unit.procedure(ctx.unit.slug, p.id), api: paths.api.unitProcedure(ctx.unit.slug, p.key) } })),
    },
    { headers: PUBLIC_CACHE },
  );
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
