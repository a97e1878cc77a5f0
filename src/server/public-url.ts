import "server-only";
import { headers } from "next/headers";
import { env } from "./env";

interface HeaderSource {
  get(name: string): string | null;
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The portal's public address, for what leaves the screen: QR codes and links on printouts,
 * calendar feeds, the API description. PUBLIC_URL when set; otherwise the address the request
 * came through, so a portal served as other.example never prints `localhost`. The portal's
 * server (src/cli/serve.mjs) already dropped X-Forwarded-Host/-Proto that no trusted proxy
 * set (TRUSTED_PROXIES), and Next fills them in from Host and the socket.
 */
export function publicUrlFrom(configured: string | undefined, request: HeaderSource | null): string {
  if (configured) return configured.replace(/\/+$/, "");
  const host = [request?.get("x-forwarded-host"), request?.get("host")].map((v) => v?.split(",")[0]?.trim()).find((v) => v && HOST.test(v));
  // No request at all (a script): the local address the portal listens on is all there is.
  if (!host) return `http://localhost:${process.env.PORT ?? "3000"}`;
  const proto = request?.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return `${proto === "https" ? "https" : "http"}://${host.toLowerCase()}`;
}

function configuredPublicUrl(): string | undefined {
  const e = env();
  return e.PUBLIC_URL ?? e.PUBLIC_BASE_URL;
}

/** The public address for this request (a page, a route handler's request, or none). */
export async function publicUrl(request?: Request): Promise<string> {
  if (request) return publicUrlFrom(configuredPublicUrl(), request.headers);
  let current: HeaderSource | null = null;
  try {
    current = await headers();
  } catch {
    // Outside a request (a script, a test calling a server function directly).
  }
  return publicUrlFrom(configuredPublicUrl(), current);
}

/** A feed as a phone's calendar subscribes to it (webcal://, the same address otherwise). */
export function webcalUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/^https?:/, "webcal:")}${path}`;
}
