import { apiRoute, jsonResponse, PUBLIC_CACHE, otherMethods } from "@/server/public/api";
import { openApiDocument } from "@/server/public/openapi";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of this API. */
export const GET = apiRoute(async () => jsonResponse(openApiDocument(), { headers: PUBLIC_CACHE }));

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
