import { db } from "@/server/db";
import { readyResponse } from "@/server/health";
import { otherMethods } from "@/server/public/api";

export const dynamic = "force-dynamic";

/** Readiness: 200 when the database answers and every migration is applied, else 503 with the reasons. */
export async function GET(): Promise<Response> {
  return readyResponse(db);
}

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
