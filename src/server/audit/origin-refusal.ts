import "server-only";
import { clientIpFrom } from "../client-ip";
import { db } from "../db";

/** Said to whoever posted a form from another site (issue #19, finding 10). */
export const ORIGIN_REFUSED_MESSAGE = "Yêu cầu bị từ chối: biểu mẫu được gửi từ một trang khác. Vui lòng mở lại trang của cổng và thử lại.";

/**
 * A server action posted from another origin, turned away by src/proxy.ts before Next.js
 * would throw on it (a 500, recorded nowhere): written to the audit log with the page it was
 * aimed at and the origin it came from, never what was posted, then refused with a 403. The
 * poster counts as a citizen: a browser sends no session cookie (SameSite=Lax) with a post
 * from another site.
 */
export async function refuseForeignOrigin(headers: Headers, path: string): Promise<Response> {
  await db.auditLog.create({
    data: {
      actorName: "công dân",
      actorRole: "PUBLIC",
      ip: clientIpFrom(headers.get("x-forwarded-for")) ?? null,
      action: "access.origin_rejected",
      entity: "Action",
      entityId: path.slice(0, 300),
      after: { origin: headers.get("origin")?.slice(0, 300) ?? null },
    },
  });
  return new Response(ORIGIN_REFUSED_MESSAGE, { status: 403, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
