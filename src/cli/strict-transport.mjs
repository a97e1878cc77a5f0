// When to send Strict-Transport-Security (issue #19, finding 9). Browsers ignore HSTS received
// over plain http, but a test stack or a LAN install on http must never ask for it either:
// it is sent when a trusted proxy forwarded the request from https (serve.mjs drops an
// x-forwarded-proto that did not come from one) or when the portal's public address is https.
// No includeSubDomains: the portal does not own its parent domain's other hosts.

const HSTS = "max-age=31536000";

/**
 * @param {string | undefined} forwardedProto x-forwarded-proto as kept by serve.mjs
 * @param {Record<string, string | undefined>} env NEXTAUTH_URL / PUBLIC_URL
 * @returns {string | undefined}
 */
export function strictTransportSecurity(forwardedProto, env) {
  if (forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https") return HSTS;
  if ([env.NEXTAUTH_URL, env.PUBLIC_URL].some((url) => url?.toLowerCase().startsWith("https://"))) return HSTS;
  return undefined;
}
