import { requestHomeVisit } from "@/server/home-visit/request-home-visit";
import { apiRoute, clientIp, readJsonBody, resultResponse, otherMethods } from "@/server/public/api";

export const dynamic = "force-dynamic";

/**
 * A home-visit request, with the same validation as the form: 201 with the tracking code,
 * 200 with the same request when the idempotency key was already used, 422 with Vietnamese
 * messages otherwise.
 */
export const POST = apiRoute(async (request) => {
  const body = await readJsonBody(request);
  const idempotencyKey = request.headers.get("idempotency-key") ?? undefined;
  const result = await requestHomeVisit({ kind: "public", ip: clientIp(request) }, { ...body, ...(idempotencyKey && body.idempotencyKey === undefined ? { idempotencyKey } : {}) });
  return resultResponse(result, result.ok && result.data.replayed ? 200 : 201);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
