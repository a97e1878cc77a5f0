import { jsonResponse, otherMethods } from "@/server/public/api";

export const dynamic = "force-dynamic";

/** Liveness: the process answers. It asks nothing of the database (that is /api/ready). */
export async function GET(): Promise<Response> {
  return jsonResponse({ status: "ok", uptimeSeconds: Math.round(process.uptime()) });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
