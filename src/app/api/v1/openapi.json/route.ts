import { apiRoute, jsonResponse, PUBLIC_CACHE, otherMethods } from "@/server/public/api";
import { openApiDocument } from "@/server/public/openapi";
import { publicUrl } from "@/server/public-url";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of this API. */
export const GET = apiRoute(async (request) => jsonResponse(openApiDocument(await publicUrl(request)), { headers: PUBLIC_CACHE }));

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
