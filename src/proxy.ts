import { NextResponse, type NextRequest } from "next/server";
import { foreignOrigin } from "@/lib/origin";

/**
 * A Content-Security-Policy with a fresh nonce on every page (issue #19, finding 9). Next.js
 * reads the nonce from the request's CSP header and puts it on every inline script it emits;
 * 'strict-dynamic' lets those scripts load the build's chunks. Every page is dynamic, so each
 * response gets its own nonce. style-src allows inline styles: React hoists <style> and sets
 * style attributes without a nonce, and a style cannot run script. Not a security boundary
 * for authorisation (see docs/ARCHITECTURE.md): pages check access themselves.
 */
export async function proxy(request: NextRequest) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  if (request.method === "POST" && request.headers.has("next-action") && foreignOrigin(request.headers)) {
    // Next.js would throw on it (a 500) and record nothing: refused and audited instead (issue #19, finding 10).
    const { refuseForeignOrigin } = await import("@/server/audit/origin-refusal");
    const refused = await refuseForeignOrigin(request.headers, request.nextUrl.pathname);
    refused.headers.set("content-security-policy", csp);
    return refused;
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    // The dev server's fast refresh evaluates code; the built app never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const config = {
  // The built files carry no script of their own to govern; everything else, pages and APIs, gets the header.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
