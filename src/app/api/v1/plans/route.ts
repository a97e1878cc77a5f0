import { apiRoute, jsonResponse, PUBLIC_CACHE, otherMethods } from "@/server/public/api";
import { listPublicPlans } from "@/server/public/plans";

export const dynamic = "force-dynamic";

/** The issued plans the models come from. */
export const GET = apiRoute(async () => jsonResponse({ plans: await listPublicPlans() }, { headers: PUBLIC_CACHE }));

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
