/**
 * Next.js's own rule for a server action: the Origin's host must be the host the request was
 * sent to (X-Forwarded-Host as kept by serve.mjs, else Host). No Origin (an old browser) is
 * left to Next.js, as it does itself; an opaque "null" origin is foreign.
 */
export function foreignOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
