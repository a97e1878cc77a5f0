import { AppError } from "@/server/errors";
import { apiRoute } from "@/server/public/api";

// Never cached: it answers any address that is not an API operation, so there is no answer to keep.
export const dynamic = "force-dynamic";

/** Anything else under /api/v1 answers JSON too. */
const notFound = apiRoute(async () => {
  throw new AppError("NOT_FOUND", "Không có địa chỉ API này. Xem /api/v1/openapi.json.");
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
