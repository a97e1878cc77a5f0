import { db } from "@/server/db";
import { readyResponse } from "@/server/health";
import { otherMethods } from "@/server/public/api";

// Never cached: readiness is the database's state at this instant (it may have gone away a
// second ago); a kept 200 would send traffic to an instance that cannot serve it.
export const dynamic = "force-dynamic";

/** Readiness: 200 when the database answers and every migration is applied, else 503 with the reasons. */
export async function GET(): Promise<Response> {
  return readyResponse(db);
}

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
