import { rateDossier } from "@/server/lookup/rate-dossier";
import { apiRoute, clientIp, readJsonBody, resultResponse, otherMethods } from "@/server/public/api";

export const dynamic = "force-dynamic";

/** The one-time satisfaction rating of a returned dossier (201), proved by code and the phone's last 4 digits. */
export const POST = apiRoute(async (request) => {
  const body = await readJsonBody(request);
  return resultResponse(await rateDossier({ kind: "public", ip: clientIp(request) }, body), 201);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
