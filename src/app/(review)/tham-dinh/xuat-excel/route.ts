import { can } from "@/server/auth/permissions";
import { currentUser } from "@/server/auth/session";
import { now } from "@/server/clock";
import { db } from "@/server/db";
import { dashboardWorkbook } from "@/server/review/dashboard-xlsx";
import { reviewerDashboard } from "@/server/review/dashboard";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await currentUser();
  if (!user) return new Response("Vui lòng đăng nhập.", { status: 401 });
  if (!can(user.role, "report.review") || !user.unitId) return new Response("Bạn không có quyền thực hiện thao tác này.", { status: 403 });
  const unit = await db.unit.findUniqueOrThrow({ where: { id: user.unitId }, select: { name: true, slug: true } });
  const body = await dashboardWorkbook(unit.name, await reviewerDashboard(db, user.unitId, now()));
  return new Response(new Blob([new Uint8Array(body)]), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="theo-doi-bao-cao-${unit.slug}.xlsx"`,
      "cache-control": "private, no-store",
    },
  });
}
