import "server-only";

/**
 * The client's address for the per-address limits. The portal's server (src/cli/serve.mjs)
 * sets X-Forwarded-For to the one address it trusts (the socket's, or what TRUSTED_PROXIES
 * reverse proxies reported), so the first entry is all the app reads.
 */
export function clientIpFrom(forwardedFor: string | string[] | null | undefined): string | undefined {
  const value = Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor;
  return value?.split(",")[0]?.trim() || undefined;
}
