import { lookupRecord } from "@/server/lookup/lookup-dossier";
import { apiRoute, clientIp, readJsonBody, resultResponse, otherMethods } from "@/server/public/api";

export const dynamic = "force-dynamic";

/** Look-up by code and the phone's last 4 digits (POST, so that they stay out of URLs and logs); wrong guesses are rate-limited. */
export const POST = apiRoute(async (request) => {
  const body = await readJsonBody(request);
  return resultResponse(await lookupRecord({ kind: "public", ip: clientIp(request) }, body));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
