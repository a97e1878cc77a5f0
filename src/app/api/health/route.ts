import { jsonResponse, otherMethods } from "@/server/public/api";

// Never cached: a load balancer asks whether this process is alive now; a kept answer would
// say «ok» for a process that has stopped answering. Nothing personal, nothing to key a cache on.
export const dynamic = "force-dynamic";

/** Liveness: the process answers. It asks nothing of the database (that is /api/ready). */
export async function GET(): Promise<Response> {
  return jsonResponse({ status: "ok", uptimeSeconds: Math.round(process.uptime()) });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
